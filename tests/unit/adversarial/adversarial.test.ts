/**
 * Issue 14: a hostile or merely large input must not freeze the extractor, the
 * audit or the CSV upload. Each case of the corpus runs at 5k and 100k
 * characters; linear code takes about 20 times as long on the larger. The test
 * fails when the larger takes more than ALLOWANCE times the linear expectation
 * (a quadratic pattern takes about 400 times as long, a cubic one 8000): it is a
 * check of growth, not of speed, so a busy machine does not fail it.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PATTERNS, type Route, type Case, type Placement } from './corpus';
import type { FromWorker, ToWorker } from './worker';

const KECIL = 5_000;
const BESAR = 100_000;
const LINEAR = BESAR / KECIL;
/** Constant factors a linear reader may show: GC, caches, a busy core. */
const ALLOWANCE = 5;
/** Below this a small-size time is timer noise; the expectation starts from here. */
const LANTAI_MS = 5;
/** Fixed costs (allocation of the large input, a GC pause) that do not scale with the input. */
const TETAP_MS = 1000;
/** No 100k input may take this long at all, whatever its small size took: stops a hopeless case early. */
const PLAFON_MS = 30_000;

function batasBesar(kecilMs: number): number {
	return ALLOWANCE * LINEAR * Math.max(kecilMs, LANTAI_MS) + TETAP_MS;
}

interface Hasil {
	kasus: Case;
	kecil: number;
	besar: number | null;
	cacat?: string;
}

const nama = (k: Case) => `${k.jalur} ${JSON.stringify(k.pola)} ${k.letak}`;

/** Runs the cases in one worker; a case over its allowance is stopped, recorded, and the rest go on in a new worker. */
async function jalankan(all: Case[]): Promise<Hasil[]> {
	const result: Hasil[] = [];
	let rest = [...all];
	while (rest.length) {
		const w = new Worker(new URL('./worker-start.mjs', import.meta.url));
		const send = (p: ToWorker) => w.postMessage(p);
		const selesai = await new Promise<number>((ok, gagal) => {
			let i = 0;
			let kecil = 0;
			let penjaga: ReturnType<typeof setTimeout> | undefined;
			const jaga = (ms: number) => {
				clearTimeout(penjaga);
				penjaga = setTimeout(() => {
					result.push({ kasus: rest[i], kecil, besar: null, cacat: `dihentikan: lebih dari ${ms.toFixed(0)} ms` });
					void w.terminate();
					ok(i + 1);
				}, ms);
			};
			const start = () => {
				if (i >= rest.length) {
					clearTimeout(penjaga);
					void w.terminate();
					return ok(i);
				}
				// the small size gets a generous fixed allowance: it is 10k characters
				jaga(10_000);
				send({ kasus: rest[i], kecil: KECIL, besar: BESAR });
			};
			w.on('message', (p: FromWorker) => {
				if (p.t === 'siap') return start();
				if (p.t === 'kecil') {
					kecil = p.ms;
					// a little over the allowance, so a failure is reported with its time rather than waited out
					return jaga(Math.min(batasBesar(kecil) * 1.5, PLAFON_MS));
				}
				if (p.t === 'besar') result.push({ kasus: rest[i], kecil, besar: p.ms });
				else result.push({ kasus: rest[i], kecil, besar: null, cacat: p.pesan });
				i++;
				start();
			});
			w.on('error', gagal);
		});
		rest = rest.slice(selesai);
	}
	return result;
}

const LETAK: Placement[] = ['sendiri', 'sel', 'laporan'];
const kasus = (jalur: Route): Case[] => PATTERNS.flatMap((pola) => LETAK.map((letak) => ({ jalur, pola, letak })));

describe('adversarial corpus: time grows linearly with the input', () => {
	it(
		`extractor, audit and CSV upload: ${PATTERNS.length} patterns × ${LETAK.length} placements, ${KECIL / 1000}k vs ${BESAR / 1000}k characters`,
		{ timeout: 300_000 },
		async () => {
			// one worker per path: the two cores are used, and a stopped case does not hold up the others
			const all = await Promise.all((['ekstrak', 'audit', 'csv'] as const).map((j) => jalankan(kasus(j))));
			const result = all.flat();
			const bad = result
				.filter((h) => h.cacat || h.besar! > batasBesar(h.kecil))
				.map(
					(h) =>
						`${nama(h.kasus)}: ${KECIL / 1000}k ${h.kecil.toFixed(1)} ms, ${BESAR / 1000}k ${h.besar === null ? '-' : h.besar.toFixed(0) + ' ms'}${h.cacat ? ` (${h.cacat.split('\n')[0]})` : ''}`
				);
			const terlama = result.reduce((a, b) => ((b.besar ?? Infinity) > (a.besar ?? Infinity) ? b : a));
			console.log(`${result.length} kasus; terlama ${nama(terlama.kasus)} ${terlama.besar?.toFixed(0)} ms pada ${BESAR / 1000}k`);
			expect(result).toHaveLength(3 * PATTERNS.length * LETAK.length);
			expect(bad).toEqual([]);
		}
	);
});
