import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import {
	validateInnovationSource,
	validatePemdaSource,
	validateSkpdSource,
} from '../../../src/lib/content/validate-source.ts';
import { getRuleSet } from '../../../src/lib/rules/registry.ts';
import { createInnovationSchema } from '../../../src/schemas/innovation.ts';
import { STAGE_DATES } from '../../../src/schemas/vocabulary.ts';
import { FIXTURE_DIR, fixtureLookup } from '../../helpers/fixtures.ts';
import { PEMDA_YML } from '../../helpers/temp-repo.ts';

/**
 * Hostile-input sweep: every key of every schema gets a missing, an empty, a wrong-type and an
 * out-of-range value. Each must produce a finding at that key (or, for a missing optional key, no
 * error) — and nothing may throw.
 */
const minimal = readFileSync(join(FIXTURE_DIR, 'valid/minimal.md'), 'utf8');
const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(minimal)!;
const rules = getRuleSet(2026);
const encode = (text: string) => new TextEncoder().encode(text);

type Variant = 'missing' | 'empty' | 'invalid_type' | 'out_of_range';
const VARIANTS: Record<Exclude<Variant, 'missing'>, unknown> = {
	empty: '',
	invalid_type: [[1], { x: 1 }],
	out_of_range: 'x'.repeat(5000),
};

function mutate(yaml: string, path: (string | number)[], variant: Variant): string {
	const doc = parseDocument(yaml);
	if (variant === 'missing') doc.deleteIn(path);
	else
		doc.setIn(
			path,
			variant === 'out_of_range' && path.at(-1) === 'parameter'
				? 9
				: variant === 'out_of_range' && path.at(-1) === 'tahun'
					? 3000
					: VARIANTS[variant]
		);
	return doc.toString();
}

/**
 * Every key the schema declares (so a new field is swept without being listed), required when the
 * schema requires it or the minimal fixture's stage (penerapan) needs it; `skpd` is checked against
 * the folder instead (tests/scripts).
 */
const shape = createInnovationSchema(rules).shape as Record<
	string,
	{ safeParse: (value: unknown) => { success: boolean } }
>;
const INNOVATION_KEYS: [string, boolean][] = Object.keys(shape)
	.filter((key) => key !== 'skpd')
	.map((key) => [
		key,
		!shape[key]!.safeParse(undefined).success ||
			(STAGE_DATES.penerapan as readonly string[]).includes(key),
	]);
const ANSWER_KEYS: [(string | number)[], boolean][] = [
	[['indikator', 'regulasi', 'parameter'], true],
	[['indikator', 'regulasi', 'bukti'], true] /* required once a parameter is claimed */,
	[['indikator', 'regulasi', 'keterangan'], false],
	[['indikator', 'kemanfaatan', 'dasar'], true],
	[['indikator', 'kemanfaatan', 'nilai'], false],
	[['penghargaan', 0, 'tahun'], true],
	[['kontak', 'email'], false],
	[['kontak', 'telepon'], false],
];

test("the swept keys are the schema's, with the required ones the minimal fixture needs", () => {
	expect(INNOVATION_KEYS.filter(([, required]) => required).map(([key]) => key)).toEqual([
		'nama',
		'ringkasan',
		'tahapan',
		'inisiator',
		'jenis',
		'bentuk',
		'urusan',
		'waktu_uji_coba',
		'waktu_penerapan',
	]);
	expect(INNOVATION_KEYS.map(([key]) => key)).toEqual(
		Object.keys(shape).filter((key) => key !== 'skpd')
	);
});

function innovationFindings(yaml: string) {
	return validateInnovationSource('x.md', encode(`---\n${yaml}\n---\n${body}`), {
		rules,
		skpdId: 'dinkes',
		slug: 'contoh',
		today: '2026-11-27',
		lookup: fixtureLookup,
	}).findings;
}

const withExtras = mutate(mutate(frontmatter!, ['penghargaan'], 'empty'), ['kontak'], 'empty')
	.replace('penghargaan: ""', 'penghargaan: [{ nama: Juara, tahun: 2025, pemberi: Bupati }]')
	.replace(
		'kontak: ""',
		'kontak: { nama: Siti, email: siti@tanahbumbukab.go.id, telepon: "0518 70123" }'
	);

describe.each([
	...INNOVATION_KEYS.map(([key, required]) => [[key], required] as [(string | number)[], boolean]),
	...ANSWER_KEYS,
])('innovation %j', (path, required) => {
	test.each(['missing', 'empty', 'invalid_type', 'out_of_range'] as Variant[])('%s', (variant) => {
		expect(innovationFindings(withExtras).filter((f) => f.severity === 'galat')).toEqual([]);
		const findings = innovationFindings(mutate(withExtras, path, variant));
		const errors = findings.filter((f) => f.severity === 'galat');
		if (variant === 'missing' && !required) {
			expect(errors).toEqual([]);
			return;
		}
		// Lists and free text accept an empty string or a long value in some places: an empty list/text is
		// still either an error or harmless; what must hold is that nothing throws and errors name the key.
		const atKey = errors.filter(
			(f) =>
				f.key === path.join('.') ||
				f.key.startsWith(`${path.join('.')}.`) ||
				f.key === String(path[0])
		);
		if (variant === 'invalid_type' || (variant === 'missing' && required))
			expect(atKey.length, JSON.stringify(findings)).toBeGreaterThan(0);
		for (const finding of errors) expect(finding.message).not.toMatch(/undefined|\[object/);
	});
});

describe('skpd and pemda keys', () => {
	test.each(['nama', 'singkatan', 'pemilik', 'kontak'])(
		'skpd %s: wrong type is an error at that key',
		(key) => {
			const doc = parseDocument(
				'nama: Dinas Kesehatan\nsingkatan: Dinkes\npemilik: ["@org/dinkes"]\nkontak: { email: a@b.go.id }\n'
			);
			doc.setIn([key], [[1], { x: 1 }]);
			const findings = validateSkpdSource('s.yml', encode(doc.toString())).findings;
			expect(findings.some((f) => f.severity === 'galat' && f.key.startsWith(key))).toBe(true);
		}
	);

	test.each(['nama', 'jenis', 'provinsi', 'koordinator', 'tahun_penilaian', 'spd', 'pemilik'])(
		'pemda %s: missing or wrong type never throws and is reported',
		(key) => {
			for (const variant of ['missing', 'invalid_type'] as Variant[]) {
				const findings = validatePemdaSource('p.yml', encode(mutate(PEMDA_YML, [key], variant)), {
					getRuleSet,
					lookup: () => ({ size: 10, head: encode('%PDF-1.4') }),
				}).findings;
				if (variant === 'missing' && ['spd', 'pemilik'].includes(key))
					expect(findings.filter((f) => f.severity === 'galat')).toEqual([]);
				else
					expect(
						findings.some((f) => f.severity === 'galat' && f.key.startsWith(key)),
						`${variant}: ${JSON.stringify(findings)}`
					).toBe(true);
			}
		}
	);
});

test('values whose toString is not a function are quoted, never stringified (fast-check counterexample)', () => {
	const yaml = withExtras
		.replace('urusan: kesehatan', 'urusan: { toString: {} }')
		.replace('jenis: digital', 'jenis: digital\nskpd: { toString: {} }');
	const findings = innovationFindings(yaml);
	expect(findings.find((f) => f.key === 'urusan')?.message).toBe(
		'diharapkan satu pilihan, tetapi tertulis pasangan kunci: nilai; lihat daftar pilihan di content/README.md'
	);
	expect(findings.some((f) => f.key === 'skpd' && f.severity === 'galat')).toBe(true);
});
