/**
 * The build-time executor: @duckdb/node-api over static/data/, found through the
 * manifest. Used by the pages' +page.server.ts loads while prerendering, so the
 * first view is computed with the same SQL the browser runs later.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABLES } from '../store/schema';
import { sqlPrepareTable } from './sql';
import { SUMMARIES, sqlPrepareSummary } from './summaries';
import { PUBLISHED_ANSWERS } from './published-answers';
import { plainRow, typed, type QueryRow, type Executor, type Query, type Manifest } from './executor';

export async function readManifest(dir: string): Promise<Manifest> {
	const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => {
		throw new Error(`${join(dir, 'manifest.json')} tidak ada: jalankan "npm run data" lebih dulu`);
	});
	return JSON.parse(text) as Manifest;
}

/** `manifest`: the dataset's, when it is not yet written (the data build, for its published answers). */
export async function openNode(dir = resolve('static/data'), manifest?: Manifest): Promise<Executor> {
	manifest ??= await readManifest(dir);
	const instance = await DuckDBInstance.create(':memory:');
	const conn: DuckDBConnection = await instance.connect();
	for (const t of TABLES) {
		const file = manifest.tabel[t.nama]?.parquet;
		for (const sql of sqlPrepareTable(t, file ? join(dir, file) : null)) await conn.run(sql);
	}
	for (const r of SUMMARIES) {
		const file = manifest.ringkasan?.[r.nama]?.parquet;
		await conn.run(sqlPrepareSummary(r, file ? join(dir, file) : null));
	}
	for (const a of PUBLISHED_ANSWERS) {
		const file = manifest.jawaban?.[a.nama]?.parquet;
		await conn.run(a.prepare(file ? join(dir, file) : null));
	}
	return {
		async query<R extends QueryRow = QueryRow>(sql: Query<R> | string): Promise<R[]> {
			const reader = await conn.runAndReadAll(sql);
			return typed<R>(reader.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>)));
		}
	};
}

let bersama: Promise<Executor> | null = null;

/** One instance for the whole prerender run. */
export function nodeExecutor(): Promise<Executor> {
	bersama ??= openNode();
	return bersama;
}
