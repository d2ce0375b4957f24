/** CREATE TABLE statements from schema.ts, for DuckDB in Node and in the browser. */
import type { Tabel } from './schema';

export function kutip(nama: string): string {
	return `"${nama.replace(/"/g, '""')}"`;
}

export function ddl(t: Tabel): string {
	const kolom = t.kolom.map((k) => `${kutip(k.nama)} ${k.tipe}${k.wajib ? ' NOT NULL' : ''}`);
	return `CREATE TABLE ${kutip(t.nama)} (${kolom.join(', ')})`;
}
