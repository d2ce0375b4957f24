import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { firstViewChunks } from './scripts/first-view-chunks';

export default defineConfig({
	plugins: [sveltekit(), firstViewChunks()],
	// the upload worker loads pdf.js on demand (a dynamic import), which needs module workers
	worker: { format: 'es' },
	test: {
		// `npm run coverage`: the unit suite's coverage of src/, with a floor (README, "Tests").
		// The browser suite runs the built site in Chromium, outside V8 coverage of this process.
		coverage: {
			provider: 'v8',
			include: ['src/**/*.{ts,svelte}'],
			// type-only modules and the browser-only engine glue have no code a unit test can run
			exclude: ['src/**/*.d.ts', 'src/lib/query/duckdb-browser.ts', 'src/lib/pdfjs-browser.ts'],
			reporter: ['text-summary', 'json-summary', 'html'],
			reportsDirectory: 'coverage',
			reportOnFailure: true,
			// measured 2026-12-02 (unit suite): statements 84.0%, branches 79.1%, functions 83.4%, lines 86.0%; the floor sits a few points below
			thresholds: { statements: 83, branches: 77, functions: 82, lines: 85 }
		},
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// One Chromium and one preview server at a time: CI has 2 cores.
					fileParallelism: false
				}
			}
		]
	}
});
