/**
 * Reads the content of a repository from disk and validates it with the pure modules in `src/lib`:
 * the one reader the CLIs and the site share. Only for code that runs on Node (CLIs, the Astro
 * build); pages and pure modules receive its result.
 */
import { relative, resolve, sep } from 'node:path';
import type { Archive, OfficialResult } from '../schemas/archive.ts';
import type { Pemda } from '../schemas/pemda.ts';
import type { RuleSet } from '../schemas/rule-set.ts';
import type { Skpd } from '../schemas/skpd.ts';
import type { InnovationEntry } from '../lib/content/innovation-entry.ts';
import { validatePemdaSource, validateSkpdSource } from '../lib/content/validate-source.ts';
import { getRuleSet, listRuleSetYears } from '../lib/rules/registry.ts';
import { collectEvidenceRefs, type EvidenceLookup } from '../lib/validation/check-evidence.ts';
import { checkPublicFiles, REGION_EVIDENCE_FOLDER } from '../lib/validation/check-public-files.ts';
import { compareFindings, type Finding } from '../lib/validation/finding.ts';
import { listContentFiles } from './content-files-fs.ts';
import {
	checkAgencyId,
	readCachedEntries,
	validateInnovationFile,
	type InnovationFileContext,
	type Keep,
} from './innovation-file-fs.ts';
import { validateFilesInParallel } from './parallel/share-work.ts';
import {
	getInnovationPath,
	INNOVATION_DIR,
	parseSkpdPath,
	parseVerificationPath,
	PEMDA_FILE,
} from './paths.ts';
import { loadVerifications } from './verification-fs.ts';
import type { VerificationInput } from '../lib/scoring/score-content.ts';
import { openPublicTree } from './public-tree-fs.ts';
import { loadRecord } from './record-fs.ts';
import type { ScoringCacheEntries } from './scoring-cache-fs.ts';
import { findingAt, readSource, type SourceOverride } from './source-file-fs.ts';

export interface Repository {
	root: string;
	rules: RuleSet;
	pemda?: Pemda;
	/** Valid agencies by id, sorted by id. */
	agencies: Map<string, Skpd>;
	/** Ids of every agency file present (valid or not), so their innovations are not misreported. */
	agencyIds: string[];
	/** Valid innovations, sorted by id. */
	innovations: InnovationEntry[];
	/** Valid verification records and today's fingerprints of what they verified. */
	verification: VerificationInput;
	/** Frozen yearly scores (`content/arsip/<year>.json`), ascending years. */
	archives: Archive[];
	/** Official IID figures (`content/arsip/resmi.yml`), ascending years. */
	official: OfficialResult[];
	/** Every finding, sorted by file and position. */
	findings: Finding[];
	/** Repository-relative paths that were checked. */
	checkedFiles: string[];
	/** Content key of each innovation file read (only with `performance.cacheKeys`). */
	sourceKeys?: Map<string, string>;
	/** Files of `public/` that passed the audit and may be published (when `public/` was audited). */
	published?: string[];
}

/** What to load. Everything here changes the result; `performance` only its speed. */
export interface LoadOptions {
	/** Build date `YYYY-MM-DD`: no content date may lie after it. */
	today: string;
	/** Repository-relative paths to report on (context files are always read); all when undefined. */
	only?: readonly string[];
	/** Bytes to use instead of the working tree for some files (the staged version, a revision's). */
	override?: SourceOverride;
	/** A pull request's changed innovation files: only these are validated in full and reported. */
	changed?: ReadonlySet<string>;
	/** What each valid innovation keeps: `full` (default; pages) or `scores` (reports, no body). */
	keep?: Keep;
	performance?: LoadPerformance;
}

/** How to load fast; the result is the same either way (tests hold each path to the plain one). */
export interface LoadPerformance {
	/** Validate on two threads when there are many files. */
	parallel?: boolean;
	/** Scoring fields by content for files outside `changed` (see `scoring-cache-fs.ts`). */
	scoringCache?: (rules: RuleSet) => ScoringCacheEntries | undefined;
	/** Record each innovation file's content key in `Repository.sourceKeys`, to write that cache. */
	cacheKeys?: boolean;
}

/** Below this many files a second thread costs more (its start-up) than it saves. */
const PARALLEL_MIN_FILES = 1500;

/** Evidence lookup on `public/`: regular files reached through real folders only (no link followed). */
export function createEvidenceLookup(root: string): EvidenceLookup {
	return openPublicTree(root).lookup;
}

/** Loads and validates the repository at `root`. */
export function loadRepository(root: string, options: LoadOptions): Repository {
	const findings: Finding[] = [];
	const publicTree = openPublicTree(root);
	const listing = listContentFiles(root);
	const wanted = options.only ? new Set(options.only) : undefined;
	const include = (file: string) => !wanted || wanted.has(file);
	if (!wanted) findings.push(...listing.findings);

	const pemdaBytes = readSource(
		root,
		PEMDA_FILE,
		include(PEMDA_FILE) ? findings : [],
		options.override
	);
	const pemdaResult = pemdaBytes
		? validatePemdaSource(PEMDA_FILE, pemdaBytes, { getRuleSet, lookup: publicTree.lookup })
		: { findings: [], rules: getRuleSet(listRuleSetYears().at(-1)!), data: undefined };
	if (include(PEMDA_FILE)) findings.push(...pemdaResult.findings);
	const rules = pemdaResult.rules;
	const { agencies, agencyIds } = loadAgencies(
		root,
		listing.skpd,
		options.override,
		include,
		findings
	);

	const verificationFiles = wanted
		? [...wanted].filter((file) => parseVerificationPath(file) !== undefined)
		: listing.verifications;
	// A verification is checked against its claim, so a selection naming one reads that claim too
	// (its own findings stay out of the report unless it was named).
	const files = wanted
		? [
				...new Set([
					...[...wanted].filter((file) => file.startsWith(`${INNOVATION_DIR}/`)),
					...verificationFiles.map((file) => getInnovationPath(parseVerificationPath(file)!)),
				]),
			]
		: listing.innovations;
	const { changed, performance = {} } = options;
	const context: InnovationFileContext = {
		root,
		rules,
		agencyIds,
		today: options.today,
		lookup: publicTree.lookup,
		...(pemdaResult.data?.wilayah ? { region: pemdaResult.data.wilayah } : {}),
		keep: options.keep ?? 'full',
		cacheKeys: performance.cacheKeys === true,
		...(options.override ? { override: options.override } : {}),
		...(changed ? { changed } : {}),
	};
	const cache = changed ? performance.scoringCache?.(rules) : undefined;
	const cached =
		cache && changed
			? readCachedEntries(
					files.filter((file) => !changed.has(file)),
					context,
					cache
				)
			: undefined;
	const innovations: InnovationEntry[] = [...(cached?.entries ?? [])];
	const toValidate = cached ? files.filter((file) => !cached.resolved.has(file)) : files;
	const results =
		performance.parallel && !options.override && toValidate.length >= PARALLEL_MIN_FILES
			? validateFilesInParallel(toValidate, context)
			: toValidate.map((file) => validateInnovationFile(file, context));
	const sourceKeys = performance.cacheKeys ? new Map<string, string>() : undefined;
	results.forEach((result, index) => {
		findings.push(...result.findings.filter((finding) => include(finding.file)));
		if (result.entry) innovations.push(result.entry);
		if (sourceKeys && result.key) sourceKeys.set(toValidate[index]!, result.key);
	});
	innovations.sort((a, b) => (a.id < b.id ? -1 : 1));
	const verification = loadVerifications(
		verificationFiles,
		{
			root,
			rules,
			innovations,
			pemda: pemdaResult.data,
			today: options.today,
			lookup: publicTree.lookup,
			override: options.override,
			include,
		},
		findings
	);
	const record = loadRecord(root, include, findings);
	// Everything under public/ is published as is, so all of it is audited (files outside bukti/ only
	// for links); a selection audits only when it names something there.
	const audit =
		!wanted || [...wanted].some((file) => file.startsWith('public/'))
			? checkPublicFiles(publicTree.listAll(), {
					agencyIds,
					types: rules.berkas_bukti.jenis,
					maxBytes: rules.berkas_bukti.ukuran_maksimal_byte,
					isReferenced: createReferenceCheck(root, options.override),
				})
			: undefined;
	if (audit) findings.push(...audit.findings.filter((finding) => include(finding.file)));
	return {
		root,
		rules,
		...(pemdaResult.data ? { pemda: pemdaResult.data } : {}),
		agencies,
		agencyIds,
		innovations,
		verification,
		...record,
		findings: findings.sort(compareFindings),
		checkedFiles: wanted
			? [...wanted]
			: [PEMDA_FILE, ...listing.skpd, ...listing.innovations, ...listing.verifications],
		...(sourceKeys ? { sourceKeys } : {}),
		...(audit ? { published: audit.published } : {}),
	};
}

/**
 * Whether an evidence file's owner mentions it: its innovation file for `/bukti/<skpd>/<slug>/…`,
 * `pemda.yml` for `/bukti/pemda/…` (evidence may only be referred to from its own folder). Read
 * lazily, once per owner, and only for evidence files present: validation itself never pays for it.
 */
function createReferenceCheck(
	root: string,
	override: SourceOverride | undefined
): (sitePath: string) => boolean {
	const owners = new Map<string, Set<string>>();
	return (sitePath) => {
		const [, , owner, slug] = sitePath.split('/');
		const file =
			owner === REGION_EVIDENCE_FOLDER ? PEMDA_FILE : `${INNOVATION_DIR}/${owner}/${slug}.md`;
		if (!owners.has(file)) {
			const bytes = readSource(root, file, [], override);
			owners.set(file, new Set(bytes ? collectEvidenceRefs(bytes) : []));
		}
		return owners.get(file)!.has(sitePath);
	};
}

/** The agency files: valid agencies by id (sorted), and the ids of every agency file present. */
function loadAgencies(
	root: string,
	files: readonly string[],
	override: SourceOverride | undefined,
	include: (file: string) => boolean,
	findings: Finding[]
) {
	const agencies = new Map<string, Skpd>();
	for (const file of files) {
		const id = parseSkpdPath(file)!;
		const local: Finding[] = [];
		const idProblem = checkAgencyId(id, REGION_EVIDENCE_FOLDER);
		if (idProblem) local.push(findingAt(file, idProblem));
		const bytes = readSource(root, file, local, override);
		const result = bytes ? validateSkpdSource(file, bytes) : { findings: [] };
		local.push(...result.findings);
		if (result.data && local.every((f) => f.severity !== 'galat')) agencies.set(id, result.data);
		if (include(file)) findings.push(...local);
	}
	const agencyIds = files.map((file) => parseSkpdPath(file)!).sort();
	return { agencies: new Map([...agencies].sort(([a], [b]) => (a < b ? -1 : 1))), agencyIds };
}

/** Repository-relative path with `/`, or undefined when `path` lies outside the repository. */
export function toRepoPath(root: string, path: string): string | undefined {
	const rel = relative(resolve(root), resolve(path));
	if (rel === '' || rel.startsWith('..') || resolve(rel) === rel) return undefined;
	return rel.split(sep).join('/');
}
