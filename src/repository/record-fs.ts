/**
 * The yearly record of `content/arsip/`: frozen scores (`<year>.json`, written by `npm run arsip`)
 * and the official figures (`resmi.yml`), each validated by its schema.
 */
import {
	ArchiveSchema,
	OfficialResultsSchema,
	type Archive,
	type OfficialResult,
} from '../schemas/archive.ts';
import { ensureDocument, parseYamlSource } from '../lib/content/parse-source.ts';
import type { Finding } from '../lib/validation/finding.ts';
import { locateIssues } from '../lib/validation/locate.ts';
import { parseWithFriendlyErrors } from '../lib/validation/parse-friendly.ts';
import { listDir } from './content-files-fs.ts';
import { ARCHIVE_DIR, OFFICIAL_FILE } from './paths.ts';
import { findingAt, readSource } from './source-file-fs.ts';

/** The record, ascending years; findings of files `include` accepts go to `findings`. */
export function loadRecord(
	root: string,
	include: (file: string) => boolean,
	findings: Finding[]
): { archives: Archive[]; official: OfficialResult[] } {
	const entries = listDir(root, ARCHIVE_DIR);
	const archives: Archive[] = [];
	for (const entry of entries) {
		const file = `${ARCHIVE_DIR}/${entry.name}`;
		if (!/^\d{4}\.json$/.test(entry.name)) {
			if (entry.name !== 'resmi.yml' && include(file))
				findings.push(
					findingAt(
						file,
						'folder content/arsip/ hanya berisi <tahun>.json (dibuat npm run arsip) dan resmi.yml'
					)
				);
			continue;
		}
		const local: Finding[] = [];
		const archive = readArchive(root, file, local);
		if (archive) archives.push(archive);
		if (include(file)) findings.push(...local);
	}
	const local: Finding[] = [];
	const official = entries.some((e) => e.name === 'resmi.yml') ? readOfficial(root, local) : [];
	if (include(OFFICIAL_FILE)) findings.push(...local);
	return { archives: archives.sort((a, b) => a.tahun_penilaian - b.tahun_penilaian), official };
}

function readArchive(root: string, file: string, local: Finding[]): Archive | undefined {
	const bytes = readSource(root, file, local);
	let parsed: unknown;
	try {
		parsed = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
	} catch {
		local.push(findingAt(file, 'JSON tidak valid; buat ulang dengan npm run arsip'));
	}
	const result = parsed === undefined ? undefined : ArchiveSchema.safeParse(parsed);
	if (result && !result.success)
		local.push(
			findingAt(
				file,
				`arsip tidak sesuai skema (${result.error.issues[0]?.path.join('.')}): buat ulang dengan npm run arsip`
			)
		);
	if (!result?.success) return undefined;
	if (result.data.tahun_penilaian === Number(file.slice(-9, -5))) return result.data;
	local.push(findingAt(file, 'tahun_penilaian tidak sama dengan nama berkas'));
	return undefined;
}

function readOfficial(root: string, local: Finding[]): OfficialResult[] {
	const bytes = readSource(root, OFFICIAL_FILE, local);
	if (!bytes) return [];
	const parsed = parseYamlSource(bytes);
	ensureDocument(parsed);
	const issues = [...parsed.issues];
	const result =
		parsed.issues.length === 0
			? parseWithFriendlyErrors(OfficialResultsSchema, parsed.data ?? [])
			: undefined;
	if (result) issues.push(...result.issues);
	local.push(...locateIssues(OFFICIAL_FILE, issues, parsed.doc, parsed.lineCounter));
	return result?.success ? [...result.data].sort((a, b) => a.tahun - b.tahun) : [];
}
