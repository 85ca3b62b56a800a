/**
 * What the coordinator room shows, computed from a score report: per agency its gaps, and for the
 * region the distance to D, to the basic-service threshold and to the next predicate, and the
 * innovations that leave the window next year.
 */
import { COUNT_POLICIES, type CountPolicy, type RuleSet } from '../../schemas/rule-set.ts';
import {
	computeRegion,
	computeRegionFromTotals,
	removeMember,
	sumMembers,
	type RegionScore,
} from './region.ts';
import { isInWindow } from './eligibility.ts';
import { getNextPredicate } from './predicate.ts';
import { toVerifiedMember, type ScoreReport, type ScoredInnovation } from './score-region.ts';

export interface AgencyGap {
	id: string;
	jumlah: number;
	dinilai: number;
	/** Mean maturity of its eligible innovations (0 when none). */
	rata_kematangan: number;
	/** Innovations with at least one mandatory indicator unclaimed. */
	kurang_wajib: number;
	/** Indicators where the agency loses most points (Σ weight × (max − parameter)), worst first, at most 3. */
	indikator_terlemah: { kunci: string; nama: string; poin_hilang: number }[];
}

/** Per-agency gaps, in ranking order. */
export function getAgencyGaps(report: ScoreReport): AgencyGap[] {
	const max = report.rules.rumus.parameter_maksimal;
	return report.skpd.map((rank) => {
		const own = report.inovasi.filter((innovation) => innovation.skpd === rank.id);
		const eligible = own.filter((innovation) => innovation.kelayakan.dinilai);
		const lost = new Map<string, { kunci: string; nama: string; poin_hilang: number }>();
		for (const innovation of eligible) {
			for (const row of innovation.baris) {
				const entry = lost.get(row.kunci) ?? { kunci: row.kunci, nama: row.nama, poin_hilang: 0 };
				entry.poin_hilang += row.bobot * (max - row.parameter);
				lost.set(row.kunci, entry);
			}
		}
		return {
			id: rank.id,
			jumlah: own.length,
			dinilai: eligible.length,
			rata_kematangan:
				eligible.length > 0
					? eligible.reduce((sum, i) => sum + i.kematangan, 0) / eligible.length
					: 0,
			kurang_wajib: own.filter((innovation) => innovation.wajib_kurang.length > 0).length,
			indikator_terlemah: [...lost.values()]
				.filter((e) => e.poin_hilang > 0)
				.sort((a, b) => b.poin_hilang - a.poin_hilang || (a.kunci < b.kunci ? -1 : 1))
				.slice(0, 3),
		};
	});
}

export interface RegionStatus {
	/** Eligible innovations still needed to reach D (0 when n ≥ D). */
	kurang_dari_d: number;
	yandas_kurang: string[];
	/** How many more basic-service affairs the volume term needs (0 when it counts). */
	tambahan_yandas: number;
	predikat_berikut?: { nama: string; selisih: number };
	/** Eligible now, but neither put to use nor developed in next year's window (the window moved one year). */
	habis_jendela: ScoredInnovation[];
}

/** Adds `years` to an ISO date. */
function addYears(date: string, years: number): string {
	return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Region-level distances for the coordinator. */
export function getRegionStatus(report: ScoreReport, rules: RuleSet = report.rules): RegionStatus {
	const { pemda } = report;
	const nextWindow = {
		mulai: addYears(rules.jendela_penilaian.mulai, 1),
		selesai: addYears(rules.jendela_penilaian.selesai, 1),
	};
	const next = getNextPredicate(pemda, rules);
	return {
		kurang_dari_d: Math.max(0, rules.rumus.pembagi_minimal - pemda.n),
		yandas_kurang: pemda.yandas_kurang,
		tambahan_yandas: Math.max(0, rules.rumus.yandas_minimal - pemda.yandas),
		...(next ? { predikat_berikut: next } : {}),
		habis_jendela: report.inovasi.filter(
			(i) => i.kelayakan.dinilai && !isInWindow(i.kelayakan.tanggal_jendela ?? [], nextWindow)
		),
	};
}

/** The index under each n policy, claimed and verified (coordinators see both figures). */
export interface PolicyComparison {
	kebijakan: CountPolicy;
	klaim: RegionScore;
	terverifikasi: RegionScore;
}

/** Both n policies on both scores; the rule set's own policy first. */
export function compareCountPolicies(report: ScoreReport): PolicyComparison[] {
	const { rules } = report;
	const members = report.inovasi.map(toVerifiedMember);
	const policies = [...COUNT_POLICIES].sort((a) => (a === rules.rumus.hitung_n ? -1 : 1));
	return policies.map((kebijakan) => ({
		kebijakan,
		klaim: computeRegion(report.pemda.spd, report.inovasi, rules, kebijakan),
		terverifikasi: computeRegion(report.terverifikasi.pemda.spd, members, rules, kebijakan),
	}));
}

/**
 * Assessed innovations that lower the claimed index: without them the IID would be higher (once n
 * exceeds D, an innovation below the average pulls the mean down more than its volume point adds).
 * Weakest first; each with the index the region would have without it. Follows the rule set's n
 * policy: under `dilaporkan` an innovation declared not eligible still counts in the divisor, so
 * withholding one never helps and the list is empty (the room says why).
 */
export function findWeakInnovations(
	report: ScoreReport
): { inovasi: ScoredInnovation; iid_tanpa: number }[] {
	const { rules, pemda } = report;
	const totals = sumMembers(report.inovasi);
	return report.inovasi
		.filter((innovation) => innovation.kelayakan.dinilai)
		.map((innovation) => ({
			inovasi: innovation,
			iid_tanpa: computeRegionFromTotals(
				pemda.spd,
				removeMember(totals, innovation.urusan, innovation.kematangan),
				rules
			).iid,
		}))
		.filter((item) => item.iid_tanpa > pemda.iid)
		.sort(
			(a, b) =>
				a.inovasi.kematangan - b.inovasi.kematangan || (a.inovasi.id < b.inovasi.id ? -1 : 1)
		);
}

/**
 * The province's rule for agencies as a headline measure (Kalimantan Selatan, 2025: every SKPD
 * reports at least one innovation a year): registered agencies with an innovation assessed this
 * year, out of all, and the ids of those without one.
 */
export function countReportingAgencies(
	report: ScoreReport,
	agencyIds: readonly string[]
): { dengan: number; total: number; nol: string[] } {
	const reporting = new Set(
		report.inovasi.filter((innovation) => innovation.kelayakan.dinilai).map((i) => i.skpd)
	);
	const nol = agencyIds.filter((id) => !reporting.has(id));
	return { dengan: agencyIds.length - nol.length, total: agencyIds.length, nol };
}
