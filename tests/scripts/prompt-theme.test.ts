import { expect, test } from 'vitest';
import { PROMPT_THEME } from '../../scripts/lib/prompt-theme.ts';

test("the wizard's key hints are Indonesian (inquirer passes its English action names)", () => {
	expect(
		PROMPT_THEME.style.keysHelpTip([
			['↑↓', 'navigate'],
			['⏎', 'select'],
		])
	).toBe('↑↓ pilih • ⏎ simpan');
});
