import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs both projects; `npm run test:unit` only `unit`, the fast loop (no site builds).
 * The browser tests have their own config (vitest.e2e.config.ts, `npm run test:e2e`).
 */
export default defineConfig({
	test: {
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', 'tests/site/**', 'node_modules/**'],
				},
			},
			{ extends: true, test: { name: 'build', include: ['tests/site/**/*.test.ts'] } },
		],
	},
});
