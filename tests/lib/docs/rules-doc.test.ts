import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderRulesMarkdown, replaceRulesBlock } from '../../../src/lib/docs/rules-markdown.ts';
import { getRuleSet, listRuleSetYears } from '../../../src/lib/rules/registry.ts';
import { loadRepository } from '../../../src/repository/load-repository-fs.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

describe('rule tables in content/README.md', () => {
	test('are those of the rule set in force (run npm run docs:aturan when this fails)', () => {
		const { rules } = loadRepository(REPO_ROOT, { today: '2026-11-27', only: [] });
		const readme = readFileSync(join(REPO_ROOT, 'content', 'README.md'), 'utf8');
		expect(replaceRulesBlock(readme, rules)).toBe(readme);
	});

	test.each(listRuleSetYears())(
		'list every indicator of rule set %i with its three parameter texts',
		(year) => {
			const rules = getRuleSet(year);
			const markdown = renderRulesMarkdown(rules);
			for (const indicator of rules.indikator) {
				expect(markdown).toContain(`| \`${indicator.kunci}\` | ${indicator.nomor} |`);
				for (const text of indicator.parameter)
					expect(markdown).toContain(text.replace(/\|/g, '\\|'));
			}
		}
	);
});
