/**
 * SKPD ranking (ours, not the guide's): by total maturity of the agency's eligible innovations,
 * ties by their count (more first), then by id. Every agency is ranked, with zero where empty.
 */

/** What ranking needs to know of each scored innovation. */
export interface RankableInnovation {
	skpd: string;
	kematangan: number;
	dinilai: boolean;
}

export interface AgencyRank {
	id: string;
	peringkat: number;
	/** Eligible innovations of the agency (the ones that count). */
	jumlah_inovasi: number;
	/** Σ maturity of its eligible innovations. */
	total_kematangan: number;
	/** All catalogued innovations of the agency, eligible or not. */
	jumlah_semua_inovasi: number;
}

/** Ranks every agency in `agencyIds`; innovations of unknown agencies are ignored. */
export function rankAgencies(
	agencyIds: readonly string[],
	innovations: readonly RankableInnovation[]
): AgencyRank[] {
	const totals = new Map(
		agencyIds.map((id) => [
			id,
			{ id, jumlah_inovasi: 0, total_kematangan: 0, jumlah_semua_inovasi: 0 },
		])
	);
	for (const innovation of innovations) {
		const agency = totals.get(innovation.skpd);
		if (!agency) continue;
		agency.jumlah_semua_inovasi += 1;
		if (!innovation.dinilai) continue;
		agency.jumlah_inovasi += 1;
		agency.total_kematangan += innovation.kematangan;
	}
	return [...totals.values()]
		.sort(
			(a, b) =>
				b.total_kematangan - a.total_kematangan ||
				b.jumlah_inovasi - a.jumlah_inovasi ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		)
		.map((agency, index) => ({ ...agency, peringkat: index + 1 }));
}
