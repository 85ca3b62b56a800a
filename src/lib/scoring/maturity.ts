/**
 * Maturity (*kematangan*) of one innovation: Σ weight × parameter over the rule set's indicators.
 */
import type { EvidenceItem } from '../../schemas/answer.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';

/** A minimal answer: only the parameter counts for the score. */
export interface ScoredAnswer {
	parameter: number;
	bukti?: readonly EvidenceItem[];
}

/** One row of the per-indicator breakdown. */
export interface MaturityRow {
	kunci: string;
	nomor: number;
	nama: string;
	bobot: number;
	wajib: boolean;
	/** Claimed parameter, 0 when the indicator is omitted. */
	parameter: number;
	/** bobot × parameter. */
	skor: number;
	/** Text of the chosen parameter (empty when 0). */
	teks_parameter: string;
	bukti: readonly EvidenceItem[];
}

export interface Maturity {
	/** Σ of `baris[].skor`, 0..(Σ weights × max parameter). */
	kematangan: number;
	/** One row per indicator of the rule set, in its order. */
	baris: MaturityRow[];
	/** Keys of mandatory indicators not claimed (parameter 0 or omitted), in rule-set order. */
	wajib_kurang: string[];
}

/** Computes the maturity of one innovation from its indicator answers. */
export function computeMaturity(
	answers: Readonly<Record<string, ScoredAnswer | undefined>>,
	rules: RuleSet
): Maturity {
	const rows = rules.indikator.map((indicator): MaturityRow => {
		const answer = answers[indicator.kunci];
		const parameter = answer?.parameter ?? 0;
		return {
			kunci: indicator.kunci,
			nomor: indicator.nomor,
			nama: indicator.nama,
			bobot: indicator.bobot,
			wajib: indicator.wajib,
			parameter,
			skor: indicator.bobot * parameter,
			teks_parameter: parameter > 0 ? (indicator.parameter[parameter - 1] ?? '') : '',
			bukti: answer?.bukti ?? [],
		};
	});
	return {
		kematangan: rows.reduce((sum, row) => sum + row.skor, 0),
		baris: rows,
		wajib_kurang: rows.filter((row) => row.wajib && row.parameter === 0).map((row) => row.kunci),
	};
}

/** Σ weight × parameter over region-level (SPD) answers. */
export function computeSpd(
	answers: Readonly<Record<string, ScoredAnswer | undefined>>,
	rules: RuleSet
): number {
	return rules.spd.reduce((sum, row) => sum + row.bobot * (answers[row.kunci]?.parameter ?? 0), 0);
}
