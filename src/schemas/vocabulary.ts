/**
 * Fixed vocabularies of the content contract (not tied to a guide year), each key with the label
 * that pages and forms show. Keys are what SKPD writers type in frontmatter.
 */

/** `tahapan`: life-cycle stage of an innovation (PP 38/2017). Order is the life-cycle order. */
export const STAGES = {
	inisiatif: 'Inisiatif',
	'uji-coba': 'Uji Coba',
	penerapan: 'Penerapan',
} as const;

/** `inisiator`: who started the innovation (PP 38/2017 Pasal 3). */
export const INITIATORS = {
	'kepala-daerah': 'Kepala Daerah',
	'anggota-dprd': 'Anggota DPRD',
	'perangkat-daerah': 'Perangkat Daerah',
	asn: 'ASN',
	masyarakat: 'Masyarakat',
} as const;

/** `klasifikasi`: whose innovation it is in the national app. */
export const CLASSIFICATIONS = {
	'perangkat-daerah': 'Inovasi Perangkat Daerah',
	desa: 'Inovasi Desa',
	masyarakat: 'Inovasi Masyarakat',
} as const;

/** `jenis`: digital or not. */
export const TYPES = {
	digital: 'Digital',
	'non-digital': 'Non Digital',
} as const;

/** `bentuk`: form of the innovation (PP 38/2017). */
export const FORMS = {
	'tata-kelola': 'Inovasi tata kelola pemerintahan daerah',
	'pelayanan-publik': 'Inovasi pelayanan publik',
	lainnya: 'Inovasi daerah lainnya sesuai urusan pemerintahan',
} as const;

/** `pemda.jenis`: kind of region. */
export const REGION_KINDS = {
	provinsi: 'Provinsi',
	kabupaten: 'Kabupaten',
	kota: 'Kota',
} as const;

export type Stage = keyof typeof STAGES;

/** Keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function keysOf<T extends Record<string, string>>(
	vocabulary: T
): [keyof T & string, ...(keyof T & string)[]] {
	return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}

/** The dates of an innovation's life cycle, in order (eligibility reads the latest). */
export const DATE_KEYS = ['waktu_uji_coba', 'waktu_penerapan', 'waktu_pengembangan'] as const;

/**
 * The profile keys that change a score: the stage and dates decide eligibility, `urusan` the
 * basic-service coverage (up to 76 points of the index). An eligibility decision fingerprints them.
 */
export const SCORING_PROFILE_KEYS = ['urusan', 'tahapan', ...DATE_KEYS] as const;

/** The frontmatter keys scoring reads besides the indicator answers (eligibility, volume term). */
export const SCORED_KEYS = ['nama', ...SCORING_PROFILE_KEYS] as const;

/** The dates each stage requires (the schema checks them; forms and tests derive from this). */
export const STAGE_DATES: Readonly<
	Record<keyof typeof STAGES, readonly (typeof DATE_KEYS)[number][]>
> = {
	inisiatif: [],
	'uji-coba': ['waktu_uji_coba'],
	penerapan: ['waktu_uji_coba', 'waktu_penerapan'],
};
