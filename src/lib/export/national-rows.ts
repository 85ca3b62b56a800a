/**
 * The national IID application's layout, as rows an operator copies from: the region, its SPD rows,
 * one row per innovation in the national form's order, and one row per innovation × indicator
 * (code 16–35, the exact option text, each document's number/date/subject and file or link, and
 * its verification). The XLSX workbook, the CSV files and the printable report all read these rows,
 * so they can never disagree. Pure: the caller supplies the repository's data and its scores.
 */
import { getEvidenceRefOf, type EvidenceItem } from '../../schemas/answer.ts';
import type { InnovationData } from '../../schemas/innovation.ts';
import type { Pemda } from '../../schemas/pemda.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { CLASSIFICATIONS, STAGES, TYPES } from '../../schemas/vocabulary.ts';
import type { ScoreReport } from '../scoring/score-region.ts';
import { round2 } from '../scoring/round.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { splitSections } from '../validation/check-body.ts';

/** The national app's own spelling where it differs from ours (form 1.4 and 1.6). */
export const NATIONAL_LABELS = {
	inisiator: {
		'kepala-daerah': 'Kepala Daerah',
		'anggota-dprd': 'Anggota DPRD',
		'perangkat-daerah': 'OPD',
		asn: 'ASN',
		masyarakat: 'Masyarakat',
	} as Record<string, string>,
	bentuk: {
		'tata-kelola': 'Tata kelola pemerintahan daerah',
		'pelayanan-publik': 'Pelayanan publik',
		lainnya:
			'Inovasi daerah lainnya sesuai dengan urusan pemerintahan yang menjadi kewenangan daerah',
	} as Record<string, string>,
};

/** Verification status words for a cell. */
export const STATUS_LABELS: Record<VerifiedRow['status'], string> = {
	'tidak-diklaim': 'tidak diklaim',
	belum: 'belum diverifikasi',
	diterima: 'diterima',
	perbaiki: 'perlu perbaikan',
	ditolak: 'ditolak',
	kedaluwarsa: 'kedaluwarsa (klaim berubah)',
};

/** One sheet: ordered column headers and rows of cells (string or number). */
export interface Sheet {
	nama: string;
	kolom: string[];
	baris: (string | number)[][];
}

/** One innovation as the export reads it. */
export interface ExportInnovation {
	id: string;
	skpd: string;
	skpdNama: string;
	data: InnovationData;
	body: string;
	bodyStartLine: number;
}

export interface ExportInput {
	rules: RuleSet;
	pemda: Pemda;
	report: ScoreReport;
	innovations: readonly ExportInnovation[];
}

/** The evidence of an answer as the four cells of the form: number, date, subject, file/link. */
export function toEvidenceCells(
	items: readonly EvidenceItem[] = []
): [string, string, string, string] {
	const pick = (key: 'nomor' | 'tanggal' | 'tentang') =>
		items
			.map((item) => (typeof item === 'string' ? '' : (item[key] ?? '')))
			.join('\n')
			.trim();
	return [pick('nomor'), pick('tanggal'), pick('tentang'), items.map(getEvidenceRefOf).join('\n')];
}

/** The exact option text of an indicator answer (the benefit indicator names its basis and band). */
function describeOption(
	rules: RuleSet,
	key: string,
	answer: InnovationData['indikator'][string]
): string {
	const level = answer?.parameter ?? 0;
	if (level === 0) return '';
	const rule = rules.indikator.find((row) => row.kunci === key)!;
	if (key === rules.kemanfaatan.indikator && answer && 'dasar' in answer && answer.dasar) {
		const basis = rules.kemanfaatan.dasar.find((b) => b.kunci === answer.dasar);
		if (basis) {
			const measured = 'nilai' in answer ? answer.nilai : undefined;
			const value = typeof measured === 'number' ? ` (${measured} ${basis.satuan})` : '';
			return `${basis.kode}. ${basis.nama}: ${basis.label_pita[level - 1]}${value}`;
		}
	}
	return rule.parameter[level - 1] ?? '';
}

/**
 * Markdown as the plain text an operator pastes into the national form: emphasis marks dropped,
 * links written as `text (address)`, list bullets kept as `-`, blank lines between paragraphs kept.
 */
export function toPlainText(markdown: string): string {
	return markdown
		.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
		.replace(/^\s{0,3}[*+]\s+/gm, '- ')
		.replace(/^\s{0,3}#{1,6}\s+/gm, '')
		.replace(/`([^`]+)`/g, '$1')
		.trim();
}

/** The body's four sections, by title, as plain text. */
function sectionsOf(innovation: ExportInnovation): Record<string, string> {
	return Object.fromEntries(
		splitSections(innovation.body, innovation.bodyStartLine).map((section) => [
			section.title,
			toPlainText(section.text),
		])
	);
}

/** The national-form order of an innovation's profile (report section 1). */
export const INNOVATION_COLUMNS = [
	'No',
	'ID',
	'Nama Inovasi',
	'OPD Pelaksana',
	'Tahapan Inovasi',
	'Inisiator Inovasi Daerah',
	'Nama Inisiator',
	'Klasifikasi',
	'Jenis Inovasi',
	'Bentuk Inovasi Daerah',
	'Asta Cita',
	'Klaster PKPN',
	'Program PKPN',
	'Urusan Inovasi Daerah',
	'Urusan Lain',
	'Lintang',
	'Bujur',
	'Waktu Uji Coba',
	'Waktu Penerapan',
	'Pengembangan Terbaru',
	'Rancang Bangun',
	'Tujuan',
	'Manfaat',
	'Hasil',
	'Anggaran',
	'Profil Bisnis',
	'Dokumen HAKI',
	'Dokumen Penghargaan',
	'Dinilai',
	'Alasan',
	'Kematangan Klaim',
	'Kematangan Terverifikasi',
	'Status Kelayakan',
	'Indikator Diterima',
	'Indikator Belum/Kedaluwarsa',
	'Indikator Perbaikan/Ditolak',
] as const;

/** The columns of the innovation × indicator sheet (report section 2 and each document's details). */
export const INDICATOR_COLUMNS = [
	'ID',
	'Nama Inovasi',
	'No',
	'Indikator',
	'Informasi',
	'Parameter Klaim',
	'Nomor Dokumen',
	'Tanggal Dokumen',
	'Tentang/Judul',
	'Berkas/Tautan',
	'Verifikasi',
	'Parameter Terverifikasi',
	'Catatan Verifikator',
] as const;

const docRef = (item: EvidenceItem | undefined) => (item ? getEvidenceRefOf(item) : '');

/** Builds every sheet of the export. */
export function buildNationalSheets(input: ExportInput): Sheet[] {
	const { rules, report } = input;
	const scored = new Map(report.inovasi.map((innovation) => [innovation.id, innovation]));
	const urusan = new Map(rules.urusan.map((row) => [row.kunci, row.nama]));
	const clusters = new Map(rules.klaster_pkpn.map((row) => [row.kunci, row.nama]));
	const astaCita = new Map(rules.asta_cita.map((row) => [row.nomor, row.nama]));
	const sorted = [...input.innovations].sort((a, b) => (a.id < b.id ? -1 : 1));
	const inovasi: Sheet = { nama: 'Inovasi', kolom: [...INNOVATION_COLUMNS], baris: [] };
	const indikator: Sheet = { nama: 'Indikator', kolom: [...INDICATOR_COLUMNS], baris: [] };
	sorted.forEach((innovation, index) => {
		const { data } = innovation;
		const score = scored.get(innovation.id);
		const sections = sectionsOf(innovation);
		const rows = score?.verifikasi.baris ?? [];
		const count = (...statuses: VerifiedRow['status'][]) =>
			rows.filter((row) => statuses.includes(row.status)).length;
		inovasi.baris.push([
			index + 1,
			innovation.id,
			data.nama,
			innovation.skpdNama,
			STAGES[data.tahapan],
			NATIONAL_LABELS.inisiator[data.inisiator] ?? data.inisiator,
			data.nama_inisiator ?? '',
			CLASSIFICATIONS[data.klasifikasi],
			TYPES[data.jenis],
			NATIONAL_LABELS.bentuk[data.bentuk] ?? data.bentuk,
			data.asta_cita === undefined
				? ''
				: `${data.asta_cita}. ${astaCita.get(data.asta_cita) ?? ''}`,
			data.pkpn ? (clusters.get(data.pkpn.klaster) ?? data.pkpn.klaster) : '',
			data.pkpn?.program ?? '',
			urusan.get(data.urusan) ?? data.urusan,
			data.urusan_lain.map((key) => urusan.get(key) ?? key).join('; '),
			data.koordinat?.lintang ?? '',
			data.koordinat?.bujur ?? '',
			data.waktu_uji_coba ?? '',
			data.waktu_penerapan ?? '',
			data.waktu_pengembangan ?? '',
			sections['Rancang Bangun'] ?? '',
			sections.Tujuan ?? '',
			sections.Manfaat ?? '',
			sections.Hasil ?? '',
			docRef(data.dokumen.anggaran),
			docRef(data.dokumen.profil_bisnis),
			docRef(data.dokumen.haki),
			docRef(data.dokumen.penghargaan),
			score?.kelayakan.dinilai ? 'ya' : 'tidak',
			score?.kelayakan.alasan ?? '',
			round2(score?.kematangan ?? 0),
			round2(score?.verifikasi.kematangan ?? 0),
			score?.verifikasi.status_layak ?? 'belum',
			count('diterima'),
			count('belum', 'kedaluwarsa'),
			count('perbaiki', 'ditolak'),
		]);
		if (!score?.kelayakan.dinilai) return;
		for (const rule of rules.indikator) {
			const answer = data.indikator[rule.kunci];
			const verified = rows.find((row) => row.kunci === rule.kunci);
			indikator.baris.push([
				innovation.id,
				data.nama,
				rule.nomor,
				rule.nama,
				describeOption(rules, rule.kunci, answer),
				answer?.parameter ?? 0,
				...toEvidenceCells(answer?.bukti),
				verified ? STATUS_LABELS[verified.status] : '',
				verified?.parameter ?? 0,
				verified?.catatan ?? '',
			]);
		}
	});
	return [buildRegionSheet(input), buildSpdSheet(input), inovasi, indikator];
}

function buildRegionSheet({ pemda, report, rules }: ExportInput): Sheet {
	const claim = report.pemda;
	const verified = report.terverifikasi.pemda;
	const rows: [string, string | number, string | number][] = [
		['Nama Pemda', pemda.nama, ''],
		['Provinsi', pemda.provinsi, ''],
		['Koordinator', pemda.koordinator, ''],
		['Tahun penilaian', rules.tahun, ''],
		['SPD', round2(claim.spd), round2(verified.spd)],
		['Inovasi dinilai (n)', claim.n, verified.n],
		['Rata-rata kematangan', round2(claim.rata_kematangan), round2(verified.rata_kematangan)],
		[
			'Skor jumlah inovasi',
			round2(claim.skor_jumlah_inovasi),
			round2(verified.skor_jumlah_inovasi),
		],
		['IID', claim.iid, verified.iid],
		['Predikat', claim.predikat, verified.predikat],
	];
	return { nama: 'Pemda', kolom: ['Butir', 'Klaim', 'Terverifikasi'], baris: rows };
}

function buildSpdSheet({ pemda, report, rules }: ExportInput): Sheet {
	return {
		nama: 'SPD',
		kolom: [
			'No',
			'Variabel',
			'Indikator',
			'Bobot',
			'Informasi',
			'Parameter Klaim',
			'Nomor Dokumen',
			'Tanggal Dokumen',
			'Tentang/Judul',
			'Berkas/Tautan',
			'Verifikasi',
			'Parameter Terverifikasi',
			'Catatan Verifikator',
		],
		baris: rules.spd.map((row) => {
			const answer = pemda.spd[row.kunci];
			const level = answer?.parameter ?? 0;
			const verified = report.terverifikasi.spd_baris.find((item) => item.kunci === row.kunci);
			return [
				row.nomor,
				row.variabel,
				row.nama,
				row.bobot,
				level > 0 ? (row.parameter[level - 1] ?? '') : '',
				level,
				...toEvidenceCells(answer?.bukti),
				verified ? STATUS_LABELS[verified.status] : '',
				verified?.parameter ?? 0,
				verified?.catatan ?? '',
			];
		}),
	};
}
