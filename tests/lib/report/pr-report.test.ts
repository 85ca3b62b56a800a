import { describe, expect, test } from 'vitest';
import {
	FINDINGS_PER_FILE,
	ROWS_SHOWN,
	formatPrReport,
	toCommitStatus,
	type PrReport,
} from '../../../src/lib/report/pr-report.ts';
import type { RegionScore } from '../../../src/lib/scoring/region.ts';
import type { Finding } from '../../../src/lib/validation/finding.ts';

const region = (iid: number): RegionScore => ({
	spd: 7.5,
	n: 1,
	n_dinilai: 1,
	n_dilaporkan: 1,
	hitung_n: 'dinilai',
	tidak_dapat_dinilai: false,
	yandas: 1,
	urusan_yandas: ['kesehatan'],
	yandas_kurang: [],
	pembagi: 12,
	rata_kematangan: 2.25,
	jumlah_dihitung: false,
	skor_jumlah_inovasi: 0,
	sid: 2.25,
	total: 9.75,
	skor_maksimal: 250,
	iid,
	predikat: 'Kurang Inovatif',
});
const finding = (file: string, message: string): Finding => ({
	file,
	line: 1,
	column: 1,
	severity: 'galat',
	key: '',
	message,
});

function report(overrides: Partial<PrReport> = {}): PrReport {
	return {
		changes: [],
		otherFindings: [],
		attention: [],
		region: { before: region(3.9), after: region(4.8) },
		...overrides,
	};
}

describe('formatPrReport: one file cannot fill or hide the report', () => {
	test('findings are capped per file with a count of the rest and how to see them', () => {
		const flood = Array.from({ length: 10_000 }, (_, i) =>
			finding('content/inovasi/dinkes/a.md', `galat ${i}`)
		);
		const text = formatPrReport(
			report({ changes: [{ id: 'dinkes/a', status: 'ditambah', findings: flood }] })
		);
		expect(text.match(/\*\*galat\*\*/g)).toHaveLength(FINDINGS_PER_FILE);
		expect(text).toContain(
			`- … dan ${10_000 - FINDINGS_PER_FILE} temuan lain di berkas ini; lihat semuanya dengan \`npm run check:content -- content/inovasi/dinkes/a.md\``
		);
		expect(text.length).toBeLessThan(10_000);
	});

	test('rows and other files are capped too, and the index comes before all of them', () => {
		const changes = Array.from({ length: 300 }, (_, i) => ({
			id: `dinkes/a${i}`,
			status: 'ditambah' as const,
			findings: [],
		}));
		const others = Array.from({ length: 300 }, (_, i) => finding(`public/bukti/x${i}.html`, 'x'));
		const text = formatPrReport(report({ changes, otherFindings: others }));
		expect(text).toContain(`… dan ${300 - ROWS_SHOWN} inovasi lainnya (tidak ditampilkan).`);
		expect(text).toContain(`… dan ${300 - ROWS_SHOWN} berkas lainnya (tidak ditampilkan).`);
		expect(text.indexOf('IID 3,90 → 4,80')).toBeLessThan(text.indexOf('### Inovasi yang berubah'));
	});
});

test.each<[string, PrReport, ReturnType<typeof toCommitStatus>]>([
	[
		'no error',
		report(),
		{ state: 'success', description: 'tanpa galat, 0 peringatan; IID 3,90 → 4,80 (+0,90)' },
	],
	[
		'errors fail the status',
		report({
			otherFindings: [finding('a', 'x'), { ...finding('b', 'y'), severity: 'peringatan' }],
		}),
		{ state: 'failure', description: '1 galat, 1 peringatan' },
	],
	[
		'attention is noted, not failed',
		report({ attention: ['mengubah kode'] }),
		{
			state: 'success',
			description:
				'tanpa galat, 0 peringatan; IID 3,90 → 4,80 (+0,90); perlu perhatian koordinator',
		},
	],
])('toCommitStatus: %s', (_name, input, expected) => {
	expect(toCommitStatus(input)).toEqual(expected);
});
