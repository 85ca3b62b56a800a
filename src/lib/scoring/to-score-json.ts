/**
 * The stable machine-readable score document (`npm run score -- --json`, `/data/skor.json`).
 * Field names are a public contract: add fields, never rename them. Numbers rounded here only.
 */
import type { ScoreReport } from './region.ts';
import { round2 } from './round.ts';

/** Builds the JSON-ready object; key order is fixed so the output is byte-stable. */
export function toScoreJson(report: ScoreReport) {
	const { pemda } = report;
	return {
		tahun_penilaian: report.rules.tahun,
		pemda: {
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
		},
		inovasi: report.inovasi.map((innovation) => ({
			id: innovation.id,
			skpd: innovation.skpd,
			kematangan: round2(innovation.kematangan),
			dinilai: innovation.kelayakan.dinilai,
			nama: innovation.nama,
			tahapan: innovation.tahapan,
			urusan: innovation.urusan,
			alasan: innovation.kelayakan.alasan,
			indikator_wajib_kurang: innovation.wajib_kurang,
		})),
		skpd: report.skpd.map((agency) => ({
			id: agency.id,
			peringkat: agency.peringkat,
			jumlah_inovasi: agency.jumlah_inovasi,
			total_kematangan: round2(agency.total_kematangan),
			jumlah_semua_inovasi: agency.jumlah_semua_inovasi,
		})),
	};
}

export type ScoreJson = ReturnType<typeof toScoreJson>;
