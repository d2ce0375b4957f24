/**
 * Beranda's answers per year, as published (issue 10): for every year a filter
 * chooses from, the data build runs the home page's own queries of that year (the
 * headline tiles, the three lists already cut for the page, the map) and writes
 * each answer as one small file, `tahun_jawaban` naming the year. A year change then
 * reads a few rows of five files instead of computing the IKM choice, the budget
 * totals and the capaian matrix over every kecamatan again (about 0.1 s a query in
 * DuckDB-WASM even at 31 kecamatan, mostly planning; 0.35 s at 7.277).
 *
 * They are answers, not rows, so uploads cannot be unioned into them: while this
 * browser holds any upload, or the dataset was built before them (the view is then
 * empty), the loader runs the queries themselves (`homeAnswered`). The answer is
 * the same; only what is read differs (`tests/unit/query/home-answers.test.ts`).
 */
import type { Query } from './executor';
import type { PublishedAnswer } from './published-answers';
import * as q from './sql';
import { CHART_TAIL, MAP_UP_TO, TABLE_ROWS } from './limits';

/** Beranda's queries of one year, by the field of HomeData they fill; the lists come cut (sqlSlice). */
export interface HomeQueries {
	kpi: Query<q.KpiRow>;
	peringkatIkm: Query<q.IkmRankingRow & q.SliceColumns>;
	serapan: Query<q.KecamatanSerapanRow & q.SliceColumns>;
	capaian: Query<q.CapaianMatrixRow & q.SliceColumns>;
	peta: Query<q.MapRow>;
}
type Part = keyof HomeQueries;

/** Beranda's whole-list queries, by the field of HomeData they fill (uncut, also for a download). */
export const HOME_LIST = {
	peringkatIkm: q.sqlIkmRanking,
	serapan: q.sqlKecamatanSerapan,
	capaian: q.sqlCapaianMatrix
} as const;

/** The queries as computed over the tables (and this browser's uploads). */
function computed(year: number): HomeQueries {
	const cut = <R extends q.ListColumns>(list: Query<R>) => q.sqlSlice(list, CHART_TAIL, TABLE_ROWS);
	return {
		kpi: q.sqlKpi(year),
		peringkatIkm: cut(HOME_LIST.peringkatIkm(year)),
		serapan: cut(HOME_LIST.serapan(year)),
		capaian: cut(HOME_LIST.capaian(year)),
		peta: q.sqlMap(year)
	};
}

interface HomeAnswer {
	nama: string;
	part: Part;
	/** the answer's own order (every order ends in a unique key) */
	urutan: string | null;
	/**
	 * HUGEINT columns (sums of rupiah): Parquet has no such type and DuckDB would
	 * write a DOUBLE, so the file holds DECIMAL(38,0) and the view reads HUGEINT back.
	 */
	besar: readonly string[];
}

const ANSWERS: readonly HomeAnswer[] = [
	{ nama: 'beranda_kpi', part: 'kpi', urutan: null, besar: ['pagu', 'realisasi'] },
	{ nama: 'beranda_ikm', part: 'peringkatIkm', urutan: 'nomor', besar: [] },
	{ nama: 'beranda_serapan', part: 'serapan', urutan: 'nomor', besar: [] },
	{ nama: 'beranda_capaian', part: 'capaian', urutan: 'nomor', besar: [] },
	{ nama: 'beranda_peta', part: 'peta', urutan: 'kode', besar: [] }
];

/** The column naming the year an answer's row belongs to. */
const YEAR = 'tahun_jawaban';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const replace = (cols: readonly string[], type: string) => (cols.length ? ` REPLACE (${cols.map((c) => `CAST(${c} AS ${type}) AS ${c}`).join(', ')})` : '');

/** What a year's answer reads, as the page runs it (the computed query's columns and order). */
function sqlRead(a: HomeAnswer, year: number): string {
	const order = a.urutan ? ` ORDER BY ${a.urutan}` : '';
	return `SELECT * EXCLUDE (${YEAR}) FROM ${a.nama} WHERE ${YEAR} = ${q.litInt(year)}${order}`;
}

/**
 * The data build's statement: for each year, the computed query's rows with the
 * year beside them. The map is written only for the kecamatan counts Beranda draws it for.
 */
function sqlWrite(a: HomeAnswer, path: string, years: readonly number[]): string {
	const parts = years.map((y) => {
		const guard = a.part === 'peta' ? ` WHERE (SELECT count(*) FROM kecamatan) <= ${q.litInt(MAP_UP_TO)}` : '';
		return `SELECT ${q.litInt(y)} AS ${YEAR}, *${replace(a.besar, 'DECIMAL(38,0)')} FROM (${computed(y)[a.part]}) d${guard}`;
	});
	const body = parts.length ? parts.join('\nUNION ALL\n') : `SELECT NULL::INTEGER AS ${YEAR} WHERE false`;
	return `COPY (SELECT * FROM (${body}) ORDER BY ${YEAR}${a.urutan ? `, ${a.urutan}` : ''}) TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** The view over the file; a dataset built before these answers gets an empty one, and the loader computes. */
function sqlPrepare(a: HomeAnswer, file: string | null): string {
	const content = file ? `SELECT *${replace(a.besar, 'HUGEINT')} FROM read_parquet(${quote(file)})` : `SELECT NULL::INTEGER AS ${YEAR} WHERE false`;
	return `CREATE OR REPLACE VIEW ${a.nama} AS ${content}`;
}

/** The five answers as published-answers.ts lists them. */
export const HOME_ANSWERS: readonly PublishedAnswer[] = ANSWERS.map((a) => ({
	nama: a.nama,
	prepare: (file) => sqlPrepare(a, file),
	write: (path, years) => sqlWrite(a, path, years)
}));

/**
 * Whether Beranda reads the published answers: no upload in this browser (any
 * table: an upload may change any tile), and a dataset that has them (its
 * headline answer has a row per year).
 */
export function sqlHomeAnswered(): Query<{ unggahan: number | bigint; terbit: number | bigint }> {
	const uploads = q.UPLOAD_TABLES.map((t) => `(SELECT count(*) FROM ${t.nama}_unggahan)`).join(' + ');
	return `SELECT ${uploads} AS unggahan, (SELECT count(*) FROM ${ANSWERS[0].nama}) AS terbit`;
}

/** Beranda's queries of one year: the published answers' rows, or computed (see sqlHomeAnswered). */
export function homeQueries(year: number, published: boolean): HomeQueries {
	if (!published) return computed(year);
	return Object.fromEntries(ANSWERS.map((a) => [a.part, sqlRead(a, year)])) as unknown as HomeQueries;
}
