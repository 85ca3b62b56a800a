/**
 * The region, `content/pemda.yml`: its profile, its assessment year and its region-level (SPD)
 * answers. The assessment year chooses the rule set that scores everything.
 */
import { z } from 'zod';
import type { RuleSet } from './rule-set.ts';
import { createAnswerSchema } from './answer.ts';
import { ContactSchema, HttpsUrlSchema, OwnerSchema, plainText } from './shared.ts';
import { REGION_KINDS, keysOf } from './vocabulary.ts';
import { getContrastRatio } from '../lib/color/contrast.ts';

/** Builds the region schema for one rule set (its SPD rows). */
export function createPemdaSchema(rules: RuleSet) {
	const answer = createAnswerSchema(rules);
	const rowShape = Object.fromEntries(rules.spd.map((row) => [row.kunci, answer.optional()]));
	return z.strictObject({
		/** Name of the region, e.g. `Kabupaten Tanah Bumbu`. */
		nama: plainText(120),
		/** `provinsi` · `kabupaten` · `kota`. */
		jenis: z.enum(keysOf(REGION_KINDS)),
		/** Province, e.g. `Kalimantan Selatan`. */
		provinsi: plainText(120),
		/** The coordinating unit (the national form's handling OPD), e.g. `Bappedalitbang Kabupaten Tanah Bumbu`. */
		koordinator: plainText(200),
		/**
		 * The region's code in Kemendagri's numbering (BPS uses the same digits), e.g. `63.10` for
		 * Kabupaten Tanah Bumbu: ties the open data to the region for a province or a portal.
		 */
		kode_wilayah: z
			.string({ error: 'kode_wilayah ditulis sebagai teks, mis. "63.10"' })
			.regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, {
				message: 'kode_wilayah berformat kode Kemendagri, mis. "63.10" (provinsi "63")',
			})
			.optional(),
		/**
		 * The published site's address with its base path, e.g. `https://bappedalitbang-tanbu.github.io/`:
		 * the export writes evidence stored in the repository as full addresses on it.
		 */
		situs: HttpsUrlSchema.optional(),
		/** The coordinating unit's contact for the national form: `{ nama (admin), email, telepon, alamat }`. */
		kontak: ContactSchema.extend({
			/** Postal address of the coordinating unit. */
			alamat: plainText(300).optional(),
		}).optional(),
		/**
		 * `true` while the repository holds demonstration data: every page then says so in a banner.
		 * A region's own catalogue leaves it out. Default false.
		 */
		data_contoh: z.boolean({ error: 'data_contoh berupa true atau false' }).default(false),
		/** The region's extent for checking coordinates: `{ utara, selatan, barat, timur }` in decimal degrees. */
		wilayah: z
			.strictObject({
				utara: z.number().min(-90).max(90),
				selatan: z.number().min(-90).max(90),
				barat: z.number().min(-180).max(180),
				timur: z.number().min(-180).max(180),
			})
			.refine((box) => box.selatan < box.utara && box.barat < box.timur, {
				message: 'wilayah: selatan harus lebih kecil dari utara, dan barat lebih kecil dari timur',
			})
			.optional(),
		/**
		 * The site's brand colour `#rrggbb` (header, icons, share image), e.g. `#0b5cad`. White text on
		 * it must reach WCAG AA (4.5:1). Default `#0b5cad`.
		 */
		warna: z
			.string()
			.regex(/^#[0-9a-fA-F]{6}$/, { message: 'warna ditulis #rrggbb, mis. #0b5cad' })
			.refine((hex) => getContrastRatio(hex.toLowerCase(), '#ffffff') >= 4.5, {
				message:
					'warna terlalu terang: teks putih di atasnya harus kontras minimal 4,5:1 (WCAG AA); pilih warna yang lebih gelap',
			})
			.transform((hex) => hex.toLowerCase())
			.optional(),
		/** The region's logo for the header and share previews: a PNG or JPG in `public/bukti/pemda/`, e.g. `/bukti/pemda/logo.png`. */
		logo: z
			.string()
			.regex(/^\/bukti\/pemda\/[a-z0-9][a-z0-9._-]*\.(png|jpg|jpeg)$/, {
				message: 'logo berupa jalur PNG/JPG di folder bukti pemda, mis. /bukti/pemda/logo.png',
			})
			.optional(),
		/** Code-host accounts/teams of the coordinators (`@org/bappedalitbang`): they own every file in CODEOWNERS. Default empty. */
		pemilik: z.array(OwnerSchema).max(20).default([]),
		/** Guide year whose rule set scores everything, e.g. `2026`. */
		tahun_penilaian: z.literal(rules.tahun, {
			error: `tahun_penilaian harus tahun yang memiliki aturan, mis. ${rules.tahun}`,
		}),
		/** Region-level answers keyed by the rule set's SPD row keys; an omitted row is parameter 0. */
		spd: z.strictObject(rowShape).default({}),
	});
}

export type PemdaInput = z.input<ReturnType<typeof createPemdaSchema>>;
export type Pemda = z.output<ReturnType<typeof createPemdaSchema>>;
