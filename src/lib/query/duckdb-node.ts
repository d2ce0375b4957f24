/**
 * The build-time executor: @duckdb/node-api over static/data/, found through the
 * manifest. Used by the pages' +page.server.ts loads while prerendering, so the
 * first view is computed with the same SQL the browser runs later.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABEL } from '../store/schema';
import { sqlSiapkanTabel } from './sql';
import { RINGKASAN, sqlSiapkanRingkasan } from './ringkasan';
import { barisBiasa, bertipe, type Baris, type Eksekutor, type Kueri, type Manifest } from './eksekutor';

export async function bacaManifest(dir: string): Promise<Manifest> {
	const teks = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => {
		throw new Error(`${join(dir, 'manifest.json')} tidak ada: jalankan "npm run data" lebih dulu`);
	});
	return JSON.parse(teks) as Manifest;
}

export async function bukaNode(dir = resolve('static/data')): Promise<Eksekutor> {
	const manifest = await bacaManifest(dir);
	const instance = await DuckDBInstance.create(':memory:');
	const conn: DuckDBConnection = await instance.connect();
	for (const t of TABEL) {
		const berkas = manifest.tabel[t.nama]?.parquet;
		for (const sql of sqlSiapkanTabel(t, berkas ? join(dir, berkas) : null)) await conn.run(sql);
	}
	for (const r of RINGKASAN) {
		const berkas = manifest.ringkasan?.[r.nama]?.parquet;
		await conn.run(sqlSiapkanRingkasan(r, berkas ? join(dir, berkas) : null));
	}
	return {
		async kueri<R extends Baris = Baris>(sql: Kueri<R> | string): Promise<R[]> {
			const reader = await conn.runAndReadAll(sql);
			return bertipe<R>(reader.getRowObjectsJS().map((r) => barisBiasa(r as Record<string, unknown>)));
		}
	};
}

let bersama: Promise<Eksekutor> | null = null;

/** One instance for the whole prerender run. */
export function eksekutorNode(): Promise<Eksekutor> {
	bersama ??= bukaNode();
	return bersama;
}
