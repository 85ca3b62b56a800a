import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openPublicTree } from '../../src/repository/public-tree-fs.ts';
import { PDF_BYTES } from '../helpers/temp-repo.ts';

let root: string;
let outside: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'katalog-public-'));
	outside = mkdtempSync(join(tmpdir(), 'katalog-luar-'));
	writeFileSync(join(outside, 'rahasia.pdf'), PDF_BYTES);
	mkdirSync(join(root, 'public/bukti/dinkes/sipandu'), { recursive: true });
	writeFileSync(join(root, 'public/bukti/dinkes/sipandu/sk.pdf'), PDF_BYTES);
	writeFileSync(join(root, 'public/bukti/dinkes/sipandu/SK.pdf'), PDF_BYTES);
	symlinkSync(outside, join(root, 'public/bukti/dinkes/tautan'));
	symlinkSync(join(outside, 'rahasia.pdf'), join(root, 'public/bukti/dinkes/sipandu/rahasia.pdf'));
	symlinkSync(join(outside, 'tidak-ada.pdf'), join(root, 'public/bukti/dinkes/sipandu/putus.pdf'));
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

test('the evidence lookup never follows a link, to a file or to a folder on the way', () => {
	const { lookup } = openPublicTree(root);
	expect(lookup('/bukti/dinkes/sipandu/sk.pdf')).toMatchObject({
		size: PDF_BYTES.byteLength,
		caseTwin: true,
	});
	expect(lookup('/bukti/dinkes/sipandu/rahasia.pdf')).toBeUndefined();
	expect(lookup('/bukti/dinkes/tautan/rahasia.pdf')).toBeUndefined();
	expect(lookup('/bukti/dinkes/sipandu/putus.pdf')).toBeUndefined();
	expect(lookup('/bukti/dinkes/sipandu/../sipandu/sk.pdf')).toBeUndefined();
});

test('listAll reports links as links (dangling ones too) and does not descend into them', () => {
	const entries = openPublicTree(root).listAll();
	expect(entries.map((entry) => [entry.path, entry.kind])).toEqual([
		['public/bukti/dinkes/sipandu/SK.pdf', 'file'],
		['public/bukti/dinkes/sipandu/putus.pdf', 'link'],
		['public/bukti/dinkes/sipandu/rahasia.pdf', 'link'],
		['public/bukti/dinkes/sipandu/sk.pdf', 'file'],
		['public/bukti/dinkes/tautan', 'link'],
	]);
});
