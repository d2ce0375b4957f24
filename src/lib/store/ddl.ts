/** CREATE TABLE statements from schema.ts, for DuckDB in Node and in the browser. */
import type { TableDef } from './schema';

export function quoteIdent(name: string): string {
	return `"${name.replace(/"/g, '""')}"`;
}

export function ddl(t: TableDef): string {
	const column = t.kolom.map((k) => `${quoteIdent(k.nama)} ${k.tipe}${k.wajib ? ' NOT NULL' : ''}`);
	return `CREATE TABLE ${quoteIdent(t.nama)} (${column.join(', ')})`;
}
