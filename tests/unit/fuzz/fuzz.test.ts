/**
 * Fuzzing the importer and the extractor with seeded random mutations of the
 * real reports and of valid CSVs. Each share runs in a worker thread so that a
 * hang (an endless loop, a catastrophic regex) can be detected and stopped: the
 * watchdog fails the test naming the input. Reproduce with the printed seed.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FuzzMessage, FuzzTask } from './fuzz-worker';

const BENIH = Number(process.env.FUZZ_SEED ?? 20260515);
/**
 * No single input may take longer. Inputs are at most about a megabyte and take
 * well under a second alone (the largest real report ~70 ms); the margin is for
 * two busy cores. A catastrophic regex or a quadratic loop blows far past it.
 */
const BATAS_PER_INPUT_MS = 10_000;
/** No word from the worker for this long: a hang. */
const ANJING_PENJAGA_MS = 30_000;

interface Laporan {
	jumlah: number;
	terlama: { ms: number; apa: string };
	cacat: string[];
}

function jalankan(tugas: FuzzTask): Promise<Laporan> {
	return new Promise((ok, gagal) => {
		const w = new Worker(new URL('./fuzz-worker-start.mjs', import.meta.url), { workerData: tugas });
		const lap: Laporan = { jumlah: 0, terlama: { ms: 0, apa: '' }, cacat: [] };
		let sekarang: { i: number; langkah: string[]; sumber: string } | null = null;
		let penjaga: ReturnType<typeof setTimeout>;
		const jaga = () => {
			clearTimeout(penjaga);
			penjaga = setTimeout(() => {
				void w.terminate();
				gagal(
					new Error(`macet > ${ANJING_PENJAGA_MS} ms pada input ${sekarang?.i} (${sekarang?.sumber}, ${sekarang?.langkah.join('+')}), benih ${tugas.benih}`)
				);
			}, ANJING_PENJAGA_MS);
		};
		jaga();
		w.on('message', (p: FuzzMessage) => {
			jaga();
			if (p.t === 'mulai') sekarang = p;
			else if (p.t === 'selesai') {
				lap.jumlah++;
				if (p.ms > lap.terlama.ms)
					lap.terlama = { ms: p.ms, apa: `${tugas.jenis} input ${p.i} (${sekarang?.sumber}, ${sekarang?.langkah.join('+')}), benih ${tugas.benih}` };
			} else if (p.t === 'cacat') lap.cacat.push(`input ${p.i} (${p.sumber}, ${p.langkah.join('+')}): ${p.pesan}`);
			else {
				clearTimeout(penjaga);
				void w.terminate();
				ok(lap);
			}
		});
		w.on('error', (e) => {
			clearTimeout(penjaga);
			gagal(e);
		});
	});
}

describe('fuzz', () => {
	it(`importer, extractor and audit survive 10,000 mutated reports and CSVs (benih ${BENIH})`, { timeout: 400_000 }, async () => {
		const root = join(__dirname, '../../..');
		const [lkip, csv] = await Promise.all([
			jalankan({ jenis: 'lkip', benih: BENIH, jumlah: 1500, akar: root }),
			jalankan({ jenis: 'csv', benih: BENIH + 1, jumlah: 8500, akar: root })
		]);
		for (const lap of [lkip, csv]) {
			expect(lap.cacat).toEqual([]);
			expect(lap.terlama.ms, lap.terlama.apa).toBeLessThan(BATAS_PER_INPUT_MS);
		}
		expect(lkip.jumlah).toBe(1500);
		expect(csv.jumlah).toBe(8500);
		console.log(`fuzz benih ${BENIH}: lkip terlama ${lkip.terlama.ms.toFixed(0)} ms, csv terlama ${csv.terlama.ms.toFixed(0)} ms`);
	});
});
