/**
 * Checks of one innovation that need more than its own frontmatter: its folder, the evidence files,
 * the build date and the rule set's mandatory indicators. They read the raw data defensively, so
 * they also run when the schema found errors and every problem shows up in one run.
 */
import { DATE_KEYS } from '../../schemas/vocabulary.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { type KeyIssue, error, quoteValue, warning } from './finding.ts';
import { checkEvidenceRef, type EvidenceLookup } from './check-evidence.ts';
import {
	checkCoordinates,
	checkEvidenceDates,
	checkProfileFiles,
	type Bounds,
} from './check-national-form.ts';

/** What the checks know about the repository and the day of the build. */
export interface InnovationContext {
	rules: RuleSet;
	/** Owner folder name and file slug, from `content/inovasi/<skpd>/<slug>.md`. */
	skpdId: string;
	slug: string;
	/** Build date, `YYYY-MM-DD`: no date may lie after it. */
	today: string;
	lookup: EvidenceLookup;
	/** The region's bounds from `pemda.yml` (`wilayah`), for coordinates. */
	region?: Bounds | undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

function asList(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

/**
 * Checks the evidence list of every answer in `answers` (`indikator` or `spd`).
 * @param typesOf allowed extensions per answer key
 */
export function checkAnswerEvidence(
	answers: unknown,
	basePath: string,
	folder: string,
	typesOf: (key: string) => readonly string[],
	rules: RuleSet,
	lookup: EvidenceLookup,
	today?: string
): KeyIssue[] {
	const issues: KeyIssue[] = [];
	for (const [key, answer] of Object.entries(asRecord(answers) ?? {})) {
		const list = asRecord(answer)?.bukti;
		asList(list).forEach((item, index) => {
			const detailed = asRecord(item);
			const ref = detailed ? detailed.berkas : item;
			const at = Array.isArray(list) ? [basePath, key, 'bukti', index] : [basePath, key, 'bukti'];
			const date = detailed?.tanggal;
			if (today && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today)
				issues.push(
					error(
						[...at, 'tanggal'],
						`tanggal dokumen ${date} masih di masa depan (hari ini ${today}); tulis tanggal yang tercantum di dokumen`
					)
				);
			if (typeof ref !== 'string') return;
			const problem = checkEvidenceRef(ref, {
				folder,
				types: typesOf(key),
				maxBytes: rules.berkas_bukti.ukuran_maksimal_byte,
				lookup,
			});
			if (problem) issues.push(error(detailed ? [...at, 'berkas'] : at, problem));
		});
	}
	return issues;
}

/**
 * A benefit figure above its basis's check limit (2026: efficiency above 30 %) is scored at the top
 * level but flagged: regional apps found such figures are usually a miscalculation.
 */
function checkBenefitFigure(answer: unknown, rules: RuleSet): KeyIssue[] {
	const { dasar, nilai } = asRecord(answer) ?? {};
	const basis = rules.kemanfaatan.dasar.find((candidate) => candidate.kunci === dasar);
	if (basis?.batas_periksa === undefined || typeof nilai !== 'number') return [];
	if (nilai <= basis.batas_periksa) return [];
	return [
		warning(
			['indikator', rules.kemanfaatan.indikator, 'nilai'],
			`nilai ${nilai} ${basis.satuan} di atas ${basis.batas_periksa} ${basis.satuan} untuk dasar ${basis.kunci}; periksa lagi perhitungannya (sebelum ÷ sesudah) dan lampirkan rinciannya, karena verifikator akan menanyakannya`
		),
	];
}

/** Cross-file and environment checks of one innovation's raw frontmatter. */
export function checkInnovation(raw: unknown, context: InnovationContext): KeyIssue[] {
	const data = asRecord(raw);
	if (!data) return [];
	const { rules, skpdId, slug, today } = context;
	const issues: KeyIssue[] = [];
	if (data.skpd !== undefined && data.skpd !== skpdId) {
		issues.push(
			error(
				['skpd'],
				`skpd \`${quoteValue(data.skpd)}\` tidak sama dengan folder \`${skpdId}\`; hapus kunci ini (folder sudah menentukan pemilik) atau pindahkan berkasnya`
			)
		);
	}
	for (const key of DATE_KEYS) {
		const value = data[key];
		if (typeof value === 'string' && value > today && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
			issues.push(
				error(
					[key],
					`tanggal ${value} masih di masa depan (hari ini ${today}); isi tanggal yang sudah terjadi`
				)
			);
		}
	}
	const typesByKey = new Map(
		rules.indikator.map((indicator) => [indicator.kunci, indicator.jenis_berkas])
	);
	issues.push(
		...checkAnswerEvidence(
			data.indikator,
			'indikator',
			`/bukti/${skpdId}/${slug}/`,
			(key) => typesByKey.get(key) ?? rules.berkas_bukti.jenis,
			rules,
			context.lookup,
			today
		)
	);
	issues.push(
		...checkEvidenceDates(data, rules, today),
		...checkCoordinates(data, context.region),
		...checkProfileFiles(data, {
			folder: `/bukti/${skpdId}/${slug}/`,
			lookup: context.lookup,
			maxBytes: rules.berkas_bukti.ukuran_maksimal_byte,
		})
	);
	const answers = asRecord(data.indikator) ?? {};
	const missing = rules.indikator.filter((indicator) => {
		const parameter = asRecord(answers[indicator.kunci])?.parameter;
		return indicator.wajib && !(typeof parameter === 'number' && parameter >= 1);
	});
	issues.push(...checkBenefitFigure(answers[rules.kemanfaatan.indikator], rules));
	if (missing.length > 0) {
		const list = missing
			.map((indicator) => `\`${indicator.kunci}\` (${indicator.nama})`)
			.join(', ');
		issues.push({
			...warning(
				['indikator'],
				`indikator wajib belum diklaim: ${list}; inovasi belum memenuhi syarat wajib IID — lihat parameter dan bukti yang diminta di content/README.md`
			),
			atKey: true,
		});
	}
	return issues;
}
