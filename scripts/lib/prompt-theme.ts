/**
 * The wizard's prompts in Indonesian: inquirer writes its key hints in English ("↑↓ navigate • ⏎
 * select") under every list.
 */
const KEY_WORDS: Record<string, string> = { navigate: 'pilih', select: 'simpan' };

/** The theme every list prompt of `npm run baru` uses. */
export const PROMPT_THEME = {
	style: {
		keysHelpTip: (keys: [string, string][]) =>
			keys.map(([key, action]) => `${key} ${KEY_WORDS[action] ?? action}`).join(' • '),
	},
};
