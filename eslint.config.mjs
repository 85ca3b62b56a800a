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
			'dist-provinsi/',
			'.provinsi-cache/',
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
				projectService: { allowDefaultProject: ['.github/scripts/*.cjs', 'src/admin/*.js'] },
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
		// .astro frontmatter, the CommonJS posting script and the form's plain browser script (which
		// drives Decap through a global) are linted without type information.
		files: ['**/*.astro', '**/*.cjs', 'src/admin/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.astro'],
		rules: {
			// A wide table scrolls inside a focusable region (role="region" with the table's caption as
			// its name): keyboard users must reach it (axe: scrollable-region-focusable).
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
		},
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs', globals: globals.node },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	}
);
