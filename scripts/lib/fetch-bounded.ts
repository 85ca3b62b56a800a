/**
 * Downloads a document from a link within bounds of time and size, for fingerprinting linked
 * evidence (`npm run verifikasi`) and reading published sites (`npm run provinsi`). Never throws:
 * the answer says whether the document is there, gone (the server said so: 404/410), or could not
 * be read this time (a network error, a timeout, too large) — only "gone" is a fact about it.
 */
export type Fetched =
	{ ok: true; bytes: Uint8Array; type: string } | { ok: false; gone: boolean; reason: string };

export interface FetchLimits {
	timeoutMs?: number;
	maxBytes?: number;
}

/** 25 MiB and 20 s: a scanned decree fits; a video page's HTML is far below. */
const DEFAULTS = { timeoutMs: 20_000, maxBytes: 25 * 1024 * 1024 };

/** The body of `url`, read while it stays under the size limit. */
export async function fetchBounded(url: string, limits: FetchLimits = {}): Promise<Fetched> {
	const { timeoutMs, maxBytes } = { ...DEFAULTS, ...limits };
	let response: Response;
	try {
		response = await fetch(url, {
			redirect: 'follow',
			signal: AbortSignal.timeout(timeoutMs),
			headers: { 'user-agent': 'katalog-inovasi-daerah (pemeriksa bukti)' },
		});
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code;
		const timedOut = (error as Error).name === 'TimeoutError';
		return {
			ok: false,
			gone: false,
			reason: timedOut
				? `tidak menjawab dalam ${timeoutMs / 1000} detik`
				: `tidak dapat dihubungi (${cause ?? 'galat jaringan'})`,
		};
	}
	if (response.status === 404 || response.status === 410)
		return { ok: false, gone: true, reason: `hilang (HTTP ${response.status})` };
	if (!response.ok) return { ok: false, gone: false, reason: `HTTP ${response.status}` };
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > maxBytes) return { ok: false, gone: false, reason: 'terlalu besar untuk diunduh' };
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for await (const chunk of response.body ?? []) {
			total += (chunk as Uint8Array).byteLength;
			if (total > maxBytes)
				return { ok: false, gone: false, reason: 'terlalu besar untuk diunduh' };
			chunks.push(chunk);
		}
	} catch {
		return { ok: false, gone: false, reason: 'unduhan terputus' };
	}
	return {
		ok: true,
		bytes: new Uint8Array(Buffer.concat(chunks)),
		type: response.headers.get('content-type') ?? '',
	};
}
