/**
 * The browser executor: DuckDB-WASM 1.28 in a Web Worker. 1.28 is pinned because
 * it has Parquet built in; later versions download the Parquet extension from a
 * remote repository, which this site must never contact.
 *
 * The wasm and worker files are imported with `?url`, so Vite copies them into our
 * own build with hashed names. Each Parquet file is fetched whole and registered
 * as a buffer: our files are small, and whole reads beat HTTP range reads. A file
 * is fetched when a query first reads its table, or the part of it the query
 * needs (lazy-tables.ts, partitions.ts), and kept in the
 * Cache API under its content-hashed name (data-cache.ts).
 */
import { AsyncDuckDB, VoidLogger, selectBundle, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { sqlUploadTable, UPLOAD_TABLES } from './sql';
import { arrowRows, checkStatementLength, type Manifest } from './executor';
import { fetchCached, openCache, dropStale } from './data-cache';
import { manifestParts, manifestFiles, registerFromManifest, lazyExecutor, type LazyExecutor } from './lazy-tables';

export interface Progress {
	tahap: 'mesin' | 'data';
	/** 0..1 */
	bagian: number;
	pesan: string;
}

/**
 * `cache`: 'no-cache' (revalidate) for names that keep their content's place, such as
 * manifest.json; 'default' for content-hashed names, which never change (the server
 * marks them immutable), so a warm visit takes them from the HTTP cache unasked.
 */
async function fetchBytes(url: string, apa: string, cache: RequestCache, method = 'GET'): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(url, { cache, method });
	} catch {
		throw new Error(`${apa} tidak dapat diunduh (${url}): periksa sambungan jaringan.`);
	}
	if (!res.ok) throw new Error(`${apa} tidak dapat diunduh (${url}): server menjawab ${res.status}.`);
	return res;
}

/** `dataUrl` is the URL of static/data/ on the site (with the base path). */
export async function openBrowser(dataUrl: string, lapor: (k: Progress) => void): Promise<LazyExecutor> {
	if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
		throw new Error('Peramban ini tidak mendukung WebAssembly atau Web Worker, jadi data tidak dapat diolah di sini.');
	}
	const bundle = await selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	lapor({ tahap: 'mesin', bagian: 0, pesan: 'Memuat mesin data (DuckDB-WASM)…' });
	// The manifest, the cache and the check below do not depend on the engine: asked
	// while it downloads and compiles, each round trip is off the path to the first answer.
	const daftar = fetchBytes(`${dataUrl}/manifest.json`, 'Daftar berkas data', 'no-cache').then((r) => r.json() as Promise<Manifest>);
	// settled here so a failure waits, handled, until it is read below
	daftar.catch(() => {});
	const simpanan = openCache();
	// If the wasm file is unreachable, DuckDB's worker fails with an unhandled rejection
	// and its promise never settles: ask beside it, so the page can say what went wrong.
	let galatUnduh: Error | null = null;
	const cekMesin = fetchBytes(bundle.mainModule, 'Berkas mesin data (WebAssembly)', 'no-cache', 'HEAD').then(
		() => new Promise<never>(() => {}),
		(e: Error) => {
			galatUnduh = e;
			throw e;
		}
	);
	const worker = new Worker(bundle.mainWorker!);
	const duck = new AsyncDuckDB(new VoidLogger(), worker);
	// A failed wasm download throws inside the worker and DuckDB's promise never
	// settles; the worker's error event is the only signal, so race it.
	const galatWorker = new Promise<never>((_, tolak) =>
		worker.addEventListener('error', (e) => {
			e.preventDefault();
			tolak(new Error(e.message || 'berkas mesin tidak dapat dimuat'));
		})
	);
	let conn: AsyncDuckDBConnection;
	try {
		await Promise.race([
			duck.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
				if (p.bytesTotal > 0) {
					lapor({ tahap: 'mesin', bagian: p.bytesLoaded / p.bytesTotal, pesan: 'Memuat mesin data (DuckDB-WASM)…' });
				}
			}),
			galatWorker,
			cekMesin
		]);
		await duck.open({ query: { castBigIntToDouble: false } });
		conn = await duck.connect();
	} catch (e) {
		worker.terminate();
		// an unreachable file is said as such, not as an engine failure
		if (galatUnduh) throw galatUnduh;
		throw new Error(`Mesin data (DuckDB-WASM) gagal dimulai: ${(e as Error)?.message ?? e}`);
	}

	const manifest = await daftar;
	const cache = await simpanan;
	const url = (file: string) => `${dataUrl}/${file}`;
	// copies of files the manifest no longer names are old hashes: drop them, unawaited
	void dropStale(cache, manifestFiles(manifest).map(url));
	// uploads are written into these before any published file is needed (lazy-tables.ts);
	// one statement, one round trip to the worker
	await conn.query(UPLOAD_TABLES.map(sqlUploadTable).join(';\n'));
	const db = lazyExecutor(
		async (sql) => {
			checkStatementLength(sql);
			return arrowRows(await conn.query(sql));
		},
		registerFromManifest(
			manifest,
			async (file) => {
				const content = await fetchCached(cache, url(file), () => fetchBytes(url(file), `Berkas data ${file}`, 'default'));
				await duck.registerFileBuffer(file, content);
			},
			(sql) => conn.query(sql)
		),
		manifestParts(manifest)
	);
	return db;
}
