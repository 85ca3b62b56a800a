import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderCodeowners } from '../../src/lib/report/codeowners.ts';
import { buildCodeowners } from '../../scripts/codeowners.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

test('.github/CODEOWNERS is up to date (run npm run codeowners when this fails)', () => {
	expect(readFileSync(join(REPO_ROOT, '.github/CODEOWNERS'), 'utf8')).toBe(
		buildCodeowners(REPO_ROOT)
	);
});

test('coordinators own everything, stay owners of every agency folder, and alone own verification', () => {
	expect(
		renderCodeowners(
			['@org/koordinator'],
			[
				{ id: 'dinsos', pemilik: ['@org/dinsos'] },
				{ id: 'dinkes', pemilik: ['@org/dinkes', '@budi'] },
				{ id: 'kosong', pemilik: [] },
			]
		)
	).toMatchInlineSnapshot(`
		"# Dibuat oleh \`npm run codeowners\` dari content/pemda.yml (pemilik = koordinator) dan
		# content/skpd/*.yml (pemilik = akun/tim SKPD). Jangan disunting langsung.

		* @org/koordinator

		/content/inovasi/dinkes/ @org/koordinator @org/dinkes @budi
		/public/bukti/dinkes/ @org/koordinator @org/dinkes @budi
		/content/inovasi/dinsos/ @org/koordinator @org/dinsos
		/public/bukti/dinsos/ @org/koordinator @org/dinsos
		/content/inovasi/kosong/ @org/koordinator
		/public/bukti/kosong/ @org/koordinator

		/content/verifikasi/ @org/koordinator
		"
	`);
});
