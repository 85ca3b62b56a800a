/**
 * A regency's published open data as the province build reads it: untrusted, maybe older or newer
 * than this code. Each record is checked on its own (a bad one is skipped and named, the rest are
 * kept), strings are bounded, and only what recomputing needs is kept.
 */
import { z } from 'zod';
import { OPEN_DATA_VERSION } from '../site/data-version.ts';

const text = (max: number) => z.string().max(max);
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const LEVEL = z.number().int().min(0).max(3);

/** What a record of `inovasi.json` must carry to be recomputed (other keys are ignored). */
export const PublishedInnovationSchema = z.looseObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
	skpd: text(80),
	nama: text(200),
	tahapan: text(40),
	urusan: text(80),
	bentuk: text(40).nullish(),
	waktu_uji_coba: DATE.nullish(),
	waktu_penerapan: DATE.nullish(),
	waktu_pengembangan: DATE.nullish(),
	kematangan: z.number().min(0).max(1000),
	indikator: z.array(z.looseObject({ kunci: text(60), parameter: LEVEL })).max(100),
	// version 2
	status_layak: text(20).optional(),
	parameter_terverifikasi: z.record(text(60), LEVEL).optional(),
});

export type PublishedInnovation = z.output<typeof PublishedInnovationSchema>;

const RegionFigures = z.looseObject({
	iid: z.number(),
	predikat: text(60),
	spd: z.number(),
});

/** What `skor.json` must carry (other keys are ignored). */
export const PublishedScoresSchema = z.looseObject({
	tahun_penilaian: z.number().int(),
	pemda: RegionFigures,
	pemda_terverifikasi: RegionFigures.optional(),
	versi_data: z.number().int().min(1).optional(),
	spd_baris: z
		.array(z.looseObject({ kunci: text(60), parameter: LEVEL, parameter_terverifikasi: LEVEL }))
		.max(100)
		.optional(),
	daerah: z.looseObject({ nama: text(200), kode_wilayah: text(20).nullish() }).optional(),
});

export type PublishedScores = z.output<typeof PublishedScoresSchema>;

/** Why something of a source was left out, in the words of the status page. */
export interface Skipped {
	/** The record's id when it had one, else its position. */
	apa: string;
	alasan: string;
}

/** The records that passed and those that did not (each named with the first problem). */
export function readInnovations(records: unknown): {
	valid: PublishedInnovation[];
	skipped: Skipped[];
} {
	const valid: PublishedInnovation[] = [];
	const skipped: Skipped[] = [];
	if (!Array.isArray(records))
		return { valid, skipped: [{ apa: 'inovasi.json', alasan: 'bukan daftar inovasi' }] };
	const seen = new Set<string>();
	records.forEach((record, index) => {
		const parsed = PublishedInnovationSchema.safeParse(record);
		const label =
			typeof (record as { id?: unknown })?.id === 'string'
				? String((record as { id: string }).id).slice(0, 120)
				: `baris ${index + 1}`;
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			skipped.push({
				apa: label,
				alasan: `${issue.path.join('.') || 'rekaman'}: tidak sesuai skema`,
			});
		} else if (seen.has(parsed.data.id)) skipped.push({ apa: label, alasan: 'id ganda' });
		else {
			seen.add(parsed.data.id);
			valid.push(parsed.data);
		}
	});
	return { valid, skipped };
}

/** Whether this code can read a file of `version` (older ones are read; newer ones are reported). */
export function describeVersion(version: number | undefined): {
	versi: number;
	terbaca: boolean;
	catatan?: string;
} {
	const versi = version ?? 1;
	if (versi > OPEN_DATA_VERSION)
		return {
			versi,
			terbaca: true,
			catatan: `versi data ${versi} lebih baru dari pembaca ini (${OPEN_DATA_VERSION}); kunci yang dikenal tetap dibaca`,
		};
	return { versi, terbaca: true };
}
