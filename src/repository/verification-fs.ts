/**
 * Reads the coordinators' verification files (`content/verifikasi/`) and today's fingerprints of
 * the claims they verified, including the bytes of every local evidence file a verified claim
 * points at: a replaced PDF at the same path lapses its verification like an edited parameter.
 */
import { join } from 'node:path';
import type { InnovationEntry } from '../lib/content/innovation-entry.ts';
import type { CurrentFingerprints } from '../lib/verification/apply-verification.ts';
import {
	fingerprintBytes,
	fingerprintClaim,
	fingerprintProfile,
	type FileHash,
} from '../lib/verification/fingerprint.ts';
import {
	validateRegionVerificationSource,
	validateVerificationSource,
} from '../lib/verification/validate-verification.ts';
import type { EvidenceLookup } from '../lib/validation/check-evidence.ts';
import type { Finding } from '../lib/validation/finding.ts';
import type { VerificationInput } from '../lib/scoring/score-region.ts';
import type { Pemda } from '../schemas/pemda.ts';
import type { RuleSet } from '../schemas/rule-set.ts';
import type { InnovationVerification } from '../schemas/verification.ts';
import { listDir } from './content-files-fs.ts';
import {
	getInnovationPath,
	parseVerificationPath,
	PEMDA_FILE,
	REGION_VERIFICATION_FILE,
	VERIFICATION_DIR,
} from './paths.ts';
import { readContentFile } from './read-file-fs.ts';
import { readSource, type SourceOverride } from './source-file-fs.ts';

export interface VerificationContext {
	root: string;
	rules: RuleSet;
	innovations: readonly InnovationEntry[];
	pemda?: Pemda | undefined;
	today: string;
	lookup: EvidenceLookup;
	override?: SourceOverride | undefined;
	include: (file: string) => boolean;
}

/** Fingerprints of evidence files by site path, read once each, only through real folders. */
export function createFileHash(root: string, lookup: EvidenceLookup, maxBytes: number): FileHash {
	const cache = new Map<string, string | undefined>();
	return (sitePath) => {
		if (!cache.has(sitePath)) {
			const found = lookup(sitePath);
			const bytes = found ? readContentFile(join(root, 'public', sitePath), maxBytes) : undefined;
			cache.set(sitePath, bytes instanceof Uint8Array ? fingerprintBytes(bytes) : undefined);
		}
		return cache.get(sitePath);
	};
}

/** Today's fingerprints of every answer in `answers` for the given keys, and of the profile. */
export function getCurrentFingerprints(
	data: Readonly<Record<string, unknown>>,
	answers: Readonly<Record<string, unknown>>,
	keys: readonly string[],
	fileHash: FileHash
): CurrentFingerprints {
	return {
		profil: fingerprintProfile(data),
		jawaban: Object.fromEntries(keys.map((key) => [key, fingerprintClaim(answers[key], fileHash)])),
	};
}

/** Loads every verification file; findings of files `include` accepts go to `findings`. */
export function loadVerifications(
	files: readonly string[],
	context: VerificationContext,
	findings: Finding[]
): VerificationInput {
	const { root, rules, today, override, include } = context;
	const fileHash = createFileHash(root, context.lookup, rules.berkas_bukti.ukuran_maksimal_byte);
	const byId = new Map(context.innovations.map((entry) => [entry.id, entry]));
	const indicatorKeys = rules.indikator.map((row) => row.kunci);
	const records = new Map<string, InnovationVerification>();
	const current = new Map<string, CurrentFingerprints>();
	for (const file of files) {
		const id = parseVerificationPath(file)!;
		const local: Finding[] = [];
		const bytes = readSource(root, file, local, override);
		const entry = byId.get(id);
		const now = entry
			? getCurrentFingerprints(entry.data, entry.data.indikator, indicatorKeys, fileHash)
			: { jawaban: {} };
		if (bytes) {
			const result = validateVerificationSource(file, bytes, rules, {
				...(entry ? { claims: entry.data.indikator } : {}),
				current: now,
				today,
				claimFile: getInnovationPath(id),
			});
			local.push(...result.findings);
			if (result.data && entry) {
				records.set(id, result.data);
				current.set(id, now);
			}
		}
		if (include(file)) findings.push(...local);
	}
	const hasRegionFile = listDir(root, VERIFICATION_DIR).some((e) => e.name === 'pemda.yml');
	if (!hasRegionFile && !override?.(REGION_VERIFICATION_FILE)) return { records, current };
	const spdAnswers = context.pemda?.spd ?? {};
	const spdCurrent = getCurrentFingerprints(
		{},
		spdAnswers,
		rules.spd.map((r) => r.kunci),
		fileHash
	);
	const local: Finding[] = [];
	const bytes = readSource(root, REGION_VERIFICATION_FILE, local, override);
	const result = bytes
		? validateRegionVerificationSource(REGION_VERIFICATION_FILE, bytes, rules, {
				...(context.pemda ? { claims: spdAnswers } : {}),
				current: spdCurrent,
				today,
				claimFile: PEMDA_FILE,
			})
		: { findings: [] };
	local.push(...result.findings);
	if (include(REGION_VERIFICATION_FILE)) findings.push(...local);
	return { records, current, ...(result.data ? { region: result.data, spdCurrent } : {}) };
}
