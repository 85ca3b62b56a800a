import { describe, expect, test } from 'vitest';
import { getContrastRatio } from '../../../src/lib/color/contrast.ts';
import {
	DEFAULT_BRAND,
	drawIconPixels,
	getRegionIdentity,
	toManifest,
	toMonogramSvg,
} from '../../../src/lib/site/identity.ts';
import { createPemdaSchema } from '../../../src/schemas/pemda.ts';
import { rules2026 } from '../../helpers/rules.ts';

const pemda = (extra: Record<string, unknown>) =>
	createPemdaSchema(rules2026).safeParse({
		nama: 'Kabupaten Tanah Bumbu',
		jenis: 'kabupaten',
		provinsi: 'Kalimantan Selatan',
		koordinator: 'Bappedalitbang',
		tahun_penilaian: 2026,
		...extra,
	});

describe('getContrastRatio (WCAG 2.x, hand-checked values)', () => {
	test.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54],
		['#0b5cad', '#ffffff', 6.67],
	])('%s on %s = %s', (a, b, ratio) => {
		expect(getContrastRatio(a, b)).toBeCloseTo(ratio, 1);
	});
});

describe('pemda.yml identity keys', () => {
	test('a dark colour is kept (lower-cased), a light one refused with the AA reason', () => {
		expect(pemda({ warna: '#1D6B2F' }).data?.warna).toBe('#1d6b2f');
		const light = pemda({ warna: '#f2a900' });
		expect(light.success).toBe(false);
		expect(light.error!.issues[0]!.message).toContain('kontras minimal 4,5:1');
		expect(pemda({ warna: 'biru' }).error!.issues[0]!.message).toBe(
			'warna ditulis #rrggbb, mis. #0b5cad'
		);
	});

	test('a logo is a PNG or JPG in the region evidence folder', () => {
		expect(pemda({ logo: '/bukti/pemda/logo.png' }).success).toBe(true);
		for (const logo of ['/bukti/pemda/logo.svg', '/bukti/dinkes/logo.png', 'https://x.id/l.png'])
			expect(pemda({ logo }).success, logo).toBe(false);
	});
});

describe('getRegionIdentity', () => {
	test('short name and monogram from the region name; default colour', () => {
		const identity = getRegionIdentity(pemda({}).data, 'Katalog');
		expect(identity).toEqual({
			nama: 'Kabupaten Tanah Bumbu',
			singkat: 'Tanah Bumbu',
			monogram: 'TB',
			warna: DEFAULT_BRAND,
		});
		expect(getRegionIdentity(undefined, 'Katalog').monogram).toBe('KA');
	});

	test('the SVG escapes the name and carries the colour', () => {
		const svg = toMonogramSvg({
			nama: 'Kota "A" & <B>',
			singkat: 'A',
			monogram: 'AB',
			warna: '#1d6b2f',
		});
		expect(svg).toContain('aria-label="Kota &quot;A&quot; &amp; &lt;B&gt;"');
		expect(svg).toContain('fill="#1d6b2f"');
	});

	test('the icon is the brand colour with a white mark, one filter byte per row', () => {
		const identity = getRegionIdentity(pemda({ warna: '#1d6b2f' }).data, 'x');
		const pixels = drawIconPixels(identity, 64);
		expect(pixels).toHaveLength(64 * (64 * 4 + 1));
		const at = (x: number, y: number) => [
			...pixels.slice(y * 257 + 1 + x * 4, y * 257 + 5 + x * 4),
		];
		expect(at(0, 0)).toEqual([0x1d, 0x6b, 0x2f, 255]);
		expect(at(32, 26)).toEqual([255, 255, 255, 255]);
	});

	test('the manifest names the region and its icons under the base path', () => {
		const manifest = JSON.parse(
			toManifest(getRegionIdentity(pemda({}).data, 'x'), '/katalog/', 'Deskripsi')
		) as { short_name: string; theme_color: string; icons: { src: string }[]; start_url: string };
		expect(manifest.short_name).toBe('Inovasi Tanah Bumbu');
		expect(manifest.theme_color).toBe(DEFAULT_BRAND);
		expect(manifest.start_url).toBe('/katalog/');
		expect(manifest.icons.map((icon) => icon.src)).toEqual([
			'/katalog/favicon.svg',
			'/katalog/ikon-192.png',
			'/katalog/ikon-512.png',
		]);
	});
});
