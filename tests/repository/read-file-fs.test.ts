import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readContentFile } from '../../src/repository/read-file-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'baca-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(join(dir, 'biasa.md'), 'isi');
writeFileSync(join(dir, 'besar.md'), 'x'.repeat(2048));
symlinkSync(join(dir, 'biasa.md'), join(dir, 'tautan.md'));
mkdirSync(join(dir, 'folder.md'));
execFileSync('mkfifo', [join(dir, 'pipa.md')]);

test.each([
	['biasa.md', 'isi'],
	['tautan.md', { reason: 'not-regular' }],
	['folder.md', { reason: 'not-regular' }],
	// A named pipe must be refused without blocking on its open.
	['pipa.md', { reason: 'not-regular' }],
	['besar.md', { reason: 'too-big', size: 2048 }],
	['hilang.md', { reason: 'missing' }],
	['biasa.md/lagi.md', { reason: 'missing' }],
])('%s', (name, expected) => {
	const read = readContentFile(join(dir, name), 1024);
	expect(read instanceof Uint8Array ? new TextDecoder().decode(read) : read).toEqual(expected);
});
