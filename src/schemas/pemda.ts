/**
 * The region, `content/pemda.yml`: its profile, its assessment year and its region-level (SPD)
 * answers. The assessment year chooses the rule set that scores everything.
 */
import { z } from 'zod';
import type { RuleSet } from './rule-set.ts';
import { createAnswerSchema } from './answer.ts';
import { OwnerSchema, plainText } from './shared.ts';
import { REGION_KINDS, keysOf } from './vocabulary.ts';

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
		/** The coordinating unit, e.g. `Bappedalitbang Kabupaten Tanah Bumbu`. */
		koordinator: plainText(200),
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
