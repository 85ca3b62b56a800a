/**
 * "Beri tanggapan" on an innovation, in the order a citizen without a GitHub account needs it: the
 * national complaints channel SP4N-LAPOR! (identity can be kept secret), a prepared e-mail to the
 * agency (private: nothing is published), and last a prefilled public GitHub issue form
 * (`.github/ISSUE_TEMPLATE/tanggapan-warga.yml`). No server runs for any of them.
 */

/** The issue form's file name; its field ids are the query keys below. */
export const FEEDBACK_TEMPLATE = 'tanggapan-warga.yml';

/** SP4N-LAPOR!, the national public-service complaints channel. */
export const LAPOR_URL = 'https://www.lapor.go.id/';

/**
 * The new-issue address with the innovation filled in, or undefined when the repository is unknown.
 * @param repo `owner/name` on GitHub (package.json `katalog.cms.repo`).
 */
export function toFeedbackUrl(
	repo: string | undefined,
	innovation: { id: string; nama: string }
): string | undefined {
	if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
	const query = new URLSearchParams({
		template: FEEDBACK_TEMPLATE,
		title: `[Tanggapan] ${innovation.nama}`.slice(0, 200),
		inovasi: `${innovation.nama} (${innovation.id})`,
	});
	return `https://github.com/${repo}/issues/new?${query.toString()}`;
}

/** An address as mail clients take it in a `mailto:` (the schema validated it; this re-checks). */
const MAIL_ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * A `mailto:` address with a subject naming the innovation's id and a body naming it, or
 * undefined without a usable address. `to` is the innovation's contact, else its agency's; `cc`
 * (the coordinator) is added when different. Subject and body are percent-encoded (RFC 6068).
 */
export function toFeedbackMail(
	to: string | undefined,
	cc: string | undefined,
	innovation: { id: string; nama: string }
): string | undefined {
	if (!to || !MAIL_ADDRESS.test(to)) return undefined;
	const copy = cc && MAIL_ADDRESS.test(cc) && cc !== to ? `&cc=${cc}` : '';
	// Short: the link is on each of 40,000 pages. The id finds the page; the name is said once.
	const subject = `Tanggapan inovasi ${innovation.id}`;
	const body = [`Inovasi: ${innovation.nama}`, '', 'Tanggapan saya:', '', ''].join('\r\n');
	return `mailto:${to}?subject=${encodeURIComponent(subject)}${copy}&body=${encodeURIComponent(body)}`;
}
