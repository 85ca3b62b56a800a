/**
 * `npm run ekspor [-- --keluar DIR]`: the national submission package (see
 * `src/lib/export/export-files.ts`) written to `ekspor/`, plus one printable report per assessed
 * innovation, and — per file — what the national form still lacks, as warnings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_FILES } from '../src/lib/export/export-files.ts';
import { buildNationalSheets, type Sheet } from '../src/lib/export/national-rows.ts';
import { toReportHtml } from '../src/lib/export/to-report-html.ts';
import { UsageError } from '../src/lib/errors.ts';
import { formatNumber } from '../src/lib/format/number.ts';
import { checkNationalForm } from '../src/lib/validation/check-national-form.ts';
import { formatFinding } from '../src/lib/validation/finding.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { PEMDA_FILE } from '../src/repository/paths.ts';
import { scoreRepository } from '../src/repository/score-repository.ts';
import { getToday } from '../src/repository/today.ts';
import { parseCliArgs } from './lib/args.ts';
import { runCli } from './lib/output.ts';
import { prepareOutputFolder } from './lib/output-folder-fs.ts';

const HELP = `Pemakaian: npm run ekspor -- [--keluar FOLDER] [--di-luar-repo]
  menulis paket formulir nasional ke FOLDER (bawaan: ekspor/): ${EXPORT_FILES.map((file) => file.nama).join(', ')},
  dan laporan/<skpd>/<slug>.html per inovasi yang dinilai; mencetak apa yang masih kurang per berkas.
  FOLDER harus kosong atau hasil ekspor sebelumnya, di dalam repositori (--di-luar-repo untuk folder lain)`;

await runCli(async () => {
	const { values, wantsHelp } = parseCliArgs(
		{ keluar: { type: 'string' }, 'di-luar-repo': { type: 'boolean' } },
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const root = process.cwd();
	const today = getToday();
	const repo = loadRepository(root, { today, performance: { parallel: true } });
	if (!repo.pemda)
		throw new UsageError(`${PEMDA_FILE} tidak ada atau bergalat; jalankan npm run check:content`);
	const report = scoreRepository(repo);
	const names = new Map([...repo.agencies].map(([id, agency]) => [id, agency.nama]));
	const sheets: Sheet[] = buildNationalSheets({
		rules: repo.rules,
		pemda: repo.pemda,
		report,
		innovations: repo.innovations.map((entry) => ({
			...entry,
			skpdNama: names.get(entry.skpd) ?? entry.skpd,
		})),
	});
	const title = `Laporan Inovasi Daerah ${repo.pemda.nama} ${repo.rules.tahun}`;
	const out = prepareOutputFolder(root, values.keluar ?? 'ekspor', {
		command: 'npm run ekspor',
		allowOutside: values['di-luar-repo'] === true,
		outsideOption: '--di-luar-repo',
		ownNames: [...EXPORT_FILES.map((file) => file.nama), 'laporan'],
	});
	for (const file of EXPORT_FILES)
		writeFileSync(join(out, file.nama), await file.build(sheets, { date: today, title }));
	const assessed = report.inovasi.filter((innovation) => innovation.kelayakan.dinilai);
	for (const innovation of assessed) {
		const path = join(out, 'laporan', `${innovation.id}.html`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, toReportHtml(sheets, `${title} — ${innovation.nama}`, [innovation.id]));
	}
	let lacking = 0;
	for (const entry of repo.innovations) {
		const issues = checkNationalForm(entry.data, repo.rules);
		if (issues.length > 0) lacking += 1;
		for (const issue of issues)
			console.log(
				formatFinding({
					file: entry.file,
					line: 1,
					column: 1,
					severity: issue.severity,
					key: '',
					message: issue.message,
				})
			);
	}
	const relative = out.startsWith(root) ? out.slice(root.length + 1) || '.' : out;
	console.log(
		`\nPaket formulir nasional ditulis ke ${relative}/: ${assessed.length} inovasi dinilai, ${sheets.find((s) => s.nama === 'Indikator')!.baris.length} baris indikator.`,
		`\nIID klaim ${formatNumber(report.pemda.iid)} (${report.pemda.predikat}) · IID terverifikasi ${formatNumber(report.terverifikasi.pemda.iid)} (${report.terverifikasi.pemda.predikat}).`,
		lacking > 0
			? `\n${lacking} inovasi masih kurang untuk formulir nasional (peringatan di atas).`
			: '\nSemua inovasi yang dinilai lengkap untuk formulir nasional.'
	);
	return 0;
});
