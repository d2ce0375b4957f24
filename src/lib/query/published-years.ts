/**
 * The years a filter chooses from, as published (issue 10): the answer of
 * sql.ts `sqlReportYears` over the published data, which the data build writes as
 * one tiny file (`tahun_terbit`, manifest `jawaban`). The home page's first query
 * then registers that file and the kecamatan list only, instead of the whole IKM
 * and budget tables (sqlReportYears reads every year of them) before any answer.
 *
 * It is an answer, not rows of a table, so uploads cannot be unioned into it: while
 * this browser holds uploaded rows of a table that query reads (`sqlYearUploads`),
 * the loader runs sqlReportYears itself (page-data.ts `loadYears`). A dataset
 * without the file gets a view computing the same answer.
 */
import { sqlReportYears } from './sql';

/** The view's name, read in SQL like a table (lazy-tables.ts registers it). */
export const PUBLISHED_YEARS = 'tahun_terbit';

/** The tables whose uploaded rows can change sqlReportYears' answer. */
const READ_BY_YEARS = ['laporan', 'ikm', 'anggaran', 'anggaran_tahun_lain'];

/** The published answer, as the page reads it (sqlReportYears' row type and order). */
export function sqlPublishedYears(): ReturnType<typeof sqlReportYears> {
	return `SELECT tahun, jumlah_laporan FROM ${PUBLISHED_YEARS} ORDER BY tahun`;
}

/** Rows uploaded in this browser that sqlReportYears reads (0: the published answer is the answer). */
export function sqlYearUploads(): string {
	return `SELECT ${READ_BY_YEARS.map((t) => `(SELECT count(*) FROM ${t}_unggahan)`).join(' + ')} AS n`;
}

/** The data build's statement: the published answer into a Parquet file at `path` (over the published files' views). */
export function sqlWritePublishedYears(path: string): string {
	return `COPY (${sqlReportYears()}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`;
}

/** The view: over the published file, or (a dataset built before it) computing the answer. */
export function sqlPreparePublishedYears(file: string | null): string {
	const content = file ? `SELECT tahun, jumlah_laporan FROM read_parquet('${file.replaceAll("'", "''")}')` : sqlReportYears();
	return `CREATE OR REPLACE VIEW ${PUBLISHED_YEARS} AS ${content}`;
}
