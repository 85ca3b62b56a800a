/**
 * The index formula with the region's own figures plugged in, term by term — one source for the
 * CLI summary and the methodology page, so both always show the same arithmetic.
 */
import { describeDisclaimer } from './predicate.ts';
import { formatNumber as num, formatScore } from '../format/number.ts';
import type { ScoreReport } from './score-region.ts';
import { getMaxMaturity, getMaxSpd } from './rules-derived.ts';

/** One term of the formula: what it is, how it is computed here, and its value. */
export interface FormulaTerm {
	kunci: 'spd' | 'n' | 'pembagi' | 'rata' | 'yandas' | 'jumlah' | 'sid' | 'total' | 'iid';
	label: string;
	rumus: string;
	nilai: string;
}

/** Every term of the index for this report, in the order the formula uses them. */
export function explainIndex(report: ScoreReport): FormulaTerm[] {
	const { pemda, rules } = report;
	const {
		pembagi_minimal: d,
		faktor_jumlah_inovasi: factor,
		batas_jumlah_inovasi: cap,
		yandas_minimal: y,
	} = rules.rumus;
	const sum = report.inovasi
		.filter((i) => i.kelayakan.dinilai)
		.reduce((total, i) => total + i.kematangan, 0);
	const basic = pemda.urusan_yandas.length + pemda.yandas_kurang.length;
	return [
		{
			kunci: 'spd',
			label: 'SPD (indikator pemda)',
			rumus: `Σ bobot × parameter, maks. ${formatScore(getMaxSpd(rules))}`,
			nilai: num(pemda.spd),
		},
		{
			kunci: 'n',
			label: 'Inovasi dinilai (n)',
			rumus: `${pemda.n} dari ${report.inovasi.length} inovasi`,
			nilai: String(pemda.n),
		},
		{
			kunci: 'pembagi',
			label: `Pembagi MAX(${d}, n)`,
			rumus: `MAX(${d}, ${pemda.n})`,
			nilai: String(pemda.pembagi),
		},
		{
			kunci: 'rata',
			label: 'Rata-rata kematangan',
			rumus: `${formatScore(sum)} / ${pemda.pembagi} (maks. ${formatScore(getMaxMaturity(rules))})`,
			nilai: num(pemda.rata_kematangan),
		},
		{
			kunci: 'yandas',
			label: 'Urusan wajib pelayanan dasar',
			rumus: `${pemda.yandas} dari ${basic}, syarat ≥ ${y}`,
			nilai: String(pemda.yandas),
		},
		{
			kunci: 'jumlah',
			label: 'Skor jumlah inovasi',
			rumus: pemda.jumlah_dihitung
				? `MIN(${pemda.n}, ${cap}) × ${num(factor)}`
				: `0 karena yandas ${pemda.yandas} < ${y}`,
			nilai: num(pemda.skor_jumlah_inovasi),
		},
		{
			kunci: 'sid',
			label: 'SID = rata-rata + jumlah',
			rumus: `${num(pemda.rata_kematangan)} + ${num(pemda.skor_jumlah_inovasi)}`,
			nilai: num(pemda.sid),
		},
		{
			kunci: 'total',
			label: 'Total = SPD + SID',
			rumus: `${num(pemda.spd)} + ${num(pemda.sid)}`,
			nilai: num(pemda.total),
		},
		{
			kunci: 'iid',
			label: 'IID',
			rumus: `${num(pemda.total)} / ${formatScore(pemda.skor_maksimal)} × 100`,
			// Under the disclaimer the computed number is shown with the reason it does not count.
			nilai: describeDisclaimer(pemda)
				? `${num(pemda.iid)}, tetapi ${describeDisclaimer(pemda)!}`
				: `${num(pemda.iid)} → ${pemda.predikat}`,
		},
	];
}
