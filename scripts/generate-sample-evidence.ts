/**
 * `npm run contoh:bukti`: writes a small, valid placeholder PDF or PNG for every local evidence
 * path (`/bukti/...`) the content refers to but that does not exist yet. Sample data only: each
 * file says "DOKUMEN CONTOH". Bytes are deterministic, so re-running changes nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { getEvidenceRefOf } from '../src/schemas/answer.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { getToday } from '../src/repository/today.ts';
import { getExtension } from '../src/lib/validation/check-evidence.ts';

/** A one-page PDF with a title line, written by hand so no library is needed. */
export function createPlaceholderPdf(title: string): Uint8Array {
	const text = `DOKUMEN CONTOH - ${title}`.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '-');
	const stream = `BT /F1 12 Tf 40 780 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(body.length);
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

function crc32(bytes: Uint8Array): number {
	let crc = ~0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** A 64×64 PNG in the site's sample-data yellow. */
export function createPlaceholderPng(): Uint8Array {
	const size = 64;
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, size);
	view.setUint32(4, size);
	header.set([8, 2, 0, 0, 0], 8);
	const raw = new Uint8Array(size * (1 + size * 3));
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) raw.set([0xff, 0xf4, 0xcc], y * (1 + size * 3) + 1 + x * 3);
	const parts = [
		Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array()),
	];
	const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const part of parts) {
		png.set(part, offset);
		offset += part.length;
	}
	return png;
}

await runCli(() => {
	const root = process.cwd();
	const repo = loadRepository(root, { today: getToday() });
	const refs = new Set<string>();
	const answers = [
		...repo.innovations.map((i) => i.data.indikator),
		...(repo.pemda ? [repo.pemda.spd] : []),
	];
	// Files that are missing make their innovation invalid, so also read the findings' paths.
	for (const finding of repo.findings) {
		const match = /public(\/bukti\/[^\s;]+)/.exec(finding.message);
		if (match && finding.message.startsWith('berkas bukti tidak ditemukan')) refs.add(match[1]!);
	}
	for (const answer of answers)
		for (const value of Object.values(answer))
			for (const item of value?.bukti ?? []) {
				const ref = getEvidenceRefOf(item);
				if (ref.startsWith('/bukti/')) refs.add(ref);
			}
	let written = 0;
	for (const ref of [...refs].sort()) {
		const target = join(root, 'public', ref);
		if (existsSync(target)) continue;
		const extension = getExtension(ref);
		const bytes =
			extension === 'pdf'
				? createPlaceholderPdf(ref)
				: extension === 'png'
					? createPlaceholderPng()
					: undefined;
		if (!bytes) continue;
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
		written += 1;
		console.log(`ditulis: public${ref}`);
	}
	console.log(`${written} berkas bukti contoh ditulis.`);
	return 0;
});
