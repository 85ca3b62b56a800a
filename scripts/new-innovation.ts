/**
 * `npm run baru`: a wizard that writes `content/inovasi/<skpd>/<slug>.md` with every indicator of
 * the rule set listed, and creates the evidence folder. Asks in Indonesian; every answer can also
 * be given as a flag (`--skpd dinkes --nama "…" …`) for scripts and tests. Never overwrites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { input, search, select } from '@inquirer/prompts';
import { UsageError } from '../src/lib/errors.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { getToday } from '../src/repository/today.ts';
import { writeNewFile } from '../src/repository/write-new-file-fs.ts';
import { PROMPT_THEME as theme } from './lib/prompt-theme.ts';
import {
	renderNewInnovation,
	slugify,
	type NewInnovationAnswers,
} from '../src/lib/content/new-innovation.ts';
import { isIsoDate, KEBAB_PATTERN } from '../src/schemas/shared.ts';
import { SUMMARY_MAX } from '../src/schemas/innovation.ts';
import { FORMS, INITIATORS, STAGES, TYPES } from '../src/schemas/vocabulary.ts';

const FLAGS = [
	'skpd',
	'nama',
	'slug',
	'ringkasan',
	'tahapan',
	'inisiator',
	'jenis',
	'bentuk',
	'urusan',
	'uji-coba',
	'penerapan',
] as const;
type Flag = (typeof FLAGS)[number];

const HELP = `Pemakaian: npm run baru [-- ${FLAGS.map((flag) => `--${flag} …`).join(' ')} --tanpa-tanya]
  tanpa opsi: wizard bertanya; setiap jawaban juga dapat diberikan sebagai opsi (untuk skrip)`;

const choices = (vocabulary: Record<string, string>) =>
	Object.entries(vocabulary).map(([value, name]) => ({ value, name: `${name} (${value})` }));

/** A long list (29 agencies, 40 affairs) as a type-to-filter prompt: every word typed must match. */
function searchable(message: string, options: { value: string; name: string }[]) {
	return search<string>({
		theme,
		message: `${message} (ketik untuk mencari)`,
		pageSize: 12,
		source: (term) => {
			const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
			return options.filter((option) =>
				words.every((word) => option.name.toLowerCase().includes(word))
			);
		},
	});
}

await runCli(async () => {
	const root = process.cwd();
	const today = getToday();
	const { values, wantsHelp } = parseCliArgs(
		{
			...Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' as const }])),
			'tanpa-tanya': { type: 'boolean' },
		},
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const flags = values as Partial<Record<Flag, string>>;
	const interactive = process.stdin.isTTY === true && values['tanpa-tanya'] !== true;
	const repo = loadRepository(root, { today, only: [] });
	const rules = repo.rules;

	/** A flag's value, or the answer to a prompt, or an error when nobody can be asked. */
	async function ask(flag: Flag, prompt: () => Promise<string>): Promise<string> {
		if (flags[flag] !== undefined) return flags[flag];
		if (!interactive)
			throw new Error(`--${flag} wajib diisi bila tidak dijalankan secara interaktif`);
		return prompt();
	}
	const checkDate = (value: string) =>
		(isIsoDate(value) && value <= today) ||
		`tulis tanggal yang sudah terjadi, format YYYY-MM-DD (hari ini ${today})`;

	const skpd = await ask('skpd', () =>
		searchable(
			'SKPD',
			[...repo.agencies].map(([value, agency]) => ({ value, name: `${agency.nama} (${value})` }))
		)
	);
	if (!repo.agencies.has(skpd))
		throw new Error(`SKPD \`${skpd}\` belum terdaftar di content/skpd/`);
	const nama = await ask('nama', () =>
		input({
			message: 'Nama inovasi',
			validate: (v) => v.trim().length >= 3 || 'minimal 3 karakter',
		})
	);
	const slug = flags.slug ?? slugify(nama);
	if (!KEBAB_PATTERN.test(slug))
		throw new Error(
			`nama berkas \`${slug}\` tidak valid; beri --slug dengan huruf kecil, angka, dan tanda minus`
		);
	const answers: NewInnovationAnswers = {
		skpd,
		slug,
		nama,
		ringkasan: await ask('ringkasan', () =>
			input({
				message: `Ringkasan satu kalimat (maks. ${SUMMARY_MAX} karakter)`,
				validate: (v) =>
					(v.trim().length > 0 && v.length <= SUMMARY_MAX) || `1–${SUMMARY_MAX} karakter`,
			})
		),
		tahapan: await ask('tahapan', () =>
			select({ theme, message: 'Tahapan', choices: choices(STAGES) })
		),
		inisiator: await ask('inisiator', () =>
			select({ theme, message: 'Inisiator', choices: choices(INITIATORS) })
		),
		jenis: await ask('jenis', () => select({ theme, message: 'Jenis', choices: choices(TYPES) })),
		bentuk: await ask('bentuk', () =>
			select({ theme, message: 'Bentuk', choices: choices(FORMS) })
		),
		urusan: await ask('urusan', () =>
			searchable(
				'Urusan utama',
				rules.urusan.map((u) => ({ value: u.kunci, name: `${u.nama} (${u.kunci})` }))
			)
		),
	};
	if (answers.tahapan !== 'inisiatif')
		answers.waktu_uji_coba = await ask('uji-coba', () =>
			input({ message: 'Tanggal mulai uji coba (YYYY-MM-DD)', validate: checkDate })
		);
	if (answers.tahapan === 'penerapan') {
		// Implementation follows the trial: the same rule the PR check applies, asked here first.
		const trial = answers.waktu_uji_coba;
		const afterTrial = (value: string) =>
			trial === undefined || value >= trial || `penerapan tidak boleh sebelum uji coba (${trial})`;
		answers.waktu_penerapan = await ask('penerapan', () =>
			input({
				message: 'Tanggal mulai penerapan (YYYY-MM-DD)',
				validate: (value) => {
					const date = checkDate(value);
					return date === true ? afterTrial(value) : date;
				},
			})
		);
		const order = afterTrial(answers.waktu_penerapan);
		if (order !== true) throw new UsageError(`--penerapan: ${order}`);
	}

	const file = join('content', 'inovasi', skpd, `${slug}.md`);
	if (existsSync(join(root, file))) {
		process.stderr.write(
			`galat: ${file} sudah ada; pilih nama lain (--slug) atau sunting berkas itu langsung\n`
		);
		return 1;
	}
	const refusal = writeNewFile(root, file, renderNewInnovation(answers, rules));
	if (refusal) throw new UsageError(`${file} ${refusal}`);
	// No empty evidence folder (or placeholder file) is made: public/ publishes only evidence.
	const evidence = `public/bukti/${skpd}/${slug}/`;
	console.log(
		`Ditulis: ${file}\nUnggah bukti ke: ${evidence} (folder dibuat saat berkas pertama diunggah)`
	);
	// The same check the pull request gets, on the new file: what remains before it passes.
	const checked = spawnSync(
		process.execPath,
		[join(import.meta.dirname, 'check-content.ts'), file],
		{
			cwd: root,
			encoding: 'utf8',
		}
	);
	const findings = checked.stdout
		.trim()
		.split('\n')
		.filter((line) => /: (galat|peringatan): /.test(line));
	console.log(
		findings.length > 0
			? `\nYang masih perlu dilengkapi (pemeriksaan yang sama dengan pull request):\n${findings.map((line) => `  ${line}`).join('\n')}\n\nLengkapi di berkasnya, lalu periksa lagi: npm run check:content -- ${file}`
			: `\nBerkas lulus pemeriksaan. Klaim indikator beserta buktinya, lalu periksa lagi: npm run check:content -- ${file}`
	);
	return 0;
});
