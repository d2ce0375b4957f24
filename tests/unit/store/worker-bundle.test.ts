/**
 * Worker threads load the extractor as one bundled module (scripts/worker-bundle.ts):
 * it must be plain JavaScript Node runs without tsx, named by its content, and
 * built once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { workerModule } from '../../../scripts/worker-bundle';

const ENTRY = new URL('../../../scripts/extract-worker.ts', import.meta.url);

describe('bundled worker module', { timeout: 60_000 }, () => {
	test('is one .mjs file under node_modules/.cache named by the hash of its content, built once', async () => {
		const a = await workerModule(ENTRY);
		const b = await workerModule(ENTRY);
		expect(b).toBe(a);
		const file = fileURLToPath(a);
		expect(existsSync(file)).toBe(true);
		expect(file).toMatch(/node_modules\/\.cache\/dasbor-worker\/extract-worker\.[0-9a-f]{16}\.mjs$/);
		// TypeScript syntax would not survive plain Node: the worker would die at its first line
		expect(readFileSync(file, 'utf8')).not.toMatch(/\bimport type\b|: WorkerData\b/);
	});

	test('starts in a plain worker thread and answers with a report', async () => {
		const w = new Worker(await workerModule(ENTRY), { workerData: { dir: 'data/lkip', referensiDir: 'data' } });
		try {
			const result = await new Promise<{ report?: { kecamatan?: string }; error?: string }>((ok, fail) => {
				w.on('error', fail);
				w.on('message', (m: { siap?: true; hasil?: { report?: { kecamatan?: string }; error?: string } }) => {
					if (m.siap) w.postMessage({ i: 0, tugas: 'puger-2023.txt' });
					else if (m.hasil) ok(m.hasil);
				});
			});
			expect(result.error).toBeUndefined();
			// the kecamatan the report's cover names
			expect(result.report?.kecamatan).toBe('Puger');
		} finally {
			await w.terminate();
		}
	});
});
