/**
 * Ranked recommendations, a to-do list per agency: concrete actions and the exact gain of each in
 * the *verified* IID (so "get this indicator verified" is an action like any other), found by
 * re-scoring a variant of the region's totals with the same engine (never a re-implementation).
 * Region-level outcome rows (IPM, poverty, growth) are returned apart: no agency acts on them.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { addMember, computeRegionFromTotals, sumMembers, type RegionTotals } from './region.ts';
import { round2 } from './round.ts';
import { getBasicServiceKeys } from './rules-derived.ts';
import { toVerifiedMember, type ScoredInnovation } from './score-region.ts';

export type ActionKind =
	| 'verifikasi-kelayakan'
	| 'perbaiki-bukti'
	| 'verifikasi-indikator'
	| 'lengkapi-wajib'
	| 'tambah-inovasi-yandas'
	| 'naikkan-indikator'
	| 'verifikasi-spd'
	| 'naikkan-spd';

export interface Recommendation {
	jenis: ActionKind;
	/** Indonesian sentence naming the action. */
	aksi: string;
	/** Exact change of the published (2-decimal) verified IID. */
	kenaikan_iid: number;
	/** What evidence the guide asks for (or the verifier's note to act on). */
	bukti: string;
	/** The innovation, indicator or row acted on. */
	sasaran: { inovasi?: string; indikator?: string; urusan?: string; spd?: string };
	/** The agency that acts; absent for region-level rows and new innovations. */
	skpd?: string;
	/** True for SPD outcome rows (IPM, poverty…): outcomes to watch, not actions. */
	hasil?: boolean;
}

export interface RecommendInput {
	rules: RuleSet;
	inovasi: readonly ScoredInnovation[];
	/** The verified SPD rows (`report.terverifikasi.spd_baris`). */
	spdBaris: readonly VerifiedRow[];
}

const KIND_ORDER: ActionKind[] = [
	'verifikasi-kelayakan',
	'perbaiki-bukti',
	'verifikasi-indikator',
	'lengkapi-wajib',
	'tambah-inovasi-yandas',
	'naikkan-indikator',
	'verifikasi-spd',
	'naikkan-spd',
];

/** The minimal eligible innovation a coordinator can ask for: every mandatory indicator at level 1. */
export function getMinimalMaturity(rules: RuleSet): number {
	return rules.indikator
		.filter((indicator) => indicator.wajib)
		.reduce((sum, indicator) => sum + indicator.bobot, 0);
}

const withMaturity = (totals: RegionTotals, delta: number): RegionTotals => ({
	...totals,
	jumlah_kematangan: totals.jumlah_kematangan + delta,
});

/** Every candidate action with a positive gain, best first (ties: action kind, then text). */
export function listActions(input: RecommendInput): Recommendation[] {
	const { rules, inovasi } = input;
	const max = rules.rumus.parameter_maksimal;
	const spd = input.spdBaris.reduce(
		(sum, row) => sum + (rules.spd.find((r) => r.kunci === row.kunci)?.bobot ?? 0) * row.parameter,
		0
	);
	const totals = sumMembers(inovasi.map(toVerifiedMember));
	const iidOf = (variant: RegionTotals, spdScore = spd) =>
		computeRegionFromTotals(spdScore, variant, rules).iid;
	const base = iidOf(totals);
	const actions: Recommendation[] = [];
	const indicatorRules = new Map(rules.indikator.map((row) => [row.kunci, row]));

	for (const innovation of inovasi) {
		if (!innovation.kelayakan.dinilai) continue;
		const { verifikasi, skpd, id, nama } = innovation;
		if (verifikasi.status_layak === 'tidak-layak') continue;
		const on = `${nama} (${id})`;
		const counted = verifikasi.status_layak === 'layak';
		const pending = (row: VerifiedRow) => row.status === 'belum' || row.status === 'kedaluwarsa';
		// An innovation not yet declared eligible counts for nothing: one action asks for its whole
		// verification, worth what its pending claims would add; its other actions are then counted
		// as if that verification went through.
		const expected = verifikasi.baris.reduce(
			(sum, row) =>
				sum + indicatorRules.get(row.kunci)!.bobot * (pending(row) ? row.klaim : row.parameter),
			0
		);
		const own = counted ? totals : addMember(totals, innovation.urusan, expected);
		const ownBase = iidOf(own);
		if (!counted) {
			const claims = verifikasi.baris.filter(pending).length;
			actions.push({
				jenis: 'verifikasi-kelayakan',
				aksi: `Ajukan verifikasi ${on}: kelayakan${verifikasi.status_layak === 'kedaluwarsa' ? ' (tahapan atau tanggalnya berubah sejak diverifikasi)' : ''} dan ${claims} indikator yang diklaim`,
				kenaikan_iid: round2(ownBase - base),
				bukti:
					'Tahapan, tanggal uji coba/penerapan/pengembangan, dan bukti setiap indikator yang diklaim.',
				sasaran: { inovasi: id },
				skpd,
			});
		}
		const gain = (delta: number) => round2(iidOf(withMaturity(own, delta)) - ownBase);
		for (const row of verifikasi.baris) {
			const rule = indicatorRules.get(row.kunci)!;
			const about = `${rule.nama} pada ${on}`;
			if (row.klaim > row.parameter && !pending(row)) {
				actions.push({
					jenis: 'perbaiki-bukti',
					aksi: `Perbaiki ${about} sesuai catatan verifikator (${row.status}, parameter ${row.parameter} dari klaim ${row.klaim})`,
					kenaikan_iid: gain(rule.bobot * (row.klaim - row.parameter)),
					bukti: row.catatan ?? rule.bukti,
					sasaran: { inovasi: id, indikator: row.kunci },
					skpd,
				});
			} else if (row.klaim > row.parameter && counted) {
				actions.push({
					jenis: 'verifikasi-indikator',
					aksi: `Minta verifikasi ${about} (klaim parameter ${row.klaim}${row.status === 'kedaluwarsa' ? '; klaim berubah sejak diverifikasi' : ''})`,
					kenaikan_iid: gain(rule.bobot * (row.klaim - row.parameter)),
					bukti: rule.bukti,
					sasaran: { inovasi: id, indikator: row.kunci },
					skpd,
				});
			}
			if (row.klaim >= max) continue;
			const mandatoryGap = rule.wajib && row.klaim === 0;
			actions.push({
				jenis: mandatoryGap ? 'lengkapi-wajib' : 'naikkan-indikator',
				aksi: `${mandatoryGap ? 'Lengkapi indikator wajib' : 'Naikkan'} ${about} dari parameter ${row.klaim} ke ${row.klaim + 1} lalu minta verifikasi: ${rule.parameter[row.klaim] ?? ''}`,
				kenaikan_iid: gain(rule.bobot),
				bukti: rule.bukti,
				sasaran: { inovasi: id, indikator: row.kunci },
				skpd,
			});
		}
	}

	const minimal = getMinimalMaturity(rules);
	for (const affair of getBasicServiceKeys(rules).filter((key) => !totals.per_urusan.get(key))) {
		const name = rules.urusan.find((u) => u.kunci === affair)?.nama ?? affair;
		actions.push({
			jenis: 'tambah-inovasi-yandas',
			aksi: `Tambah satu inovasi yang dinilai pada urusan ${name} (kematangan minimal ${minimal}: semua indikator wajib di parameter 1, terverifikasi)`,
			kenaikan_iid: round2(iidOf(addMember(totals, affair, minimal)) - base),
			bukti:
				'Inovasi tahap uji coba atau penerapan dengan tanggal dalam jendela penilaian, beserta bukti indikator wajib.',
			sasaran: { urusan: affair },
		});
	}

	for (const row of rules.spd) {
		const verified = input.spdBaris.find((r) => r.kunci === row.kunci);
		const claim = verified?.klaim ?? 0;
		const level = verified?.parameter ?? 0;
		if (claim > level) {
			actions.push({
				jenis: 'verifikasi-spd',
				aksi: `${verified?.status === 'perbaiki' || verified?.status === 'ditolak' ? 'Perbaiki' : 'Verifikasi'} indikator pemda ${row.nama} (klaim parameter ${claim})`,
				kenaikan_iid: round2(iidOf(totals, spd + row.bobot * (claim - level)) - base),
				bukti: verified?.catatan ?? row.bukti,
				sasaran: { spd: row.kunci },
				...(row.hasil ? { hasil: true } : {}),
			});
		}
		if (claim >= max) continue;
		actions.push({
			jenis: 'naikkan-spd',
			aksi: `${row.hasil ? 'Capaian' : 'Naikkan'} indikator pemda ${row.nama} dari parameter ${claim} ke ${claim + 1}: ${row.parameter[claim]}`,
			kenaikan_iid: round2(
				iidOf(totals, spd + row.bobot * (claim + 1 - level)) -
					iidOf(totals, spd + row.bobot * (claim - level))
			),
			bukti: row.bukti,
			sasaran: { spd: row.kunci },
			...(row.hasil ? { hasil: true } : {}),
		});
	}

	return actions
		.filter((action) => action.kenaikan_iid > 0)
		.sort(
			(a, b) =>
				b.kenaikan_iid - a.kenaikan_iid ||
				KIND_ORDER.indexOf(a.jenis) - KIND_ORDER.indexOf(b.jenis) ||
				(a.aksi < b.aksi ? -1 : 1)
		);
}

/** The best `limit` actions (outcome rows left out: see `listOutcomes`). */
export function recommendActions(input: RecommendInput, limit = 10): Recommendation[] {
	return listActions(input)
		.filter((action) => !action.hasil)
		.slice(0, limit);
}

/** SPD outcome rows and what one level more would add: shown apart, as outcomes. */
export function listOutcomes(input: RecommendInput): Recommendation[] {
	return listActions(input).filter((action) => action.hasil);
}

/** Each agency's to-do list: its best `perAgency` actions, agencies in id order. */
export function groupActionsByAgency(
	actions: readonly Recommendation[],
	perAgency = 5
): Map<string, Recommendation[]> {
	const groups = new Map<string, Recommendation[]>();
	for (const action of actions) {
		if (!action.skpd) continue;
		const list = groups.get(action.skpd) ?? [];
		if (list.length < perAgency) list.push(action);
		groups.set(action.skpd, list);
	}
	return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}
