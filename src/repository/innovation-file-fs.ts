/**
 * Validating one `content/inovasi/<skpd>/<slug>.md` in the repository's context — the unit of work
 * both validation threads do, and the one the PR check uses for a revision's files.
 */
import type { InnovationData } from '../schemas/innovation.ts';
import type { RuleSet } from '../schemas/rule-set.ts';
import { KEBAB_PATTERN } from '../schemas/shared.ts';
import type { InnovationEntry } from '../lib/content/innovation-entry.ts';
import { readInnovationData, validateInnovationSource } from '../lib/content/validate-source.ts';
import { toScoringData } from '../lib/scoring/score-content.ts';
import { isReservedName, type EvidenceLookup } from '../lib/validation/check-evidence.ts';
import type { Finding } from '../lib/validation/finding.ts';
import { findNearest } from '../lib/validation/nearest.ts';
import { parseInnovationPath } from './paths.ts';
import { listCatalogueFolders } from '../lib/site/routes.ts';
import type { Bounds } from '../lib/validation/check-national-form.ts';
import { hashSource, type ScoringCacheEntries } from './scoring-cache-fs.ts';
import { findingAt, readSource, type SourceOverride } from './source-file-fs.ts';

/** What each valid innovation keeps: everything (pages), or its scoring fields only (reports). */
export type Keep = 'full' | 'scores';

/** What validating one innovation file needs to know. */
export interface InnovationFileContext {
	root: string;
	rules: RuleSet;
	agencyIds: readonly string[];
	today: string;
	lookup: EvidenceLookup;
	/** The region's bounds (`pemda.yml` `wilayah`), for coordinates. */
	region?: Bounds;
	override?: SourceOverride;
	/** A pull request's changed innovation files: the others are read for their scores only. */
	changed?: ReadonlySet<string>;
	keep: Keep;
	/** Also return each file's content key (to write the scoring cache). */
	cacheKeys: boolean;
}

/** Findings of one innovation file, and its entry when it has no error. */
export interface InnovationFileResult {
	findings: Finding[];
	entry?: InnovationEntry;
	/** Content key of the file, when `cacheKeys` asked for it. */
	key?: string;
}

/** Validates one innovation file (read through `context.override` or from the working tree). */
export function validateInnovationFile(
	file: string,
	context: InnovationFileContext
): InnovationFileResult {
	const parts = parseInnovationPath(file);
	if (!parts)
		return {
			findings: [findingAt(file, 'inovasi disimpan sebagai content/inovasi/<id-skpd>/<slug>.md')],
		};
	const local = checkPathNames(file, parts.skpd, parts.slug, context.agencyIds);
	const bytes = readSource(context.root, file, local, context.override);
	if (!bytes) return { findings: local };
	const result = validateInnovationBytes(file, parts, bytes, local, context);
	if (context.cacheKeys) result.key = hashSource(file, bytes);
	return result;
}

function validateInnovationBytes(
	file: string,
	parts: { skpd: string; slug: string },
	bytes: Uint8Array,
	local: Finding[],
	context: InnovationFileContext
): InnovationFileResult {
	if (context.changed && !context.changed.has(file)) {
		const read = readInnovationData(bytes, context.rules);
		if (!read.data || local.some((f) => f.severity === 'galat')) return { findings: [] };
		// Unchanged in a pull request: only the scoring fields were read, and nothing is reported.
		return {
			findings: [],
			entry: toEntry(file, parts, read.data as InnovationData, read.body, read.bodyStartLine),
		};
	}
	const result = validateInnovationSource(file, bytes, {
		rules: context.rules,
		skpdId: parts.skpd,
		slug: parts.slug,
		today: context.today,
		lookup: context.lookup,
		region: context.region,
	});
	local.push(...result.findings);
	if (!result.data || local.some((f) => f.severity === 'galat')) return { findings: local };
	if (context.keep === 'scores')
		return {
			findings: local,
			entry: toEntry(
				file,
				parts,
				toScoringData(result.data) as InnovationData,
				'',
				result.bodyStartLine
			),
		};
	return {
		findings: local,
		entry: toEntry(file, parts, result.data, result.body, result.bodyStartLine),
	};
}

function toEntry(
	file: string,
	parts: { skpd: string; slug: string },
	data: InnovationData,
	body: string,
	bodyStartLine: number
): InnovationEntry {
	return { id: `${parts.skpd}/${parts.slug}`, ...parts, file, data, body, bodyStartLine };
}

/** Problems with the folder and file names of an innovation. */
function checkPathNames(
	file: string,
	skpd: string,
	slug: string,
	agencyIds: readonly string[]
): Finding[] {
	const findings: Finding[] = [];
	if (!agencyIds.includes(skpd)) {
		const suggestion = findNearest(skpd, agencyIds);
		const hint = suggestion
			? `; mungkin maksud Anda \`${suggestion}\`?`
			: '; minta koordinator mendaftarkannya di content/skpd/';
		findings.push(
			findingAt(file, `folder SKPD \`${skpd}\` belum terdaftar di content/skpd/${hint}`)
		);
	}
	if (!KEBAB_PATTERN.test(slug))
		findings.push(
			findingAt(
				file,
				`nama berkas \`${slug}.md\` harus huruf kecil, angka, dan tanda minus, mis. sipandu-puskesmas.md`
			)
		);
	else if (isReservedName(slug))
		findings.push(
			findingAt(
				file,
				`nama berkas \`${slug}.md\` tidak dapat dibuat di Windows; pakai nama lain, mis. inovasi-${slug}.md`
			)
		);
	return findings;
}

/**
 * Unchanged files answered from the scoring cache: read and keyed, but not parsed. Files that
 * cannot be read plainly (links, oversize) or are not in the cache are left for validation.
 */
export function readCachedEntries(
	files: readonly string[],
	context: InnovationFileContext,
	cache: ScoringCacheEntries
): { entries: InnovationEntry[]; resolved: Set<string> } {
	const entries: InnovationEntry[] = [];
	const resolved = new Set<string>();
	for (const file of files) {
		const parts = parseInnovationPath(file);
		if (!parts || checkPathNames(file, parts.skpd, parts.slug, context.agencyIds).length > 0)
			continue;
		const problems: Finding[] = [];
		const bytes = readSource(context.root, file, problems, context.override);
		if (!bytes || problems.length > 0) continue;
		const data = cache.get(hashSource(file, bytes));
		if (data === undefined) continue;
		resolved.add(file);
		// Only the scoring fields, as for any unchanged file.
		if (data) entries.push(toEntry(file, parts, data as InnovationData, '', 1));
	}
	return { entries, resolved };
}

/** The problem with an agency id (its file name), if any. */
export function checkAgencyId(id: string, regionFolder: string): string | undefined {
	if (!KEBAB_PATTERN.test(id))
		return `id SKPD \`${id}\` harus huruf kecil, angka, dan tanda minus, mis. dinkes.yml`;
	if (id === regionFolder)
		return `id SKPD \`${id}\` dipakai untuk bukti indikator pemda (public/bukti/${regionFolder}/); pakai id lain, mis. setda.yml`;
	if (isReservedName(id)) return `id SKPD \`${id}\` tidak dapat dibuat di Windows; pakai id lain`;
	if (listCatalogueFolders().includes(id))
		return `id SKPD \`${id}\` dipakai katalog (/inovasi/${id}/); pakai id lain, mis. ${id}-daerah.yml`;
	return undefined;
}
