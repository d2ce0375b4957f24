/**
 * Bytes a page reads, per synthetic scale (issue 10): the home page and one
 * kecamatan page run their loaders (src/lib/query/page-data.ts) on the browser's
 * engine, DuckDB-WASM 1.28 in Node with the same lazy registration
 * (duckdb-wasm-node.ts), each on a fresh engine as a first visit; every data file
 * the engine registers is listed with its size on disk (as fetched: Parquet is
 * zstd inside, the server's brotli gains little on it).
 *
 * "sebelum" reads the same dataset through a manifest without `bagian`, which is
 * how every table was read before the detailed tables came in parts: the whole
 * file of each table a query names. No assertion: numbers to compare.
 *
 * Environment: BENCH_SKALA as for the browser benchmark (jember, jatim, indonesia).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWasmNode } from '../src/lib/query/duckdb-wasm-node';
import { loadHome, loadKecamatan, slugList } from '../src/lib/query/page-data';
import { loadKecamatanTemuan } from '../src/lib/query/consistency';
import { openNode } from '../src/lib/query/duckdb-node';
import { dataset, SKALA } from './browser';

export const nama = 'data-halaman';

interface Baca {
	halaman: string;
	berkas: number;
	byte: number;
	/** the part files among them (name.b<i>.hash.parquet) */
	bagian: string[];
	/** the other files, whole (a table, a summary, a summary's year file or a published answer), with their bytes */
	utuh: Record<string, number>;
	ms: number;
}

async function baca(dir: string, halaman: string, load: (db: Awaited<ReturnType<typeof openWasmNode>>) => Promise<unknown>): Promise<Baca> {
	const dibaca: string[] = [];
	const db = await openWasmNode(dir, dibaca);
	const start = performance.now();
	await load(db);
	const ms = performance.now() - start;
	const byte = dibaca.reduce((a, f) => a + statSync(join(dir, f)).size, 0);
	const part = (f: string) => /\.b\d+\.[0-9a-f]{8}\.parquet$/.test(f);
	const utuh = Object.fromEntries(dibaca.filter((f) => !part(f)).map((f) => [f, statSync(join(dir, f)).size]));
	return { halaman, berkas: dibaca.length, byte, bagian: dibaca.filter(part), utuh, ms };
}

/** The dataset as read before parts: the same files, a manifest without `bagian`. */
function withoutParts(dir: string): string {
	const old = mkdtempSync(join(tmpdir(), 'bench-tanpa-bagian-'));
	for (const f of readdirSync(dir)) if (f !== 'manifest.json') symlinkSync(join(dir, f), join(old, f));
	const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	delete m.bagian;
	writeFileSync(join(old, 'manifest.json'), JSON.stringify(m));
	return old;
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

export async function jalankan(): Promise<Record<string, unknown>> {
	const selected = process.env.BENCH_SKALA?.split(',').map((s) => s.trim());
	const scale = selected ? SKALA.filter((s) => selected.includes(s.nama)) : SKALA.slice(0, 2);
	const result: Record<string, unknown>[] = [];
	for (const s of scale) {
		console.log(`\n[${s.label}] data sintetis…`);
		const data = await dataset(s);
		const m = JSON.parse(readFileSync(join(data.dir, 'manifest.json'), 'utf8'));
		const slugs = await slugList(await openNode(data.dir));
		// a kecamatan in the middle of the code order: neither the first part nor the last
		const slug = slugs[slugs.length >> 1];
		const old = withoutParts(data.dir);
		try {
			const kecamatan = (db: Awaited<ReturnType<typeof openWasmNode>>) => Promise.all([loadKecamatan(db, slug), loadKecamatanTemuan(db, slug)]);
			const row = {
				skala: s.nama,
				kecamatan: s.kecamatan,
				bagianPerTabel: m.bagian?.awal.length ?? 1,
				sebelum: { beranda: await baca(old, '/', loadHome), kecamatan: await baca(old, `/kecamatan/${slug}`, kecamatan) },
				sesudah: { beranda: await baca(data.dir, '/', loadHome), kecamatan: await baca(data.dir, `/kecamatan/${slug}`, kecamatan) }
			};
			for (const mode of ['sebelum', 'sesudah'] as const)
				for (const b of Object.values(row[mode])) {
					console.log(
						`  ${s.nama.padEnd(9)} ${mode.padEnd(7)} ${b.halaman.padEnd(28)} ${String(b.berkas).padStart(3)} berkas ${mib(b.byte).padStart(11)}  ${b.bagian.length ? `bagian: ${b.bagian.join(' ')}` : ''}`
					);
					// the whole files, largest first: what a page still reads of every kecamatan
					const whole = Object.entries(b.utuh).sort((x, y) => y[1] - x[1]);
					console.log(`      utuh: ${whole.map(([f, n]) => `${f} ${(n / 1024).toFixed(0)} KiB`).join(', ')}`);
				}
			console.log(
				`bench data-halaman ${s.nama} parts=${row.bagianPerTabel} home_bytes_before=${row.sebelum.beranda.byte} home_bytes_after=${row.sesudah.beranda.byte} kecamatan_bytes_before=${row.sebelum.kecamatan.byte} kecamatan_bytes_after=${row.sesudah.kecamatan.byte}`
			);
			result.push(row);
		} finally {
			rmSync(old, { recursive: true, force: true });
		}
	}
	return { skala: result };
}
