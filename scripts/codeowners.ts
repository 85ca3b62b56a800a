/**
 * `npm run codeowners`: writes `.github/CODEOWNERS` from content/pemda.yml and content/skpd/*.yml.
 * `--periksa` only compares and exits 1 when the file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { getToday } from '../src/repository/today.ts';
import { renderCodeowners } from '../src/lib/report/codeowners.ts';

/** The CODEOWNERS text the repository at `root` should have. */
export function buildCodeowners(root: string): string {
	const repo = loadRepository(root, { today: getToday(), only: [] });
	return renderCodeowners(
		repo.pemda?.pemilik ?? [],
		[...repo.agencies].map(([id, agency]) => ({ id, pemilik: agency.pemilik }))
	);
}

const HELP =
	'Pemakaian: npm run codeowners -- [--periksa]\n  --periksa   hanya membandingkan; keluar 1 bila .github/CODEOWNERS usang';

if (import.meta.main) {
	await runCli(() => {
		const path = '.github/CODEOWNERS';
		const expected = buildCodeowners(process.cwd());
		const { values, wantsHelp } = parseCliArgs({ periksa: { type: 'boolean' } }, HELP);
		if (wantsHelp) {
			console.log(HELP);
			return 0;
		}
		if (values.periksa) {
			const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
			if (current === expected) return 0;
			process.stderr.write(`galat: ${path} tidak sesuai content/; jalankan npm run codeowners\n`);
			return 1;
		}
		mkdirSync('.github', { recursive: true });
		writeFileSync(path, expected);
		console.log(`${path} ditulis.`);
		return 0;
	});
}
