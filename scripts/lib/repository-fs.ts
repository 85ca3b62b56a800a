/**
 * Reads the content of a repository from disk and validates it with the pure modules in src/lib.
 * The only place that touches the file system for content; the CLIs and the site use it alike.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { InnovationData } from '../../src/schemas/innovation.ts';
import type { Pemda } from '../../src/schemas/pemda.ts';
import type { RuleSet } from '../../src/schemas/rule-set.ts';
import type { Skpd } from '../../src/schemas/skpd.ts';
import { getRuleSet, listRuleSetYears } from '../../src/lib/rules/registry.ts';
import { MAX_SOURCE_BYTES } from '../../src/lib/content/parse-source.ts';
import { readInnovationData, validateInnovationSource, validatePemdaSource, validateSkpdSource } from '../../src/lib/content/validate-source.ts';
import { collectEvidenceRefs, isReservedName, type EvidenceLookup } from '../../src/lib/validation/check-evidence.ts';
import { checkPublicFiles, REGION_EVIDENCE_FOLDER } from '../../src/lib/validation/check-public-files.ts';
import { openPublicTree } from './public-files-fs.ts';
import { compareFindings, type Finding } from '../../src/lib/validation/finding.ts';
import { findNearest } from '../../src/lib/validation/nearest.ts';
import { validateFilesInParallel } from './parallel-validate.ts';
import { readContentFile } from './read-content-file.ts';
import { hashSource, type ScoringCacheEntries } from './scoring-cache.ts';
import { toScoringData } from '../../src/lib/scoring/score-content.ts';
import { KEBAB_PATTERN } from '../../src/schemas/shared.ts';
import { ArchiveSchema, OfficialResultsSchema, type Archive, type OfficialResult } from '../../src/schemas/archive.ts';
import { ensureDocument, parseYamlSource } from '../../src/lib/content/parse-source.ts';
import { locateIssues } from '../../src/lib/validation/locate.ts';
import { parseWithFriendlyErrors } from '../../src/lib/validation/parse-friendly.ts';

export const PEMDA_FILE = 'content/pemda.yml';
export const SKPD_DIR = 'content/skpd';
export const INNOVATION_DIR = 'content/inovasi';
export const ARCHIVE_DIR = 'content/arsip';
export const OFFICIAL_FILE = 'content/arsip/resmi.yml';

/** One valid innovation of the repository. */
export interface InnovationEntry {
	/** `<skpd>/<slug>`. */
	id: string;
	skpd: string;
	slug: string;
	/** Repository-relative path of the Markdown file. */
	file: string;
	data: InnovationData;
	body: string;
	bodyStartLine: number;
}

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
	/** Frozen yearly scores (`content/arsip/<year>.json`), ascending years. */
	archives: Archive[];
	/** Official IID figures (`content/arsip/resmi.yml`), ascending years. */
	official: OfficialResult[];
	/** Every finding, sorted by file and position. */
	findings: Finding[];
	/** Repository-relative paths that were checked. */
	checkedFiles: string[];
	/** Content key of each innovation file read (only with `LoadOptions.hashSources`). */
	sourceKeys?: Map<string, string>;
	/**
	 * Files under `public/` that passed the audit and may be published (repository-relative, sorted);
	 * present when `public/` was audited (a full load, or `only` naming files under `public/`).
	 */
	published?: string[];
}

export interface LoadOptions {
	/** Build date `YYYY-MM-DD`. */
	today: string;
	/** Repository-relative paths to check; all content when undefined. Context files are always read. */
	only?: readonly string[];
	/**
	 * Bytes to use instead of the working tree for some files (e.g. the staged version in the
	 * pre-commit hook); undefined means "read the file from disk".
	 */
	override?: (file: string) => Uint8Array | undefined;
	/** Validate innovations on two threads when there are many (CLIs and the site build). */
	parallel?: boolean;
	/**
	 * Files only read for scoring (unchanged files in a PR check): no findings are produced for them,
	 * and their entries carry only the fields `createScoringSchema` checks — use them for scoring only.
	 */
	scoreOnly?: (file: string) => boolean;
	/** Scoring fields by content for the rule set in force (see `scoring-cache.ts`), for `scoreOnly` files. */
	scoringCache?: (rules: RuleSet) => ScoringCacheEntries | undefined;
	/** Record each innovation file's content key in `Repository.sourceKeys` (to write that cache). */
	hashSources?: boolean;
	/**
	 * Entries keep only their scoring fields and no body: for commands that report findings and
	 * scores. Validation is unchanged; the second thread just sends back a fraction of the data.
	 */
	scoringEntries?: boolean;
}

/** Below this many files a second thread costs more (its start-up) than it saves. */
const PARALLEL_MIN_FILES = 1500;

/** What validating one innovation file needs to know. */
export interface InnovationFileContext {
	root: string;
	rules: RuleSet;
	agencyIds: readonly string[];
	today: string;
	lookup: EvidenceLookup;
	override?: (file: string) => Uint8Array | undefined;
	/** Changed files as a set, when only those need full validation (see `LoadOptions.scoreOnly`). */
	fullyChecked?: ReadonlySet<string>;
	/** Also return each file's content key (`hashSource`). */
	hashSources?: boolean;
	/** See `LoadOptions.scoringEntries`. */
	scoringEntries?: boolean;
}

/** Findings of one innovation file, and its entry when it has no error. */
export interface InnovationFileResult {
	findings: Finding[];
	entry?: InnovationEntry;
	/** Content key of the file, when `InnovationFileContext.hashSources` asked for it. */
	key?: string;
	/** Evidence paths (`/bukti/…`) the file mentions, valid or not: unused evidence is reported. */
	evidence?: string[];
}

/** Validates one `content/inovasi/<skpd>/<slug>.md` in the repository's context. */
export function validateInnovationFile(file: string, context: InnovationFileContext): InnovationFileResult {
	const parts = parseInnovationPath(file);
	if (!parts) return { findings: [at(file, 'inovasi disimpan sebagai content/inovasi/<id-skpd>/<slug>.md')] };
	const local = checkPathNames(file, parts.skpd, parts.slug, context.agencyIds);
	const bytes = readSource(context.root, file, local, context.override);
	if (!bytes) return { findings: local };
	const result = validateInnovationBytes(file, parts, bytes, local, context);
	const evidence = collectEvidenceRefs(bytes);
	if (evidence.length > 0) result.evidence = evidence;
	if (context.hashSources) result.key = hashSource(file, bytes);
	return result;
}

function validateInnovationBytes(file: string, parts: { skpd: string; slug: string }, bytes: Uint8Array, local: Finding[], context: InnovationFileContext): InnovationFileResult {
	if (context.fullyChecked && !context.fullyChecked.has(file)) {
		const read = readInnovationData(bytes, context.rules);
		if (!read.data || local.some((f) => f.severity === 'galat')) return { findings: [] };
		// Only the scoring fields were read: see `LoadOptions.scoreOnly`.
		return { findings: [], entry: toEntry(file, parts, read.data as InnovationData, read.body, read.bodyStartLine) };
	}
	const result = validateInnovationSource(file, bytes, { rules: context.rules, skpdId: parts.skpd, slug: parts.slug, today: context.today, lookup: context.lookup });
	local.push(...result.findings);
	if (!result.data || local.some((f) => f.severity === 'galat')) return { findings: local };
	if (context.scoringEntries) return { findings: local, entry: toEntry(file, parts, toScoringData(result.data) as InnovationData, '', result.bodyStartLine) };
	return { findings: local, entry: toEntry(file, parts, result.data, result.body, result.bodyStartLine) };
}

function toEntry(file: string, parts: { skpd: string; slug: string }, data: InnovationData, body: string, bodyStartLine: number): InnovationEntry {
	return { id: `${parts.skpd}/${parts.slug}`, ...parts, file, data, body, bodyStartLine };
}

const at = (file: string, message: string, severity: Finding['severity'] = 'galat'): Finding => ({ file, line: 1, column: 1, severity, key: '', message });

const tooBig = (size: number) => `berkas terlalu besar (${Math.ceil(size / 1024)} KiB; maksimal ${MAX_SOURCE_BYTES / 1024} KiB); pindahkan lampiran ke bukti dan ringkas teksnya`;

const REFUSALS = {
	missing: 'berkas tidak ditemukan',
	'not-regular': 'harus berupa berkas biasa (tautan simbolik dan folder tidak diterima)',
	unreadable: 'berkas tidak dapat dibaca; periksa izin aksesnya',
};

/** Reads a content file, refusing links and oversize files before reading them. */
function readSource(root: string, file: string, findings: Finding[], override?: LoadOptions['override']): Uint8Array | undefined {
	const given = override?.(file);
	if (given) {
		if (given.byteLength <= MAX_SOURCE_BYTES) return given;
		findings.push(at(file, tooBig(given.byteLength)));
		return undefined;
	}
	const read = readContentFile(join(root, file), MAX_SOURCE_BYTES);
	if (read instanceof Uint8Array) return read;
	findings.push(at(file, read.reason === 'too-big' ? tooBig(read.size) : REFUSALS[read.reason]));
	return undefined;
}

/** Evidence lookup on `public/`: regular files reached through real folders only (no link followed). */
export function createEvidenceLookup(root: string): EvidenceLookup {
	return openPublicTree(root).lookup;
}

interface DirEntry {
	name: string;
	isDir: boolean;
	isLink: boolean;
}

function listDir(root: string, dir: string): DirEntry[] {
	try {
		return readdirSync(join(root, dir), { withFileTypes: true })
			.map((entry) => ({ name: entry.name, isDir: entry.isDirectory(), isLink: entry.isSymbolicLink() }))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch {
		return [];
	}
}

/** What may sit directly in `content/`; anything else is never read, so it is reported. */
const CONTENT_ENTRIES = new Set(['README.md', 'pemda.yml', 'skpd', 'inovasi', 'arsip']);

const LINK_REFUSED = 'tautan simbolik tidak diterima di content/ (tidak pernah diikuti); simpan berkasnya sendiri';

/**
 * Lists `dir`, reporting links (never followed) and hidden files (never read) so nothing in content/
 * is skipped silently; `.gitkeep` (keeps an empty folder in git) is expected.
 */
function listContentDir(root: string, dir: string, findings: Finding[]): DirEntry[] {
	const entries: DirEntry[] = [];
	for (const entry of listDir(root, dir)) {
		const path = `${dir}/${entry.name}`;
		if (entry.isLink) findings.push(at(path, LINK_REFUSED));
		else if (entry.name === '.gitkeep') continue;
		else if (entry.name.startsWith('.')) findings.push(at(path, 'berkas atau folder tersembunyi (nama diawali titik) tidak dibaca; ganti namanya atau hapus', 'peringatan'));
		else entries.push(entry);
	}
	return entries;
}

/** Every content file path in the repository (sorted), plus findings for misplaced files. */
export function listContentFiles(root: string): { skpd: string[]; innovations: string[]; findings: Finding[] } {
	const findings: Finding[] = [];
	for (const entry of listContentDir(root, 'content', findings)) {
		if (!CONTENT_ENTRIES.has(entry.name)) findings.push(at(`content/${entry.name}`, `tidak dikenal di content/ dan tidak dibaca; isi yang dibaca: ${[...CONTENT_ENTRIES].join(', ')}`, 'peringatan'));
	}
	const skpd: string[] = [];
	for (const entry of listContentDir(root, SKPD_DIR, findings)) {
		const file = `${SKPD_DIR}/${entry.name}`;
		if (entry.name.endsWith('.yml') && !entry.isDir) skpd.push(file);
		else findings.push(at(file, 'folder content/skpd/ hanya berisi berkas <id-skpd>.yml'));
	}
	const innovations: string[] = [];
	for (const agency of listContentDir(root, INNOVATION_DIR, findings)) {
		const dir = `${INNOVATION_DIR}/${agency.name}`;
		if (!agency.isDir) {
			if (agency.name !== 'README.md') findings.push(at(dir, 'simpan inovasi di folder SKPD-nya: content/inovasi/<id-skpd>/<slug>.md'));
			continue;
		}
		for (const entry of listContentDir(root, dir, findings)) {
			const file = `${dir}/${entry.name}`;
			if (entry.name.endsWith('.md') && !entry.isDir) innovations.push(file);
			else findings.push(at(file, 'hanya berkas .md langsung di folder SKPD yang dibaca; bukti disimpan di public/bukti/<skpd>/<slug>/'));
		}
	}
	return { skpd, innovations, findings };
}

/** Splits `content/inovasi/<skpd>/<slug>.md`; undefined when the path has another shape. */
export function parseInnovationPath(file: string): { skpd: string; slug: string } | undefined {
	// Hidden files (`.draf.md`) are never read as innovations: the listing reports them instead.
	const match = /^content\/inovasi\/([^/]+)\/([^/.][^/]*)\.md$/.exec(file);
	return match ? { skpd: match[1]!, slug: match[2]! } : undefined;
}

/** The agency id of `content/skpd/<id>.yml`, or undefined. */
export function parseSkpdPath(file: string): string | undefined {
	return /^content\/skpd\/([^/]+)\.yml$/.exec(file)?.[1];
}

function checkPathNames(file: string, skpd: string, slug: string, agencyIds: readonly string[]): Finding[] {
	const findings: Finding[] = [];
	if (!agencyIds.includes(skpd)) {
		const suggestion = findNearest(skpd, agencyIds);
		const hint = suggestion ? `; mungkin maksud Anda \`${suggestion}\`?` : '; minta koordinator mendaftarkannya di content/skpd/';
		findings.push(at(file, `folder SKPD \`${skpd}\` belum terdaftar di content/skpd/${hint}`));
	}
	if (!KEBAB_PATTERN.test(slug)) findings.push(at(file, `nama berkas \`${slug}.md\` harus huruf kecil, angka, dan tanda minus, mis. sipandu-puskesmas.md`));
	else if (isReservedName(slug)) findings.push(at(file, `nama berkas \`${slug}.md\` tidak dapat dibuat di Windows; pakai nama lain, mis. inovasi-${slug}.md`));
	return findings;
}

/** The problem with an agency id (its file name), if any. */
function checkAgencyId(id: string): string | undefined {
	if (!KEBAB_PATTERN.test(id)) return `id SKPD \`${id}\` harus huruf kecil, angka, dan tanda minus, mis. dinkes.yml`;
	if (id === REGION_EVIDENCE_FOLDER) return `id SKPD \`${id}\` dipakai untuk bukti indikator pemda (public/bukti/pemda/); pakai id lain, mis. setda.yml`;
	if (isReservedName(id)) return `id SKPD \`${id}\` tidak dapat dibuat di Windows; pakai id lain`;
	return undefined;
}

/** Loads and validates the repository at `root`. */
export function loadRepository(root: string, options: LoadOptions): Repository {
	const findings: Finding[] = [];
	const publicTree = openPublicTree(root);
	const lookup = publicTree.lookup;
	const listing = listContentFiles(root);
	const wanted = options.only ? new Set(options.only) : undefined;
	const include = (file: string) => !wanted || wanted.has(file);
	if (!wanted) findings.push(...listing.findings);

	const pemdaBytes = readSource(root, PEMDA_FILE, include(PEMDA_FILE) ? findings : [], options.override);
	const pemdaResult = pemdaBytes
		? validatePemdaSource(PEMDA_FILE, pemdaBytes, { getRuleSet, lookup })
		: { findings: [], rules: getRuleSet(listRuleSetYears().at(-1)!), data: undefined };
	if (include(PEMDA_FILE)) findings.push(...pemdaResult.findings);
	const rules = pemdaResult.rules;

	const agencies = new Map<string, Skpd>();
	const agencyIds = listing.skpd.map((file) => parseSkpdPath(file)!).filter((id) => id !== undefined);
	for (const file of listing.skpd) {
		const id = parseSkpdPath(file)!;
		const local: Finding[] = [];
		const idProblem = checkAgencyId(id);
		if (idProblem) local.push(at(file, idProblem));
		const bytes = readSource(root, file, local, options.override);
		const result = bytes ? validateSkpdSource(file, bytes) : { findings: [] };
		local.push(...result.findings);
		if (result.data && local.every((f) => f.severity !== 'galat')) agencies.set(id, result.data);
		if (include(file)) findings.push(...local);
	}

	const allInnovationFiles = wanted ? [...wanted].filter((file) => file.startsWith(`${INNOVATION_DIR}/`)) : listing.innovations;
	const fullyChecked = options.scoreOnly ? new Set(allInnovationFiles.filter((file) => !options.scoreOnly!(file))) : undefined;
	const context: InnovationFileContext = { root, rules, agencyIds, today: options.today, lookup, ...(options.override ? { override: options.override } : {}), ...(fullyChecked ? { fullyChecked } : {}), ...(options.hashSources ? { hashSources: true } : {}), ...(options.scoringEntries ? { scoringEntries: true } : {}) };
	const innovations: InnovationEntry[] = [];
	const cache = fullyChecked ? options.scoringCache?.(rules) : undefined;
	const cached = cache && fullyChecked ? readCachedEntries(allInnovationFiles.filter((file) => !fullyChecked.has(file)), context, cache) : undefined;
	if (cached) innovations.push(...cached.entries);
	const innovationFiles = cached ? allInnovationFiles.filter((file) => !cached.resolved.has(file)) : allInnovationFiles;
	const results = options.parallel && !options.override && innovationFiles.length >= PARALLEL_MIN_FILES
		? validateFilesInParallel(innovationFiles, context)
		: innovationFiles.map((file) => validateInnovationFile(file, context));
	const sourceKeys = options.hashSources ? new Map<string, string>() : undefined;
	const referenced = new Set([...(pemdaBytes ? collectEvidenceRefs(pemdaBytes) : []), ...(cached?.evidence ?? [])]);
	results.forEach((result, index) => {
		findings.push(...result.findings);
		if (result.entry) innovations.push(result.entry);
		if (sourceKeys && result.key) sourceKeys.set(innovationFiles[index]!, result.key);
		for (const ref of result.evidence ?? []) referenced.add(ref);
	});
	innovations.sort((a, b) => (a.id < b.id ? -1 : 1));
	const record = loadRecord(root, include, findings);
	// Everything under public/ is published as is, so all of it is audited (files outside bukti/ only
	// for links); a selection audits only when it names something there.
	const audit = !wanted || [...wanted].some((file) => file.startsWith('public/'))
		? checkPublicFiles(publicTree.listAll(), { agencyIds, types: rules.berkas_bukti.jenis, maxBytes: rules.berkas_bukti.ukuran_maksimal_byte, referenced })
		: undefined;
	if (audit) findings.push(...audit.findings.filter((finding) => include(finding.file)));
	const checkedFiles = wanted ? [...wanted] : [PEMDA_FILE, ...listing.skpd, ...listing.innovations];
	return {
		root,
		rules,
		...(pemdaResult.data ? { pemda: pemdaResult.data } : {}),
		agencies: new Map([...agencies].sort(([a], [b]) => (a < b ? -1 : 1))),
		agencyIds: [...agencyIds].sort(),
		innovations,
		...record,
		findings: findings.sort(compareFindings),
		checkedFiles,
		...(sourceKeys ? { sourceKeys } : {}),
		...(audit ? { published: audit.published } : {}),
	};
}

/**
 * Score-only files answered from the scoring cache: read and keyed, but not parsed. Files that
 * cannot be read plainly (links, oversize) or are not in the cache are left for validation.
 */
function readCachedEntries(files: readonly string[], context: InnovationFileContext, cache: ScoringCacheEntries): { entries: InnovationEntry[]; resolved: Set<string>; evidence: string[] } {
	const entries: InnovationEntry[] = [];
	const resolved = new Set<string>();
	const evidence: string[] = [];
	for (const file of files) {
		const parts = parseInnovationPath(file);
		if (!parts || checkPathNames(file, parts.skpd, parts.slug, context.agencyIds).length > 0) continue;
		const problems: Finding[] = [];
		const bytes = readSource(context.root, file, problems, context.override);
		if (!bytes || problems.length > 0) continue;
		const data = cache.get(hashSource(file, bytes));
		if (data === undefined) continue;
		resolved.add(file);
		evidence.push(...collectEvidenceRefs(bytes));
		// Only the scoring fields: see `LoadOptions.scoreOnly`.
		if (data) entries.push(toEntry(file, parts, data as InnovationData, '', 1));
	}
	return { entries, resolved, evidence };
}

/** Repository-relative path with `/`, or undefined when `path` lies outside the repository. */
export function toRepoPath(root: string, path: string): string | undefined {
	const rel = relative(resolve(root), resolve(path));
	if (rel === '' || rel.startsWith('..') || resolve(rel) === rel) return undefined;
	return rel.split(sep).join('/');
}

/** Reads the yearly record (archives and official figures), validated by their schemas. */
function loadRecord(root: string, include: (file: string) => boolean, findings: Finding[]): { archives: Archive[]; official: OfficialResult[] } {
	const archives: Archive[] = [];
	for (const entry of listDir(root, ARCHIVE_DIR)) {
		const file = `${ARCHIVE_DIR}/${entry.name}`;
		if (!/^\d{4}\.json$/.test(entry.name)) {
			if (entry.name !== 'resmi.yml' && include(file)) findings.push(at(file, 'folder content/arsip/ hanya berisi <tahun>.json (dibuat npm run arsip) dan resmi.yml'));
			continue;
		}
		const local: Finding[] = [];
		const bytes = readSource(root, file, local);
		let parsed: unknown;
		try {
			parsed = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
		} catch {
			local.push(at(file, 'JSON tidak valid; buat ulang dengan npm run arsip'));
		}
		const result = parsed === undefined ? undefined : ArchiveSchema.safeParse(parsed);
		if (result && !result.success) local.push(at(file, `arsip tidak sesuai skema (${result.error.issues[0]?.path.join('.')}): buat ulang dengan npm run arsip`));
		if (result?.success && result.data.tahun_penilaian !== Number(entry.name.slice(0, 4))) local.push(at(file, 'tahun_penilaian tidak sama dengan nama berkas'));
		else if (result?.success) archives.push(result.data);
		if (include(file)) findings.push(...local);
	}
	let official: OfficialResult[] = [];
	const local: Finding[] = [];
	const bytes = listDir(root, ARCHIVE_DIR).some((e) => e.name === 'resmi.yml') ? readSource(root, OFFICIAL_FILE, local) : undefined;
	if (bytes) {
		const parsed = parseYamlSource(bytes);
		ensureDocument(parsed);
		const issues = [...parsed.issues];
		const result = parsed.issues.length === 0 ? parseWithFriendlyErrors(OfficialResultsSchema, parsed.data ?? []) : undefined;
		if (result) issues.push(...result.issues);
		local.push(...locateIssues(OFFICIAL_FILE, issues, parsed.doc, parsed.lineCounter));
		if (result?.success) official = [...result.data].sort((a, b) => a.tahun - b.tahun);
	}
	if (include(OFFICIAL_FILE)) findings.push(...local);
	return { archives: archives.sort((a, b) => a.tahun_penilaian - b.tahun_penilaian), official };
}
