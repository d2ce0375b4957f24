/**
 * `npm run bench [-- nama...]`: runs every benchmark module in BENCHMARK (or the
 * named ones) in turn and saves their results to bench/results/<nama>.json.
 * A new benchmark is a module exporting `nama` and `jalankan()`, added to the list.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as browser from './browser';
import * as dokumen from './documents';
import * as ekstraksi from './extract';
import * as bangunData from './data-build';
import * as halamanBaru from './new-pages';
import * as unggah from './upload';
import * as prerender from './prerender';
import * as dataHalaman from './page-bytes';

export interface Benchmark {
	nama: string;
	jalankan(): Promise<Record<string, unknown>>;
}

export const BENCHMARK: Benchmark[] = [ekstraksi, bangunData, dokumen, unggah, dataHalaman, browser, halamanBaru, prerender];
/** long runs that only `npm run bench -- <nama>` starts (the whole site prerendered per scale) */
const HANYA_BILA_DISEBUT = new Set(['prerender']);

const pilihan = process.argv.slice(2);
const tak = pilihan.filter((p) => !BENCHMARK.some((b) => b.nama === p));
if (tak.length) {
	console.error(`Benchmark tidak dikenal: ${tak.join(', ')}. Yang ada: ${BENCHMARK.map((b) => b.nama).join(', ')}`);
	process.exit(2);
}
mkdirSync('bench/results', { recursive: true });
const semua: Record<string, unknown> = { waktu: new Date().toISOString() };
for (const b of BENCHMARK) {
	if (pilihan.length ? !pilihan.includes(b.nama) : HANYA_BILA_DISEBUT.has(b.nama)) continue;
	const hasil = await b.jalankan();
	semua[b.nama] = hasil;
	writeFileSync(`bench/results/${b.nama}.json`, JSON.stringify({ waktu: new Date().toISOString(), ...hasil }, null, 2) + '\n');
}
// the whole run in one file, for comparing runs
writeFileSync('bench/results/latest.json', JSON.stringify(semua, null, 2) + '\n');
