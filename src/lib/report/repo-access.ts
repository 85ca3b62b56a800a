/**
 * The settings beyond branch protection that the trust model depends on (gathered by
 * `npm run periksa:repo`): who can push besides the coordinators, which branches may deploy the
 * site to Pages, and whether the coordinators' verification workflow waits for a coordinator.
 * Pure: the caller fetches, this decides and words.
 */
import type { SettingCheck } from './repo-settings.ts';

/** What GitHub answered for access and environments (undefined: not found). */
export interface RepoAccessInput {
	/** The default branch, the only one that may deploy. */
	branch: string;
	/** `pemilik` of `content/pemda.yml`: `@user` or `@org/team`. */
	coordinators: readonly string[];
	/** The repository's owner (an organisation's teams are `@owner/slug`). */
	owner: string;
	/** `GET /repos/{o}/{r}/collaborators?affiliation=direct`, with each one's permissions. */
	collaborators?: readonly { login: string; permissions?: Record<string, boolean> }[];
	/** `GET /repos/{o}/{r}/teams`. */
	teams?: readonly { slug: string; permission?: string }[];
	/** `GET /repos/{o}/{r}/environments/github-pages`. */
	pagesEnvironment?: Environment;
	/** `GET …/environments/github-pages/deployment-branch-policies` → `branch_policies`. */
	pagesBranchPolicies?: readonly { name: string; type?: string }[];
	/** `GET /repos/{o}/{r}/environments/koordinator`. */
	coordinatorEnvironment?: Environment;
}

export interface Environment {
	deployment_branch_policy?: {
		protected_branches: boolean;
		custom_branch_policies: boolean;
	} | null;
	protection_rules?: readonly { type: string; reviewers?: readonly unknown[] }[];
}

const WRITE = new Set(['push', 'maintain', 'admin']);

/** Accounts and teams that can push without being coordinators, as `@name`. */
function listOtherWriters(input: RepoAccessInput): string[] {
	const coordinators = new Set(input.coordinators.map((owner) => owner.toLowerCase()));
	const users = (input.collaborators ?? [])
		.filter(
			(user) => user.permissions?.push || user.permissions?.maintain || user.permissions?.admin
		)
		.map((user) => `@${user.login}`);
	const teams = (input.teams ?? [])
		.filter((team) => WRITE.has(team.permission ?? ''))
		.map((team) => `@${input.owner}/${team.slug}`);
	return [...users, ...teams].filter((name) => !coordinators.has(name.toLowerCase())).sort();
}

/** Whether only the default branch may deploy to Pages. */
function isPagesLimited(input: RepoAccessInput): boolean {
	const policy = input.pagesEnvironment?.deployment_branch_policy;
	if (!policy) return false;
	if (policy.protected_branches) return true;
	const names = (input.pagesBranchPolicies ?? []).map((rule) => rule.name);
	return names.length > 0 && names.every((name) => name === input.branch);
}

/** Judges access and environments. */
export function assessRepoAccess(input: RepoAccessInput): SettingCheck[] {
	const others = listOtherWriters(input);
	const reviewers = (input.coordinatorEnvironment?.protection_rules ?? []).some(
		(rule) => rule.type === 'required_reviewers' && (rule.reviewers?.length ?? 0) > 0
	);
	return [
		{
			label: `akses tulis hanya untuk koordinator${others.length > 0 ? ` (juga: ${others.join(', ')})` : ''}`,
			ok: others.length === 0,
			fix: 'Settings → Collaborators and teams: turunkan akun/tim di atas ke "Read" atau "Triage" (SKPD mengajukan lewat fork), atau cantumkan di `pemilik` content/pemda.yml bila mereka koordinator',
		},
		{
			label: `hanya cabang \`${input.branch}\` yang boleh menerbitkan situs (GitHub Pages)`,
			ok: isPagesLimited(input),
			fix: `Settings → Environments → github-pages → Deployment branches and tags: "Selected branches and tags" → hanya \`${input.branch}\` (atau "Protected branches only")`,
		},
		{
			label:
				'alur Verifikasi koordinator menunggu persetujuan koordinator (lingkungan `koordinator`)',
			ok: reviewers,
			fix: 'Settings → Environments → New environment `koordinator` → Required reviewers: tim koordinator',
		},
	];
}
