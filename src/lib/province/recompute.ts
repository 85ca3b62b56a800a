/**
 * A regency's two indexes recomputed from its published records with this project's own engine and
 * the rule set of the year it declares — never taken on trust. The claimed index needs the records
 * and the SPD answers (or, in version 1 files, the published SPD total); the verified one needs the
 * coordinator's decisions published since version 2.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { computeRegion, type RegionMember, type RegionScore } from '../scoring/region.ts';
import { computeSpd } from '../scoring/maturity.ts';
import { scoreRegion } from '../scoring/score-region.ts';
import type { PublishedInnovation, PublishedScores } from './read-open-data.ts';

/** How far a published index may lie from the recomputed one and still agree. */
export const AGREEMENT = 0.01;

export interface Recomputed {
	klaim: RegionScore;
	/** Undefined when the file does not publish the coordinator's decisions (version 1). */
	terverifikasi?: RegionScore;
	/** Per record id, the recomputed claimed maturity (for replication and statistics). */
	kematangan: Map<string, number>;
}

const levels = (rows: readonly { kunci: string; parameter: number }[]) =>
	Object.fromEntries(rows.map((row) => [row.kunci, { parameter: row.parameter }]));

/** Recomputes both indexes of one regency. */
export function recomputeRegion(
	scores: PublishedScores,
	innovations: readonly PublishedInnovation[],
	rules: RuleSet
): Recomputed {
	const known = new Set(rules.indikator.map((row) => row.kunci));
	const report = scoreRegion({
		rules,
		spd: scores.spd_baris ? levels(scores.spd_baris) : {},
		agencyIds: [],
		innovations: innovations.map((record) => ({
			id: record.id,
			skpd: record.skpd,
			nama: record.nama,
			urusan: record.urusan,
			tahapan: record.tahapan,
			...(record.waktu_uji_coba ? { waktu_uji_coba: record.waktu_uji_coba } : {}),
			...(record.waktu_penerapan ? { waktu_penerapan: record.waktu_penerapan } : {}),
			...(record.waktu_pengembangan ? { waktu_pengembangan: record.waktu_pengembangan } : {}),
			indikator: levels(record.indikator.filter((row) => known.has(row.kunci))),
		})),
	});
	// A version 1 file has no SPD answers: its published SPD total stands in (said on the page).
	const klaim = scores.spd_baris
		? report.pemda
		: computeRegion(scores.pemda.spd, report.inovasi, rules);
	const kematangan = new Map(report.inovasi.map((scored) => [scored.id, scored.kematangan]));
	if (!scores.spd_baris || innovations.some((record) => !record.parameter_terverifikasi))
		return { klaim, kematangan };
	const weights = new Map(rules.indikator.map((row) => [row.kunci, row.bobot]));
	const byId = new Map(innovations.map((record) => [record.id, record]));
	const members: RegionMember[] = report.inovasi.map((scored) => {
		const record = byId.get(scored.id)!;
		const counts = scored.kelayakan.dinilai && record.status_layak === 'layak';
		const verified = Object.entries(record.parameter_terverifikasi ?? {}).reduce(
			// a verified level never exceeds the claim (the engine's rule, kept by the reader too)
			(sum, [key, level]) =>
				sum +
				(weights.get(key) ?? 0) *
					Math.min(level, scored.baris.find((row) => row.kunci === key)?.parameter ?? 0),
			0
		);
		return {
			urusan: scored.urusan,
			kematangan: counts ? verified : 0,
			kelayakan: { dinilai: counts },
			dilaporkan: scored.kelayakan.dinilai,
		};
	});
	const spd = computeSpd(
		Object.fromEntries(
			scores.spd_baris.map((row) => [row.kunci, { parameter: row.parameter_terverifikasi }])
		),
		rules
	);
	return { klaim, terverifikasi: computeRegion(spd, members, rules), kematangan };
}

/** Whether a published index agrees with the recomputed one (within `AGREEMENT`). */
export function agrees(published: number, recomputed: number): boolean {
	return Math.abs(published - recomputed) <= AGREEMENT + 1e-9;
}
