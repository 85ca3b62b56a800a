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
import { summariseGaps } from '../src/lib/export/gap-summary.ts';
import { findNotSubmittedReason } from '../src/lib/export/national-rows.ts';
import { listNationalGaps, type NationalGap } from '../src/lib/validation/check-national-form.ts';
import { getSiteAddress } from '../src/lib/site/site-address.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { PEMDA_FILE } from '../src/repository/paths.ts';
import { scoreRepository } from '../src/repository/score-repository.ts';
import { getToday } from '../src/repository/today.ts';
import { parseCliArgs } from './lib/args.ts';
import { runCli } from './lib/output.ts';
import { prepareOutputFolder } from './lib/output-folder-fs.ts';

const HELP = `Pemakaian: npm run ekspor -- [--keluar FOLDER] [--di-luar-repo] [--rinci]
  menulis paket formulir nasional ke FOLDER (bawaan: ekspor/): ${EXPORT_FILES.map((file) => file.nama).join(', ')},
  dan laporan/<skpd>/<slug>.html per inovasi yang dinilai; mencetak apa yang masih kurang per berkas.
  FOLDER harus kosong atau hasil ekspor sebelumnya, di dalam repositori (--di-luar-repo untuk folder lain);
  --rinci mencetak yang masih kurang per berkas, selain ringkasan per SKPD`;

/** One gap as words, for `--rinci`. */
function describeGap(gap: NationalGap): string {
	if (gap.jenis === 'profil') return `${gap.kunci} kosong`;
	if (gap.jenis === 'bukti') return `bukti PDF ${gap.indikator} tanpa nomor/tanggal/tentang`;
	return `urusan ${gap.kunci} di luar daftar pedoman IID`;
}

await runCli(async () => {
	const { values, wantsHelp } = parseCliArgs(
		{ keluar: { type: 'string' }, 'di-luar-repo': { type: 'boolean' }, rinci: { type: 'boolean' } },
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
		site: getSiteAddress(repo.pemda.situs, process.env),
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
	const submitted = report.inovasi.filter((innovation) => !findNotSubmittedReason(innovation));
	for (const innovation of submitted) {
		const path = join(out, 'laporan', `${innovation.id}.html`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, toReportHtml(sheets, `${title} — ${innovation.nama}`, [innovation.id]));
	}
	const byId = new Map(repo.innovations.map((entry) => [entry.id, entry]));
	const gaps = submitted.map((innovation) => {
		const entry = byId.get(innovation.id)!;
		const pending = innovation.verifikasi.baris.filter(
			(row) => row.klaim > 0 && row.status !== 'diterima'
		).length;
		return {
			file: entry.file,
			skpd: entry.skpd,
			skpdNama: names.get(entry.skpd) ?? entry.skpd,
			gaps: listNationalGaps(entry.data, repo.rules),
			belumDiterima: pending,
		};
	});
	const summary = summariseGaps(gaps);
	if (values.rinci)
		for (const item of gaps.filter((gap) => gap.gaps.length > 0))
			console.log(`${item.file}: ${item.gaps.map(describeGap).join('; ')}`);
	const relative = out.startsWith(root) ? out.slice(root.length + 1) || '.' : out;
	const apart = sheets.find((sheet) => sheet.nama === 'Tidak Diajukan')!.baris.length;
	console.log(
		`Paket formulir nasional ditulis ke ${relative}/: ${submitted.length} inovasi diajukan (${apart} tidak diajukan, dengan alasannya di lembar Tidak Diajukan), ${sheets.find((s) => s.nama === 'Indikator')!.baris.length} baris indikator (satu per dokumen).`
	);
	console.log(
		`IID klaim ${formatNumber(report.pemda.iid)} (${report.pemda.predikat}) · IID terverifikasi ${formatNumber(report.terverifikasi.pemda.iid)} (${report.terverifikasi.pemda.predikat}).`
	);
	console.log(
		summary.length > 0
			? `\nYang masih kurang untuk formulir nasional, per SKPD (rincian per berkas: npm run ekspor -- --rinci):\n${summary.join('\n')}`
			: '\nSemua inovasi yang diajukan lengkap untuk formulir nasional.'
	);
	return 0;
});
