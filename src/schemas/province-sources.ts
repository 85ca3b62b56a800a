/**
 * The province build's list of sources (`npm run provinsi -- --sumber <file>`): the province, and
 * per regency or city its name, Kemendagri region code, the base URL of its published catalogue
 * (empty while it has none) and, optionally, its latest official IID result.
 */
import { z } from 'zod';
import { plainText } from './shared.ts';

/**
 * A published catalogue's base URL: https, or http on this machine only (a local preview, tests).
 */
const SiteUrlSchema = z
	.string()
	.max(500)
	.refine(
		(value) => {
			try {
				const url = new URL(value);
				return (
					!url.username &&
					(url.protocol === 'https:' ||
						(url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname)))
				);
			} catch {
				return false;
			}
		},
		{ message: 'situs harus alamat https://, mis. https://inovasi.tanahbumbukab.go.id/' }
	);

/** A Kemendagri region code: `63` (province), `63.10` (regency or city). */
const RegionCodeSchema = z
	.string({ error: 'kode_wilayah ditulis sebagai teks, mis. "63.10"' })
	.regex(/^\d{2}(?:\.\d{2})?$/, {
		message: 'kode_wilayah berformat kode Kemendagri, mis. "63.10"',
	});

/** One regency or city. */
export const ProvinceSourceSchema = z.strictObject({
	/** Its name, e.g. `Kabupaten Tanah Bumbu`. */
	nama: plainText(120),
	/** Its Kemendagri code, e.g. `63.10`. */
	kode_wilayah: RegionCodeSchema,
	/** The base URL of its published catalogue (where `/data/skor.json` lives); absent while none. */
	situs: SiteUrlSchema.optional(),
	/** Its latest official result, when announced: year, predicate, index if published. */
	resmi: z
		.strictObject({
			tahun: z.number().int().min(2018).max(2100),
			predikat: plainText(60),
			indeks: z.number().min(0).max(100).optional(),
			/** Where it was announced. */
			sumber: plainText(300).optional(),
		})
		.optional(),
});

/** The whole file. */
export const ProvinceSourcesSchema = z.strictObject({
	/** The province's name, e.g. `Kalimantan Selatan`. */
	provinsi: plainText(120),
	/** The province's code, e.g. `63`. */
	kode_wilayah: RegionCodeSchema,
	/** Its regencies and cities. */
	daerah: z.array(ProvinceSourceSchema).min(1).max(60),
});

export type ProvinceSource = z.output<typeof ProvinceSourceSchema>;
export type ProvinceSources = z.output<typeof ProvinceSourcesSchema>;
