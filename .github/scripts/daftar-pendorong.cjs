// Lists everyone who pushed to the pull request (tinjauan.yml, job "periksa"), for check:pr's
// ownership check. GitHub authenticates the sender of each event; a commit's author name is not
// an identity. The opener and the sender of this `opened`/`synchronize` event are added to the
// pushers the trusted review recorded on earlier events, which it keeps in its own sticky comment
// (found by marker *and* by this bot's login, so a comment someone else wrote is never read).
'use strict';

const { MARKER, BOT, PUSHERS_MARKER } = require('./tulis-laporan.cjs');

/** GitHub logins (and app bots). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * @param {{ github: any, context: any, core: any }} tools
 * @returns {Promise<string[]>} the logins, sorted
 */
module.exports = async function listPushers({ github, context, core }) {
	const pr = context.payload.pull_request;
	const names = new Set([String(pr.user.login)]);
	if (['opened', 'synchronize'].includes(context.payload.action))
		names.add(String(context.payload.sender.login));
	const comments = await github.paginate(github.rest.issues.listComments, {
		owner: context.repo.owner,
		repo: context.repo.repo,
		issue_number: pr.number,
		per_page: 100,
	});
	const ours = comments.find(
		(comment) =>
			comment.user &&
			comment.user.login === BOT &&
			typeof comment.body === 'string' &&
			comment.body.startsWith(MARKER)
	);
	const recorded = ours ? new RegExp(`${PUSHERS_MARKER}([^>]*) -->`).exec(ours.body) : null;
	for (const name of recorded ? recorded[1].split(',') : []) names.add(name.trim());
	const pushers = [...names].filter((name) => LOGIN.test(name)).sort();
	core.setOutput('pendorong', pushers.join(','));
	return pushers;
};
