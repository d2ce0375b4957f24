/**
 * Extraction speed: all of data/lkip/, then 100 and 1.000 reports made by
 * replicating the real texts, so growth beyond linear would show.
 * Median of several runs, after one warm-up pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLaporan } from '../src/lib/lkip/extract';
import { readText } from '../src/lib/document/text';
import { readMasterData, DATA_DIR } from '../scripts/master-data';

export const nama = 'ekstraksi';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function jalankan(): Promise<Record<string, unknown>> {
	const dir = join(DATA_DIR, 'lkip');
	const ref = readMasterData();
	const teks = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ f, t: readText(readFileSync(join(dir, f))).text }));
	const skala: { label: string; n: number; ulang: number }[] = [
		{ label: `data/lkip (${teks.length})`, n: teks.length, ulang: 9 },
		{ label: '100 laporan', n: 100, ulang: 5 },
		{ label: '1.000 laporan', n: 1000, ulang: 3 }
	];
	const hasil: { label: string; n: number; medianMs: number; msPerLaporan: number }[] = [];
	// one untimed pass so the JIT has compiled the extractor before any timing
	for (const { f, t } of teks) extractLaporan(t, f, ref);
	for (const s of skala) {
		const kumpulan = Array.from({ length: s.n }, (_, i) => teks[i % teks.length]);
		const waktu: number[] = [];
		for (let u = 0; u < s.ulang; u++) {
			const mulai = performance.now();
			for (let i = 0; i < kumpulan.length; i++) extractLaporan(kumpulan[i].t, `${i}-${kumpulan[i].f}`, ref);
			waktu.push(performance.now() - mulai);
		}
		const m = median(waktu);
		hasil.push({ label: s.label, n: s.n, medianMs: m, msPerLaporan: m / s.n });
	}
	const dasar = hasil[0].msPerLaporan;
	console.log('Ekstraksi LKIP (median):');
	for (const h of hasil)
		console.log(
			`  ${h.label.padEnd(18)} ${h.medianMs.toFixed(1).padStart(9)} ms total  ${h.msPerLaporan.toFixed(2).padStart(7)} ms/laporan  ×${(h.msPerLaporan / dasar).toFixed(2)} per laporan dibanding data/lkip`
		);
	return { skala: hasil };
}
