/**
 * Schema of a rule set (`src/data/aturan/<year>.json`): every number and text of one IID guide year.
 * The scoring code reads these values and nothing else, so a new guide year is a new data file.
 */
import { z } from 'zod';

const KeySchema = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
const FileTypeSchema = z.enum(['pdf', 'jpg', 'png', 'mp4']);
/** The three parameter texts, for levels 1, 2 and 3 in that order. */
const ParameterTextsSchema = z.tuple([z.string(), z.string(), z.string()]);

/** One innovation-level indicator (guide numbers 16–35 in 2026). */
export const IndicatorRuleSchema = z.strictObject({
	kunci: KeySchema,
	nomor: z.number().int().positive(),
	nama: z.string().min(1),
	bobot: z.number().positive(),
	wajib: z.boolean(),
	parameter: ParameterTextsSchema,
	bukti: z.string().min(1),
	jenis_berkas: z.array(FileTypeSchema).min(1),
});

/** One region-level (SPD) row (guide numbers 1–15, some split in a/b rows). */
export const RegionRowRuleSchema = z.strictObject({
	kunci: KeySchema,
	nomor: z.string().min(1),
	variabel: z.string().min(1),
	nama: z.string().min(1),
	bobot: z.number().positive(),
	wajib: z.boolean(),
	parameter: ParameterTextsSchema,
	bukti: z.string().min(1),
	/** True for outcome rows (IPM, poverty, growth rates): shown apart from actions an agency can take. */
	hasil: z.boolean().default(false),
	/** Where this row's wording is this project's reading, not the guide's, and why. */
	tafsiran: z.string().min(1).optional(),
});

/** One measurement basis of the benefit indicator, with the minimum value of each level. */
export const BenefitBasisSchema = z.strictObject({
	kunci: KeySchema,
	kode: z.string().length(1),
	nama: z.string().min(1),
	satuan: z.string().min(1),
	/** Lowest `nilai` that earns level 1, 2 and 3 (ascending). */
	pita: z.tuple([z.number(), z.number(), z.number()]),
	label_pita: ParameterTextsSchema,
	bukti: z.string().min(1),
	/** Values above this are not scored blindly: the validator asks the writer to check the figure. */
	batas_periksa: z.number().optional(),
});

/** What n (the divisor's count) counts: eligible innovations, or all reported in the window. */
export const COUNT_POLICIES = ['dinilai', 'dilaporkan'] as const;

/** How sure the project is of a rule: official or two sources agree, one source, or inferred. */
const ConfidenceSchema = z.enum(['tinggi', 'sedang', 'rendah']);

/** One rule of the method, stated in words with its source, for `/metodologi/` and reviewers. */
export const MethodRuleSchema = z.strictObject({
	kunci: KeySchema,
	/** The rule in one or two Indonesian sentences. */
	aturan: z.string().min(1),
	/** Where it comes from (document, letter, regional app). */
	sumber: z.string().min(1),
	keyakinan: ConfidenceSchema,
	/** True when the rule is this project's reading where the sources are silent or disagree. */
	tafsiran: z.boolean().default(false),
});

/** A later year's constants announced ahead (the guide's projection table), data only. */
export const ProjectionSchema = z.strictObject({
	tahun: z.number().int(),
	pembagi_minimal: z.number().int().positive(),
	yandas_minimal: z.number().int().positive(),
	sumber: z.string().min(1),
	keyakinan: ConfidenceSchema,
});

export const RuleSetSchema = z.strictObject({
	tahun: z.number().int(),
	nama: z.string(),
	sumber: z.array(z.string()),
	catatan: z.string().optional(),
	rumus: z.strictObject({
		parameter_maksimal: z.number().int().positive(),
		/** D: the average maturity is divided by MAX(D, n). */
		pembagi_minimal: z.number().int().positive(),
		/** Points per eligible innovation in the volume term. */
		faktor_jumlah_inovasi: z.number().positive(),
		/** Cap on n in the volume term. */
		batas_jumlah_inovasi: z.number().int().positive(),
		/** Y: basic-service affairs needed for the volume term to count. */
		yandas_minimal: z.number().int().positive(),
		/** What n counts: `dinilai` (eligible ones; default) or `dilaporkan` (all reported in the window, rejected ones included). */
		hitung_n: z.enum(COUNT_POLICIES).default('dinilai'),
	}),
	/** Every rule of the method with its source (window clause, disclaimer, n, bands…). */
	metode: z.array(MethodRuleSchema).default([]),
	/** Constants of later years announced ahead (minimum divisor, basic-service threshold). */
	proyeksi: z.array(ProjectionSchema).default([]),
	jendela_penilaian: z.strictObject({
		mulai: z.iso.date(),
		selesai: z.iso.date(),
	}),
	/** Dated steps of the assessment year (reporting window first); dates as data. */
	kalender: z.array(
		z.strictObject({
			kunci: KeySchema,
			nama: z.string(),
			mulai: z.iso.date(),
			selesai: z.iso.date(),
			keterangan: z.string().optional(),
		})
	),
	tahapan_dinilai: z.array(z.string()).min(1),
	/** Ordered from the highest band down; the last one has `minimal: 0`. */
	predikat: z.array(z.strictObject({ nama: z.string(), minimal: z.number().min(0) })).min(2),
	rancang_bangun_minimal_kata: z.number().int().nonnegative(),
	berkas_bukti: z.strictObject({
		jenis: z.array(FileTypeSchema).min(1),
		ukuran_maksimal_byte: z.number().int().positive(),
	}),
	indikator: z.array(IndicatorRuleSchema).min(1),
	kemanfaatan: z.strictObject({
		indikator: KeySchema,
		dasar: z.array(BenefitBasisSchema).min(1),
	}),
	spd: z.array(RegionRowRuleSchema).min(1),
	urusan: z
		.array(
			z.strictObject({
				kunci: KeySchema,
				nama: z.string(),
				kelompok: KeySchema,
				/** Set when the affair is this project's addition, not in the guide's list, and why. */
				tafsiran: z.string().min(1).optional(),
			})
		)
		.min(1),
	kelompok_urusan: z.array(
		z.strictObject({ kunci: KeySchema, nama: z.string(), yandas: z.boolean() })
	),
	/** Themes of `tematik` (kept so older files still read; `asta_cita` and `pkpn` replace it). */
	tematik: z.array(z.strictObject({ kunci: KeySchema, nama: z.string() })),
	/** The eight Asta Cita priorities an innovation supports (`asta_cita`, national form 2025–26). */
	asta_cita: z
		.array(z.strictObject({ nomor: z.number().int().positive(), nama: z.string() }))
		.default([]),
	/** PKPN clusters (`pkpn.klaster`), `non-pkpn` included. */
	klaster_pkpn: z.array(z.strictObject({ kunci: KeySchema, nama: z.string() })).default([]),
	/** Dating rules of the regulation indicator's evidence, checked as warnings. */
	tanggal_regulasi: z
		.strictObject({
			/** The indicator they apply to. */
			indikator: KeySchema,
			/** Perda/Perkada (levels 2–3) must be enacted before this date. */
			peraturan_sebelum: z.iso.date(),
			/** An SK (level 1) must be dated in the innovation's implementation year. */
			sk_tahun_penerapan: z.boolean(),
		})
		.optional(),
});

export type RuleSet = z.output<typeof RuleSetSchema>;
export type IndicatorRule = z.output<typeof IndicatorRuleSchema>;
export type RegionRowRule = z.output<typeof RegionRowRuleSchema>;
export type BenefitBasis = z.output<typeof BenefitBasisSchema>;
export type CountPolicy = (typeof COUNT_POLICIES)[number];
export type MethodRule = z.output<typeof MethodRuleSchema>;
