/**
 * The one declaration of the innovation's shown profile fields: which frontmatter keys a reader
 * sees, in which order, how each value reads, where (the badges and profile list of the innovation
 * page, the form's preview) and whether the open-data CSV has a column for it. The label is the
 * schema's `.meta({ title })`. The page, the form preview, the form's simple widgets and the key
 * table of content/README.md are derived from this list; a test fails on a schema key that is
 * neither here nor in `NOT_IN_PROFILE`, and on a page row that is not declared here.
 */

/** How a value reads: a vocabulary label, an affair's name, a date, a link, free text, a national code. */
export type ProfileFormat =
	'skpd' | 'pilihan' | 'urusan' | 'tanggal' | 'tautan' | 'teks' | 'asta-cita' | 'pkpn';

/** Where a field is shown: the page's badge row, the page's profile list, the form's preview. */
export type ProfilePlace = 'lencana' | 'profil' | 'pratinjau';

export interface ProfileField {
	/** The frontmatter key (its label is the schema's title). */
	key: string;
	format: ProfileFormat;
	tampil: readonly ProfilePlace[];
	/** `kolom`: a column of inovasi.csv named by the key; otherwise why not. */
	csv: 'kolom' | { alasan: string };
}

/** The shown profile fields, in reading order. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
	{ key: 'tahapan', format: 'pilihan', tampil: ['lencana', 'pratinjau'], csv: 'kolom' },
	{ key: 'jenis', format: 'pilihan', tampil: ['lencana', 'pratinjau'], csv: 'kolom' },
	{ key: 'bentuk', format: 'pilihan', tampil: ['lencana', 'pratinjau'], csv: 'kolom' },
	{ key: 'skpd', format: 'skpd', tampil: ['profil'], csv: 'kolom' },
	{ key: 'inisiator', format: 'pilihan', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{
		key: 'nama_inisiator',
		format: 'teks',
		tampil: ['profil', 'pratinjau'],
		csv: { alasan: 'teks bebas; ada di inovasi.json' },
	},
	{ key: 'klasifikasi', format: 'pilihan', tampil: ['profil'], csv: 'kolom' },
	{ key: 'urusan', format: 'urusan', tampil: ['lencana', 'profil', 'pratinjau'], csv: 'kolom' },
	{ key: 'urusan_lain', format: 'urusan', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{ key: 'asta_cita', format: 'asta-cita', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{
		key: 'pkpn',
		format: 'pkpn',
		tampil: ['profil', 'pratinjau'],
		csv: { alasan: 'dipecah menjadi kolom pkpn_klaster dan pkpn_program' },
	},
	{ key: 'waktu_uji_coba', format: 'tanggal', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{ key: 'waktu_penerapan', format: 'tanggal', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{ key: 'waktu_pengembangan', format: 'tanggal', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
	{ key: 'tautan', format: 'tautan', tampil: ['profil', 'pratinjau'], csv: 'kolom' },
];

/** Schema keys the profile does not list, and why (each is shown elsewhere or not at all). */
export const NOT_IN_PROFILE: Readonly<Record<string, string>> = {
	nama: 'judul halaman',
	ringkasan: 'kalimat pembuka di bawah judul',
	tematik: 'bentuk lama; ditampilkan sebagai asta_cita dan pkpn setelah npm run migrasi:tematik',
	koordinat: 'untuk formulir nasional dan data terbuka, bukan untuk dibaca di halaman',
	dokumen: 'untuk formulir nasional; berkasnya ada di data terbuka',
	foto: 'untuk formulir nasional; berkasnya ada di data terbuka',
	penghargaan: 'bagian Penghargaan sendiri',
	kontak: 'bagian Kontak sendiri',
	indikator: 'bagian Skor kematangan',
};

/** The fields shown at `place`, in order. */
export function listProfileFields(place: ProfilePlace): ProfileField[] {
	return PROFILE_FIELDS.filter((field) => field.tampil.includes(place));
}
