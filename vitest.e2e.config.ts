import { defineConfig } from 'vitest/config';

/** Browser tests against the built site (`npm run test:e2e`); they need Debian's chromium. */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
	},
});
