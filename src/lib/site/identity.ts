/**
 * The region's identity on its site: name, a short name, the brand colour and the monogram used
 * for the favicon, the app icon and the share image, all derived from `pemda.yml` so a fork looks
 * like its own government without touching code. Pure; the PNG bytes are compressed by the caller.
 */
import type { Pemda } from '../../schemas/pemda.ts';
import { escapeMarkup } from '../html/escape.ts';
import { withBase } from './url.ts';

/** The brand colour when `pemda.yml` gives none (AA with white text: 6.7:1). */
export const DEFAULT_BRAND = '#0b5cad';

export interface RegionIdentity {
	/** Full name, e.g. `Kabupaten Tanah Bumbu`. */
	nama: string;
	/** Short name for the app icon, e.g. `Tanah Bumbu`. */
	singkat: string;
	/** Two letters for the monogram, e.g. `TB`. */
	monogram: string;
	/** `#rrggbb`. */
	warna: string;
	/** Site path of the region's own logo, when `pemda.yml` gives one. */
	logo?: string;
}

/** The identity of a region (or of a site with no valid `pemda.yml`, under `fallbackName`). */
export function getRegionIdentity(pemda: Pemda | undefined, fallbackName: string): RegionIdentity {
	const nama = pemda?.nama ?? fallbackName;
	const singkat = nama.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, '');
	const words = singkat.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
	const monogram = (
		words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0] ?? 'ID').slice(0, 2)
	).toUpperCase();
	return {
		nama,
		singkat,
		monogram,
		warna: pemda?.warna ?? DEFAULT_BRAND,
		...(pemda?.logo ? { logo: pemda.logo } : {}),
	};
}

/**
 * The monogram as an SVG icon: white letters on the brand colour. It is `/favicon.svg` and, as an
 * image beside the written name, the header's mark.
 */
export function toMonogramSvg(identity: RegionIdentity): string {
	const label = `role="img" aria-label="${escapeMarkup(identity.nama)}"`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="40" height="40" ${label}><rect width="64" height="64" rx="12" fill="${escapeMarkup(identity.warna)}"/><text x="32" y="42" font-family="system-ui,sans-serif" font-size="28" font-weight="700" text-anchor="middle" fill="#fff">${escapeMarkup(identity.monogram)}</text></svg>\n`;
}

/**
 * Raw RGBA scanlines (each prefixed by filter byte 0) of a square icon: the brand colour with a
 * white light-bulb mark (the innovation sign), drawn without fonts so it can be a PNG anywhere.
 */
export function drawIconPixels(identity: RegionIdentity, size: number): Uint8Array {
	const [r, g, b] = [1, 3, 5].map((start) => parseInt(identity.warna.slice(start, start + 2), 16));
	const rows = new Uint8Array(size * (size * 4 + 1));
	const unit = size / 64;
	for (let y = 0; y < size; y++) {
		const row = y * (size * 4 + 1);
		for (let x = 0; x < size; x++) {
			const [u, v] = [(x + 0.5) / unit, (y + 0.5) / unit];
			const bulb = (u - 32) ** 2 + (v - 26) ** 2 <= 13 ** 2;
			const neck = u >= 26 && u <= 38 && v >= 36 && v <= 44;
			const base = u >= 27 && u <= 37 && v >= 46 && v <= 50;
			const white = bulb || neck || base;
			rows.set(white ? [255, 255, 255, 255] : [r!, g!, b!, 255], row + 1 + x * 4);
		}
	}
	return rows;
}

/** The web app manifest of the site. */
export function toManifest(identity: RegionIdentity, base: string, description: string): string {
	const manifest = {
		name: `Katalog Inovasi Daerah ${identity.nama}`,
		short_name: `Inovasi ${identity.singkat}`.slice(0, 24),
		description,
		lang: 'id',
		start_url: base,
		scope: base,
		display: 'browser',
		background_color: '#ffffff',
		theme_color: identity.warna,
		icons: [
			{ src: withBase(base, 'favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
			{ src: withBase(base, 'ikon-192.png'), type: 'image/png', sizes: '192x192' },
			{ src: withBase(base, 'ikon-512.png'), type: 'image/png', sizes: '512x512' },
		],
	};
	return `${JSON.stringify(manifest, null, 2)}\n`;
}
