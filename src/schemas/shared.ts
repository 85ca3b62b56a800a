/**
 * Small reusable schema pieces shared by every content type.
 */
import { z } from 'zod';
import { describeUnprintable, findUnprintable } from '../lib/text/printable.ts';

/** Keys, ids and slugs: lowercase words joined by `-` (file names, agency ids). */
export const KEBAB_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian). */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	// Plain arithmetic rather than a Date round trip: every innovation carries dates, and building
	// two Date objects per date was measurable at 10,000 files.
	const year = Number(value.slice(0, 4));
	const month = Number(value.slice(5, 7));
	const day = Number(value.slice(8, 10));
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const DateSchema = z
	.string({ error: 'tanggal harus berformat YYYY-MM-DD, mis. 2024-07-01' })
	.refine(isIsoDate, {
		message: 'tanggal harus berformat YYYY-MM-DD dan benar-benar ada, mis. 2024-07-01',
	});

/** An `https://` link (plain `http://` and other schemes are refused: citizens follow these links). */
export const HttpsUrlSchema = z
	.string()
	.max(2000, { message: 'tautan terlalu panjang (maksimal 2000 karakter)' })
	.refine(isHttpsUrl, { error: (issue) => describeLinkProblem(String(issue.input)) ?? HTTPS_HINT });

const HTTPS_HINT = 'tautan harus diawali https://, mis. https://tanahbumbukab.go.id/layanan';

/**
 * Why a link in content is refused, in Indonesian with the fix; undefined for links that are fine
 * (https, site paths, fragments, mailto/tel). Only the scheme and host part are judged here.
 */
export function describeLinkProblem(url: string): string | undefined {
	if (/^http:/i.test(url))
		return `tautan \`${url.slice(0, 80)}\` memakai http:// yang tidak aman; ganti dengan https://`;
	if (url.startsWith('//'))
		return `tautan \`${url.slice(0, 80)}\` tanpa skema; tulis lengkap dengan https://`;
	if (/^https:/i.test(url) && !isHttpsUrl(url)) {
		return hasUserInfo(url)
			? `tautan \`${url.slice(0, 80)}\` memuat bagian sebelum @ (nama pengguna atau sandi) yang menyamarkan tujuannya; hapus bagian itu`
			: `tautan \`${url.slice(0, 80)}\` bukan alamat https:// yang sah`;
	}
	return undefined;
}

/** True when an absolute URL carries a user part (`https://user:pass@host`, `https://a.go.id@b`). */
function hasUserInfo(url: string): boolean {
	try {
		const parsed = new URL(url);
		return parsed.username !== '' || parsed.password !== '';
	} catch {
		return /^[a-z]+:\/\/[^/?#]*@/i.test(url);
	}
}

/**
 * Links that certainly parse: a host of ASCII letters, digits and hyphens whose last label has a
 * letter (so it is never read as an IPv4 address), then a plain path. Most evidence links look like
 * this, and skipping `new URL` for them was a twentieth of validating 10,000 files.
 */
const PLAIN_HTTPS_URL = /^https:\/\/(?:[a-z0-9-]+\.)*[a-z0-9-]*[a-z][a-z0-9-]*(?:\/[\w\-.~%/]*)?$/i;

/**
 * True when `value` parses as an absolute `https:` URL with a host and no user part (a user part
 * hides the real host: `https://tanahbumbukab.go.id@evil.example` goes to evil.example).
 */
export function isHttpsUrl(value: string): boolean {
	if (PLAIN_HTTPS_URL.test(value)) return true;
	try {
		const url = new URL(value);
		return (
			url.protocol === 'https:' &&
			url.hostname.length > 0 &&
			!/\s/.test(value) &&
			url.username === '' &&
			url.password === ''
		);
	} catch {
		return false;
	}
}

/** Single-line plain text: no line breaks and no HTML tags. */
export function plainText(max: number) {
	return z
		.string()
		.trim()
		.min(1, { message: 'wajib diisi' })
		.max(max, { message: `terlalu panjang: maksimal ${max} karakter` })
		.refine((value) => !/[\r\n]/.test(value), { message: 'tulis dalam satu baris', abort: true })
		.check(refuseUnprintable(false))
		.refine((value) => !/<\/?[a-z!]/i.test(value), {
			message: 'tulis sebagai teks biasa tanpa tag HTML',
		});
}

/**
 * Refuses controls, bidi overrides and noncharacters in text (they broke `rss.xml` for everyone and
 * can reorder what a reviewer reads); line breaks are allowed where `multiLine`.
 */
export function refuseUnprintable(multiLine: boolean) {
	return z.superRefine<string>((value, ctx) => {
		const code = findUnprintable(value, multiLine);
		if (code) ctx.addIssue({ code: 'custom', message: describeUnprintable(code), input: value });
	});
}

/**
 * A list that also accepts a single value: `urusan_lain: sosial` means `["sosial"]`.
 * Pages and scoring only ever see the array. `most` bounds its length.
 */
export function listOf<T extends z.ZodType>(item: T, most?: { count: number; message: string }) {
	const list = z.array(item);
	return z.preprocess(
		(value) => (value === undefined || Array.isArray(value) ? value : [value]),
		most ? list.max(most.count, { message: most.message }) : list
	);
}

/**
 * A list of distinct choices (a single value reads as a list of one): a repeated choice is an error
 * at its position, so the list is also bounded by the number of choices.
 */
export function choicesOf<T extends z.ZodType>(item: T, choices: number) {
	return listOf(item, {
		count: choices,
		message: `paling banyak ${choices} pilihan, masing-masing sekali`,
	}).superRefine((values, ctx) => {
		const seen = new Set<unknown>();
		values.forEach((value, index) => {
			if (seen.has(value))
				ctx.addIssue({
					code: 'custom',
					path: [index],
					input: value,
					message: `\`${String(value)}\` sudah tertulis sebelumnya; hapus salah satunya`,
				});
			seen.add(value);
		});
	});
}

/** Contact details of a person or an agency. */
export const ContactSchema = z.strictObject({
	/** Name of the contact person. */
	nama: plainText(120).optional(),
	/** E-mail address, e.g. `dinkes@tanahbumbukab.go.id`. */
	email: z
		.email({ message: 'alamat surel tidak valid, mis. dinkes@tanahbumbukab.go.id' })
		.optional(),
	/** Telephone or WhatsApp number: digits, spaces, `+`, `-`, parentheses. */
	telepon: z
		.string({
			error:
				'tulis nomor telepon di antara tanda kutip agar angka 0 di depan tidak hilang, mis. "0812 3456 7890"',
		})
		.regex(/^\+?[0-9][0-9 ()-]{5,20}$/, {
			message: 'nomor telepon hanya berisi angka, spasi, +, - atau (), mis. 0518-70123',
		})
		.optional(),
});

/** A code-host account or team, e.g. `@tanbu-dinkes` or `@pemkab-tanbu/dinkes` (feeds CODEOWNERS). */
export const OwnerSchema = z
	.string()
	.regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/, {
		message: 'pemilik ditulis sebagai akun atau tim, mis. @pemkab-tanbu/dinkes',
	});
