// Posts the trusted review (tinjauan.yml, job "tulis"): one sticky comment on the pull request and
// the commit status branch protection requires. It runs with write permissions, so it trusts
// nothing it is handed: the PR number and head SHA come from the event, the report and status from
// the job that ran the base branch's check:pr (still checked here), and the comment it updates is
// found by marker *and* by this bot's own login, so a comment someone else wrote with the marker is
// never taken for ours.
'use strict';

const MARKER = '<!-- katalog-inovasi:laporan -->';
/** The pushers judged so far, kept in the comment for the next event (daftar-pendorong.cjs). */
const PUSHERS_MARKER = '<!-- katalog-inovasi:pendorong: ';
const CONTEXT = 'Tinjauan tepercaya';
/** Our bot's login when the workflow token posts. */
const BOT = 'github-actions[bot]';
/** GitHub refuses comments over 65,536 characters; the index section comes first in the report. */
const MAX_REPORT = 60000;

/** The report decoded and cut at a line boundary when too long. */
function readReport(encoded) {
	const text = Buffer.from(encoded || '', 'base64').toString('utf8');
	if (text.length <= MAX_REPORT) return text;
	const cut = text.lastIndexOf('\n', MAX_REPORT);
	return `${text.slice(0, cut > 0 ? cut : MAX_REPORT)}\n\n… laporan dipotong karena terlalu panjang; jalankan \`npm run check:pr\` untuk melihat semuanya.\n`;
}

/** The status the checking job produced, or an error status when it produced none that is valid. */
function readStatus(encoded, checkResult) {
	try {
		const status = JSON.parse(Buffer.from(encoded || '', 'base64').toString('utf8'));
		if (
			(status.state === 'success' || status.state === 'failure') &&
			typeof status.description === 'string'
		) {
			return { state: status.state, description: status.description.slice(0, 140) };
		}
	} catch {
		// fall through: no usable status
	}
	return {
		state: 'error',
		description: `Pemeriksaan tepercaya tidak selesai (${String(checkResult || 'tanpa hasil').slice(0, 40)}); lihat log alur kerja.`,
	};
}

/**
 * @param {{ github: any, context: any, core: any, env: Record<string, string | undefined> }} tools
 */
module.exports = async function postReview({ github, context, core, env }) {
	const pr = context.payload.pull_request;
	if (!pr || !Number.isInteger(pr.number))
		throw new Error('alur ini hanya untuk peristiwa pull request');
	const { owner, repo } = context.repo;
	const sha = String(pr.head.sha);
	if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error('SHA kepala pull request tidak valid');
	const status = readStatus(env.STATUS, env.HASIL_PERIKSA);
	const targetUrl = `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;
	// A status belongs to a commit, so it is right for the checked SHA even if the PR moved on.
	await github.rest.repos.createCommitStatus({
		owner,
		repo,
		sha,
		state: status.state,
		context: CONTEXT,
		description: status.description,
		target_url: targetUrl,
	});
	const { data: current } = await github.rest.pulls.get({ owner, repo, pull_number: pr.number });
	if (current.head.sha !== sha) {
		core.info(
			`Usulan #${pr.number} sudah diperbarui (${current.head.sha}); komentar ditulis oleh pemeriksaan berikutnya.`
		);
		return { posted: false, status };
	}
	const report =
		status.state === 'error'
			? `## Pemeriksaan usulan inovasi\n\n${status.description}\n`
			: readReport(env.LAPORAN);
	const pushers = String(env.PENDORONG || '')
		.split(',')
		.filter((name) => /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/.test(name));
	const body = `${MARKER}\n${pushers.length ? `${PUSHERS_MARKER}${pushers.join(',')} -->\n` : ''}${report}`;
	const comments = await github.paginate(github.rest.issues.listComments, {
		owner,
		repo,
		issue_number: pr.number,
		per_page: 100,
	});
	const previous = comments.find(
		(comment) =>
			comment.user &&
			comment.user.login === BOT &&
			typeof comment.body === 'string' &&
			comment.body.startsWith(MARKER)
	);
	if (previous)
		await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
	else await github.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
	return { posted: true, status };
};

module.exports.MARKER = MARKER;
module.exports.PUSHERS_MARKER = PUSHERS_MARKER;
module.exports.BOT = BOT;
module.exports.CONTEXT = CONTEXT;
