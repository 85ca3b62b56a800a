/**
 * `npm run provinsi -- --sumber <file.yml> [--keluar FOLDER] [--cache FOLDER] [--di-luar-repo]`:
 * the province view, a static site (default `dist-provinsi/`) assembled from every regency's
 * published open data — fetched within bounds, checked, recomputed with this project's engine and
 * compared with what was published. A source that is down, malformed or hostile costs only itself.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ProvinceSourcesSchema } from '../src/schemas/province-sources.ts';
import { parseYamlSource } from '../src/lib/content/parse-source.ts';
import { parseWithFriendlyErrors } from '../src/lib/validation/parse-friendly.ts';
import { buildRegionRows } from '../src/lib/province/province-model.ts';
import { findReplications } from '../src/lib/province/replication.ts';
import { renderProvinceSite } from '../src/lib/province/render-pages.ts';
import { PROVINCE_CSS } from '../src/lib/province/render-layout.ts';
import { getRuleSet, hasRuleSet, listRuleSetYears } from '../src/lib/rules/registry.ts';
import { getLabels } from '../src/lib/site/labels.ts';
import { getToday } from '../src/repository/today.ts';
import { UsageError } from '../src/lib/errors.ts';
import { parseCliArgs } from './lib/args.ts';
import { runCli } from './lib/output.ts';
import { prepareOutputFolder } from './lib/output-folder-fs.ts';
import { loadSource } from './lib/province-fs.ts';

const HELP = `Pemakaian: npm run provinsi -- --sumber BERKAS.yml [--keluar FOLDER] [--cache FOLDER] [--di-luar-repo]
  --sumber        daftar kabupaten/kota: nama, kode_wilayah, situs, hasil resmi (contoh: provinsi/kalimantan-selatan.yml)
  --keluar        folder situs provinsi (bawaan: dist-provinsi/), kosong atau hasil sebelumnya
  --cache         salinan terakhir yang baik per sumber (bawaan: .provinsi-cache/)
  --di-luar-repo  izinkan --keluar di luar repositori`;

/** Sources fetched at the same time: polite to the regencies' hosts, quick enough for 13. */
const AT_ONCE = 4;

await runCli(async () => {
	const { values, wantsHelp } = parseCliArgs(
		{
			sumber: { type: 'string' },
			keluar: { type: 'string' },
			cache: { type: 'string' },
			'di-luar-repo': { type: 'boolean' },
		},
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	if (!values.sumber) throw new UsageError(`--sumber wajib diisi\n${HELP}`);
	const root = process.cwd();
	const file = resolve(root, values.sumber);
	if (!existsSync(file))
		throw new UsageError(
			`berkas sumber ${values.sumber} tidak ada; contoh untuk Kalimantan Selatan: provinsi/kalimantan-selatan.yml`
		);
	const parsed = parseYamlSource(readFileSync(file));
	const checked = parseWithFriendlyErrors(ProvinceSourcesSchema, parsed.data);
	if (parsed.issues.length > 0 || !checked.success) {
		for (const issue of [...parsed.issues, ...checked.issues])
			console.error(
				`${values.sumber}: galat: ${issue.path.join('.') || 'berkas'}: ${issue.message}`
			);
		return 1;
	}
	const sources = checked.data;
	const today = getToday();
	const cache = resolve(root, values.cache ?? '.provinsi-cache');
	const loaded: Awaited<ReturnType<typeof loadSource>>[] = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: AT_ONCE }, async () => {
			while (next < sources.daerah.length) {
				const index = next++;
				loaded[index] = await loadSource(sources.daerah[index]!, cache, today);
			}
		})
	);
	const rows = buildRegionRows(loaded, (year) => (hasRuleSet(year) ? getRuleSet(year) : undefined));
	const labelRules = getRuleSet(listRuleSetYears().at(-1)!);
	const vocabulary = getLabels(labelRules);
	const labels = { ...vocabulary.urusan, ...vocabulary.tahapan, ...vocabulary.bentuk };
	const out = prepareOutputFolder(root, values.keluar ?? 'dist-provinsi', {
		command: 'npm run provinsi',
		allowOutside: values['di-luar-repo'] === true,
		outsideOption: '--di-luar-repo',
		ownNames: ['index.html', 'gaya.css', 'cari.js', 'statistik', 'replikasi', 'cari', 'status'],
	});
	for (const [path, html] of renderProvinceSite({
		sources,
		rows,
		suggestions: findReplications(rows),
		labels,
		today,
	})) {
		mkdirSync(dirname(join(out, path)), { recursive: true });
		writeFileSync(join(out, path), html);
	}
	writeFileSync(join(out, 'gaya.css'), PROVINCE_CSS);
	await build({
		entryPoints: [join(import.meta.dirname, '..', 'src', 'province', 'cari.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		outfile: join(out, 'cari.js'),
		logLevel: 'error',
	});
	for (const row of rows) {
		const { data } = row;
		const state = {
			'tanpa-situs': 'tanpa situs',
			baru: 'terbaca',
			salinan: `salinan ${data.diambil}`,
			gagal: `gagal: ${data.alasan}`,
		}[data.keadaan];
		const flag = row.klaim?.tidakCocok || row.terverifikasi?.tidakCocok ? ' · TIDAK COCOK' : '';
		console.log(
			`${String(row.peringkat ?? '–').padStart(2)}  ${data.source.nama}: ${state}${flag}`
		);
	}
	console.log(`\nSitus provinsi ditulis ke ${out} (${sources.daerah.length} kabupaten/kota).`);
	return 0;
});
