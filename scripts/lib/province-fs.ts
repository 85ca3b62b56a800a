/**
 * Fetching one regency's published open data for the province build: bounded in size and time,
 * checked before use, and kept as the last good copy (`<cache>/<kode_wilayah>/`) so a source that
 * is down today still counts, with the date of the copy said on the status page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProvinceSource } from '../../src/schemas/province-sources.ts';
import {
	describeVersion,
	PublishedScoresSchema,
	readInnovations,
} from '../../src/lib/province/read-open-data.ts';
import type { SourceData } from '../../src/lib/province/province-model.ts';
import { fetchBounded } from './fetch-bounded.ts';

/** skor.json is small; inovasi.json at 40,000 innovations is about 140 MB. */
const LIMITS = {
	skor: { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
	inovasi: { maxBytes: 300 * 1024 * 1024, timeoutMs: 120_000 },
};

type Raw = { skor: unknown; inovasi: unknown; diambil: string };

/** Both files of `situs`, parsed, or why not. */
async function download(situs: string, today: string): Promise<Raw | { alasan: string }> {
	const texts: Record<string, string> = {};
	for (const name of ['skor', 'inovasi'] as const) {
		const fetched = await fetchBounded(new URL(`data/${name}.json`, situs).href, LIMITS[name]);
		if (!fetched.ok) return { alasan: `${name}.json ${fetched.reason}` };
		texts[name] = new TextDecoder().decode(fetched.bytes);
	}
	try {
		const skor = JSON.parse(texts.skor!) as unknown;
		if (!PublishedScoresSchema.safeParse(skor).success)
			return { alasan: 'skor.json tidak sesuai skema data terbuka' };
		return { skor, inovasi: JSON.parse(texts.inovasi!) as unknown, diambil: today };
	} catch {
		return { alasan: 'berkas bukan JSON yang sah' };
	}
}

function readCopy(folder: string): Raw | undefined {
	try {
		return {
			skor: JSON.parse(readFileSync(join(folder, 'skor.json'), 'utf8')) as unknown,
			inovasi: JSON.parse(readFileSync(join(folder, 'inovasi.json'), 'utf8')) as unknown,
			diambil: readFileSync(join(folder, 'diambil.txt'), 'utf8').trim(),
		};
	} catch {
		return undefined;
	}
}

/** One source as the province model needs it; never throws. */
export async function loadSource(
	source: ProvinceSource,
	cache: string,
	today: string
): Promise<SourceData> {
	if (!source.situs) return { source, keadaan: 'tanpa-situs', skipped: [] };
	const folder = join(cache, source.kode_wilayah);
	const fresh = await download(source.situs, today);
	let raw: Raw;
	let keadaan: SourceData['keadaan'] = 'baru';
	let alasan: string | undefined;
	if ('alasan' in fresh) {
		const copy = existsSync(folder) ? readCopy(folder) : undefined;
		if (!copy) return { source, keadaan: 'gagal', alasan: fresh.alasan, skipped: [] };
		({ alasan } = fresh);
		raw = copy;
		keadaan = 'salinan';
	} else {
		raw = fresh;
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'skor.json'), JSON.stringify(raw.skor));
		writeFileSync(join(folder, 'inovasi.json'), JSON.stringify(raw.inovasi));
		writeFileSync(join(folder, 'diambil.txt'), `${today}\n`);
	}
	const scores = PublishedScoresSchema.parse(raw.skor);
	const { valid, skipped } = readInnovations(raw.inovasi);
	const version = describeVersion(scores.versi_data);
	return {
		source,
		keadaan,
		...(alasan ? { alasan } : {}),
		diambil: raw.diambil,
		scores,
		innovations: valid,
		jumlahRekaman: Array.isArray(raw.inovasi) ? raw.inovasi.length : 0,
		skipped,
		versi: version.versi,
		...(version.catatan ? { catatanVersi: version.catatan } : {}),
	};
}
