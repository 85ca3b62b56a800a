/**
 * `npm run impor -- <berkas.xlsx|berkas.csv>`: the legacy innovation app's export turned into draft
 * innovation files (see `src/lib/import/legacy-row.ts`). A draft that passes the checks goes to
 * `content/inovasi/<skpd>/<slug>.md`; one that does not goes to `draf-impor/` with what the agency
 * must still add. Nothing is ever overwritten.
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { UsageError } from '../src/lib/errors.ts';
import { LEGACY_COLUMNS, toLegacyDraft, toSlug, toText } from '../src/lib/import/legacy-row.ts';
import { validateInnovationSource } from '../src/lib/content/validate-source.ts';
import { formatFinding } from '../src/lib/validation/finding.ts';
import { createEvidenceLookup, loadRepository } from '../src/repository/load-repository-fs.ts';
import { getToday } from '../src/repository/today.ts';
import { writeNewFile } from '../src/repository/write-new-file-fs.ts';
import { parseCliArgs } from './lib/args.ts';
import { readLegacyFile } from './lib/legacy-file-fs.ts';
import { runCli } from './lib/output.ts';

const HELP = `Pemakaian: npm run impor -- <berkas.xlsx|berkas.csv>
  membaca ekspor aplikasi inovasi lama (kolom ${LEGACY_COLUMNS.join(', ')}; kolom Urusan dibaca bila ada)
  dan menulis draf inovasi; draf yang belum lulus pemeriksaan ditulis ke draf-impor/`;

const STAGING = 'draf-impor';

/** The rows of the first sheet as records keyed by the header row. */
async function readRows(path: string, label: string): Promise<Record<string, unknown>[]> {
	const workbook = new ExcelJS.Workbook();
	const extension = extname(path).toLowerCase();
	if (extension === '.xlsx')
		await workbook.xlsx.load((await readLegacyFile(path, label, 'xlsx')) as unknown as ArrayBuffer);
	else if (extension === '.csv') {
		const bytes = await readLegacyFile(path, label, 'csv');
		const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
		const delimiter =
			(text.split('\n')[0] ?? '').split(';').length > (text.split('\n')[0] ?? '').split(',').length
				? ';'
				: ',';
		const { Readable } = await import('node:stream');
		// Every cell as written: exceljs would read `05-03-2024` as 3 May and `2024-03-05` as local
		// midnight (a day early east of UTC); legacy-date.ts reads dates the Indonesian way instead.
		await workbook.csv.read(Readable.from([text]), {
			parserOptions: { delimiter },
			map: (datum: unknown) => datum,
		});
	} else
		throw new UsageError(
			`${label}: jenis berkas ${extension || '(tanpa ekstensi)'} tidak dikenal; pakai .xlsx atau .csv`
		);
	const sheet = workbook.worksheets[0];
	if (!sheet) return [];
	const header: string[] = [];
	const rows: Record<string, unknown>[] = [];
	sheet.eachRow((row, number) => {
		const values = (row.values as unknown[])
			.slice(1)
			.map((value) =>
				value !== null && typeof value === 'object' && !(value instanceof Date) && 'text' in value
					? value.text
					: value
			);
		if (number === 1) header.push(...values.map(toText));
		else rows.push(Object.fromEntries(header.map((name, index) => [name, values[index]])));
	});
	const missing = LEGACY_COLUMNS.filter((name) => !header.includes(name));
	if (missing.length > 0)
		throw new UsageError(
			`${label}: kolom ekspor lama tidak lengkap, kurang: ${missing.join(', ')}`
		);
	return rows;
}

await runCli(async () => {
	const { positionals, wantsHelp } = parseCliArgs({}, HELP, { positionals: true });
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const [source] = positionals;
	if (!source) throw new UsageError(`sebutkan berkas ekspor lama\n${HELP}`);
	const root = process.cwd();
	const today = getToday();
	const repo = loadRepository(root, { today, keep: 'scores' });
	const agencies = [...repo.agencies].map(([id, agency]) => ({ id, nama: agency.nama }));
	const lookup = createEvidenceLookup(root);
	const rows = await readRows(resolve(root, source), source);
	let accepted = 0;
	let staged = 0;
	let skipped = 0;
	let duplicates = 0;
	// Two rows of one agency with the same name: the second is reported and staged beside the
	// first, never dropped silently (the agency decides which one stays).
	const firstRow = new Map<string, string>();
	for (const row of rows) {
		const draft = toLegacyDraft(row, { rules: repo.rules, agencies });
		const legacyId = toText(row.ID) || '?';
		const first = firstRow.get(draft.id);
		if (first === undefined) firstRow.set(draft.id, legacyId);
		else {
			duplicates += 1;
			draft.catatan.unshift(
				`duplikat: nama sama dengan baris ID ${first} di SKPD yang sama; putuskan bersama SKPD mana yang dipakai`
			);
			draft.id = `${draft.id}-duplikat-${toSlug(legacyId)}`;
		}
		const [skpd, slug] = draft.id.split('/') as [string, string];
		const target = `content/inovasi/${draft.id}.md`;
		const result = validateInnovationSource(target, new TextEncoder().encode(draft.text), {
			rules: repo.rules,
			skpdId: skpd,
			slug,
			today,
			lookup,
		});
		const errors = result.findings.filter((finding) => finding.severity === 'galat');
		const file =
			errors.length === 0 && skpd !== '_tanpa-skpd' && first === undefined
				? target
				: `${STAGING}/${draft.id}.md`;
		// The draft's place in content/ is taken whichever folder it is written to now.
		const refusal =
			file !== target && existsSync(join(root, target))
				? 'sudah ada di content/inovasi/; berkas yang ada tidak ditimpa'
				: writeNewFile(root, file, draft.text);
		if (refusal) {
			console.log(`${file}: dilewati — ${refusal}`);
			skipped += 1;
			continue;
		}
		if (file === target) accepted += 1;
		else staged += 1;
		console.log(
			`${file}: ${file === target ? '✔ lulus pemeriksaan' : '✖ perlu dilengkapi sebelum dipindah ke ' + target}`
		);
		for (const note of draft.catatan) console.log(`  - ${note}`);
		for (const finding of errors) console.log(`  ${formatFinding({ ...finding, file })}`);
	}
	console.log(
		`\n${rows.length} baris: ${accepted} draf di content/inovasi/, ${staged} draf di ${STAGING}/ perlu dilengkapi (${duplicates} duplikat), ${skipped} dilewati.`
	);
	if (staged > 0)
		console.log(
			`Lengkapi draf di ${STAGING}/, pindahkan ke content/inovasi/<skpd>/, lalu jalankan npm run check:content.`
		);
	return 0;
});
