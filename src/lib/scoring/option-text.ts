/**
 * The exact words of a level: the option text of an indicator or SPD row at a parameter, as the
 * guide words it (the benefit indicator names its basis and band). The national export, the PR
 * report and the verification command show the same text.
 */
import type { EvidenceItem } from '../../schemas/answer.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';

/** One answer as the national form reads it: a level, its evidence and the benefit basis. */
export interface AnswerLike {
	parameter?: number;
	bukti?: readonly EvidenceItem[];
	dasar?: string;
	nilai?: number;
}

/** The exact option text of `level` for an indicator (the benefit indicator names its basis). */
export function describeOption(
	rules: RuleSet,
	key: string,
	answer: AnswerLike | undefined,
	level: number
): string {
	if (level === 0) return '';
	if (key === rules.kemanfaatan.indikator && answer?.dasar) {
		const basis = rules.kemanfaatan.dasar.find((b) => b.kunci === answer.dasar);
		if (basis) {
			const value = typeof answer.nilai === 'number' ? ` (${answer.nilai} ${basis.satuan})` : '';
			return `${basis.kode}. ${basis.nama}: ${basis.label_pita[level - 1]}${value}`;
		}
	}
	const rows = [...rules.indikator, ...rules.spd];
	return rows.find((row) => row.kunci === key)?.parameter[level - 1] ?? '';
}
