/**
 * "Beri tanggapan" on an innovation: a prefilled GitHub issue form (`.github/ISSUE_TEMPLATE/
 * tanggapan-warga.yml`) and the national complaints channel SP4N-LAPOR!, so a citizen can respond
 * without the site running any server.
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
	innovation: { id: string; nama: string },
	pageUrl: string
): string | undefined {
	if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
	const query = new URLSearchParams({
		template: FEEDBACK_TEMPLATE,
		title: `[Tanggapan] ${innovation.nama}`.slice(0, 200),
		inovasi: `${innovation.nama} (${innovation.id})`,
		halaman: pageUrl,
	});
	return `https://github.com/${repo}/issues/new?${query.toString()}`;
}
