import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateInnovationSource } from '../../src/lib/content/validate-source.ts';
import type { EvidenceFile, EvidenceLookup } from '../../src/lib/validation/check-evidence.ts';
import { rules2026 } from './rules.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'content');

const PDF = new TextEncoder().encode('%PDF-1.4\n%fixture');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const MP4 = Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);

/** The evidence files the fixtures may point at: `/bukti/dinkes/contoh/…`. */
const EVIDENCE: Record<string, EvidenceFile> = {
	'/bukti/dinkes/contoh/sk.pdf': { size: 2048, head: PDF },
	'/bukti/dinkes/contoh/foto.png': { size: 4096, head: PNG },
	'/bukti/dinkes/contoh/video.mp4': { size: 8192, head: MP4 },
	'/bukti/dinkes/contoh/besar.pdf': { size: 11 * 1024 * 1024, head: PDF },
	'/bukti/dinkes/contoh/palsu.pdf': { size: 4096, head: PNG },
};

export const fixtureLookup: EvidenceLookup = (path) => EVIDENCE[path];

/** Fixture file names of one folder, sorted. */
export function listFixtures(kind: 'valid' | 'invalid'): string[] {
	return readdirSync(join(FIXTURE_DIR, kind))
		.filter((name) => name.endsWith('.md'))
		.sort();
}

/** Validates a fixture as if it were `content/inovasi/dinkes/contoh.md`, on 2026-11-27. */
export function validateFixture(kind: 'valid' | 'invalid', name: string) {
	const bytes = readFileSync(join(FIXTURE_DIR, kind, name));
	return validateInnovationSource(`${kind}/${name}`, bytes, {
		rules: rules2026,
		skpdId: 'dinkes',
		slug: 'contoh',
		today: '2026-11-27',
		lookup: fixtureLookup,
	});
}
