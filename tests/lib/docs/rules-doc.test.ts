import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderRulesMarkdown, replaceRulesBlock } from '../../../src/lib/docs/rules-markdown.ts';
import { rules2026 } from '../../helpers/rules.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

describe('rule tables in content/README.md', () => {
	test('are up to date (run npm run docs:aturan when this fails)', () => {
		const readme = readFileSync(join(REPO_ROOT, 'content', 'README.md'), 'utf8');
		expect(replaceRulesBlock(readme, rules2026)).toBe(readme);
	});

	test('list every indicator with its three parameter texts', () => {
		const markdown = renderRulesMarkdown(rules2026);
		for (const indicator of rules2026.indikator) {
			expect(markdown).toContain(`| \`${indicator.kunci}\` | ${indicator.nomor} |`);
			for (const text of indicator.parameter) expect(markdown).toContain(text.replace(/\|/g, '\\|'));
		}
	});
});
