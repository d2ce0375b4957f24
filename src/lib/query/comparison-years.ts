/**
 * What a kecamatan is compared with, per year, as published (issue 10): the answer of
 * sql.ts `sqlComparisonYears` over the published data (per year: kecamatan with an IKM
 * and its sum, kecamatan with a whole-budget serapan and their exact pagu and realisasi
 * sums, the efficiency quadrant's medians), which the data build writes as one small
 * file (`pembanding_tahun`, manifest `jawaban`). A kecamatan page then reads its own
 * kecamatan's part of the tables and this file, instead of every kecamatan's rows
 * (about 7 MB at 7.277 kecamatan).
 *
 * Like published-years.ts, it is an answer, not rows: while this browser holds
 * uploaded rows of a table the comparisons read (`sqlComparisonUploads`), the loader
 * computes them over every kecamatan instead (page-data.ts `loadKecamatan`). A
 * dataset without the file gets a view computing the same answer.
 */
import { COMPARISON_YEARS, sqlComparisonYears, type ComparisonYearRow } from './sql';

export { COMPARISON_YEARS };

/** The answer's columns, in order (sqlComparisonYears' row type). */
const COLUMNS: readonly (keyof ComparisonYearRow)[] = [
	'tahun',
	'ikm_jumlah',
	'ikm_total',
	'serapan_jumlah',
	'serapan_pagu',
	'serapan_realisasi',
	'median_capaian',
	'median_serapan',
	'jumlah_tahun'
];

/** The tables whose uploaded rows can change the answer: the IKM choice, the budget totals (with their scope), the capaian. */
const READ_BY_COMPARISONS = ['laporan', 'ikm', 'anggaran', 'anggaran_tahun_lain', 'indikator'];

/** Rows uploaded in this browser that the comparisons read (0: the published answer is the answer). */
export function sqlComparisonUploads(): string {
	return `SELECT ${READ_BY_COMPARISONS.map((t) => `(SELECT count(*) FROM ${t}_unggahan)`).join(' + ')} AS n`;
}

/** The published answer, as a page reads it. */
export function sqlPublishedComparisons(): string {
	return `SELECT ${COLUMNS.join(', ')} FROM ${COMPARISON_YEARS} ORDER BY tahun`;
}

/** The data build's statement: the answer into a Parquet file at `path` (over the published files' views). */
export function sqlWriteComparisons(path: string): string {
	return `COPY (${sqlComparisonYears()}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`;
}

/** The view: over the published file, or (a dataset built before it) computing the answer. */
export function sqlPrepareComparisons(file: string | null): string {
	const content = file ? `SELECT ${COLUMNS.join(', ')} FROM read_parquet('${file.replaceAll("'", "''")}')` : sqlComparisonYears();
	return `CREATE OR REPLACE VIEW ${COMPARISON_YEARS} AS ${content}`;
}
