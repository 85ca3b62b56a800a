import { describe, expect, test } from 'vitest';
import { toRobots, toRss, toSitemap } from '../../../src/lib/site/feeds.ts';
import { escapeMarkup } from '../../../src/lib/html/escape.ts';
import { toBarChartConfig } from '../../../src/lib/charts/to-chart-config.ts';
import { toBarRows } from '../../../src/lib/charts/to-bar-rows.ts';
import { withBase, evidenceHref } from '../../../src/lib/site/url.ts';
import {
	CSV_LEFT_OUT,
	listCsvHeader,
	listRecordKeys,
	toCsvCell,
	toVerificationJsonSchema,
} from '../../../src/lib/site/open-data.ts';
import { innovationFields, NOT_IN_FORM } from '../../../src/lib/cms/to-decap-config.ts';
import { createInnovationSchema } from '../../../src/schemas/innovation.ts';
import { rules2026 } from '../../helpers/rules.ts';

describe('toCsvCell', () => {
	test.each([
		['biasa', 'biasa'],
		['koma, di sini', '"koma, di sini"'],
		['kutip "ganda"', '"kutip ""ganda"""'],
		['baris\nbaru', '"baris\nbaru"'],
		['=HYPERLINK("http://jahat")', '"\'=HYPERLINK(""http://jahat"")"'],
		['+62812', "'+62812"],
		['-1', '-1'],
		['-3.41', '-3.41'],
		[-3.41, '-3.41'],
		['-3.41; 115.97', '"-3.41; 115.97"'],
		['x;=HYPERLINK("http://jahat")', '"x;\'=HYPERLINK(""http://jahat"")"'],
		['x; =1+1', '"x; \'=1+1"'],
		['baris\n@SUM(A1)', '"baris\n\'@SUM(A1)"'],
		['a,-2+3', '"a,\'-2+3"'],
		['\t=1', '"\t\'=1"'],
		['- butir daftar', "'- butir daftar"],
		['tanpa-rumus = aman', 'tanpa-rumus = aman'],
		['@SUM(A1)', "'@SUM(A1)"],
		[null, ''],
		[['sosial', 'kesehatan'], '"sosial; kesehatan"'],
		[79, '79'],
	])('%j → %s', (value, expected) => {
		expect(toCsvCell(value)).toBe(expected);
	});
});

describe('feeds', () => {
	test('escapes XML in every text', () => {
		expect(escapeMarkup(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
		const rss = toRss({
			title: 'K',
			description: 'D',
			link: 'https://x/',
			items: [
				{ title: '<script>', link: 'https://x/a/', description: 'a & b', date: '2024-07-01' },
			],
		});
		expect(rss).toContain('<title>&lt;script&gt;</title>');
		expect(rss).toContain('<pubDate>Mon, 01 Jul 2024 00:00:00 GMT</pubDate>');
		expect(rss).not.toContain('<script>');
	});

	test('sitemap is sorted and robots names it', () => {
		expect(toSitemap(['https://x/b/', 'https://x/a/'])).toContain(
			'<url><loc>https://x/a/</loc></url><url><loc>https://x/b/</loc></url>'
		);
		expect(toRobots('https://x/sitemap.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://x/sitemap.xml\n'
		);
	});
});

describe('toBarChartConfig', () => {
	test('the config carries the same data as the table', () => {
		const rows = [
			{ label: 'Dinkes', value: 144 },
			{ label: 'Disdik', value: 179 },
		];
		const config = toBarChartConfig(rows, { seriesLabel: 'Total', max: 200 });
		expect(config.data).toEqual({
			labels: ['Dinkes', 'Disdik'],
			datasets: [{ label: 'Total', data: [144, 179], backgroundColor: '#0b5cad' }],
		});
		expect(config.options.scales).toEqual({ y: { beginAtZero: true, max: 200 } });
		expect(toBarChartConfig(rows, { seriesLabel: 'Total' }).options.scales).toEqual({
			y: { beginAtZero: true },
		});
		expect(JSON.parse(JSON.stringify(config))).toEqual(config);
	});

	test('a second series gets its own colour, and an unknown value is a gap, not a zero', () => {
		const config = toBarChartConfig(
			[
				{ label: '2025', value: 30.5, second: 36.02 },
				{ label: '2026', value: 44.12, second: null },
				{ label: '2027', value: null },
			],
			{ seriesLabel: 'Perkiraan', second: { label: 'Resmi' } }
		);
		expect(config.data.datasets).toEqual([
			{ label: 'Perkiraan', data: [30.5, 44.12, null], backgroundColor: '#0b5cad' },
			{ label: 'Resmi', data: [36.02, null, null], backgroundColor: '#1b1b1b' },
		]);
	});
});

describe('toBarRows (bars inside table cells)', () => {
	test.each([
		// value, axis max, expected width in %
		[179, undefined, 100],
		[144, undefined, 80.4], // 144 / 179 = 0.8045 → one decimal
		[0, undefined, 0],
		[37, 111, 33.3],
		[111, 111, 100],
	])('%d on an axis to %s is %d%% wide', (value, max, percent) => {
		const rows = [
			{ label: 'a', value: 179 },
			{ label: 'b', value },
		];
		const axis = max === undefined ? toBarRows(rows) : toBarRows(rows, max);
		expect(axis[1]!.percent).toBe(percent);
	});

	test('an unknown value has no bar, and an all-zero chart has empty bars', () => {
		expect(toBarRows([{ label: 'x', value: null }])).toEqual([
			{ label: 'x', value: null, percent: null },
		]);
		expect(toBarRows([{ label: 'y', value: 0 }])).toEqual([{ label: 'y', value: 0, percent: 0 }]);
	});
});

describe('urls', () => {
	test.each([
		['/', 'inovasi/', '/inovasi/'],
		['/katalog/', '/inovasi/', '/katalog/inovasi/'],
		['/katalog', 'data/skor.json', '/katalog/data/skor.json'],
	])('withBase(%s, %s) = %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});

	test('evidence paths get the base, links do not', () => {
		expect(evidenceHref('/katalog/', '/bukti/a/b/c.pdf')).toBe('/katalog/bukti/a/b/c.pdf');
		expect(evidenceHref('/katalog/', 'https://x/y.pdf')).toBe('https://x/y.pdf');
		expect(evidenceHref('/', 'https://x/"><script>')).toBe('https://x/%22%3E%3Cscript%3E');
	});
});

describe('one declaration per field', () => {
	test('every frontmatter key reaches inovasi.json, and is a CSV column or left out with a reason', () => {
		const keys = Object.keys(createInnovationSchema(rules2026).shape);
		expect(listRecordKeys(rules2026)).toEqual(
			keys.filter((key) => !['skpd', 'indikator'].includes(key))
		);
		const header = listCsvHeader(rules2026);
		expect(
			keys.filter((key) => key !== 'skpd' && !header.includes(key) && !(key in CSV_LEFT_OUT))
		).toEqual([]);
		expect(Object.keys(CSV_LEFT_OUT).filter((key) => !keys.includes(key))).toEqual([]);
	});

	test('every frontmatter key has a form widget or a reason to stay out of the form', () => {
		const keys = Object.keys(createInnovationSchema(rules2026).shape);
		const fields = innovationFields(rules2026).map((field) => field.name);
		expect(keys.filter((key) => !fields.includes(key) && !(key in NOT_IN_FORM))).toEqual([]);
	});
});

describe('toVerificationJsonSchema', () => {
	interface Branch {
		title: string;
		additionalProperties: boolean;
		properties: Record<string, { properties?: Record<string, unknown> }>;
	}
	const schema = JSON.parse(toVerificationJsonSchema(rules2026)) as {
		$schema: string;
		anyOf: Branch[];
	};

	test('one branch per kind of file, each closed and keyed by the rule set', () => {
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		const [innovation, region] = schema.anyOf;
		expect(innovation!.title).toBe('content/verifikasi/<skpd>/<slug>.yml');
		expect(Object.keys(innovation!.properties)).toEqual([
			'layak',
			'alasan',
			'oleh',
			'tanggal',
			'sidik',
			'indikator',
		]);
		expect(Object.keys(innovation!.properties.indikator!.properties!)).toEqual(
			rules2026.indikator.map((row) => row.kunci)
		);
		expect(Object.keys(region!.properties.spd!.properties!)).toEqual(
			rules2026.spd.map((row) => row.kunci)
		);
		expect([innovation!.additionalProperties, region!.additionalProperties]).toEqual([
			false,
			false,
		]);
	});

	test('an answer lists its statuses and the fingerprint pattern', () => {
		const answer = schema.anyOf[0]!.properties.indikator!.properties!.regulasi as {
			properties: { status: { enum: string[] }; sidik: { pattern: string } };
			required: string[];
		};
		expect(answer.properties.status.enum).toEqual(['diterima', 'perbaiki', 'ditolak']);
		expect(answer.properties.sidik.pattern).toBe('^(?:[0-9a-f]{16}){1,2}$');
		expect(answer.required).toEqual(['status', 'oleh', 'tanggal', 'sidik']);
	});
});
