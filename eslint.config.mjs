// @ts-check
/**
 * ESLint, the Astro ecosystem's way: typescript-eslint (type-checked) for .ts, eslint-plugin-astro
 * with its accessibility rules for .astro. Run with --max-warnings 0 (npm run lint); every
 * deviation from the presets below says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-formulir/',
			'.astro/',
			'node_modules/',
			'public/',
			'content/',
			'tests/fixtures/',
			'coverage/',
			'test-results/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-strict'],
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: { allowDefaultProject: ['*.mjs', '.github/scripts/*.cjs'] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// `_` marks a parameter a callback signature requires but the body does not use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// .astro frontmatter and the CommonJS posting script are not in the TypeScript project's
		// type-checked program the same way: lint them without type information.
		files: ['**/*.astro', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs', globals: globals.node },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	}
);
