/**
 * Validation of a verification file from its bytes: the schema, then the checks against the claim
 * it verifies (the innovation exists, no date in the future, a verified level never above an
 * unchanged claim, a lowered level explained). Pure: the caller supplies the claim and today's
 * fingerprints.
 */
import { parseYamlSource } from '../content/parse-source.ts';
import { finish, parseMapping, type Validated } from '../content/validate-source.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import {
	createInnovationVerificationSchema,
	createRegionVerificationSchema,
	type AnswerVerification,
	type InnovationVerification,
	type RegionVerification,
} from '../../schemas/verification.ts';
import type { CurrentFingerprints } from './apply-verification.ts';
import { error, type KeyIssue } from '../validation/finding.ts';

/** What the checks know of the claim a file verifies. */
export interface VerifiedClaim {
	/** Answer key → claimed parameter; undefined when the claim file is missing or invalid. */
	claims?: Readonly<Record<string, { parameter: number } | undefined>>;
	current: CurrentFingerprints;
	/** Build date `YYYY-MM-DD`. */
	today: string;
	/** The claim file, for messages. */
	claimFile: string;
}

const schemas = new WeakMap<RuleSet, ReturnType<typeof createInnovationVerificationSchema>>();
const regionSchemas = new WeakMap<RuleSet, ReturnType<typeof createRegionVerificationSchema>>();

/** Checks the answers of one section (`indikator` or `spd`) against the claim. */
function checkAnswers(
	section: 'indikator' | 'spd',
	answers: Readonly<Record<string, AnswerVerification | undefined>>,
	claim: VerifiedClaim
): KeyIssue[] {
	const issues: KeyIssue[] = [];
	for (const [key, answer] of Object.entries(answers)) {
		if (!answer) continue;
		if (answer.tanggal > claim.today)
			issues.push(
				error(
					[section, key, 'tanggal'],
					`tanggal ${answer.tanggal} masih di masa depan (hari ini ${claim.today})`
				)
			);
		const claimed = claim.claims?.[key]?.parameter ?? 0;
		// A lapsed verification is not wrong, only stale: the claim changed after it was written.
		if (answer.sidik !== claim.current.jawaban[key] || answer.status !== 'diterima') continue;
		const level = answer.parameter ?? 0;
		if (level > claimed)
			issues.push(
				error(
					[section, key, 'parameter'],
					`parameter terverifikasi ${level} di atas klaim ${claimed} di ${claim.claimFile}; verifikasi tidak boleh melebihi klaim`
				)
			);
		else if (level < claimed && answer.catatan === undefined)
			issues.push(
				error(
					[section, key, 'catatan'],
					`parameter diturunkan dari klaim ${claimed} ke ${level}; tulis catatan yang menjelaskan alasannya kepada SKPD`
				)
			);
	}
	return issues;
}

/** Validates `content/verifikasi/<skpd>/<slug>.yml`. */
export function validateVerificationSource(
	file: string,
	bytes: Uint8Array,
	rules: RuleSet,
	claim: VerifiedClaim
): Validated<InnovationVerification> {
	const parsed = parseYamlSource(bytes);
	const issues: KeyIssue[] = [...parsed.issues];
	let schema = schemas.get(rules);
	if (!schema) {
		schema = createInnovationVerificationSchema(rules);
		schemas.set(rules, schema);
	}
	const data = parseMapping(schema, parsed, issues);
	if (data && !claim.claims)
		issues.push({
			...error(
				[],
				`verifikasi untuk ${claim.claimFile}, yang tidak ada atau bergalat; hapus berkas ini atau perbaiki klaimnya`
			),
			line: 1,
			column: 1,
		});
	if (data) {
		issues.push(...checkAnswers('indikator', data.indikator, claim));
		if (data.tanggal !== undefined && data.tanggal > claim.today)
			issues.push(
				error(['tanggal'], `tanggal ${data.tanggal} masih di masa depan (hari ini ${claim.today})`)
			);
	}
	return finish(file, parsed, issues, data);
}

/** Validates `content/verifikasi/pemda.yml`. */
export function validateRegionVerificationSource(
	file: string,
	bytes: Uint8Array,
	rules: RuleSet,
	claim: VerifiedClaim
): Validated<RegionVerification> {
	const parsed = parseYamlSource(bytes);
	const issues: KeyIssue[] = [...parsed.issues];
	let schema = regionSchemas.get(rules);
	if (!schema) {
		schema = createRegionVerificationSchema(rules);
		regionSchemas.set(rules, schema);
	}
	const data = parseMapping(schema, parsed, issues);
	if (data) issues.push(...checkAnswers('spd', data.spd, claim));
	return finish(file, parsed, issues, data);
}
