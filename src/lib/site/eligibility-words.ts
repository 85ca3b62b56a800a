/**
 * Why an innovation counts in the index (or not yet), said for a citizen: the stage by its label,
 * the deciding date by its verb and in Indonesian date format, the window as a span of dates.
 * The engine's own reason (`kelayakan.alasan`) names frontmatter keys for SKPD staff; this does not.
 */
import type { Eligibility } from '../scoring/eligibility.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { STAGES } from '../../schemas/vocabulary.ts';
import { formatDate } from '../format/date.ts';

/** The verb of each life-cycle date: "diterapkan 1 Juni 2024". */
const DATE_VERBS: Record<string, string> = {
	waktu_uji_coba: 'diuji coba',
	waktu_penerapan: 'diterapkan',
	waktu_pengembangan: 'dikembangkan',
};

const stageLabel = (key: string) => STAGES[key as keyof typeof STAGES] ?? key;
const dated = ({ kunci, tanggal }: { kunci: string; tanggal: string }) =>
	`${DATE_VERBS[kunci] ?? kunci} ${formatDate(tanggal)}`;

/**
 * One plain sentence after "Dinilai:" or "Belum dinilai:", e.g. `tahap Penerapan, diterapkan
 * 1 Juni 2024 — di dalam masa penilaian 1 Januari 2024 s.d. 31 Desember 2025.`
 */
export function describeEligibility(
	eligibility: Eligibility,
	tahapan: string,
	rules: RuleSet
): string {
	const { mulai, selesai } = rules.jendela_penilaian;
	const window = `masa penilaian ${formatDate(mulai)} s.d. ${formatDate(selesai)}`;
	const dates = (eligibility.tanggal_jendela ?? []).map(dated).join(' dan ');
	const stages = rules.tahapan_dinilai.map(stageLabel).join(' atau ');
	switch (eligibility.sebab) {
		case 'tahapan':
			return `masih tahap ${stageLabel(tahapan)}; IID menilai inovasi mulai tahap ${stages}.`;
		case 'tanggal':
			return 'belum ada tanggal uji coba, penerapan, atau pengembangan.';
		case 'klaim':
			return 'belum ada indikator yang diklaim SKPD.';
		case 'dalam': {
			const inside = eligibility.tanggal_jendela?.find(
				({ tanggal }) => tanggal >= mulai && tanggal <= selesai
			);
			return `tahap ${stageLabel(tahapan)}, ${inside ? dated(inside) : dates} — di dalam ${window}.`;
		}
		case 'sebelum':
			return `${dates}, sebelum ${window}, dan tidak dikembangkan di dalamnya.`;
		case 'sesudah':
			return `${dates} — tidak di dalam ${window}; masuk penilaian tahun berikutnya.`;
	}
}
