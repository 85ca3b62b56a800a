/**
 * The stable machine-readable score document (`npm run score -- --json`, `/data/skor.json`).
 * Field names are a public contract: add fields, never rename them. Numbers rounded here only.
 * The original keys keep their meaning (the *klaim* score); the *terverifikasi* score is added
 * beside them (`pemda_terverifikasi`, `*_terverifikasi` keys, verification counts).
 */
import { countStatuses } from '../verification/apply-verification.ts';
import type { RegionScore } from './region.ts';
import type { ScoreReport } from './score-region.ts';
import { round2 } from './round.ts';
import { OPEN_DATA_VERSION } from '../site/data-version.ts';

/** The region's profile a reader needs to place the file (from `pemda.yml`). */
export interface ScoreJsonRegion {
	nama: string;
	kode_wilayah?: string | undefined;
}

/** One region score as JSON, keys in a fixed order. */
function toRegionJson(pemda: RegionScore) {
	return {
		spd: round2(pemda.spd),
		n: pemda.n,
		yandas: pemda.yandas,
		rata_kematangan: round2(pemda.rata_kematangan),
		skor_jumlah_inovasi: round2(pemda.skor_jumlah_inovasi),
		sid: round2(pemda.sid),
		total: round2(pemda.total),
		iid: pemda.iid,
		predikat: pemda.predikat,
		pembagi: pemda.pembagi,
		skor_maksimal: round2(pemda.skor_maksimal),
		urusan_yandas: pemda.urusan_yandas,
		yandas_kurang: pemda.yandas_kurang,
		n_dinilai: pemda.n_dinilai,
		n_dilaporkan: pemda.n_dilaporkan,
		hitung_n: pemda.hitung_n,
		tidak_dapat_dinilai: pemda.tidak_dapat_dinilai,
	};
}

/**
 * Builds the JSON-ready object; key order is fixed so the output is byte-stable. Keys added later
 * come last (`versi_data` onwards), so a reader of an earlier version finds every key it knew.
 */
export function toScoreJson(report: ScoreReport, region?: ScoreJsonRegion) {
	const verifiedRank = new Map(report.terverifikasi.skpd.map((agency) => [agency.id, agency]));
	return {
		tahun_penilaian: report.rules.tahun,
		pemda: toRegionJson(report.pemda),
		inovasi: report.inovasi.map((innovation) => {
			const counts = countStatuses(innovation.verifikasi.baris);
			return {
				id: innovation.id,
				skpd: innovation.skpd,
				kematangan: round2(innovation.kematangan),
				dinilai: innovation.kelayakan.dinilai,
				nama: innovation.nama,
				tahapan: innovation.tahapan,
				urusan: innovation.urusan,
				alasan: innovation.kelayakan.alasan,
				indikator_wajib_kurang: innovation.wajib_kurang,
				kematangan_terverifikasi: round2(innovation.verifikasi.kematangan),
				status_layak: innovation.verifikasi.status_layak,
				verifikasi: {
					diterima: counts.diterima,
					perbaiki: counts.perbaiki,
					ditolak: counts.ditolak,
					kedaluwarsa: counts.kedaluwarsa,
					belum: counts.belum,
				},
			};
		}),
		skpd: report.skpd.map((agency) => ({
			id: agency.id,
			peringkat: agency.peringkat,
			jumlah_inovasi: agency.jumlah_inovasi,
			total_kematangan: round2(agency.total_kematangan),
			jumlah_semua_inovasi: agency.jumlah_semua_inovasi,
			peringkat_terverifikasi: verifiedRank.get(agency.id)?.peringkat ?? 0,
			jumlah_inovasi_terverifikasi: verifiedRank.get(agency.id)?.jumlah_inovasi ?? 0,
			total_kematangan_terverifikasi: round2(verifiedRank.get(agency.id)?.total_kematangan ?? 0),
		})),
		pemda_terverifikasi: toRegionJson(report.terverifikasi.pemda),
		versi_data: OPEN_DATA_VERSION,
		// The SPD answers, claimed and verified: with inovasi.json's levels a reader recomputes both
		// indexes instead of trusting `pemda` and `pemda_terverifikasi`.
		spd_baris: report.terverifikasi.spd_baris.map((row) => ({
			kunci: row.kunci,
			parameter: row.klaim,
			parameter_terverifikasi: row.parameter,
		})),
		...(region && {
			daerah: { nama: region.nama, kode_wilayah: region.kode_wilayah ?? null },
		}),
	};
}

export type ScoreJson = ReturnType<typeof toScoreJson>;
