/**
 * The repository settings the trust model depends on, judged from GitHub's REST answers (gathered
 * by `npm run periksa:repo`). Merge is the approval of record, so `main` must take changes only
 * through a pull request that passed the trusted review and a coordinator's review, with nobody —
 * administrators included — able to skip either. Pure: the caller fetches, this decides and words.
 */

/** What GitHub answered (undefined: not found, e.g. no classic protection). */
export interface RepoSettingsInput {
	branch: string;
	/** `GET /repos/{o}/{r}/branches/{b}/protection` (classic branch protection). */
	protection?: ClassicProtection;
	/** `GET /repos/{o}/{r}/rules/branches/{b}`: the active ruleset rules on the branch. */
	rules?: readonly RulesetRule[];
	/** `GET /repos/{o}/{r}/rulesets/{id}` of each ruleset those rules come from. */
	rulesets?: readonly {
		id: number;
		name?: string;
		enforcement?: string;
		bypass_actors?: readonly unknown[];
	}[];
	/** `GET /repos/{o}/{r}/actions/permissions/workflow`. */
	workflow?: { default_workflow_permissions?: string; can_approve_pull_request_reviews?: boolean };
}

export interface ClassicProtection {
	required_status_checks?: { contexts?: string[]; checks?: { context: string }[] } | null;
	enforce_admins?: { enabled: boolean } | null;
	required_pull_request_reviews?: {
		dismiss_stale_reviews?: boolean;
		require_last_push_approval?: boolean;
		require_code_owner_reviews?: boolean;
		required_approving_review_count?: number;
		bypass_pull_request_allowances?: { users?: unknown[]; teams?: unknown[]; apps?: unknown[] };
	} | null;
	allow_force_pushes?: { enabled: boolean } | null;
	allow_deletions?: { enabled: boolean } | null;
}

export interface RulesetRule {
	type: string;
	ruleset_id?: number;
	parameters?: {
		dismiss_stale_reviews_on_push?: boolean;
		require_last_push_approval?: boolean;
		require_code_owner_review?: boolean;
		required_approving_review_count?: number;
		required_status_checks?: { context: string }[];
	};
}

/** One verdict: what is required, whether it holds, and how to fix it when it does not. */
export interface SettingCheck {
	label: string;
	ok: boolean;
	fix: string;
}

const PROTECT = 'Settings → Branches → Add branch ruleset (atau Branch protection rule) untuk';

/** Judges the settings; `statusContext` is the trusted review's commit status. */
export function assessRepoSettings(
	input: RepoSettingsInput,
	statusContext: string
): SettingCheck[] {
	const { branch, protection } = input;
	const rules = input.rules ?? [];
	const pullRule = rules.find((rule) => rule.type === 'pull_request');
	const reviews = protection?.required_pull_request_reviews ?? undefined;
	const contexts = [
		...(protection?.required_status_checks?.contexts ?? []),
		...(protection?.required_status_checks?.checks ?? []).map((check) => check.context),
		...rules
			.filter((rule) => rule.type === 'required_status_checks')
			.flatMap((rule) =>
				(rule.parameters?.required_status_checks ?? []).map((check) => check.context)
			),
	];
	const viaPullRequest = reviews !== undefined || pullRule !== undefined;
	const bypassers = [
		...Object.values(reviews?.bypass_pull_request_allowances ?? {}).flatMap((list) => list ?? []),
		...(input.rulesets ?? []).flatMap((ruleset) => ruleset.bypass_actors ?? []),
	];
	const adminsBound = protection
		? protection.enforce_admins?.enabled === true
		: pullRule !== undefined;
	const approvals = Math.max(
		reviews?.required_approving_review_count ?? 0,
		pullRule?.parameters?.required_approving_review_count ?? 0
	);
	const forcePush =
		protection?.allow_force_pushes?.enabled === true ||
		(protection === undefined && !rules.some((rule) => rule.type === 'non_fast_forward'));
	const deletion =
		protection?.allow_deletions?.enabled === true ||
		(protection === undefined && !rules.some((rule) => rule.type === 'deletion'));
	return [
		{
			label: `cabang \`${branch}\` terlindungi`,
			ok: protection !== undefined || rules.length > 0,
			fix: `${PROTECT} \`${branch}\``,
		},
		{
			label:
				'perubahan hanya lewat pull request (tanpa push langsung, termasuk unggahan halaman Media formulir)',
			ok: viaPullRequest,
			fix: `${PROTECT} \`${branch}\`: centang "Require a pull request before merging"`,
		},
		{
			label: `status "${statusContext}" wajib lulus sebelum merge`,
			ok: contexts.includes(statusContext),
			fix: `"Require status checks to pass" → tambahkan "${statusContext}" (muncul setelah alur tinjauan.yml berjalan sekali)`,
		},
		{
			label: 'tinjauan pemilik kode (CODEOWNERS, yaitu koordinator) wajib',
			ok:
				reviews?.require_code_owner_reviews === true ||
				pullRule?.parameters?.require_code_owner_review === true,
			fix: 'centang "Require review from Code Owners"',
		},
		{
			label: 'minimal satu persetujuan',
			ok: approvals >= 1,
			fix: 'atur "Required approvals" ke 1 atau lebih',
		},
		{
			label: 'persetujuan lama gugur bila ada commit baru',
			ok:
				reviews?.dismiss_stale_reviews === true ||
				pullRule?.parameters?.dismiss_stale_reviews_on_push === true,
			fix: 'centang "Dismiss stale pull request approvals when new commits are pushed"',
		},
		{
			label: 'push terakhir harus disetujui orang lain (bukan pendorongnya)',
			ok:
				reviews?.require_last_push_approval === true ||
				pullRule?.parameters?.require_last_push_approval === true,
			fix: 'centang "Require approval of the most recent reviewable push"',
		},
		{
			label: 'tidak ada yang boleh melewati aturan (termasuk admin)',
			ok: adminsBound && bypassers.length === 0,
			fix: 'centang "Do not allow bypassing the above settings" / kosongkan "Bypass list", dan hapus pengecualian "Allow specified actors to bypass"',
		},
		{
			label: 'force push dan penghapusan cabang ditolak',
			ok: !forcePush && !deletion,
			fix: 'biarkan "Allow force pushes" dan "Allow deletions" tidak dicentang (ruleset: "Block force pushes", "Restrict deletions")',
		},
		{
			label: 'token alur kerja bawaan hanya-baca dan tidak dapat menyetujui pull request',
			ok:
				input.workflow?.default_workflow_permissions === 'read' &&
				input.workflow.can_approve_pull_request_reviews !== true,
			fix: 'Settings → Actions → General → Workflow permissions: "Read repository contents", tanpa "Allow GitHub Actions to create and approve pull requests"',
		},
	];
}
