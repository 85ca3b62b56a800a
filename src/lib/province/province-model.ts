/**
 * The province view as data: one row per regency or city (published and recomputed indexes, the
 * official result, its place and gaps), the status of each source, and what the province's
 * innovations have in common. Pure: the CLI fetches, this decides, the renderer writes HTML.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { ProvinceSource } from '../../schemas/province-sources.ts';
import type { RegionScore } from '../scoring/region.ts';
import { getNextPredicate } from '../scoring/predicate.ts';
import { round2 } from '../scoring/round.ts';
import type { PublishedInnovation, PublishedScores, Skipped } from './read-open-data.ts';
import { agrees, recomputeRegion } from './recompute.ts';

/** What the CLI could get of one source. */
export interface SourceData {
	source: ProvinceSource;
	/** `tanpa-situs`: none listed · `baru`: fetched today · `salinan`: an earlier good copy · `gagal`. */
	keadaan: 'tanpa-situs' | 'baru' | 'salinan' | 'gagal';
	/** Why a fetch failed (also with `salinan`). */
	alasan?: string;
	/** When the data used was fetched (ISO date). */
	diambil?: string;
	scores?: PublishedScores;
	innovations?: PublishedInnovation[];
	/** Records in inovasi.json before checking. */
	jumlahRekaman?: number;
	skipped: Skipped[];
	/** A note on the data's version (newer than this reader). */
	catatanVersi?: string;
	versi?: number;
}

/** One figure as published and as recomputed. */
export interface Figure {
	terbit: number;
	hitung?: number;
	predikat?: string;
	/** Published and recomputed differ by more than 0.01. */
	tidakCocok: boolean;
}

export interface RegionRow {
	data: SourceData;
	klaim?: Figure;
	terverifikasi?: Figure;
	/** 1-based place among regions with data (by recomputed claimed index), undefined without data. */
	peringkat?: number;
	/** Points to the next predicate band (claimed, recomputed). */
	predikatBerikut?: { nama: string; selisih: number };
	/** Points to pass the region one place above. */
	keAtas?: { nama: string; selisih: number };
	/** Recomputed claimed maturity per innovation id. */
	kematangan: Map<string, number>;
}

function toFigure(
	published: RegionScore | PublishedScores['pemda'],
	recomputed?: RegionScore
): Figure {
	return {
		terbit: published.iid,
		...(recomputed ? { hitung: recomputed.iid, predikat: recomputed.predikat } : {}),
		tidakCocok: recomputed ? !agrees(published.iid, recomputed.iid) : false,
	};
}

/** Rows in ranking order: regions with data by recomputed claimed index (then name), then the rest. */
export function buildRegionRows(
	sources: readonly SourceData[],
	getRules: (year: number) => RuleSet | undefined
): RegionRow[] {
	const rows: RegionRow[] = sources.map((data) => {
		const rules = data.scores && getRules(data.scores.tahun_penilaian);
		if (!data.scores || !data.innovations || !rules) return { data, kematangan: new Map() };
		const result = recomputeRegion(data.scores, data.innovations, rules);
		const next = getNextPredicate(result.klaim, rules);
		return {
			data,
			klaim: toFigure(data.scores.pemda, result.klaim),
			...(data.scores.pemda_terverifikasi && {
				terverifikasi: toFigure(data.scores.pemda_terverifikasi, result.terverifikasi),
			}),
			...(next ? { predikatBerikut: next } : {}),
			kematangan: result.kematangan,
		};
	});
	const value = (row: RegionRow) => row.klaim?.hitung ?? row.klaim?.terbit ?? -1;
	rows.sort(
		(a, b) => value(b) - value(a) || a.data.source.nama.localeCompare(b.data.source.nama, 'id')
	);
	let place = 0;
	for (const [index, row] of rows.entries()) {
		if (!row.klaim) continue;
		row.peringkat = ++place;
		const above = rows[index - 1];
		if (above?.klaim)
			row.keAtas = {
				nama: above.data.source.nama,
				selisih: round2(value(above) - value(row) + 0.01),
			};
	}
	return rows;
}

/** Innovations across the province counted by a key (urusan, tahapan, bentuk), most first. */
export function countAcross(
	rows: readonly RegionRow[],
	key: 'urusan' | 'tahapan' | 'bentuk'
): { nilai: string; jumlah: number; daerah: number }[] {
	const counts = new Map<string, { jumlah: number; daerah: Set<string> }>();
	for (const row of rows)
		for (const innovation of row.data.innovations ?? []) {
			const value = innovation[key] ?? '–';
			const entry = counts.get(value) ?? { jumlah: 0, daerah: new Set<string>() };
			entry.jumlah += 1;
			entry.daerah.add(row.data.source.kode_wilayah);
			counts.set(value, entry);
		}
	return [...counts]
		.map(([nilai, entry]) => ({ nilai, jumlah: entry.jumlah, daerah: entry.daerah.size }))
		.sort((a, b) => b.jumlah - a.jumlah || (a.nilai < b.nilai ? -1 : 1));
}
