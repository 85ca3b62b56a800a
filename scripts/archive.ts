/**
 * `npm run arsip -- <tahun> [--timpa]`: freezes the scores of the assessment year into
 * `content/arsip/<tahun>.json` (validated by its schema before writing). Refuses to overwrite a
 * frozen year unless `--timpa` is given.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_DIR } from '../src/repository/paths.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { UsageError } from '../src/lib/errors.ts';
import { getToday } from '../src/repository/today.ts';
import { ArchiveSchema } from '../src/schemas/archive.ts';
import { scoreRepository } from '../src/repository/score-repository.ts';
import { toScoreJson } from '../src/lib/scoring/to-score-json.ts';

const HELP =
	'Pemakaian: npm run arsip -- <tahun> [--timpa]\n  --timpa   membekukan ulang tahun yang sudah dibekukan';

await runCli(() => {
	const { values, positionals, wantsHelp } = parseCliArgs({ timpa: { type: 'boolean' } }, HELP, {
		positionals: true,
	});
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!))
		throw new UsageError(`tulis satu tahun, mis. npm run arsip -- 2026\n${HELP}`);
	const year = Number(positionals[0]);
	const root = process.cwd();
	const today = getToday();
	const repo = loadRepository(root, { today });
	if (!repo.pemda) {
		process.stderr.write(
			'galat: content/pemda.yml tidak ada atau berisi galat; jalankan npm run check:content\n'
		);
		return 1;
	}
	if (repo.pemda.tahun_penilaian !== year) {
		process.stderr.write(
			`galat: tahun_penilaian di content/pemda.yml adalah ${repo.pemda.tahun_penilaian}; hanya tahun itu yang dapat dibekukan sekarang\n`
		);
		return 1;
	}
	const file = join(ARCHIVE_DIR, `${year}.json`);
	if (existsSync(join(root, file)) && !values.timpa) {
		process.stderr.write(
			`galat: ${file} sudah ada; tambahkan --timpa bila memang ingin membekukan ulang\n`
		);
		return 1;
	}
	const { tahun_penilaian, ...scores } = toScoreJson(scoreRepository(repo));
	const archive = ArchiveSchema.parse({ tahun_penilaian, dibekukan: today, ...scores });
	mkdirSync(join(root, ARCHIVE_DIR), { recursive: true });
	writeFileSync(
		join(root, file),
		`${JSON.stringify({ tahun_penilaian, dibekukan: archive.dibekukan, ...scores }, null, 2)}\n`
	);
	console.log(`${file} ditulis: IID ${scores.pemda.iid} (${scores.pemda.predikat}).`);
	return 0;
});
