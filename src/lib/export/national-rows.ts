/**
 * The national IID application's layout, as rows an operator copies from: the region with its
 * profile, its SPD rows, one row per innovation that will be submitted in the national form's
 * order, one row per indicator document (`indicator-rows.ts`), and the innovations that will not be
 * submitted with the reason. The XLSX workbook, the CSV files and the printable report all read
 * these rows, so they can never disagree. Pure: the caller supplies the repository's data, its
 * scores and the published site's address.
 */
import { getEvidenceRefOf, type EvidenceItem } from '../../schemas/answer.ts';
import { CLASSIFICATIONS, STAGES, TYPES } from '../../schemas/vocabulary.ts';
import type { ScoredInnovation } from '../scoring/score-region.ts';
import { round2 } from '../scoring/round.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { splitSections } from '../validation/check-body.ts';
import { toDateCell, toLinkCell, type Cell, type Sheet } from './cells.ts';
import { INDICATOR_DETAIL_COLUMNS, toAnswerRows, toEvidenceAddress } from './indicator-rows.ts';
import type { ExportInnovation, ExportInput } from './export-input.ts';
import { buildRegionSheet } from './region-sheet.ts';

export type { Cell, Sheet } from './cells.ts';
export type { ExportInnovation, ExportInput } from './export-input.ts';
export { STATUS_LABELS } from './indicator-rows.ts';

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
	'Foto',
	'Tautan Video',
	'Penghargaan',
	'Tautan Layanan',
	'Kematangan Klaim',
	'Kematangan Terverifikasi',
	'Status Kelayakan',
	'Indikator Diterima',
	'Indikator Belum/Kedaluwarsa',
	'Indikator Perbaikan/Ditolak',
] as const;

/** The columns of the indicator sheet: one row per indicator document. */
export const INDICATOR_COLUMNS = [
	'ID',
	'Nama Inovasi',
	'No',
	'Indikator',
	...INDICATOR_DETAIL_COLUMNS,
] as const;

/** The columns of the sheet of innovations that will not be submitted. */
export const NOT_SUBMITTED_COLUMNS = ['ID', 'Nama Inovasi', 'OPD Pelaksana', 'Alasan'] as const;

/** Eligibility words for a cell. */
const ELIGIBILITY_LABELS: Record<ScoredInnovation['verifikasi']['status_layak'], string> = {
	belum: 'belum diputuskan',
	layak: 'layak',
	'tidak-layak': 'tidak layak',
	kedaluwarsa: 'kedaluwarsa (profil berubah)',
};

/**
 * Why an innovation will not be submitted, or undefined when it will be: outside the assessment
 * (its dates or stage), or declared *tidak layak* by a coordinator.
 */
export function findNotSubmittedReason(score: ScoredInnovation | undefined): string | undefined {
	if (!score?.kelayakan.dinilai) return `tidak dinilai: ${score?.kelayakan.alasan ?? 'bergalat'}`;
	if (score.verifikasi.status_layak === 'tidak-layak')
		return `dinyatakan tidak layak oleh koordinator${score.verifikasi.alasan ? `: ${score.verifikasi.alasan}` : ''}`;
	return undefined;
}

/** The profile row of one innovation (`INNOVATION_COLUMNS`). */
function toInnovationRow(
	input: ExportInput,
	innovation: ExportInnovation,
	score: ScoredInnovation,
	number: number
): Cell[] {
	const { rules, site } = input;
	const { data } = innovation;
	const name = (list: readonly { kunci: string; nama: string }[], key: string) =>
		list.find((row) => row.kunci === key)?.nama ?? key;
	const sections = sectionsOf(innovation);
	const rows = score.verifikasi.baris;
	const count = (...statuses: VerifiedRow['status'][]) =>
		rows.filter((row) => statuses.includes(row.status)).length;
	const link = (item: EvidenceItem | undefined) =>
		item ? toLinkCell(toEvidenceAddress(getEvidenceRefOf(item), site)) : '';
	const video = data.indikator.video?.bukti.find((item) => !getEvidenceRefOf(item).startsWith('/'));
	const astaCita = rules.asta_cita.find((item) => item.nomor === data.asta_cita);
	return [
		number,
		innovation.id,
		data.nama,
		innovation.skpdNama,
		STAGES[data.tahapan],
		NATIONAL_LABELS.inisiator[data.inisiator] ?? data.inisiator,
		data.nama_inisiator ?? '',
		CLASSIFICATIONS[data.klasifikasi],
		TYPES[data.jenis],
		NATIONAL_LABELS.bentuk[data.bentuk] ?? data.bentuk,
		astaCita ? `${astaCita.nomor}. ${astaCita.nama}` : '',
		data.pkpn ? name(rules.klaster_pkpn, data.pkpn.klaster) : '',
		data.pkpn?.program ?? '',
		name(rules.urusan, data.urusan),
		data.urusan_lain.map((key) => name(rules.urusan, key)).join('; '),
		data.koordinat?.lintang ?? '',
		data.koordinat?.bujur ?? '',
		toDateCell(data.waktu_uji_coba),
		toDateCell(data.waktu_penerapan),
		toDateCell(data.waktu_pengembangan),
		sections['Rancang Bangun'] ?? '',
		sections.Tujuan ?? '',
		sections.Manfaat ?? '',
		sections.Hasil ?? '',
		link(data.dokumen.anggaran),
		link(data.dokumen.profil_bisnis),
		link(data.dokumen.haki),
		link(data.dokumen.penghargaan),
		data.foto.map((photo) => `${photo.judul}: ${toEvidenceAddress(photo.berkas, site)}`).join('\n'),
		video ? toLinkCell(getEvidenceRefOf(video)) : '',
		data.penghargaan.map((award) => `${award.nama} (${award.tahun}, ${award.pemberi})`).join('\n'),
		toLinkCell(data.tautan),
		round2(score.kematangan),
		round2(score.verifikasi.kematangan),
		ELIGIBILITY_LABELS[score.verifikasi.status_layak],
		count('diterima'),
		count('belum', 'kedaluwarsa'),
		count('perbaiki', 'ditolak'),
	];
}

/** Builds every sheet of the export. */
export function buildNationalSheets(input: ExportInput): Sheet[] {
	const { rules, report, site } = input;
	const scored = new Map(report.inovasi.map((innovation) => [innovation.id, innovation]));
	const sorted = [...input.innovations].sort((a, b) => (a.id < b.id ? -1 : 1));
	const inovasi: Sheet = { nama: 'Inovasi', kolom: [...INNOVATION_COLUMNS], baris: [] };
	const indikator: Sheet = { nama: 'Indikator', kolom: [...INDICATOR_COLUMNS], baris: [] };
	const apart: Sheet = { nama: 'Tidak Diajukan', kolom: [...NOT_SUBMITTED_COLUMNS], baris: [] };
	for (const innovation of sorted) {
		const score = scored.get(innovation.id);
		const reason = findNotSubmittedReason(score);
		if (reason || !score) {
			apart.baris.push([innovation.id, innovation.data.nama, innovation.skpdNama, reason ?? '']);
			continue;
		}
		inovasi.baris.push(toInnovationRow(input, innovation, score, inovasi.baris.length + 1));
		for (const rule of rules.indikator) {
			const verified = score.verifikasi.baris.find((row) => row.kunci === rule.kunci);
			const answer = innovation.data.indikator[rule.kunci];
			for (const details of toAnswerRows(rules, rule.kunci, answer, verified, site))
				indikator.baris.push([
					innovation.id,
					innovation.data.nama,
					rule.nomor,
					rule.nama,
					...details,
				]);
		}
	}
	return [buildRegionSheet(input), buildSpdSheet(input), inovasi, indikator, apart];
}

/** The region's SPD rows, one row per document, like the innovation indicators. */
function buildSpdSheet({ pemda, report, rules, site }: ExportInput): Sheet {
	return {
		nama: 'SPD',
		kolom: ['No', 'Variabel', 'Indikator', 'Bobot', ...INDICATOR_DETAIL_COLUMNS],
		baris: rules.spd.flatMap((row) => {
			const verified = report.terverifikasi.spd_baris.find((item) => item.kunci === row.kunci);
			return toAnswerRows(rules, row.kunci, pemda.spd[row.kunci], verified, site).map((details) => [
				row.nomor,
				row.variabel,
				row.nama,
				row.bobot,
				...details,
			]);
		}),
	};
}
