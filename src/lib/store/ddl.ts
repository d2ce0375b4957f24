/** CREATE TABLE statements from schema.ts, for DuckDB in Node and in the browser. */
import type { TableDef } from './schema';

export function quoteIdent(nama: string): string {
	return `"${nama.replace(/"/g, '""')}"`;
}

export function ddl(t: TableDef): string {
	const kolom = t.kolom.map((k) => `${quoteIdent(k.nama)} ${k.tipe}${k.wajib ? ' NOT NULL' : ''}`);
	return `CREATE TABLE ${quoteIdent(t.nama)} (${kolom.join(', ')})`;
}
