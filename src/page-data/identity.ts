/**
 * The region's identity for the layout and the icon endpoints (`/favicon.svg`, `/ikon-<n>.png`,
 * `/manifest.webmanifest`). PNG encoding needs zlib, so it lives here and not in the pure module.
 */
import { crc32, deflateSync } from 'node:zlib';
import { drawIconPixels, getRegionIdentity, type RegionIdentity } from '../lib/site/identity.ts';
import { t } from '../lib/i18n/t.ts';
import { getSiteRepository } from './repository.ts';

/** Icon sizes published as PNG (the manifest's 192 and 512; 512 is also the share image). */
export const ICON_SIZES = [192, 512] as const;

/** The identity from `pemda.yml`; the logo only when its file is published. */
export function getSiteIdentity(): RegionIdentity {
	const repo = getSiteRepository();
	const identity = getRegionIdentity(repo.pemda, t('site.title'));
	const published = new Set(repo.published ?? []);
	if (identity.logo && !published.has(`public${identity.logo}`)) {
		const { logo: _missing, ...rest } = identity;
		return rest;
	}
	return identity;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A square PNG of the region's icon (8-bit RGBA), byte-identical for the same identity. */
export function getIconPng(size: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(drawIconPixels(getSiteIdentity(), size), { level: 9 })),
		chunk('IEND', new Uint8Array()),
	]);
}
