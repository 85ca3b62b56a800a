/**
 * public/admin/decap/init.js (from src/admin/init.js), run with a stand-in for Decap and the real
 * Immutable: the preSave hook refuses an invalid entry with its Indonesian message and returns what
 * Decap will write, indicators in rule-set order (past the 8 keys where a plain Immutable Map
 * forgets order) and without unclaimed ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
// Decap's own Immutable (a dependency of decap-cms-core), as the form has it.
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { describe, expect, test } from 'vitest';
import { checkEntry, describeRefusal } from '../../../src/lib/cms/validate-entry.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';
import { rules2026 } from '../../helpers/rules.ts';

type Handler = (event: { entry: ImmutableMap<string, unknown> }) => ImmutableMap<string, unknown>;

function loadInit(): { handler: Handler; locale: string; previews: string[] } {
	let handler: Handler | undefined;
	let locale = '';
	const previews: string[] = [];
	const preview = () => null;
	const window = {
		React: { createElement: () => null },
		KatalogLocaleId: {},
		// As src/admin/validate-entry.ts binds it: the check and the refusal message.
		KatalogValidasi: (data: Record<string, unknown>) => {
			const result = checkEntry(data, rules2026, '2026-11-27');
			return { ...result, refusal: describeRefusal(result) };
		},
		KatalogPratinjau: () => preview,
		DecapCmsApp: {
			registerLocale: (name: string) => (locale = name),
			registerEventListener: (listener: { handler: Handler }) => (handler = listener.handler),
			registerPreviewTemplate: (name: string, component: unknown) => {
				if (component === preview) previews.push(name);
			},
			init: () => undefined,
		},
	};
	// The admin page's meta elements: the rule-set year and the innovation collections.
	const meta: Record<string, string> = {
		'meta[name="katalog-aturan"]': '2026',
		'meta[name="katalog-koleksi"]': 'inovasi-dinkes inovasi-disdik',
	};
	const document = {
		createElement: () => ({}),
		head: { appendChild: () => undefined },
		querySelector: (selector: string) => ({ content: meta[selector] }),
	};
	runInNewContext(readFileSync(join(REPO_ROOT, 'src/admin/init.js'), 'utf8'), { window, document });
	return { handler: handler!, locale, previews };
}

test('every innovation collection named on the page gets the preview pane', () => {
	expect(loadInit().previews).toEqual(['inovasi-dinkes', 'inovasi-disdik']);
});

const BODY = `## Rancang Bangun\n\nA.\n\n## Tujuan\n\nB.\n\n## Manfaat\n\nC.\n\n## Hasil\n\nD.\n`;
const KEYS = rules2026.indikator.map((row) => row.kunci);

function entry(extra: Record<string, unknown>) {
	// Claimed indicators given in reverse order, each with evidence; one unclaimed.
	const indikator = Object.fromEntries(
		[...KEYS].reverse().map((key, index) => [
			key,
			index === 0
				? { parameter: 0, bukti: [] }
				: {
						parameter: 1,
						bukti: ['https://contoh.go.id/b.pdf'],
						...(key === 'kemanfaatan' ? { dasar: 'penerima-manfaat', nilai: 100 } : {}),
					},
		])
	);
	return fromJS({
		data: {
			nama: 'Klinik Gizi Keliling',
			ringkasan: 'Ahli gizi mendatangi posyandu.',
			tahapan: 'uji-coba',
			inisiator: 'asn',
			jenis: 'non-digital',
			bentuk: 'pelayanan-publik',
			urusan: 'kesehatan',
			waktu_uji_coba: '2025-03-01',
			indikator,
			body: BODY,
			...extra,
		},
	}) as ImmutableMap<string, unknown>;
}

describe('the form start script', () => {
	const { handler, locale } = loadInit();

	test('registers the Indonesian locale', () => {
		expect(locale).toBe('id');
	});

	test('what is saved lists claimed indicators in rule-set order, the unclaimed one left out', () => {
		const saved = (handler({ entry: entry({}) }).toJS() as { indikator: object }).indikator;
		const last = KEYS.at(-1)!;
		expect(Object.keys(saved)).toEqual(KEYS.filter((key) => key !== last));
	});

	test('an entry the PR check would refuse stops the save with its message', () => {
		expect(() => handler({ entry: entry({ waktu_uji_coba: '2030-01-01' }) })).toThrow(
			/periksa dulu — Mulai uji coba: tanggal 2030-01-01 masih di masa depan/
		);
	});

	test('an entry with a required field still empty is refused, naming it by its label', () => {
		expect(() => handler({ entry: entry({ nama: '' }) })).toThrow(
			/periksa dulu — belum diisi: Nama inovasi$/
		);
	});
});
