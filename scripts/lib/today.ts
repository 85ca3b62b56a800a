/**
 * The build date: no content date may lie after it. Taken in the region's time zone
 * (`ZONA_WAKTU`, default Asia/Makassar — WITA, Tanah Bumbu) and overridable with
 * `KATALOG_TANGGAL=YYYY-MM-DD` for reproducible runs.
 */
export function getToday(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
	const fixed = env.KATALOG_TANGGAL;
	if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
	return new Intl.DateTimeFormat('en-CA', { timeZone: env.ZONA_WAKTU || 'Asia/Makassar' }).format(now);
}
