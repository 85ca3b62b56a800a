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
	EvidenceRefSchema,
	EvidenceSchema,
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

/** Where the innovation is run: a point in decimal degrees (WGS 84). */
export const CoordinatesSchema = z.strictObject({
	/** Latitude, −90…90 (south is negative), e.g. `-3.4512`. */
	lintang: z.number({ error: 'lintang berupa angka desimal, mis. -3.4512' }).min(-90).max(90),
	/** Longitude, −180…180, e.g. `115.9950`. */
	bujur: z.number({ error: 'bujur berupa angka desimal, mis. 115.9950' }).min(-180).max(180),
});

/** A photo of the innovation: a title and the image file or link. */
const PhotoSchema = z.strictObject({
	/** What it shows, e.g. `Petugas melayani warga di loket`. */
	judul: plainText(200),
	/** The image `/bukti/<skpd>/<slug>/<file>.jpg|png` or an `https://` link. */
	berkas: EvidenceRefSchema,
});

/** Builds the innovation schema of one rule set (its indicators, affairs and themes). */
export function createInnovationSchema(rules: RuleSet) {
	const affairKeys = rules.urusan.map((affair) => affair.kunci) as [string, ...string[]];
	const themeKeys = rules.tematik.map((theme) => theme.kunci) as [string, ...string[]];
	const astaCita = rules.asta_cita.map((item) => item.nomor);
	const clusters = rules.klaster_pkpn.map((item) => item.kunci) as [string, ...string[]];
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
			/** Older form of `asta_cita` and `pkpn`, still read; `npm run migrasi:tematik` moves it. */
			tematik: choicesOf(z.enum(themeKeys), themeKeys.length).default([]).meta({
				title: 'Tematik (lama)',
				description: 'Bentuk lama Asta Cita dan PKPN; pakai asta_cita dan pkpn.',
			}),
			/** The Asta Cita priority it supports, one number of the rule set's list (2026: 1–8). */
			asta_cita: z
				.number({ error: `asta_cita berupa satu angka ${astaCita.join(', ')}` })
				.refine((value) => astaCita.includes(value), {
					message: `asta_cita harus salah satu dari ${astaCita.join(', ')}`,
				})
				.optional()
				.meta({
					title: 'Asta Cita',
					description: `Nomor Asta Cita yang didukung inovasi, satu angka ${astaCita[0]}–${astaCita.at(-1)}.`,
				}),
			/** PKPN cluster and programme item: `{ klaster, program }` (`klaster: non-pkpn` when none). */
			pkpn: z
				.strictObject({
					/** Cluster key of the rule set's `klaster_pkpn`, e.g. `kesehatan` or `non-pkpn`. */
					klaster: z.enum(clusters),
					/** The programme item the innovation serves, free text, e.g. `Cek Kesehatan Gratis`. */
					program: plainText(200).optional(),
				})
				.optional()
				.meta({
					title: 'PKPN',
					description: 'Klaster PKPN (atau non-pkpn) dan butir programnya.',
				}),
			/** Where it runs: `{ lintang, bujur }` in decimal degrees; inside Indonesia or the region's bounds. */
			koordinat: CoordinatesSchema.optional().meta({
				title: 'Koordinat',
				description: 'Lokasi inovasi: lintang dan bujur desimal, mis. -3.4512 dan 115.9950.',
			}),
			/** Documents the national form asks beside the indicators: budget, business profile, IP certificate, award. */
			dokumen: z
				.strictObject({
					/** Budget document (DPA or the like). */
					anggaran: EvidenceSchema.optional(),
					/** Business profile of the innovation. */
					profil_bisnis: EvidenceSchema.optional(),
					/** Intellectual-property (HAKI) certificate. */
					haki: EvidenceSchema.optional(),
					/** Award certificate. */
					penghargaan: EvidenceSchema.optional(),
				})
				.default({})
				.meta({
					title: 'Dokumen pendukung',
					description:
						'Dokumen anggaran, profil bisnis, sertifikat HAKI, piagam penghargaan (PDF).',
				}),
			/** Photos: list of `{ judul, berkas }`, at most 20. */
			foto: z.array(PhotoSchema).max(20, { message: 'paling banyak 20 foto' }).default([]).meta({
				title: 'Foto',
				description: 'Foto kegiatan: judul dan berkas gambar atau tautan.',
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
				description:
					'Petugas yang dapat dihubungi: nama, surel, telepon. Surel tanggapan warga dari halaman inovasi dikirim ke sini (bila kosong, ke surel SKPD).',
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
