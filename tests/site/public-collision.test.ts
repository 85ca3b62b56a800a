/**
 * A file under public/ at a path the build generates would replace the published page or data
 * file. It can only reach the base branch past a red review, so the build stops instead of
 * publishing either version.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempSite } from '../helpers/temp-site.ts';
import { PEMDA_YML, PDF_BYTES, minimalInnovation } from '../helpers/temp-repo.ts';

let site: ReturnType<typeof createTempSite>;
let result: ReturnType<ReturnType<typeof createTempSite>['build']>;

beforeAll(() => {
	site = createTempSite({
		'content/pemda.yml': PEMDA_YML,
		'content/skpd/dinkes.yml': 'nama: Dinas Kesehatan\nsingkatan: Dinkes\n',
		'content/inovasi/dinkes/contoh.md': minimalInnovation(),
		'public/bukti/dinkes/contoh/sk.pdf': PDF_BYTES,
		'public/index.html': '<h1>IID 99</h1>',
		'public/data/skor.json': '{"pemda":{"iid":99}}',
	});
	result = site.build();
}, 180_000);
afterAll(() => site.cleanup());

test('the build fails, naming each file under public/ that would replace a generated one', () => {
	const log = result.stdout + result.stderr;
	expect(result.status).not.toBe(0);
	expect(log).toContain(
		'public/index.html:1:1: galat: /index.html dibuat oleh build (src/pages/index.astro)'
	);
	expect(log).toContain(
		'public/data/skor.json:1:1: galat: /data/skor.json dibuat oleh build (src/pages/data/skor.json.ts)'
	);
	expect(log).toContain('Build dihentikan: berkas di public/ menimpa berkas yang dibuat build.');
	expect(existsSync(join(site.root, 'dist/index.html'))).toBe(false);
});
