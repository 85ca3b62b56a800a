/**
 * One row of Tanah Bumbu's legacy innovation app export (`ProposalsExport`: ID, Nama, Rancang
 * Bangun, Tujuan, Manfaat, Hasil, Ujicoba, Implementasi, Profil, Anggaran, Status, Bentuk, Jenis,
 * SKPD, User, Tematik, Tahapan, Inisiator; an `Urusan` column is read when present) turned into a
 * draft innovation file. Values are matched to our vocabularies by their words; what cannot be
 * matched is reported, never guessed. Pure: text in, text out.
 */
import { isReservedName } from '../validation/check-evidence.ts';
import { readLegacyDate } from './legacy-date.ts';
import { htmlToText } from './legacy-html.ts';

export { htmlToText } from './legacy-html.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { FORMS, INITIATORS, STAGES, TYPES } from '../../schemas/vocabulary.ts';
import { SUMMARY_MAX } from '../../schemas/innovation.ts';

/** The legacy export's columns, in its order (`Urusan` is not in it, but read when a copy adds it). */
export const LEGACY_COLUMNS = [
	'ID',
	'Nama',
	'Rancang Bangun',
	'Tujuan',
	'Manfaat',
	'Hasil',
	'Ujicoba',
	'Implementasi',
	'Profil',
	'Anggaran',
	'Status',
	'Bentuk',
	'Jenis',
	'SKPD',
	'User',
	'Tematik',
	'Tahapan',
	'Inisiator',
] as const;

export interface LegacyDraft {
	/** `<skpd>/<slug>`, or `_tanpa-skpd/<slug>` when the agency was not recognised. */
	id: string;
	text: string;
	/** What could not be carried over, in Indonesian (the agency must add or check these). */
	catatan: string[];
}

/** A cell as trimmed text: strings and numbers as written, anything else (empty, objects) as ''. */
export function toText(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** Control characters and the Unicode line/paragraph separators: they could end a comment line. */
function isLineBreaking(char: string): boolean {
	const code = char.charCodeAt(0);
	return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** Lower-case words without accents or punctuation, for matching names. */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A file-name slug from a name: ASCII words joined by `-`, at most 60 characters. */
export function toSlug(name: string): string {
	const slug = normalise(name).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
	// `con`, `aux`, `nul`, `com1` … cannot be created on Windows: such a name gets a prefix.
	return !slug ? 'inovasi' : isReservedName(slug) ? `inovasi-${slug}` : slug;
}

/** The key of `vocabulary` whose label or key shares the words of `value` (aliases first). */
function matchKey(
	vocabulary: Record<string, string>,
	value: string,
	aliases: Record<string, string> = {}
): string | undefined {
	const words = normalise(value);
	if (!words) return undefined;
	for (const [alias, key] of Object.entries(aliases))
		if (words === alias || words.includes(alias)) return key;
	return Object.entries(vocabulary).find(
		([key, label]) =>
			normalise(label) === words || normalise(key) === words || normalise(label).includes(words)
	)?.[0];
}

/** YAML-safe double-quoted string. */
const quote = (text: string) => JSON.stringify(text);

export interface LegacyContext {
	rules: RuleSet;
	/** Registered agencies: id and full name. */
	agencies: readonly { id: string; nama: string }[];
}

/** The draft of one legacy row. */
export function toLegacyDraft(
	row: Readonly<Record<string, unknown>>,
	context: LegacyContext
): LegacyDraft {
	const { rules } = context;
	const cell = (name: string) => toText(row[name]);
	const notes: string[] = [];
	const nama = cell('Nama').replace(/\s+/g, ' ').slice(0, 160) || `Inovasi ${cell('ID')}`;
	const agency = context.agencies.find((a) => normalise(a.nama) === normalise(cell('SKPD')));
	if (!agency)
		notes.push(`SKPD "${cell('SKPD')}" tidak dikenal di content/skpd/; tentukan folder SKPD-nya`);
	const pick = (
		label: string,
		vocabulary: Record<string, string>,
		aliases?: Record<string, string>
	) => {
		const key = matchKey(vocabulary, cell(label), aliases);
		if (!key)
			notes.push(
				`${label} "${cell(label)}" tidak dikenal (pilihan: ${Object.keys(vocabulary).join(', ')})`
			);
		return key;
	};
	const tahapan = pick('Tahapan', STAGES, {
		'uji coba': 'uji-coba',
		ujicoba: 'uji-coba',
		implementasi: 'penerapan',
	});
	const jenis = pick('Jenis', TYPES, { 'non digital': 'non-digital', nondigital: 'non-digital' });
	const bentuk = pick('Bentuk', FORMS, {
		'tata kelola': 'tata-kelola',
		'pelayanan publik': 'pelayanan-publik',
		lainnya: 'lainnya',
	});
	const inisiator = pick('Inisiator', INITIATORS, {
		opd: 'perangkat-daerah',
		'perangkat daerah': 'perangkat-daerah',
		dprd: 'anggota-dprd',
	});
	const urusanName = cell('Urusan');
	const urusan = urusanName
		? rules.urusan.find(
				(u) => normalise(u.nama) === normalise(urusanName) || u.kunci === urusanName
			)?.kunci
		: undefined;
	if (!urusan)
		notes.push(
			urusanName
				? `Urusan "${urusanName}" tidak dikenal; pilih dari daftar urusan di content/README.md`
				: 'ekspor lama tidak memuat urusan; isi `urusan` (urusan utama inovasi)'
		);
	const theme = normalise(cell('Tematik'));
	const asta = /asta cita (\d)/.exec(theme)?.[1];
	const cluster = rules.klaster_pkpn.find(
		(c) => theme && (normalise(c.nama) === theme || theme.includes(normalise(c.nama)))
	);
	if (theme && !asta && !cluster)
		notes.push(
			`Tematik "${cell('Tematik')}" tidak dapat dipetakan ke asta_cita atau pkpn; isi sendiri`
		);
	const readDate = (column: 'Ujicoba' | 'Implementasi') => {
		const read = readLegacyDate(row[column]);
		if (read && 'masalah' in read) notes.push(`${column}: ${read.masalah}`);
		return read && 'tanggal' in read ? read.tanggal : undefined;
	};
	const trial = readDate('Ujicoba');
	const applied = readDate('Implementasi');
	if (applied && tahapan !== 'penerapan')
		notes.push(
			`tanggal Implementasi ${applied} tidak dipakai karena tahapannya bukan penerapan; tulis waktu_penerapan bila inovasi sudah diterapkan`
		);
	for (const file of ['Profil', 'Anggaran'])
		if (cell(file))
			notes.push(
				`berkas ${file} lama "${cell(file)}" tidak ikut diimpor; unggah ke public/bukti/<skpd>/<slug>/ dan rujuk di dokumen`
			);
	const sections = ['Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil'].map((title) => ({
		title,
		text: htmlToText(cell(title)),
	}));
	const purpose = sections[1]!.text.split(/(?<=[.!?])\s/)[0] ?? '';
	const ringkasan = (purpose || nama).replace(/\s+/g, ' ').slice(0, SUMMARY_MAX);
	notes.push(
		'ringkasan diambil dari kalimat pertama Tujuan; periksa dan perbaiki bila perlu',
		'indikator belum diisi (ekspor lama tidak memuatnya); klaim parameter dan bukti per indikator'
	);
	// A comment cannot be escaped, so anything that could end its line is flattened first.
	const flat = (text: string) =>
		[...text]
			.map((c) => (isLineBreaking(c) ? ' ' : c))
			.join('')
			.slice(0, 80);
	const lines = [
		'---',
		`# Draf impor dari aplikasi inovasi lama (ID ${flat(cell('ID'))}, status ${flat(cell('Status')) || '-'}, pengusul ${flat(cell('User')) || '-'}).`,
		`nama: ${quote(nama)}`,
		`ringkasan: ${quote(ringkasan)}`,
		...(tahapan ? [`tahapan: ${tahapan}`] : []),
		...(inisiator ? [`inisiator: ${inisiator}`] : []),
		...(jenis ? [`jenis: ${jenis}`] : []),
		...(bentuk ? [`bentuk: ${bentuk}`] : []),
		...(urusan ? [`urusan: ${urusan}`] : []),
		...(asta ? [`asta_cita: ${asta}`] : []),
		...(cluster ? [`pkpn: { klaster: ${cluster.kunci} }`] : []),
		...(trial ? [`waktu_uji_coba: ${trial}`] : []),
		...(applied && tahapan === 'penerapan' ? [`waktu_penerapan: ${applied}`] : []),
		'indikator: {}',
		'---',
		'',
		...sections.flatMap(({ title, text }) => [`## ${title}`, '', text, '']),
	];
	return {
		id: `${agency?.id ?? '_tanpa-skpd'}/${toSlug(nama)}`,
		text: lines.join('\n'),
		catatan: notes,
	};
}
