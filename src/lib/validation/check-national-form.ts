/**
 * Checks for the national IID application: the regulation evidence's dating rules, coordinates
 * inside Indonesia (or the region), the profile documents' files, and — one warning per file —
 * what the export still lacks for an innovation that will be submitted. Warnings only, except a
 * misplaced file: nothing here changes a score.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { checkEligibility, type EligibilityInput } from '../scoring/eligibility.ts';
import { checkEvidenceRef, type EvidenceLookup } from './check-evidence.ts';
import { error, warning, type KeyIssue } from './finding.ts';

/** A latitude/longitude box: `utara`/`selatan` latitudes, `barat`/`timur` longitudes. */
export interface Bounds {
	utara: number;
	selatan: number;
	barat: number;
	timur: number;
}

/** Indonesia's extent with a margin (Sabang–Merauke, Miangas–Rote). */
export const INDONESIA: Bounds = { utara: 6.5, selatan: -11.5, barat: 94.5, timur: 141.5 };

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;

const asList = (value: unknown): unknown[] =>
	value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const yearOf = (date: unknown) =>
	typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 4) : undefined;

/**
 * The regulation indicator's dating rules (2026: Perda/Perkada before 2026, SK in the implementation
 * year). A date after `today` is left to the future-date error, which already names it: a second
 * message about the same date would only send the officer to the wrong fix.
 */
export function checkEvidenceDates(
	data: Record<string, unknown>,
	rules: RuleSet,
	today?: string
): KeyIssue[] {
	const rule = rules.tanggal_regulasi;
	if (!rule) return [];
	const answer = asRecord(asRecord(data.indikator)?.[rule.indikator]);
	const parameter = answer?.parameter;
	if (typeof parameter !== 'number' || parameter < 1) return [];
	const applied = yearOf(data.waktu_penerapan) ?? yearOf(data.waktu_uji_coba);
	const issues: KeyIssue[] = [];
	asList(answer?.bukti).forEach((item, index) => {
		const date = asRecord(item)?.tanggal;
		if (typeof date !== 'string' || !yearOf(date) || (today && date > today)) return;
		const at = ['indikator', rule.indikator, 'bukti', index, 'tanggal'];
		if (parameter >= 2 && date >= rule.peraturan_sebelum)
			issues.push(
				warning(
					at,
					`peraturan bertanggal ${date}; pedoman meminta Perda/Perkada yang ditetapkan sebelum ${rule.peraturan_sebelum} dan masih berlaku — periksa lagi atau turunkan parameternya`
				)
			);
		if (parameter === 1 && rule.sk_tahun_penerapan && applied && yearOf(date) !== applied)
			issues.push(
				warning(
					at,
					`SK bertanggal ${date}, sedangkan inovasi diterapkan pada ${applied}; pedoman meminta SK bertanggal pada tahun penerapan`
				)
			);
	});
	return issues;
}

/** Coordinates inside Indonesia, and inside the region's bounds when `pemda.yml` gives them. */
export function checkCoordinates(data: Record<string, unknown>, region?: Bounds): KeyIssue[] {
	const point = asRecord(data.koordinat);
	const { lintang, bujur } = point ?? {};
	if (typeof lintang !== 'number' || typeof bujur !== 'number') return [];
	const inside = (box: Bounds) =>
		lintang <= box.utara && lintang >= box.selatan && bujur >= box.barat && bujur <= box.timur;
	if (!inside(INDONESIA))
		return [
			error(
				['koordinat'],
				`koordinat ${lintang}, ${bujur} di luar Indonesia; periksa urutannya (lintang dulu, lalu bujur) dan tandanya (lintang selatan negatif)`
			),
		];
	if (region && !inside(region))
		return [
			warning(
				['koordinat'],
				`koordinat ${lintang}, ${bujur} di luar wilayah daerah (lintang ${region.selatan}…${region.utara}, bujur ${region.barat}…${region.timur}); periksa lagi lokasinya`
			),
		];
	return [];
}

/** The profile documents and photos: files in the innovation's own folder, of the right type. */
export function checkProfileFiles(
	data: Record<string, unknown>,
	context: { folder: string; lookup: EvidenceLookup; maxBytes: number }
): KeyIssue[] {
	const issues: KeyIssue[] = [];
	const check = (ref: unknown, path: (string | number)[], types: readonly string[]) => {
		if (typeof ref !== 'string') return;
		const problem = checkEvidenceRef(ref, { ...context, types });
		if (problem) issues.push(error(path, problem));
	};
	for (const [key, item] of Object.entries(asRecord(data.dokumen) ?? {})) {
		const detailed = asRecord(item);
		check(
			detailed ? detailed.berkas : item,
			['dokumen', key, ...(detailed ? ['berkas'] : [])],
			['pdf']
		);
	}
	asList(data.foto).forEach((photo, index) =>
		check(asRecord(photo)?.berkas, ['foto', index, 'berkas'], ['jpg', 'png'])
	);
	return issues;
}

/** One thing the national form still lacks for an innovation. */
export type NationalGap =
	| { jenis: 'profil'; kunci: 'koordinat' | 'asta_cita' | 'pkpn' }
	| { jenis: 'bukti'; indikator: string }
	| { jenis: 'urusan'; kunci: string };

/**
 * What the national form still lacks for an innovation that will be assessed: profile fields, the
 * number/date/subject of each claimed PDF (per indicator), and an affair outside the guide's list.
 * Empty for an innovation outside the assessment (it is not submitted this year).
 */
export function listNationalGaps(data: Record<string, unknown>, rules: RuleSet): NationalGap[] {
	if (typeof data.tahapan !== 'string') return [];
	if (!checkEligibility(data as unknown as EligibilityInput, rules).dinilai) return [];
	const gaps: NationalGap[] = [];
	if (!asRecord(data.koordinat)) gaps.push({ jenis: 'profil', kunci: 'koordinat' });
	if (data.asta_cita === undefined) gaps.push({ jenis: 'profil', kunci: 'asta_cita' });
	if (!asRecord(data.pkpn)) gaps.push({ jenis: 'profil', kunci: 'pkpn' });
	const outside = rules.urusan.find((row) => row.kunci === data.urusan && row.tafsiran);
	if (outside) gaps.push({ jenis: 'urusan', kunci: outside.kunci });
	for (const [key, answer] of Object.entries(asRecord(data.indikator) ?? {})) {
		const record = asRecord(answer);
		if (typeof record?.parameter !== 'number' || record.parameter < 1) continue;
		const undetailed = asList(record.bukti).some((item) => {
			const detailed = asRecord(item);
			const ref = detailed ? detailed.berkas : item;
			const pdf = typeof ref === 'string' && ref.toLowerCase().endsWith('.pdf');
			return pdf && !(detailed?.nomor && detailed.tanggal && detailed.tentang);
		});
		if (undetailed) gaps.push({ jenis: 'bukti', indikator: key });
	}
	return gaps;
}
