/**
 * The indicators a coordinator names on the command line, as the national form and the site name
 * them: the key (`regulasi`) or the national number (`16`; SPD rows 1–20). A typo gets the nearest
 * key; a number or key that does not exist is refused with the choices.
 */
import { UsageError } from '../../src/lib/errors.ts';
import { findNearest } from '../../src/lib/validation/nearest.ts';

/** One indicator (or SPD row) as the rule set declares it. */
export interface NamedRow {
	kunci: string;
	/** The national number: 16–35 for innovation indicators, `1`, `2a`, … for SPD rows. */
	nomor: number | string;
	nama: string;
}

/** The keys `names` stand for, in the order given; a UsageError names what is not an indicator. */
export function resolveIndicatorKeys(
	names: readonly string[],
	rows: readonly NamedRow[]
): string[] {
	return names.map((name) => {
		const byNumber = /^\d+$/.test(name)
			? rows.find((row) => row.nomor === Number(name))
			: undefined;
		if (byNumber) return byNumber.kunci;
		if (rows.some((row) => row.kunci === name)) return name;
		const numbers = `${rows[0]!.nomor}–${rows.at(-1)!.nomor}`;
		const near = /^\d+$/.test(name)
			? undefined
			: findNearest(
					name,
					rows.map((row) => row.kunci)
				);
		const hint = near
			? `; mungkin maksud Anda \`${near}\` (nomor ${rows.find((row) => row.kunci === near)!.nomor})?`
			: '';
		throw new UsageError(
			`indikator tidak dikenal: ${name}${hint} — sebut kuncinya atau nomornya (${numbers}), mis. ${rows[0]!.kunci} atau ${rows[0]!.nomor}`
		);
	});
}
