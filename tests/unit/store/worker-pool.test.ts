/**
 * The pool hands results on in task order as they come (scripts/worker-pool.ts
 * `onResult`), so the data build writes each and lets it go; an error in taking
 * one stops the pool and is what the pool throws, not a crash of the process.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ReadResult, WorkerData } from '../../../scripts/extract-pool';
import { DATA_DIR } from '../../../scripts/master-data';
import { runPool } from '../../../scripts/worker-pool';

const dir = 'data/lkip';
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();
const options = (onResult: (r: ReadResult, i: number) => void | Promise<void>) => ({
	entry: new URL('../../../scripts/extract-worker.ts', import.meta.url),
	workerData: { dir, referensiDir: DATA_DIR } satisfies WorkerData,
	tasks: files,
	workers: 2,
	died: (file: string): ReadResult => ({ file, notes: [], error: 'mati', pages: null }),
	onResult
});

describe('worker pool handing results on', { timeout: 120_000 }, () => {
	test('every result once, in task order, and none kept', async () => {
		const got: [number, string][] = [];
		const kept = await runPool(
			options(async (r, i) => {
				// a slow taker: the next results wait for it, in order
				await new Promise((done) => setTimeout(done, 20));
				got.push([i, r.file]);
			})
		);
		expect(got).toEqual(files.map((f, i) => [i, f]));
		expect(kept).toEqual([]);
	});

	test("the taker's error is the pool's, and no result after it is taken", async () => {
		const got: string[] = [];
		await expect(
			runPool(
				options((r, i) => {
					if (i === 1) throw new Error(`${r.file}: ditolak`);
					got.push(r.file);
				})
			)
		).rejects.toThrow(`${files[1]}: ditolak`);
		expect(got).toEqual([files[0]]);
	});
});
