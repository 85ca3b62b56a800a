import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { createRandom, createSyntheticInnovation } from '../../scripts/lib/synthetic.ts';
import { createTempRepo } from '../helpers/temp-repo.ts';
import { rules2026 } from '../helpers/rules.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeAll(() => {
	repo = createTempRepo();
	const random = createRandom(7);
	for (let i = 0; i < 1600; i++) {
		const agency = i % 2 === 0 ? 'dinkes' : 'disdik';
		mkdirSync(join(repo.root, 'content/inovasi', agency), { recursive: true });
		writeFileSync(
			join(repo.root, 'content/inovasi', agency, `s-${i}.md`),
			createSyntheticInnovation(random, i, rules2026)
		);
	}
	// One broken file, so both paths must report the same error at the same place.
	writeFileSync(join(repo.root, 'content/inovasi/disdik/s-1.md'), '---\nnama: [\n---\n');
});
afterAll(() => repo.cleanup());

test('validating on two threads gives exactly the serial result', () => {
	const serial = loadRepository(repo.root, { today: '2026-11-27' });
	const parallel = loadRepository(repo.root, {
		today: '2026-11-27',
		performance: { parallel: true },
	});
	expect(serial.innovations.length).toBeGreaterThan(1500);
	expect(
		serial.findings.some(
			(f) => f.file === 'content/inovasi/disdik/s-1.md' && f.severity === 'galat'
		)
	).toBe(true);
	expect(JSON.stringify(parallel.findings)).toBe(JSON.stringify(serial.findings));
	expect(JSON.stringify(parallel.innovations)).toBe(JSON.stringify(serial.innovations));
});
