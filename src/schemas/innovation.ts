/**
 * Frontmatter of one innovation, `content/inovasi/<skpd-id>/<slug>.md`. The folder is the owner,
 * so the agency is not repeated here. Every key is documented once, below; `content/README.md`
 * explains the workflow and links here.
 */
import { z } from 'zod';
import type { RuleSet } from './rule-set.ts';
import {
	createAnswerSchema,
	createBenefitAnswerSchema,
	createScoringAnswerSchema,
} from './answer.ts';
import {
	choicesOf,
	ContactSchema,
	DateSchema,
	HttpsUrlSchema,
	isIsoDate,
	KEBAB_PATTERN,
	plainText,
} from './shared.ts';
import {
	CLASSIFICATIONS,
	FORMS,
	INITIATORS,
	SCORED_KEYS,
	STAGE_DATES,
	STAGES,
	TYPES,
	keysOf,
	type DATE_KEYS,
} from './vocabulary.ts';

/** What a missing stage date is, for its message. */
const DATE_HINTS: Record<(typeof DATE_KEYS)[number], string> = {
	waktu_uji_coba: 'tanggal mulai uji coba, mis. 2024-02-05',
	waktu_penerapan: 'tanggal mulai penerapan, mis. 2024-07-01',
	waktu_pengembangan: 'tanggal pengembangan terbaru, mis. 2025-03-01',
};

/** Longest `ringkasan`, so it fits cards and social previews. */
export const SUMMARY_MAX = 280;

/** An award the innovation received. */
const AwardSchema = z.strictObject({
	/** Name of the award, e.g. `Top 45 KIPP`. */
	nama: plainText(200),
	/** Year it was given (1945 up to this year). */
	tahun: z.number({ error: 'tahun harus berupa angka, mis. 2025' }).int().min(1945).max(2100),
	/** Who gave it, e.g. `Kementerian PANRB`. */
	pemberi: plainText(200),
});

/** Builds the innovation schema of one rule set (its indicators, affairs and themes). */
export function createInnovationSchema(rules: RuleSet) {
	const affairKeys = rules.urusan.map((affair) => affair.kunci) as [string, ...string[]];
	const themeKeys = rules.tematik.map((theme) => theme.kunci) as [string, ...string[]];
	const answer = createAnswerSchema(rules);
	const indicatorShape = Object.fromEntries(
		rules.indikator.map((indicator) => [
			indicator.kunci,
			(indicator.kunci === rules.kemanfaatan.indikator
				? createBenefitAnswerSchema(rules)
				: answer
			).optional(),
		])
	);

	return z
		.strictObject({
			/** Name of the innovation, e.g. `SIPANDU — Sistem Informasi Pelayanan Terpadu Puskesmas`. */
			nama: plainText(160).meta({
				title: 'Nama inovasi',
				description:
					'Satu baris, maks. 160 karakter, mis. SIPANDU — Sistem Informasi Pelayanan Terpadu Puskesmas.',
			}),
			/** One plain sentence, at most 280 characters, for cards, search and social previews. */
			ringkasan: plainText(SUMMARY_MAX).meta({
				title: 'Ringkasan',
				description:
					'Satu kalimat biasa, maks. 280 karakter; tampil di kartu, pencarian, dan pratinjau media sosial.',
			}),
			/** Optional; if present it must equal the agency folder the file sits in. */
			skpd: z.string().regex(KEBAB_PATTERN).optional().meta({
				title: 'SKPD',
				description: 'Tidak perlu diisi: folder berkas sudah menentukan SKPD pemilik.',
			}),
			/** Stage: `inisiatif` · `uji-coba` · `penerapan`. Only the last two can be assessed. */
			tahapan: z.enum(keysOf(STAGES)).meta({
				title: 'Tahapan',
				description:
					'Inisiatif, uji coba, atau penerapan; hanya uji coba dan penerapan yang dinilai.',
			}),
			/** Who started it: `kepala-daerah` · `anggota-dprd` · `perangkat-daerah` · `asn` · `masyarakat`. */
			inisiator: z.enum(keysOf(INITIATORS)).meta({
				title: 'Inisiator',
				description: 'Siapa yang menggagas inovasi (PP 38/2017 Pasal 3).',
			}),
			/** Person or unit that started it (free text). */
			nama_inisiator: plainText(200).optional().meta({
				title: 'Nama inisiator',
				description: 'Orang atau unit penggagas (boleh dikosongkan).',
			}),
			/** `perangkat-daerah` (default) · `desa` · `masyarakat`. */
			klasifikasi: z.enum(keysOf(CLASSIFICATIONS)).default('perangkat-daerah').meta({
				title: 'Klasifikasi',
				description: 'Inovasi perangkat daerah (bawaan), desa, atau masyarakat.',
			}),
			/** `digital` · `non-digital`. */
			jenis: z
				.enum(keysOf(TYPES))
				.meta({ title: 'Jenis', description: 'Digital atau non digital.' }),
			/** `tata-kelola` · `pelayanan-publik` · `lainnya`. */
			bentuk: z.enum(keysOf(FORMS)).meta({
				title: 'Bentuk',
				description: 'Tata kelola pemerintahan, pelayanan publik, atau inovasi lain sesuai urusan.',
			}),
			/** Main government affair: a key of the rule set's `urusan` list (e.g. `kesehatan`). */
			urusan: z.enum(affairKeys).meta({
				title: 'Urusan utama',
				description:
					'Urusan pemerintahan utama inovasi; enam urusan layanan dasar menentukan skor jumlah inovasi.',
			}),
			/** Further affairs it touches, each once; a single value is read as a list of one. Default empty. */
			urusan_lain: choicesOf(z.enum(affairKeys), affairKeys.length).default([]).meta({
				title: 'Urusan lain',
				description: 'Urusan lain yang juga disentuh (boleh dikosongkan).',
			}),
			/** Themes of the assessment year, each once (2026: `asta-cita-1`…`asta-cita-8`, `pkpn-…`, `non-pkpn`). */
			tematik: choicesOf(z.enum(themeKeys), themeKeys.length).default([]).meta({
				title: 'Tematik',
				description: 'Tema tahun penilaian: Asta Cita dan klaster PKPN (boleh dikosongkan).',
			}),
			/** Awards received: list of `{ nama, tahun, pemberi }`. */
			penghargaan: z.array(AwardSchema).max(50).default([]).meta({
				title: 'Penghargaan',
				description: 'Penghargaan yang pernah diterima: nama, tahun, pemberi.',
			}),
			/** Start of the trial, `YYYY-MM-DD`; required from stage `uji-coba` on. */
			waktu_uji_coba: DateSchema.optional().meta({
				title: 'Mulai uji coba',
				description: 'Tanggal YYYY-MM-DD; wajib mulai tahapan uji coba.',
			}),
			/** First implementation, `YYYY-MM-DD`; required at stage `penerapan`, not before the trial. */
			waktu_penerapan: DateSchema.optional().meta({
				title: 'Mulai penerapan',
				description: 'Tanggal YYYY-MM-DD; wajib pada tahapan penerapan, tidak sebelum uji coba.',
			}),
			/** Latest development, `YYYY-MM-DD`; keeps an older innovation inside the assessment window. */
			waktu_pengembangan: DateSchema.optional().meta({
				title: 'Pengembangan terbaru',
				description:
					'Tanggal pengembangan terbaru; menjaga inovasi lama tetap dalam jendela penilaian.',
			}),
			/** `https://` link to the live service. */
			tautan: HttpsUrlSchema.optional().meta({
				title: 'Tautan layanan',
				description: 'Alamat https:// layanan yang berjalan.',
			}),
			/** Contact person: `{ nama, email, telepon }`. */
			kontak: ContactSchema.optional().meta({
				title: 'Kontak',
				description: 'Petugas yang dapat dihubungi: nama, surel, telepon.',
			}),
			/** Indicator answers keyed by the rule set's indicator keys; an omitted indicator is parameter 0. */
			indikator: z.strictObject(indicatorShape).default({}).meta({
				title: 'Indikator',
				description:
					'Parameter 1–3 yang diklaim per indikator beserta buktinya; yang tidak diisi bernilai 0.',
			}),
		})
		.superRefine((entry, ctx) => {
			for (const key of STAGE_DATES[entry.tahapan]) {
				if (entry[key] === undefined)
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: `wajib diisi untuk tahapan ${entry.tahapan}: ${DATE_HINTS[key]}`,
					});
			}
			const { waktu_uji_coba: trial, waktu_penerapan: applied } = entry;
			if (
				trial !== undefined &&
				applied !== undefined &&
				isIsoDate(trial) &&
				isIsoDate(applied) &&
				applied < trial
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['waktu_penerapan'],
					message: `waktu_penerapan (${applied}) tidak boleh sebelum waktu_uji_coba (${trial})`,
				});
			}
		});
}

/**
 * Only the fields scoring reads (name, affair, stage, dates, indicator parameters), built from the
 * same field schemas; other keys pass unchecked. `check:pr` reads the innovations a pull request
 * does not touch with it: they were fully validated when merged, and skipping their evidence and
 * text checks is most of what makes the check fast at 10,000 files.
 */
export function createScoringSchema(rules: RuleSet) {
	const { shape } = createInnovationSchema(rules);
	const answer = createScoringAnswerSchema(rules).optional();
	const scored = Object.fromEntries(SCORED_KEYS.map((key) => [key, shape[key]])) as Pick<
		typeof shape,
		ScoredKey
	>;
	return z.looseObject({
		...scored,
		indikator: z
			.strictObject(
				Object.fromEntries(rules.indikator.map((indicator) => [indicator.kunci, answer]))
			)
			.default({}),
	});
}

type ScoredKey = (typeof SCORED_KEYS)[number];

/** What `createScoringSchema` yields. */
export type ScoringData = z.output<ReturnType<typeof createScoringSchema>>;

type InnovationSchemaType = ReturnType<typeof createInnovationSchema>;
/** What an SKPD writer puts in the frontmatter. */
export type InnovationInput = z.input<InnovationSchemaType>;
/** What pages and scoring receive (defaults applied, lists normalised). */
export type InnovationData = z.output<InnovationSchemaType>;

/**
 * The body's four level-2 sections, in this order (the guide's proposal structure).
 * `Rancang Bangun` must reach the rule set's word minimum (2026: 300 words).
 */
export const BODY_SECTIONS = ['Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil'] as const;
