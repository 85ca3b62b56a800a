/**
 * Dates of the legacy app's export as calendar dates that never move. Indonesian writes the day
 * first (`05/03/2024` is 5 March) and names months in Indonesian (`5 Maret 2024`); a spreadsheet's
 * date cell is a day at UTC midnight. Nothing goes through the machine's time zone (a WITA machine
 * once moved every imported date a day early), and a date that is ambiguous (a two-digit year) or
 * impossible (31 February, month 13) is reported, never guessed.
 */

/** Month names and abbreviations, Indonesian first, English where they differ. */
const MONTHS: Record<string, number> = {
	januari: 1,
	jan: 1,
	january: 1,
	februari: 2,
	feb: 2,
	pebruari: 2,
	february: 2,
	maret: 3,
	mar: 3,
	march: 3,
	april: 4,
	apr: 4,
	mei: 5,
	may: 5,
	juni: 6,
	jun: 6,
	june: 6,
	juli: 7,
	jul: 7,
	july: 7,
	agustus: 8,
	agu: 8,
	agt: 8,
	ags: 8,
	aug: 8,
	august: 8,
	september: 9,
	sep: 9,
	sept: 9,
	oktober: 10,
	okt: 10,
	oct: 10,
	october: 10,
	november: 11,
	nov: 11,
	nopember: 11,
	desember: 12,
	des: 12,
	dec: 12,
	december: 12,
};

/** A date read, or why it could not be. */
export type LegacyDate = { tanggal: string } | { masalah: string } | undefined;

/** `YYYY-MM-DD` when the day exists in the calendar. */
function toCalendarDate(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12 || day < 1) return undefined;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > days) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const impossible = (text: string) => ({
	masalah: `tanggal "${text}" tidak ada di kalender; periksa lagi di aplikasi lama dan tulis YYYY-MM-DD`,
});

/**
 * A legacy cell as a calendar date: a spreadsheet date cell, `YYYY-MM-DD`, day-first `DD/MM/YYYY`
 * (also with `-` or `.`), or `5 Maret 2024`. Empty cells give undefined.
 */
export function readLegacyDate(value: unknown): LegacyDate {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { masalah: 'sel tanggal tidak terbaca' };
		// A spreadsheet date is a day at UTC midnight: its UTC parts are the date, in any time zone.
		return { tanggal: value.toISOString().slice(0, 10) };
	}
	const text = (typeof value === 'string' || typeof value === 'number' ? String(value) : '').trim();
	if (!text) return undefined;
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
	if (iso) {
		const date = toCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
		return date ? { tanggal: date } : impossible(text);
	}
	const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
	if (dayFirst) {
		if (dayFirst[3]!.length === 2)
			return {
				masalah: `tanggal "${text}" memakai tahun dua angka dan bisa berarti lebih dari satu tanggal; tulis YYYY-MM-DD`,
			};
		const date = toCalendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
		return date ? { tanggal: date } : impossible(text);
	}
	const named = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(text);
	if (named) {
		const month = MONTHS[named[2]!.toLowerCase()];
		if (!month)
			return {
				masalah: `nama bulan "${named[2]}" pada tanggal "${text}" tidak dikenal; tulis YYYY-MM-DD`,
			};
		const date = toCalendarDate(Number(named[3]), month, Number(named[1]));
		return date ? { tanggal: date } : impossible(text);
	}
	return { masalah: `tanggal "${text}" tidak terbaca; tulis YYYY-MM-DD, mis. 2024-03-05` };
}
