import { expect, test } from 'vitest';
import { scoreContent } from '../../../src/lib/scoring/score-content.ts';
import { rules2026 } from '../../helpers/rules.ts';

const entry = (id: string, parameter: number) => ({
	id,
	skpd: 'a',
	data: {
		nama: id,
		urusan: 'kesehatan',
		tahapan: 'penerapan',
		waktu_penerapan: '2024-06-01',
		indikator: { regulasi: { parameter } },
	},
});

test('base and head share unchanged entries: each is scored once, a changed one again', () => {
	const same = entry('a/sama', 2);
	const base = [same, entry('a/ubah', 1)];
	const head = [same, entry('a/ubah', 3)];
	const content = { rules: rules2026, spd: {}, agencyIds: ['a'] };
	const before = scoreContent({ ...content, innovations: base as never });
	const after = scoreContent({ ...content, innovations: head as never });
	// The very same result object for the shared entry: not scored twice.
	expect(after.inovasi[0]).toBe(before.inovasi[0]);
	expect(after.inovasi[1]).not.toBe(before.inovasi[1]);
	// regulasi weighs 3: 1 → 3 is 3 → 9 points.
	expect([before.inovasi[1]!.kematangan, after.inovasi[1]!.kematangan]).toEqual([3, 9]);
	// Another rule set object is scored afresh.
	const other = scoreContent({ ...content, rules: { ...rules2026 }, innovations: head as never });
	expect(other.inovasi[0]).not.toBe(after.inovasi[0]);
	expect(other.inovasi[0]).toEqual(after.inovasi[0]);
});
