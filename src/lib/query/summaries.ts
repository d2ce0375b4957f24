/**
 * Summaries the data build writes beside the detailed tables (issue 10), shaped for
 * the pages' queries: the home page, Perbandingan and every budget total need only
 * the report totals and the programs of reports without a total row
 * (sql.ts CTE_ANGGARAN_TOTAL), about a fifth of the budget tree's rows. The
 * summary holds the very rows of its table (same columns, nothing computed), so
 * it is one fact in two files, never two facts.
 *
 * Its view unions the published summary with this browser's uploads through the
 * same filter. A dataset without the summary file (built before it existed) gets
 * a view over the whole table instead: the same rows, only more bytes.
 */
import { tabel } from '../store/schema';

export interface Summary {
	/** view name, used in SQL like a table */
	nama: string;
	/** the table it summarises (schema TABEL) */
	dari: string;
	/** SQL condition on that table's rows */
	saring: string;
}

export const SUMMARIES: Summary[] = [{ nama: 'anggaran_ringkas', dari: 'anggaran', saring: "level IN ('total', 'program')" }];

export function ringkasan(nama: string): Summary | undefined {
	return SUMMARIES.find((r) => r.nama === nama);
}

const quoteIdent = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The data build's statement: the summary's rows into a Parquet file at `path`. */
export function sqlWriteSummary(r: Summary, path: string): string {
	return `COPY (SELECT * FROM ${r.dari} WHERE ${r.saring}) TO ${quoteIdent(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** The summary's view: published file (a path or a registered buffer name) and uploads, or the whole table when there is no file. */
export function sqlPrepareSummary(r: Summary, berkas: string | null): string {
	if (!berkas) return `CREATE OR REPLACE VIEW ${r.nama} AS SELECT * FROM ${r.dari} WHERE ${r.saring}`;
	const kolom = tabel(r.dari)
		.kolom.map((k) => k.nama)
		.join(', ');
	return `CREATE OR REPLACE VIEW ${r.nama} AS
SELECT ${kolom}, 'terbit' AS sumber FROM read_parquet(${quoteIdent(berkas)})
UNION ALL
SELECT ${kolom}, 'unggahan' AS sumber FROM ${r.dari}_unggahan WHERE ${r.saring}`;
}
