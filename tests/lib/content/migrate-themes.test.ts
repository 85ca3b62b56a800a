import { describe, expect, test } from 'vitest';
import { migrateThemes } from '../../../src/lib/content/migrate-themes.ts';
import { checkCoordinates } from '../../../src/lib/validation/check-national-form.ts';
import { rules2026 } from '../../helpers/rules.ts';

const file = (frontmatter: string) =>
	`---\nnama: X\n${frontmatter}\nurusan: kesehatan\n---\n\n## Rancang Bangun\n`;

describe('migrateThemes (npm run migrasi:tematik)', () => {
	test.each([
		[
			'asta cita and a cluster',
			'tematik: [asta-cita-4, pkpn-kesehatan]',
			'asta_cita: 4\npkpn: { klaster: kesehatan }',
			[],
		],
		[
			'non-pkpn',
			'tematik: [asta-cita-7, non-pkpn]',
			'asta_cita: 7\npkpn: { klaster: non-pkpn }',
			[],
		],
		['a single value', 'tematik: pkpn-pendidikan', 'pkpn: { klaster: pendidikan }', []],
		['an empty list', 'tematik: []', '', []],
		[
			'two asta cita: the first is kept and the choice reported',
			'tematik: [asta-cita-2, asta-cita-6]',
			'asta_cita: 2',
			['asta_cita hanya satu: dipakai 2, 6 dilepas'],
		],
	])('%s', (_name, before, after, notes) => {
		const result = migrateThemes(file(before), rules2026);
		expect(result.changed).toBe(true);
		expect(result.text).toBe(
			file(after)
				.replace('\n\n', after === '' ? '\n' : '\n\n')
				.replace('X\n\nurusan', 'X\nurusan')
		);
		expect(result.notes).toEqual(notes);
	});

	test('a file without tematik, or already migrated, is left byte for byte', () => {
		const text = file('asta_cita: 3');
		expect(migrateThemes(text, rules2026)).toEqual({ text, changed: false, notes: [] });
	});

	test('existing asta_cita/pkpn win over the old list', () => {
		const result = migrateThemes(
			file('asta_cita: 1\ntematik: [asta-cita-4, pkpn-kesehatan]'),
			rules2026
		);
		expect(result.text).toContain('asta_cita: 1\npkpn: { klaster: kesehatan }\n');
		expect(result.text).not.toContain('asta_cita: 4');
	});
});

describe('coordinates', () => {
	const region = { utara: -2.8, selatan: -4.0, barat: 115.2, timur: 116.4 };
	test.each([
		[{ lintang: -3.45, bujur: 115.99 }, region, []],
		[{ lintang: -0.5, bujur: 117.1 }, region, ['peringatan']],
		[{ lintang: -0.5, bujur: 117.1 }, undefined, []],
		[{ lintang: 115.99, bujur: -3.45 }, region, ['galat']],
	])('%j in %j', (koordinat, bounds, severities) => {
		expect(checkCoordinates({ koordinat }, bounds).map((issue) => issue.severity)).toEqual(
			severities
		);
	});
});
