/**
 * The form's Indonesian locale has every key of Decap's English one, keeps each %{placeholder},
 * and leaves no English UI word behind: a Decap update that adds a string fails here instead of
 * showing English to an officer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

const window: { KatalogLocaleId?: Tree } = {};
runInNewContext(readFileSync(join(REPO_ROOT, 'src/admin/locale-id.js'), 'utf8'), { window });
const id = flatten(window.KatalogLocaleId!);
const enFile = createRequire(import.meta.url).resolve('decap-cms-locales/dist/esm/en/index.js');
const en = flatten(
	runInNewContext(
		readFileSync(enFile, 'utf8')
			.replace(/^const en = /m, 'result = ')
			.replace(/export default en;?/, ''),
		{ result: undefined }
	) as Tree
);

describe('Indonesian locale of the form', () => {
	test('every key of the English locale, and no other', () => {
		expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
	});

	test('every placeholder is kept', () => {
		const placeholders = (text: string) => (text.match(/%\{\w+\}/g) ?? []).sort();
		for (const [key, text] of en)
			expect(placeholders(id.get(key)!), key).toEqual(placeholders(text));
	});

	test('the words officers see are Indonesian', () => {
		expect(id.get('auth.login')).toBe('Masuk');
		expect(id.get('editor.editorToolbar.save')).toBe('Simpan');
		expect(id.get('editor.editorControl.field.optional')).toBe('boleh kosong');
		expect(id.get('ui.toast.entrySaved')).toBe('Isian tersimpan');
		const untranslated = [...en].filter(
			([key, text]) => id.get(key) === text && /[a-z]{3,}/i.test(text.replace(/%\{\w+\}/g, ''))
		);
		// Words that are the same in both languages: Media, Markdown, Status.
		expect(untranslated.map(([key]) => key)).toEqual([
			'app.header.media',
			'editor.editorToolbar.status',
			'editor.editorWidgets.markdown.markdown',
		]);
	});
});
