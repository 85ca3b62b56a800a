/**
 * The yearly record: `content/arsip/<year>.json` (frozen scores of an assessment year, written by
 * `npm run arsip`) and `content/arsip/resmi.yml` (official IID figures entered by coordinators).
 */
import { z } from 'zod';
import { plainText } from './shared.ts';

const Score = z.number().min(0);

/** Frozen scores of one assessment year (the `skor.json` of that day, plus when it was frozen). */
export const ArchiveSchema = z.object({
	/** The assessment year. */
	tahun_penilaian: z.number().int().min(2000).max(2100),
	/** Date it was frozen, `YYYY-MM-DD`. */
	dibekukan: z.iso.date(),
	pemda: z.object({
		spd: Score,
		n: z.number().int().min(0),
		yandas: z.number().int().min(0),
		rata_kematangan: Score,
		skor_jumlah_inovasi: Score,
		sid: Score,
		total: Score,
		iid: z.number().min(0).max(100),
		predikat: z.string().min(1),
	}),
	skpd: z.array(
		z.object({
			id: z.string(),
			peringkat: z.number().int().positive(),
			jumlah_inovasi: z.number().int().min(0),
			total_kematangan: Score,
		})
	),
	inovasi: z.array(
		z.object({ id: z.string(), skpd: z.string(), kematangan: Score, dinilai: z.boolean() })
	),
});

/** One official result, from the Minister's decree on the IID. */
export const OfficialResultSchema = z.strictObject({
	/** Assessment year. */
	tahun: z.number({ error: 'tahun harus berupa angka, mis. 2025' }).int().min(2000).max(2100),
	/**
	 * Official index, 0–100, from the decree. Left out when only the predicate is known (the press
	 * often reports a region's predicate without its index): the record then shows the predicate alone.
	 */
	iid: z.number({ error: 'iid harus berupa angka, mis. 38.42' }).min(0).max(100).optional(),
	/** Official predicate, e.g. `Kurang Inovatif`. */
	predikat: plainText(40),
	/** Where the figure comes from, e.g. the decree number. */
	sumber: plainText(300),
});

export const OfficialResultsSchema = z.array(OfficialResultSchema).max(100);

export type Archive = z.output<typeof ArchiveSchema>;
export type OfficialResult = z.output<typeof OfficialResultSchema>;
