/**
 * What pages show of one innovation: its content joined with its score, its agency's name and the
 * labels of its keys. Pages render these objects and decide nothing.
 */
import type { InnovationData } from '../../schemas/innovation.ts';
import type { InnovationEntry } from '../content/innovation-entry.ts';
import { getLatestDate } from '../scoring/eligibility.ts';
import type { ScoredInnovation } from '../scoring/score-region.ts';
import { type Labels, labelOf } from './labels.ts';

/** What a view needs of a repository entry. */
type ViewedEntry = Pick<InnovationEntry, 'id' | 'skpd' | 'slug' | 'data'>;

export interface InnovationView {
	id: string;
	skpd: string;
	slug: string;
	skpdNama: string;
	data: InnovationData;
	score: ScoredInnovation;
	/** Year of first implementation, or undefined before implementation. */
	tahunPenerapan?: number;
	/** Latest of the three dates (for "newest" ordering), or '' when there is none. */
	tanggalTerbaru: string;
	label: {
		tahapan: string;
		jenis: string;
		bentuk: string;
		urusan: string;
		inisiator: string;
		klasifikasi: string;
	};
}

/** Joins every innovation with its score (by id) and labels; the order of `sources` is kept. */
export function buildInnovationViews(
	sources: readonly ViewedEntry[],
	scores: readonly ScoredInnovation[],
	agencyNames: ReadonlyMap<string, string>,
	labels: Labels
): InnovationView[] {
	const byId = new Map(scores.map((score) => [score.id, score]));
	return sources.map((source) => {
		const { data } = source;
		const score = byId.get(source.id);
		if (!score) throw new Error(`skor untuk ${source.id} tidak ditemukan`);
		return {
			id: source.id,
			skpd: source.skpd,
			slug: source.slug,
			skpdNama: agencyNames.get(source.skpd) ?? source.skpd,
			data,
			score,
			...(data.waktu_penerapan ? { tahunPenerapan: Number(data.waktu_penerapan.slice(0, 4)) } : {}),
			tanggalTerbaru: getLatestDate(data)?.tanggal ?? '',
			label: {
				tahapan: labelOf(labels.tahapan, data.tahapan),
				jenis: labelOf(labels.jenis, data.jenis),
				bentuk: labelOf(labels.bentuk, data.bentuk),
				urusan: labelOf(labels.urusan, data.urusan),
				inisiator: labelOf(labels.inisiator, data.inisiator),
				klasifikasi: labelOf(labels.klasifikasi, data.klasifikasi),
			},
		};
	});
}

/** Newest first (by latest date, then id), for the home page and the feed. */
export function sortByNewest(views: readonly InnovationView[]): InnovationView[] {
	return [...views].sort((a, b) =>
		a.tanggalTerbaru !== b.tanggalTerbaru
			? a.tanggalTerbaru < b.tanggalTerbaru
				? 1
				: -1
			: a.id < b.id
				? -1
				: 1
	);
}

/** Most mature first, then by name: the catalogue's default order. */
export function sortByMaturity(views: readonly InnovationView[]): InnovationView[] {
	return [...views].sort(
		(a, b) =>
			b.score.kematangan - a.score.kematangan || a.data.nama.localeCompare(b.data.nama, 'id')
	);
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		pages.push(items.slice(start, start + size));
	return pages.length > 0 ? pages : [[]];
}
