/**
 * Linked evidence in `npm run verifikasi`: each document behind an accepted claim's links is
 * downloaded once and recorded with the decision, and `periksa-tautan` downloads the recorded ones
 * again, marking those that changed or disappeared (which lapses their verification) and saying so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkRecord } from '../../src/schemas/verification.ts';
import {
	listEvidenceLinks,
	recheckLink,
	toLinkRecord,
	type Download,
} from '../../src/lib/verification/links.ts';
import { toVerificationYaml } from '../../src/lib/verification/to-yaml.ts';
import type { Repository } from '../../src/repository/load-repository-fs.ts';
import {
	getInnovationPath,
	getVerificationPath,
	PEMDA_FILE,
	REGION_VERIFICATION_FILE,
} from '../../src/repository/paths.ts';
import { fetchBounded } from '../lib/fetch-bounded.ts';

/** Downloads `url` (once per run) as a `Download`. */
function createDownloader(): (url: string) => Promise<Download> {
	const seen = new Map<string, Promise<Download>>();
	return (url) => {
		if (!seen.has(url))
			seen.set(
				url,
				fetchBounded(url).then((result) =>
					result.ok ? { bytes: result.bytes } : { gone: result.gone, reason: result.reason }
				)
			);
		return seen.get(url)!;
	};
}

/**
 * The linked documents of the answers `keys` as downloaded today, and one line per link that could
 * not be recorded (the decision is still made: the verifier saw the document).
 */
export async function recordLinks(
	answers: Readonly<Record<string, unknown>>,
	keys: readonly string[],
	today: string
): Promise<{ links: Record<string, LinkRecord[]>; notes: string[] }> {
	const download = createDownloader();
	const links: Record<string, LinkRecord[]> = {};
	const unread: string[] = [];
	for (const key of keys) {
		const records = await Promise.all(
			listEvidenceLinks(answers[key]).map(async (url) =>
				toLinkRecord(url, await download(url), today)
			)
		);
		for (const record of records)
			if (!record.sidik) unread.push(`${key}: ${record.alamat} ${record.keterangan}`);
		if (records.length > 0) links[key] = records;
	}
	// A handful by name; beyond that one line, so a verification day's output stays readable.
	const notes =
		unread.length <= 3
			? unread.map((line) => `peringatan: ${line}; isi tautan ini tidak dapat diawasi`)
			: [
					`peringatan: ${unread.length} tautan bukti tidak dapat diunduh, isinya tidak dapat diawasi (mis. ${unread[0]}); keputusan tetap dicatat`,
				];
	return { links, notes };
}

/** One recheck finding: where, which link, what changed. */
export interface LinkChange {
	file: string;
	kunci: string;
	alamat: string;
	keterangan: string;
}

/**
 * Rechecks every recorded link of every verification record; writes the records whose links were
 * newly marked and returns what changed.
 */
export async function checkRecordedLinks(repo: Repository, today: string): Promise<LinkChange[]> {
	const download = createDownloader();
	const changes: LinkChange[] = [];
	const recheck = async (
		file: string,
		answers: Record<string, { tautan?: LinkRecord[] } | undefined>
	) => {
		let touched = false;
		for (const [kunci, answer] of Object.entries(answers)) {
			if (!answer?.tautan) continue;
			const checked = await Promise.all(
				answer.tautan.map(async (link) => recheckLink(link, await download(link.alamat), today))
			);
			for (const { record, change } of checked)
				if (change) changes.push({ file, kunci, alamat: record.alamat, keterangan: change });
			if (checked.some((item) => item.change)) {
				answer.tautan = checked.map((item) => item.record);
				touched = true;
			}
		}
		return touched;
	};
	for (const [id, record] of [...repo.verification.records].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const copy = structuredClone(record);
		if (await recheck(getVerificationPath(id), copy.indikator))
			writeFileSync(
				join(repo.root, getVerificationPath(id)),
				toVerificationYaml(copy, getInnovationPath(id))
			);
	}
	const region = repo.verification.region;
	if (region) {
		const copy = structuredClone(region);
		if (await recheck(REGION_VERIFICATION_FILE, copy.spd))
			writeFileSync(
				join(repo.root, REGION_VERIFICATION_FILE),
				toVerificationYaml(copy, PEMDA_FILE)
			);
	}
	return changes;
}
