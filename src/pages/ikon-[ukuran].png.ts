import type { GetStaticPaths } from 'astro';
import { getIconPng, ICON_SIZES } from '../page-data/identity.ts';

export const getStaticPaths = (() =>
	ICON_SIZES.map((size) => ({ params: { ukuran: String(size) } }))) satisfies GetStaticPaths;

/** `/ikon-192.png`, `/ikon-512.png`: the app icon and share image. */
export function GET({ params }: { params: { ukuran: string } }) {
	return new Response(new Uint8Array(getIconPng(Number(params.ukuran))), {
		headers: { 'Content-Type': 'image/png' },
	});
}
