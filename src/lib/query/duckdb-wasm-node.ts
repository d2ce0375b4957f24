/**
 * The browser's engine, DuckDB-WASM 1.28 (DuckDB 0.9), run in Node over a data
 * folder. The query tests run every query on it beside @duckdb/node-api 1.5, so
 * SQL that only one of the two versions accepts, or answers differently, fails a
 * test instead of a visitor's page.
 *
 * It mirrors duckdb-browser.ts where results could differ: the same wasm files,
 * the same open options, each Parquet file registered whole as a buffer under its
 * manifest name when a query first reads its table (lazy-tables.ts), the same views, and Arrow rows converted by the same barisArrow.
 * Only the worker is left out: the package's blocking Node build runs the engine
 * on the calling thread, which changes no result.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBBindings, DuckDBBundles, DuckDBRuntime, Logger } from '@duckdb/duckdb-wasm/blocking';
import { readManifest } from './duckdb-node';
import { sqlUploadTable, UPLOAD_TABLES } from './sql';
import { arrowRows, checkStatementLength } from './executor';
import { manifestParts, registerFromManifest, lazyExecutor, type LazyExecutor } from './lazy-tables';

const require = createRequire(import.meta.url);

/** What this file uses of dist/duckdb-node-blocking.cjs, which the package ships without types of its own path. */
interface NodeBlocking {
	createDuckDB(bundles: DuckDBBundles, logger: Logger, runtime: DuckDBRuntime): Promise<DuckDBBindings>;
	VoidLogger: new () => Logger;
	NODE_RUNTIME: DuckDBRuntime;
}

/**
 * `dibaca` collects the published files the engine reads, in order (a test or the
 * benchmark counts a page's bytes from it).
 */
export async function openWasmNode(dir = resolve('static/data'), dibaca: string[] = []): Promise<LazyExecutor> {
	const manifest = await readManifest(dir);
	const modul = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const duckdb = require(modul) as NodeBlocking;
	const dist = dirname(modul);
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => {});
	db.open({ query: { castBigIntToDouble: false } });
	const conn = db.connect();
	// as in the browser: upload tables first, each published table when a query first reads it
	conn.query(UPLOAD_TABLES.map(sqlUploadTable).join(';\n'));
	return lazyExecutor(
		async (sql) => {
			checkStatementLength(sql);
			return arrowRows(conn.query(sql));
		},
		registerFromManifest(
			manifest,
			async (file) => {
				dibaca.push(file);
				db.registerFileBuffer(file, new Uint8Array(await readFile(join(dir, file))));
			},
			async (sql) => conn.query(sql)
		),
		manifestParts(manifest)
	);
}
