/**
 * Dates for Indonesian readers: `2024-07-01` → `1 Juli 2024`. The input is a calendar date, so it
 * is formatted in UTC and no time zone can move it to another day.
 */
const formatter = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

// Intl formatting showed up in the 10,000-page build profile; a build formats few distinct dates.
const formatted = new Map<string, string>();

/** Formats an ISO calendar date (`YYYY-MM-DD`) in `id-ID`. */
export function formatDate(isoDate: string): string {
	let text = formatted.get(isoDate);
	if (text === undefined) {
		text = formatter.format(new Date(`${isoDate}T00:00:00Z`));
		if (formatted.size < 50_000) formatted.set(isoDate, text);
	}
	return text;
}
