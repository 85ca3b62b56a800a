import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readHistory } from '../../src/repository/git-history-fs.ts';
import { readAuditTrails } from '../../src/repository/audit-trail-fs.ts';
import { getInnovationFieldTitles } from '../../src/lib/content/schema-fields.ts';
import { getLabels } from '../../src/lib/site/labels.ts';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { createTempRepo } from '../helpers/temp-repo.ts';
import { rules2026 } from '../helpers/rules.ts';

const FILE = 'content/inovasi/dinkes/contoh.md';
const context = {
	rules: rules2026,
	titles: getInnovationFieldTitles(rules2026),
	labels: getLabels(rules2026),
};

describe('an innovation’s audit trail, read from git', () => {
	const repo = createTempGitRepo();
	afterAll(() => repo.cleanup());
	const original = readFileSync(join(repo.root, FILE), 'utf8');
	// A pull request, merged with a merge commit the way GitHub writes it.
	repo.git('checkout', '-q', '-b', 'ubah-regulasi');
	repo.write(
		FILE,
		original
			.replace('regulasi: { parameter: 2', 'regulasi: { parameter: 3')
			.replace('## Tujuan', '## Tujuan\n\nKalimat baru.')
	);
	repo.git('commit', '-qam', 'naikkan regulasi');
	repo.git('checkout', '-q', 'main');
	repo.git(
		'merge',
		'-q',
		'--no-ff',
		'ubah-regulasi',
		'-m',
		'Merge pull request #12 from sari-dinkes/ubah-regulasi'
	);
	// A squash-merged verification, by a coordinator whose git name carries markup characters and a bell.
	repo.write(
		'content/verifikasi/dinkes/contoh.yml',
		'layak: true\noleh: Sari\ntanggal: 2026-11-20\nsidik: 00000000000000aa\nindikator:\n  regulasi: { status: diterima, parameter: 3, oleh: Sari, tanggal: 2026-11-20, sidik: 00000000000000aa }\n'
	);
	repo.git('add', '-A');
	repo.git(
		'commit',
		'-q',
		'--author',
		'Rina & "Tim" Litbang\u0007 <rina@example.go.id>',
		'-m',
		'Verifikasi contoh (#13)'
	);
	// A broken version pushed straight to main: said, never thrown.
	repo.write(FILE, '---\nnama: [tidak ditutup\n---\n');
	repo.git('commit', '-qam', 'rusak');

	test('newest first: what changed in plain words, who proposed it, which pull request', () => {
		const history = readHistory(repo.root);
		const trail = readAuditTrails(repo.root, history, ['dinkes/contoh'], context).get(
			'dinkes/contoh'
		)!;
		expect(trail.total).toBe(4);
		expect(trail.entries.map(({ oleh, pr, perubahan }) => ({ oleh, pr, perubahan }))).toEqual([
			{ oleh: 'Uji', pr: undefined, perubahan: ['isi berkas diubah'] },
			{
				oleh: 'Rina & "Tim" Litbang',
				pr: 13,
				perubahan: ['verifikasi: dinyatakan layak dinilai, 1 klaim diterima'],
			},
			{
				// The merge is one change, by the pull request's author, not its two commits.
				oleh: 'sari-dinkes',
				pr: 12,
				perubahan: ['16. Regulasi Inovasi Daerah: parameter 2 → 3', 'uraian diubah'],
			},
			{ oleh: 'Uji', pr: undefined, perubahan: ['diajukan'] },
		]);
		expect(trail.entries[0]!.tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(history.files.get(FILE)!.revisions).toBe(3);
	});

	test('outside git there is no history; an innovation without changes has an empty trail', () => {
		const plain = createTempRepo();
		expect(readHistory(plain.root)).toMatchObject({ available: false, changes: new Map() });
		plain.cleanup();
		const history = readHistory(repo.root);
		expect(
			readAuditTrails(repo.root, history, ['disdik/tidak-ada'], context).get('disdik/tidak-ada')
		).toEqual({
			total: 0,
			entries: [],
		});
	});
});
