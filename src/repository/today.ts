/**
 * The build date: no content date may lie after it. Taken in the region's time zone
 * (`ZONA_WAKTU`, default Asia/Makassar — WITA, Tanah Bumbu) and overridable with
 * `KATALOG_TANGGAL=YYYY-MM-DD` for reproducible runs. A mistyped value of either is a plain error
 * that says what to write, never a crash or a silent fallback.
 */
import { isIsoDate } from '../schemas/shared.ts';
import { UsageError } from '../lib/errors.ts';

/** Today's date `YYYY-MM-DD` for the region. */
export function getToday(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
	const fixed = env.KATALOG_TANGGAL;
	if (fixed) {
		if (isIsoDate(fixed)) return fixed;
		throw new UsageError(
			`KATALOG_TANGGAL \`${fixed}\` bukan tanggal YYYY-MM-DD yang ada, mis. KATALOG_TANGGAL=2026-11-27`
		);
	}
	const zone = env.ZONA_WAKTU || 'Asia/Makassar';
	try {
		return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
	} catch {
		throw new UsageError(
			`ZONA_WAKTU \`${zone}\` bukan zona waktu yang dikenal; tulis nama IANA, mis. Asia/Makassar (WITA), Asia/Jakarta (WIB), Asia/Jayapura (WIT)`
		);
	}
}
