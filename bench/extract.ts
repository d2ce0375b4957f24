/**
 * Extraction speed: all of data/lkip/, then 100 and 1.000 reports made by
 * replicating the real texts, so growth beyond linear would show.
 * Median of several runs, after one warm-up pass. Then the data build's path
 * (read file + extract, scripts/extract-pool.ts) in one thread and on every core,
 * ending in one `bench ekstraksi …` line (reports/s, per core, PDF pages/s).
 * Thread times include starting the workers, as the build pays them. A worker
 * is slow for its first few dozen reports (its isolate compiles the extractor and
 * its regular expressions anew), so the threaded runs read 1.200 files, nearer the
 * thousands of a national build than the five of data/lkip
 * (BENCH_EKSTRAKSI_BERKAS=400 reproduces the shorter run of earlier reports).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll } from '../scripts/extract-pool';
import { extractReport } from '../src/lib/lkip/extract';
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
	const text = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ f, t: readText(readFileSync(join(dir, f))).text }));
	const scale: { label: string; n: number; ulang: number }[] = [
		{ label: `data/lkip (${text.length})`, n: text.length, ulang: 9 },
		{ label: '100 laporan', n: 100, ulang: 5 },
		{ label: '1.000 laporan', n: 1000, ulang: 3 }
	];
	const result: { label: string; n: number; medianMs: number; msPerLaporan: number }[] = [];
	// one untimed pass so the JIT has compiled the extractor before any timing
	for (const { f, t } of text) extractReport(t, f, ref);
	for (const s of scale) {
		const kumpulan = Array.from({ length: s.n }, (_, i) => text[i % text.length]);
		const time: number[] = [];
		for (let u = 0; u < s.ulang; u++) {
			const start = performance.now();
			for (let i = 0; i < kumpulan.length; i++) extractReport(kumpulan[i].t, `${i}-${kumpulan[i].f}`, ref);
			time.push(performance.now() - start);
		}
		const m = median(time);
		result.push({ label: s.label, n: s.n, medianMs: m, msPerLaporan: m / s.n });
	}
	const base = result[0].msPerLaporan;
	const paralel = await measureParallel(text);
	console.log('Ekstraksi LKIP (median):');
	for (const h of result)
		console.log(
			`  ${h.label.padEnd(18)} ${h.medianMs.toFixed(1).padStart(9)} ms total  ${h.msPerLaporan.toFixed(2).padStart(7)} ms/laporan  ×${(h.msPerLaporan / base).toFixed(2)} per laporan dibanding data/lkip`
		);
	for (const p of paralel)
		console.log(
			`  ${p.label.padEnd(18)} ${p.detik.toFixed(2).padStart(7)} s dengan ${p.pekerja} pekerja: ${(p.n / p.detik).toFixed(1)} laporan/s (${(p.n / p.detik / p.pekerja).toFixed(1)} per inti), ${(p.halaman / p.detik).toFixed(1)} halaman/s`
		);
	const [tunggal, all, pdf] = paralel;
	console.log(
		`\nbench ekstraksi reports_per_s=${(all.n / all.detik).toFixed(1)} reports_per_s_per_core=${(all.n / all.detik / all.pekerja).toFixed(1)} workers=${all.pekerja} single_thread_reports_per_s=${(tunggal.n / tunggal.detik).toFixed(1)} pdf_pages_per_s=${(pdf.halaman / pdf.detik).toFixed(1)} pdf_reports_per_s=${(pdf.n / pdf.detik).toFixed(1)}`
	);
	return { skala: result, paralel };
}

interface ParallelRun {
	label: string;
	n: number;
	pekerja: number;
	detik: number;
	halaman: number;
}

/**
 * The data build's own path (scripts/extract-pool.ts: read the file, extract, in
 * worker threads) over copies of the reports on disk: text reports in one thread
 * and on every core, and PDF copies of them (tests/fixtures/documents) on every core.
 */
async function measureParallel(text: { f: string }[]): Promise<ParallelRun[]> {
	const tmp = mkdtempSync(join(tmpdir(), 'bench-ekstraksi-'));
	try {
		const dirTeks = join(tmp, 'teks');
		const dirPdf = join(tmp, 'pdf');
		mkdirSync(dirTeks);
		mkdirSync(dirPdf);
		const file = Number(process.env.BENCH_EKSTRAKSI_BERKAS ?? 1200);
		for (let i = 0; i < file; i++) {
			const { f } = text[i % text.length];
			copyFileSync(join(DATA_DIR, 'lkip', f), join(dirTeks, `${String(i).padStart(4, '0')}-${f}`));
		}
		const dok = 'tests/fixtures/documents';
		const pdf = readdirSync(dok).filter((f) => f.endsWith('.pdf'));
		for (let i = 0; i < 24; i++) copyFileSync(join(dok, pdf[i % pdf.length]), join(dirPdf, `${String(i).padStart(3, '0')}-${pdf[i % pdf.length]}`));
		const ref = readMasterData();
		const measure = async (label: string, dir: string, pekerja: number): Promise<ParallelRun> => {
			const files = readdirSync(dir).sort();
			const start = performance.now();
			const h = await readAll(dir, files, ref, DATA_DIR, pekerja);
			const detik = (performance.now() - start) / 1000;
			const gagal = h.filter((x) => x.error);
			if (gagal.length) throw new Error(`ekstraksi gagal: ${gagal[0].error}`);
			return { label, n: files.length, pekerja, detik, halaman: h.reduce((a, x) => a + (x.pages ?? 0), 0) };
		};
		const inti = availableParallelism();
		return [
			await measure(`${file} teks, 1 utas`, dirTeks, 1),
			await measure(`${file} teks, ${inti} utas`, dirTeks, inti),
			await measure(`24 PDF, ${inti} utas`, dirPdf, inti)
		];
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
