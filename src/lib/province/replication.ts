/**
 * What one regency could replicate from another: per affair, the province's most mature innovation
 * (recomputed claimed maturity), offered to every regency whose own best in that affair is lower
 * or missing — the concrete "look at how they did it" a coordinator can act on.
 */
import type { RegionRow } from './province-model.ts';

export interface Suggestion {
	urusan: string;
	/** The innovation to learn from, and where it is. */
	id: string;
	nama: string;
	dari: string;
	situs?: string;
	kematangan: number;
	/** The regency's own best maturity in that affair (0 when it has none). */
	milikSendiri: number;
}

/** Suggestions per regency code, largest gap first, at most `most` each. */
export function findReplications(rows: readonly RegionRow[], most = 5): Map<string, Suggestion[]> {
	const best = new Map<string, Omit<Suggestion, 'milikSendiri'> & { kode: string }>();
	const own = new Map<string, Map<string, number>>();
	for (const row of rows) {
		const mine = new Map<string, number>();
		own.set(row.data.source.kode_wilayah, mine);
		for (const innovation of row.data.innovations ?? []) {
			const maturity = row.kematangan.get(innovation.id) ?? 0;
			mine.set(innovation.urusan, Math.max(mine.get(innovation.urusan) ?? 0, maturity));
			const current = best.get(innovation.urusan);
			if (!current || maturity > current.kematangan)
				best.set(innovation.urusan, {
					urusan: innovation.urusan,
					id: innovation.id,
					nama: innovation.nama,
					dari: row.data.source.nama,
					kode: row.data.source.kode_wilayah,
					...(row.data.source.situs ? { situs: row.data.source.situs } : {}),
					kematangan: maturity,
				});
		}
	}
	const result = new Map<string, Suggestion[]>();
	for (const row of rows) {
		if (!row.data.innovations) continue;
		const mine = own.get(row.data.source.kode_wilayah)!;
		const suggestions = [...best.values()]
			.filter(
				(top) =>
					top.kode !== row.data.source.kode_wilayah && top.kematangan > (mine.get(top.urusan) ?? 0)
			)
			.map(({ kode: _kode, ...top }) => ({ ...top, milikSendiri: mine.get(top.urusan) ?? 0 }))
			.sort(
				(a, b) =>
					b.kematangan - b.milikSendiri - (a.kematangan - a.milikSendiri) ||
					(a.urusan < b.urusan ? -1 : 1)
			)
			.slice(0, most);
		result.set(row.data.source.kode_wilayah, suggestions);
	}
	return result;
}
