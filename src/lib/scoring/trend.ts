/**
 * The region's record across years: the frozen estimate of each archived year beside the official
 * figure coordinators entered, so the estimate's accuracy is visible; and agency totals per year.
 */
import type { Archive, OfficialResult } from '../../schemas/archive.ts';
import { round2 } from './round.ts';

export interface TrendRow {
	tahun: number;
	perkiraan?: number;
	predikat_perkiraan?: string;
	resmi?: number;
	predikat_resmi?: string;
	sumber?: string;
	/** Official − estimate, when both indices exist. */
	selisih?: number;
}

/** One row per year that has an archive or an official figure, ascending. */
export function buildTrend(
	archives: readonly Archive[],
	official: readonly OfficialResult[]
): TrendRow[] {
	const years = [
		...new Set([...archives.map((a) => a.tahun_penilaian), ...official.map((o) => o.tahun)]),
	].sort((a, b) => a - b);
	return years.map((tahun) => {
		const archive = archives.find((a) => a.tahun_penilaian === tahun);
		const result = official.find((o) => o.tahun === tahun);
		return {
			tahun,
			...(archive
				? { perkiraan: archive.pemda.iid, predikat_perkiraan: archive.pemda.predikat }
				: {}),
			...(result
				? {
						...(result.iid !== undefined ? { resmi: result.iid } : {}),
						predikat_resmi: result.predikat,
						sumber: result.sumber,
					}
				: {}),
			...(archive && result?.iid !== undefined
				? { selisih: round2(result.iid - archive.pemda.iid) }
				: {}),
		};
	});
}

/** Agency totals per archived year: id → (year → total maturity). */
export function buildAgencyTrend(archives: readonly Archive[]): Map<string, Map<number, number>> {
	const table = new Map<string, Map<number, number>>();
	for (const archive of [...archives].sort((a, b) => a.tahun_penilaian - b.tahun_penilaian)) {
		for (const agency of archive.skpd) {
			if (!table.has(agency.id)) table.set(agency.id, new Map());
			table.get(agency.id)!.set(archive.tahun_penilaian, agency.total_kematangan);
		}
	}
	return new Map([...table].sort(([a], [b]) => (a < b ? -1 : 1)));
}
