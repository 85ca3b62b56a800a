/**
 * The region's sheet of the export: its profile as the national form asks for it (handling OPD,
 * address, e-mail, phone, administrator, region code, site) and both indexes side by side.
 */
import { describeDisclaimer } from '../scoring/predicate.ts';
import { round2 } from '../scoring/round.ts';
import { toLinkCell, type Cell, type Sheet } from './cells.ts';
import type { ExportInput } from './export-input.ts';

/** The region's profile and index rows: `Butir`, claimed, verified. */
export function buildRegionSheet({ pemda, report, rules, site }: ExportInput): Sheet {
	const claim = report.pemda;
	const verified = report.terverifikasi.pemda;
	const profile: [string, Cell][] = [
		['Nama Pemda', pemda.nama],
		['Provinsi', pemda.provinsi],
		['Kode wilayah', pemda.kode_wilayah ?? ''],
		['OPD pengampu', pemda.koordinator],
		['Alamat', pemda.kontak?.alamat ?? ''],
		['Surel', pemda.kontak?.email ?? ''],
		['Telepon', pemda.kontak?.telepon ?? ''],
		['Admin', pemda.kontak?.nama ?? ''],
		['Situs katalog', toLinkCell(site)],
		['Tahun penilaian', rules.tahun],
	];
	const scores: [string, Cell, Cell][] = [
		['SPD', round2(claim.spd), round2(verified.spd)],
		['Inovasi dinilai (n)', claim.n, verified.n],
		['Rata-rata kematangan', round2(claim.rata_kematangan), round2(verified.rata_kematangan)],
		[
			'Skor jumlah inovasi',
			round2(claim.skor_jumlah_inovasi),
			round2(verified.skor_jumlah_inovasi),
		],
		// Under the disclaimer the index is not a figure to copy: the cell says why instead.
		[
			'IID',
			describeDisclaimer(claim) ?? claim.iid,
			describeDisclaimer(verified, true) ?? verified.iid,
		],
		['Predikat', claim.predikat, verified.predikat],
	];
	return {
		nama: 'Pemda',
		kolom: ['Butir', 'Klaim', 'Terverifikasi'],
		baris: [...profile.map(([label, value]) => [label, value, '']), ...scores],
	};
}
