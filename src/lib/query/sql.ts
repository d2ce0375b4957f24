/**
 * Every SQL statement of the dashboard. The same strings run in DuckDB-WASM 1.28
 * (DuckDB 0.9) in the browser and in @duckdb/node-api at prerender time, so the
 * SQL sticks to what both versions understand: no lambdas, no newer functions.
 *
 * Values from filters are written as literals through `lit*`, never pasted raw.
 * Sums of BIGINT are cast back to BIGINT (DuckDB widens them to HUGEINT, which
 * Arrow cannot hand to JavaScript as a plain integer); ratios are DOUBLE.
 * The shared CTEs are MATERIALIZED: DuckDB 0.9 otherwise inlines a CTE into each
 * of its uses, and the KPI query would rebuild the IKM choice and budget totals
 * once per tile (DuckDB 1.x decides this itself).
 * Every pick and every order ends in a unique key (file, line, then `sumber`:
 * published before uploaded): on a tie the two engines, or two runs of one,
 * would choose differently, and an upload of a published report ties everywhere.
 */
import { TABLES, type TableDef } from '../store/schema';
import { COMBINED_NAME, KECAMATAN_AVERAGE_NAME } from '../domain/comparisons';
import { QUADRANTS, OWN_QUADRANT, METHOD_NOT_STATED, IKM_METHOD_NAMES } from '../domain/analytics';
import { SKALA_IKM } from '../domain/scales';
import { KABUPATEN_IKM_NAME } from '../domain/ikm-kabupaten';
import { utf8Length, type Query } from './executor';
import type { AnggaranScope } from '../domain/anggaran-scope';

// ---------------------------------------------------------------- literals

export function litText(s: string): string {
	if (typeof s !== 'string') throw new Error('litTeks: bukan teks');
	if (s.includes('\0')) throw new Error('litTeks: karakter NUL tidak diizinkan');
	return `'${s.replaceAll("'", "''")}'`;
}

export function litInt(n: number): string {
	if (!Number.isSafeInteger(n)) throw new Error(`litInt: bukan bilangan bulat: ${n}`);
	return String(n);
}

export function litTextList(xs: string[]): string {
	return xs.length ? `(${xs.map(litText).join(', ')})` : '(NULL)';
}

export function litIntList(xs: number[]): string {
	return xs.length ? `(${xs.map(litInt).join(', ')})` : '(NULL)';
}

function identifier(s: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`nama tidak sah: ${s}`);
	return s;
}

// ---------------------------------------------------------------- views

/** A view named after the table, over one Parquet file (a path or a registered buffer name). */
/** A view over one Parquet file, or over several with the same columns (a table's parts, partitions.ts). */
export function sqlViewParquet(name: string, file: string | readonly string[]): string {
	const source = typeof file === 'string' ? litText(file) : `[${file.map(litText).join(', ')}]`;
	return `CREATE OR REPLACE VIEW ${identifier(name)} AS SELECT * FROM read_parquet(${source})`;
}

/** An empty view with the schema's columns, for a table the data build did not produce. */
export function sqlEmptyView(t: TableDef): string {
	const column = t.kolom.map((k) => `CAST(NULL AS ${k.tipe}) AS ${identifier(k.nama)}`).join(', ');
	return `CREATE OR REPLACE VIEW ${identifier(t.nama)} AS SELECT ${column} WHERE false`;
}

export const TABLE_NAMES = TABLES.map((t) => t.nama);

/**
 * `unggahan` is true for a row uploaded in this browser, false for published rows.
 * The UI words the mark ("data unggahan", `uploadMark` in table-view.ts); SQL only
 * says which rows it belongs to. A combined row (`rata`) has it when it includes one.
 */
function unggahan(alias = ''): string {
	return `(${alias}sumber = 'unggahan') AS unggahan`;
}

// ---------------------------------------------------------------- derived figures

/**
 * Serapan (%) of a sum of budgets, by the rule the data build applies to each row
 * (`hitungSerapan` in domain/scales.ts, published as the `serapan` column):
 * realisasi × 100 ÷ pagu in doubles, none for a pagu that is not positive.
 * A single row's serapan is read from its column, never recomputed.
 */
function serapanOfSums(realisasi: string, pagu: string): string {
	return `CASE WHEN ${pagu} > 0 THEN CAST(${realisasi} AS DOUBLE) * 100 / ${pagu} END`;
}

// ---------------------------------------------------------------- shared CTEs

/** "B (Baik)": the stored PermenPAN-RB grade with its name from the one scale (domain/scales.ts). */
function standardMutu(column: string): string {
	const kasus = SKALA_IKM.jenjang.map((j) => `WHEN ${litText(j.kode)} THEN ${litText(`${j.kode} (${j.label})`)}`).join(' ');
	return `CASE ${column} ${kasus} END`;
}

/** The method's name in words (domain/analytics.ts); an IKM with a value but no stated method says so. */
function measureMethod(metode: string, value: string): string {
	const kasus = Object.entries(IKM_METHOD_NAMES)
		.map(([k, v]) => `WHEN ${litText(k)} THEN ${litText(v)}`)
		.join(' ');
	return `CASE WHEN ${value} IS NULL THEN NULL ELSE coalesce(CASE ${metode} ${kasus} END, ${litText(METHOD_NOT_STATED)}) END`;
}

/**
 * One IKM value per kecamatan and year. Within a report, the data build marked the
 * chosen statement of each year (`dipilih`, domain/ikm-choice.ts, with the report's
 * other values in `beda`); across reports, the report of that very year first, then
 * the newest (the same rule, stated in ATURAN_IKM). It reads the statements chosen
 * (summaries.ts ikm_pilihan), picked among the rows of one IKM year, so a query over
 * a year reads that year's file.
 */
const CTE_IKM = `ikm_pilih AS MATERIALIZED (
	SELECT i.kecamatan, i.kode_kecamatan AS kode, k.slug, i.tahun, i.target, i.realisasi, i.mutu, i.realisasi_raw,
		i.mutu_permenpan, i.metode, i.metode_line, i.bagian, i.beda, i.file, i.line, i.raw, i.page, i.letak, i.laporan_id, i.tahun_laporan, i.sumber
	FROM ikm_pilihan i LEFT JOIN kecamatan k ON k.kode = i.kode_kecamatan
	WHERE i.realisasi IS NOT NULL AND i.dipilih
	QUALIFY row_number() OVER (
		PARTITION BY i.kode_kecamatan, i.tahun
		ORDER BY (i.tahun_laporan = i.tahun) DESC, i.tahun_laporan DESC, i.file, i.line, i.sumber
	) = 1
)`;

/**
 * Budget totals per kecamatan and year: the report's own total row; when a report
 * has no total row, the sum of its programs (marked `dihitung`); for years that a
 * report only mentions in its text (anggaran_tahun_lain), those figures. It reads the
 * budget summaries (summaries.ts anggaran_pokok and anggaran_kutipan: those rows only,
 * with the columns read here), not the whole budget tree, so pages that show totals
 * fetch a fraction of its bytes; a query over a year reads that year's files.
 */
const CTE_ANGGARAN_TOTAL = `anggaran_laporan AS (
	SELECT kecamatan, kode_kecamatan, laporan_id, tahun_laporan AS tahun, pagu, realisasi, serapan, file, line, raw, page, letak, false AS dihitung, 0 AS prioritas, sumber
	FROM anggaran_pokok WHERE level = 'total'
	UNION ALL
	SELECT kecamatan, kode_kecamatan, laporan_id, tahun_laporan, CAST(sum(pagu) AS BIGINT), CAST(sum(realisasi) AS BIGINT),
		${serapanOfSums('sum(realisasi)', 'sum(pagu)')}, min(file), min(line), 'jumlah ' || count(*) || ' program', NULL, NULL, true, 1, sumber
	FROM anggaran_pokok a
	WHERE level = 'program' AND NOT EXISTS (
		SELECT 1 FROM anggaran_pokok t WHERE t.level = 'total' AND t.laporan_id = a.laporan_id AND t.sumber = a.sumber)
	GROUP BY laporan_id, kecamatan, kode_kecamatan, tahun_laporan, sumber
	UNION ALL
	SELECT kecamatan, kode_kecamatan, NULL, tahun, pagu, realisasi, serapan, file, line, raw, page, letak, false, 2, sumber
	FROM anggaran_kutipan WHERE pagu IS NOT NULL AND tahun <> tahun_laporan
),
anggaran_total AS MATERIALIZED (
	SELECT l.kecamatan, l.kode_kecamatan AS kode, k.slug, l.tahun, l.pagu, l.realisasi, l.serapan,
		-- the data build's scope of the report's total (domain/anggaran-scope.ts); quoted totals count as whole
		coalesce(r.cakupan_anggaran, 'seluruh') AS cakupan,
		l.file, l.line, l.raw, l.page, l.letak, l.dihitung, l.sumber
	FROM anggaran_laporan l LEFT JOIN kecamatan k ON k.kode = l.kode_kecamatan
	LEFT JOIN laporan r ON r.laporan_id = l.laporan_id AND r.sumber = l.sumber
	QUALIFY row_number() OVER (PARTITION BY l.kode_kecamatan, l.tahun ORDER BY l.prioritas, l.file, l.line, l.sumber) = 1
)`;

/**
 * The kabupaten's IKM per year as the reports print it (table ikm_kabupaten), one
 * value per year by domain/ikm-kabupaten.ts URUTAN_IKM_KABUPATEN: the value most
 * reports print, then the newest report's, then file and line. `ikm_kabupaten_beda`
 * lists the other printed values with their places, `ikm_kabupaten_sumber` every
 * place of the one used. A report printing a value twice counts once.
 */
const CTE_IKM_KABUPATEN = `ikm_kab_cetak AS (
	SELECT tahun, realisasi, realisasi_raw, kabupaten, laporan_id, tahun_laporan, file, line, page, letak, sumber
	FROM ikm_kabupaten
	QUALIFY row_number() OVER (PARTITION BY laporan_id, sumber, tahun, realisasi ORDER BY line, file) = 1
),
ikm_kab_hitung AS (
	SELECT *, count(*) OVER (PARTITION BY tahun, realisasi) AS jumlah_laporan FROM ikm_kab_cetak
),
ikm_kab AS MATERIALIZED (
	SELECT h.tahun, h.realisasi AS ikm_kabupaten, h.realisasi_raw AS ikm_kabupaten_raw, h.kabupaten AS ikm_kabupaten_nama,
		h.file AS ikm_kabupaten_file, h.line AS ikm_kabupaten_line, h.page AS ikm_kabupaten_page, h.jumlah_laporan AS ikm_kabupaten_laporan,
		(SELECT string_agg(o.file || ' baris ' || o.line, ', ' ORDER BY o.file, o.line, o.sumber) FROM ikm_kab_cetak o
			WHERE o.tahun = h.tahun AND o.realisasi = h.realisasi) AS ikm_kabupaten_sumber,
		(SELECT string_agg(o.realisasi_raw || ' (' || o.file || ' baris ' || o.line || ')', '; ' ORDER BY o.realisasi, o.file, o.line, o.sumber) FROM ikm_kab_cetak o
			WHERE o.tahun = h.tahun AND o.realisasi <> h.realisasi) AS ikm_kabupaten_beda,
		bool_or(h.sumber = 'unggahan') OVER (PARTITION BY h.tahun) AS ikm_kabupaten_unggahan
	FROM ikm_kab_hitung h
	QUALIFY row_number() OVER (PARTITION BY h.tahun ORDER BY h.jumlah_laporan DESC, h.tahun_laporan DESC, h.file, h.line, h.sumber) = 1
)`;

/** The columns of ikm_kab a row gets beside its year (alias `kb`): the kabupaten's IKM of that year where the reports print it. */
export type KabupatenIkmColumns = {
	ikm_kabupaten: number | null;
	ikm_kabupaten_raw: string | null;
	ikm_kabupaten_nama: string | null;
	ikm_kabupaten_sumber: string | null;
	ikm_kabupaten_beda: string | null;
	ikm_kabupaten_laporan: number | null;
};

/** The columns of ikm_kab a row gets beside its year (alias `kb`). */
const KOLOM_IKM_KABUPATEN =
	'kb.ikm_kabupaten, kb.ikm_kabupaten_raw, kb.ikm_kabupaten_nama, kb.ikm_kabupaten_sumber, kb.ikm_kabupaten_beda, kb.ikm_kabupaten_laporan';

/** A WITH clause; a CTE that two parts of a query both need (CTE_ANGGARAN_TOTAL) is written once. */
function withCtes(...ctes: string[]): string {
	return `WITH ${[...new Set(ctes)].join(',\n')}\n`;
}

// ---------------------------------------------------------------- per-year comparisons

/** The published answer of the per-year comparisons (comparison-years.ts), read in SQL like a table. */
export const COMPARISON_YEARS = 'pembanding_tahun';

/**
 * The efficiency quadrant's points (sqlEfficiency): mean capaian per kecamatan and
 * report year over its indicators with a capaian (or over one indicator), beside the
 * year's serapan, for every kecamatan with both figures.
 */
function efficiencyCtes(indikator: string | null): string[] {
	// columns qualified: an unqualified `indikator` would read as the detailed table (lazy-tables.ts tablesRead)
	const saringIndikator = indikator ? `AND coalesce(i.kunci, i.indikator) = ${litText(indikator)}` : '';
	return [
		CTE_ANGGARAN_TOTAL,
		`capaian_satu AS MATERIALIZED (
	SELECT i.kode_kecamatan, i.tahun_laporan, i.capaian, i.sumber FROM indikator_angka i
	WHERE i.capaian IS NOT NULL ${saringIndikator}
	-- an upload of a published report repeats its rows: each indicator row once, published first
	QUALIFY row_number() OVER (PARTITION BY i.kode_kecamatan, i.tahun_laporan, i.no, coalesce(i.kunci, i.indikator) ORDER BY i.sumber, i.file, i.line) = 1
)`,
		`capaian_kec AS MATERIALIZED (
	SELECT kode_kecamatan AS kode, tahun_laporan AS tahun, avg(capaian ORDER BY capaian) AS capaian, count(*) AS jumlah_indikator,
		bool_or(sumber = 'unggahan') AS unggahan
	FROM capaian_satu GROUP BY kode_kecamatan, tahun_laporan
)`,
		`titik AS MATERIALIZED (
	SELECT a.kecamatan, a.slug, a.tahun, c.capaian, c.jumlah_indikator, a.serapan, a.pagu, a.realisasi, a.cakupan,
		a.file, a.line, a.raw, a.page, a.letak, a.sumber, c.unggahan
	FROM capaian_kec c JOIN anggaran_total a ON a.kode = c.kode AND a.tahun = c.tahun
	WHERE a.serapan IS NOT NULL
)`
	];
}

/**
 * What a kecamatan is compared with, per year, over every kecamatan (issue 10): each
 * one CTE named here, computed from the shared CTEs, or read from the published answer
 * `pembanding_tahun` that the data build writes from these very CTEs
 * (sqlComparisonYears), so a kecamatan page reads its own rows (its part) and that
 * small file instead of every kecamatan's rows. The comparison with the others is
 * taken from these sums by leaving the kecamatan's own figure out:
 *
 * - `ikm_tahun`: kecamatan with an IKM (ikm_pilih) and the sum of their IKM;
 * - `serapan_tahun`: kecamatan with a serapan of their whole budget (cakupan
 *   'seluruh') and their pagu and realisasi summed exactly (BIGINT: the serapan of
 *   the others comes from sums, never from a mean of percentages);
 * - `titik_tahun`: the medians of the efficiency quadrant and its points' count.
 *
 * Sums and means of doubles here are taken in the order of their values: summed in the
 * order rows happen to arrive, their last bits (and so a published file's hash) changed
 * with the order the data build wrote the reports in.
 */
const COMPARISONS = {
	ikm_tahun: {
		ctes: () => [CTE_IKM],
		kolom: ['ikm_jumlah', 'ikm_total'],
		ada: 'ikm_jumlah > 0',
		select: 'SELECT tahun, count(*) AS ikm_jumlah, sum(realisasi ORDER BY realisasi) AS ikm_total FROM ikm_pilih GROUP BY tahun'
	},
	serapan_tahun: {
		ctes: () => [CTE_ANGGARAN_TOTAL],
		kolom: ['serapan_jumlah', 'serapan_pagu', 'serapan_realisasi'],
		ada: 'serapan_jumlah > 0',
		select: `SELECT tahun, count(*) AS serapan_jumlah, CAST(sum(pagu) AS BIGINT) AS serapan_pagu, CAST(sum(realisasi) AS BIGINT) AS serapan_realisasi
	FROM anggaran_total WHERE serapan IS NOT NULL AND cakupan = 'seluruh' GROUP BY tahun`
	},
	titik_tahun: {
		ctes: () => efficiencyCtes(null),
		kolom: ['median_capaian', 'median_serapan', 'jumlah_tahun'],
		ada: 'jumlah_tahun > 0',
		select: 'SELECT tahun, median(capaian) AS median_capaian, median(serapan) AS median_serapan, count(*) AS jumlah_tahun FROM titik GROUP BY tahun'
	}
} as const;
type ComparisonName = keyof typeof COMPARISONS;

/** The CTE `name`: read from the published answer, or computed over every kecamatan the views hold. */
function comparisonCte(name: ComparisonName, published: boolean): string {
	const c = COMPARISONS[name];
	return published
		? `${name} AS MATERIALIZED (SELECT tahun, ${c.kolom.join(', ')} FROM ${COMPARISON_YEARS} WHERE ${c.ada})`
		: `${name} AS MATERIALIZED (${c.select})`;
}

/** The CTEs a query needs for comparison `name`, ending with it. */
function comparisonCtes(name: ComparisonName, published: boolean): string[] {
	return published ? [comparisonCte(name, true)] : [...COMPARISONS[name].ctes(), comparisonCte(name, false)];
}

export type ComparisonYearRow = {
	tahun: number;
	ikm_jumlah: number;
	ikm_total: number | null;
	serapan_jumlah: number;
	serapan_pagu: Rupiah | null;
	serapan_realisasi: Rupiah | null;
	median_capaian: number | null;
	median_serapan: number | null;
	jumlah_tahun: number;
};

/** The published answer: every comparison per year (a year any of them has), computed over every kecamatan. */
export function sqlComparisonYears(): Query<ComparisonYearRow> {
	const names = Object.keys(COMPARISONS) as ComparisonName[];
	return `${withCtes(...names.flatMap((n) => comparisonCtes(n, false)))}
SELECT t.tahun, coalesce(i.ikm_jumlah, 0) AS ikm_jumlah, i.ikm_total,
	coalesce(s.serapan_jumlah, 0) AS serapan_jumlah, s.serapan_pagu, s.serapan_realisasi,
	m.median_capaian, m.median_serapan, coalesce(m.jumlah_tahun, 0) AS jumlah_tahun
FROM (SELECT tahun FROM ikm_tahun UNION SELECT tahun FROM serapan_tahun UNION SELECT tahun FROM titik_tahun) t
LEFT JOIN ikm_tahun i ON i.tahun = t.tahun
LEFT JOIN serapan_tahun s ON s.tahun = t.tahun
LEFT JOIN titik_tahun m ON m.tahun = t.tahun
ORDER BY t.tahun`;
}

// ---------------------------------------------------------------- Beranda

/**
 * Years that can be chosen, newest last: every year with a report, an IKM value or a
 * budget realisation, including years known only from a later report's comparison
 * tables (`jumlah_laporan` = 0 then, so the page can say where its figures come from).
 */
export type ReportYearRow = { tahun: number; jumlah_laporan: number };

export function sqlReportYears(): Query<ReportYearRow> {
	return `${withCtes(CTE_IKM, CTE_ANGGARAN_TOTAL)}
SELECT t.tahun, (SELECT count(*) FROM laporan l WHERE l.tahun = t.tahun) AS jumlah_laporan
FROM (SELECT tahun FROM laporan UNION SELECT tahun FROM ikm_pilih UNION SELECT tahun FROM anggaran_total WHERE realisasi IS NOT NULL) t
ORDER BY t.tahun`;
}

/** A sum of rupiah (HUGEINT): a number while exact, else a bigint (executor.ts). */
export type Rupiah = number | bigint;

export type KpiRow = {
	jumlah_kecamatan: number;
	kecamatan_berlaporan: number;
	kecamatan_berlaporan_tahun: number;
	kecamatan_unggahan: number;
	kecamatan_unggahan_tahun: number;
	ikm_median: number | null;
	ikm_min: number | null;
	ikm_max: number | null;
	ikm_jumlah: number;
	ikm_beda: number;
	ikm_median_sama: number | null;
	ikm_median_lalu_sama: number | null;
	ikm_sama_jumlah: number;
	pagu: Rupiah | null;
	realisasi: Rupiah | null;
	serapan: number | null;
	serapan_cakupan_lain: number;
	serapan_sama: number | null;
	serapan_lalu_sama: number | null;
	serapan_sama_jumlah: number;
	serapan_jumlah: number;
	indikator_jumlah: number;
	indikator_tercapai: number;
	ikm_unggahan: number;
	anggaran_unggahan: number;
	indikator_unggahan: number;
};

/**
 * Headline tiles for one year, with the previous year for comparison. A change is
 * only computed over the same kecamatan in both years (`*_sama`, with their count):
 * three kecamatan this year against the two of last year is a change of set, not of figures.
 */
export function sqlKpi(year: number): Query<KpiRow> {
	const t = litInt(year);
	const tl = litInt(year - 1);
	return `${withCtes(
		CTE_IKM,
		CTE_ANGGARAN_TOTAL,
		`ikm_sama AS (
	SELECT a.realisasi AS kini, b.realisasi AS lalu FROM ikm_pilih a
	JOIN ikm_pilih b ON b.kode = a.kode AND b.tahun = ${tl}
	WHERE a.tahun = ${t}
)`,
		`serapan_sama AS (
	SELECT a.pagu AS pagu_kini, a.realisasi AS realisasi_kini, b.pagu AS pagu_lalu, b.realisasi AS realisasi_lalu
	FROM anggaran_total a JOIN anggaran_total b ON b.kode = a.kode AND b.tahun = ${tl}
	WHERE a.tahun = ${t} AND a.serapan IS NOT NULL AND b.serapan IS NOT NULL AND a.cakupan = 'seluruh' AND b.cakupan = 'seluruh'
)`
	)}
SELECT
	(SELECT count(*) FROM kecamatan) AS jumlah_kecamatan,
	(SELECT count(*) FROM kecamatan WHERE ada_laporan) AS kecamatan_berlaporan,
	(SELECT count(DISTINCT kode_kecamatan) FROM laporan WHERE tahun = ${t}) AS kecamatan_berlaporan_tahun,
	-- counted only because of uploads in this browser: the tiles say so
	(SELECT count(*) FROM kecamatan_terbit k WHERE NOT k.ada_laporan
		AND EXISTS (SELECT 1 FROM laporan_unggahan u WHERE u.kode_kecamatan = k.kode)) AS kecamatan_unggahan,
	(SELECT count(DISTINCT u.kode_kecamatan) FROM laporan_unggahan u WHERE u.tahun = ${t}
		AND NOT EXISTS (SELECT 1 FROM laporan_terbit l WHERE l.kode_kecamatan = u.kode_kecamatan AND l.tahun = ${t})) AS kecamatan_unggahan_tahun,
	(SELECT median(realisasi) FROM ikm_pilih WHERE tahun = ${t}) AS ikm_median,
	(SELECT min(realisasi) FROM ikm_pilih WHERE tahun = ${t}) AS ikm_min,
	(SELECT max(realisasi) FROM ikm_pilih WHERE tahun = ${t}) AS ikm_max,
	(SELECT count(*) FROM ikm_pilih WHERE tahun = ${t}) AS ikm_jumlah,
	(SELECT count(*) FROM ikm_pilih WHERE tahun = ${t} AND beda IS NOT NULL) AS ikm_beda,
	(SELECT median(kini) FROM ikm_sama) AS ikm_median_sama,
	(SELECT median(lalu) FROM ikm_sama) AS ikm_median_lalu_sama,
	(SELECT count(*) FROM ikm_sama) AS ikm_sama_jumlah,
	(SELECT CAST(sum(pagu) AS HUGEINT) FROM anggaran_total WHERE tahun = ${t} AND realisasi IS NOT NULL AND cakupan = 'seluruh') AS pagu,
	(SELECT CAST(sum(realisasi) AS HUGEINT) FROM anggaran_total WHERE tahun = ${t} AND pagu IS NOT NULL AND cakupan = 'seluruh') AS realisasi,
	(SELECT ${serapanOfSums('sum(realisasi)', 'sum(pagu)')} FROM anggaran_total
		WHERE tahun = ${t} AND pagu IS NOT NULL AND realisasi IS NOT NULL AND cakupan = 'seluruh') AS serapan,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND serapan IS NOT NULL AND cakupan <> 'seluruh') AS serapan_cakupan_lain,
	(SELECT ${serapanOfSums('sum(realisasi_kini)', 'sum(pagu_kini)')} FROM serapan_sama) AS serapan_sama,
	(SELECT ${serapanOfSums('sum(realisasi_lalu)', 'sum(pagu_lalu)')} FROM serapan_sama) AS serapan_lalu_sama,
	(SELECT count(*) FROM serapan_sama) AS serapan_sama_jumlah,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND serapan IS NOT NULL AND cakupan = 'seluruh') AS serapan_jumlah,
	(SELECT count(*) FROM indikator_capaian WHERE tahun_laporan = ${t} AND capaian IS NOT NULL) AS indikator_jumlah,
	(SELECT count(*) FROM indikator_capaian WHERE tahun_laporan = ${t} AND capaian >= 100) AS indikator_tercapai,
	(SELECT count(*) FROM ikm_pilih WHERE tahun = ${t} AND sumber = 'unggahan') AS ikm_unggahan,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND sumber = 'unggahan') AS anggaran_unggahan,
	(SELECT count(*) FROM indikator_capaian WHERE tahun_laporan = ${t} AND capaian IS NOT NULL AND sumber = 'unggahan') AS indikator_unggahan`;
}

// ---------------------------------------------------------------- long lists

/** The method most of one year's IKM were measured by ('' = not stated), for marking the others. */
function commonMethod(t: string): string {
	return `metode_umum AS MATERIALIZED (
	SELECT coalesce(metode, '') AS m FROM ikm_pilih WHERE tahun = ${t}
	GROUP BY coalesce(metode, '') ORDER BY count(*) DESC, coalesce(metode, '') LIMIT 1
)`;
}

/*
 * A ranking or table over every kecamatan carries, per row: `nomor` (its place in
 * the table's order) and `jumlah_baris` (rows in all), `peringkat` (its kecamatan's
 * place in the ranking, best first) and `jumlah_kecamatan` (kecamatan ranked).
 * The page never receives the whole list: `sqlPotong` cuts what a chart draws
 * and what its table ships (limits in batas.ts).
 */

/**
 * What the page gets of a long list, in one pass over it: the rows of the `ujung`
 * best and `ujung` worst kecamatan (`di_grafik`: all when there are at most 2·ujung)
 * and the table's first `awal` rows (`di_tabel`), in table order.
 */
export type ListColumns = { nomor: number; peringkat: number; jumlah_baris: number; jumlah_kecamatan: number };
export type SliceColumns = { di_grafik: boolean; di_tabel: boolean };

export function sqlSlice<R extends ListColumns>(list: Query<R>, ujung: number, start: number): Query<R & SliceColumns> {
	const u = litInt(ujung);
	const grafik = `(peringkat <= ${u} OR peringkat > jumlah_kecamatan - ${u})`;
	const table = `(nomor <= ${litInt(start)})`;
	return `SELECT *, ${grafik} AS di_grafik, ${table} AS di_tabel FROM (${list}) d WHERE ${grafik} OR ${table} ORDER BY nomor`;
}

export type IkmRankingRow = SourceColumns &
	ListColumns &
	KabupatenIkmColumns & {
		kecamatan: string;
		slug: string;
		tahun: number;
		realisasi: number;
		target: number | null;
		mutu: string | null;
		mutu_permenpan: string | null;
		mutu_baku: string | null;
		metode: string | null;
		cara_ukur: string | null;
		beda: string | null;
		realisasi_lalu: number | null;
		selisih: number | null;
		metode_lain: boolean;
		rata_kecamatan: number;
	};

/**
 * IKM of every kecamatan in one year, best first, with last year's value, the mean of
 * the kecamatan ranked, and the kabupaten's IKM where the reports print it (CTE ikm_kab).
 */
export function sqlIkmRanking(year: number): Query<IkmRankingRow> {
	const t = litInt(year);
	return `${withCtes(CTE_IKM, commonMethod(t), CTE_IKM_KABUPATEN)}
SELECT a.kecamatan, a.slug, a.tahun, a.realisasi, a.target, a.mutu, a.mutu_permenpan, ${standardMutu('a.mutu_permenpan')} AS mutu_baku,
	a.metode, ${measureMethod('a.metode', 'a.realisasi')} AS cara_ukur, a.beda, a.file, a.line, a.raw, a.page, a.letak,
	${unggahan('a.')},
	b.realisasi AS realisasi_lalu,
	a.realisasi - b.realisasi AS selisih,
	-- the ranking mixes methods when some IKM was measured otherwise than most of that year's (domain/analytics.ts)
	coalesce(a.metode, '') <> (SELECT m FROM metode_umum) AS metode_lain,
	avg(a.realisasi) OVER () AS rata_kecamatan,
	${KOLOM_IKM_KABUPATEN},
	row_number() OVER (ORDER BY a.realisasi DESC, a.kecamatan, a.kode) AS nomor,
	row_number() OVER (ORDER BY a.realisasi DESC, a.kecamatan, a.kode) AS peringkat,
	count(*) OVER () AS jumlah_baris,
	count(*) OVER () AS jumlah_kecamatan
FROM ikm_pilih a
LEFT JOIN ikm_pilih b ON b.kode = a.kode AND b.tahun = a.tahun - 1
LEFT JOIN ikm_kab kb ON kb.tahun = a.tahun
WHERE a.tahun = ${t}
ORDER BY a.realisasi DESC, a.kecamatan, a.kode`;
}

export type KecamatanSerapanRow = SourceColumns &
	ListColumns & {
		kecamatan: string;
		slug: string;
		tahun: number;
		pagu: number | null;
		realisasi: number | null;
		serapan: number;
		cakupan: AnggaranScope;
		dihitung: boolean;
		serapan_lalu: number | null;
		selisih: number | null;
		serapan_gabungan: number | null;
		jumlah_gabungan: number;
	};

/** Budget absorption per kecamatan in one year, highest first. */
export function sqlKecamatanSerapan(year: number): Query<KecamatanSerapanRow> {
	const t = litInt(year);
	return `${withCtes(CTE_ANGGARAN_TOTAL)}
SELECT a.kecamatan, a.slug, a.tahun, a.pagu, a.realisasi, a.serapan, a.cakupan, a.file, a.line, a.raw, a.page, a.letak, a.dihitung, ${unggahan('a.')},
	b.serapan AS serapan_lalu,
	a.serapan - b.serapan AS selisih,
	-- combined over budgets of the same (whole) scope only
	${serapanOfSums("sum(CASE WHEN a.cakupan = 'seluruh' THEN a.realisasi END) OVER ()", "sum(CASE WHEN a.cakupan = 'seluruh' THEN a.pagu END) OVER ()")} AS serapan_gabungan,
	count(CASE WHEN a.cakupan = 'seluruh' THEN 1 END) OVER () AS jumlah_gabungan,
	row_number() OVER (ORDER BY a.serapan DESC, a.kecamatan, a.kode) AS nomor,
	row_number() OVER (ORDER BY a.serapan DESC, a.kecamatan, a.kode) AS peringkat,
	count(*) OVER () AS jumlah_baris,
	count(*) OVER () AS jumlah_kecamatan
FROM anggaran_total a
LEFT JOIN anggaran_total b ON b.kode = a.kode AND b.tahun = a.tahun - 1
WHERE a.tahun = ${t} AND a.serapan IS NOT NULL
ORDER BY a.serapan DESC, a.kecamatan, a.kode`;
}

/**
 * Capaian per kecamatan and indicator in one report year. Indicators are grouped
 * by their canonical key, or by their printed name when no rule recognised them,
 * and labelled by the mapping's standard name (indikator_baku, data/indikator.csv),
 * so no report or upload relabels an indicator; `tercetak` is what this kecamatan printed.
 * Kecamatan are ranked by their mean capaian over the indicators they report.
 */
export type CapaianMatrixRow = SourceColumns &
	ListColumns & {
		kecamatan: string;
		kode: string;
		slug: string;
		kunci: string;
		label: string;
		tercetak: string;
		capaian: number;
		target_raw: string;
		realisasi_raw: string;
		capaian_raw: string;
	};

export function sqlCapaianMatrix(year: number): Query<CapaianMatrixRow> {
	const t = litInt(year);
	return `WITH sel AS (
	SELECT i.kecamatan, i.kode_kecamatan AS kode, k.slug, coalesce(i.kunci, i.indikator) AS kunci,
		coalesce(i.indikator_baku, i.indikator) AS label, i.indikator AS tercetak,
		i.capaian, i.target_raw, i.realisasi_raw, i.capaian_raw, i.file, i.line, i.raw, i.page, i.letak, ${unggahan('i.')}
	FROM indikator_capaian i LEFT JOIN kecamatan k ON k.kode = i.kode_kecamatan
	WHERE i.tahun_laporan = ${t} AND i.capaian IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY i.kode_kecamatan, coalesce(i.kunci, i.indikator) ORDER BY i.no, i.file, i.line, i.sumber) = 1
),
urut AS (
	SELECT kode, row_number() OVER (ORDER BY avg(capaian) DESC, min(kecamatan), kode) AS peringkat,
		count(*) OVER () AS jumlah_kecamatan
	FROM sel GROUP BY kode
)
SELECT s.*, u.peringkat, u.jumlah_kecamatan,
	row_number() OVER (ORDER BY s.label, s.kecamatan, s.kode, s.kunci) AS nomor,
	count(*) OVER () AS jumlah_baris
FROM sel s JOIN urut u ON u.kode = s.kode
ORDER BY s.label, s.kecamatan, s.kode, s.kunci`;
}

export type KecamatanListRow = KecamatanRow & {
	/** "2021, 2023", or null when none */
	tahun_laporan: string | null;
	tahun_terbaru: number | null;
};

/** Every kecamatan with the years it has reports for; none = not yet reported. */
export function sqlKecamatanList(): Query<KecamatanListRow> {
	// one pass over laporan grouped, not a lookup per kecamatan: a third faster at 7.277 in DuckDB-WASM
	return `SELECT k.kode, k.kecamatan, k.slug, k.jumlah_desa, k.jumlah_kelurahan, k.ada_laporan, l.tahun_laporan, l.tahun_terbaru
FROM kecamatan k LEFT JOIN (
	SELECT kode_kecamatan, string_agg(CAST(tahun AS VARCHAR), ', ' ORDER BY tahun) AS tahun_laporan, max(tahun) AS tahun_terbaru
	FROM laporan GROUP BY kode_kecamatan
) l ON l.kode_kecamatan = k.kode
ORDER BY k.kode`;
}

/**
 * The chooser's suggestions past the shipped list: kecamatan whose name contains what
 * was typed (any case), or whose code or slug it is, exact matches first, at most
 * `batas`. The columns are sqlKecamatanList's, so a suggestion is a list row.
 */
export function sqlSearchKecamatan(text: string, limit: number): string {
	const t = litText(text.trim().toLowerCase());
	return `SELECT k.kode, k.kecamatan, k.slug, k.jumlah_desa, k.jumlah_kelurahan, k.ada_laporan,
	(SELECT string_agg(CAST(l.tahun AS VARCHAR), ', ' ORDER BY l.tahun) FROM laporan l WHERE l.kode_kecamatan = k.kode) AS tahun_laporan,
	(SELECT max(l.tahun) FROM laporan l WHERE l.kode_kecamatan = k.kode) AS tahun_terbaru
FROM kecamatan k
WHERE strpos(lower(k.kecamatan), ${t}) > 0 OR k.kode = ${t} OR k.slug = ${t}
ORDER BY (lower(k.kecamatan) = ${t} OR k.kode = ${t} OR k.slug = ${t}) DESC, k.kode
LIMIT ${litInt(limit)}`;
}

/**
 * Mean capaian per kecamatan and report year, over the report's indicators (one per
 * indicator, picked as in the heatmap, sqlCapaianMatriks), with where the measurement
 * table starts (the first indicator's line) as its source.
 */
const CTE_CAPAIAN_RATA = `capaian_sel AS (
	SELECT i.kecamatan, i.kode_kecamatan AS kode, i.tahun_laporan AS tahun, i.capaian, i.file, i.line, i.raw, i.page, i.letak, i.sumber
	FROM indikator_capaian i WHERE i.capaian IS NOT NULL
	QUALIFY row_number() OVER (
		PARTITION BY i.kode_kecamatan, i.tahun_laporan, coalesce(i.kunci, i.indikator) ORDER BY i.no, i.file, i.line, i.sumber
	) = 1
),
capaian_rata AS MATERIALIZED (
	SELECT kode, tahun, avg(capaian ORDER BY capaian) AS capaian_rata, count(*) AS capaian_jumlah,
		arg_min(file, line) AS file, min(line) AS line, arg_min(raw, line) AS raw, arg_min(page, line) AS page,
		arg_min(letak, line) AS letak, bool_or(sumber = 'unggahan') AS unggahan
	FROM capaian_sel GROUP BY kode, tahun
)`;

/**
 * The map of one year: every kecamatan of the list (by Kemendagri code), with its IKM,
 * serapan and mean capaian of that year where there are figures, each with its source,
 * and whether it has a report of that year (`ada_laporan_tahun`).
 */
export type MapRow = {
	kode: string;
	kecamatan: string;
	slug: string;
	ada_laporan_tahun: boolean;
	ikm: number | null;
	ikm_file: string | null;
	ikm_line: number | null;
	ikm_raw: string | null;
	ikm_letak: string | null;
	ikm_unggahan: boolean | null;
	serapan: number | null;
	pagu: number | null;
	realisasi: number | null;
	cakupan: AnggaranScope | null;
	dihitung: boolean | null;
	serapan_file: string | null;
	serapan_line: number | null;
	serapan_raw: string | null;
	serapan_letak: string | null;
	serapan_unggahan: boolean | null;
	capaian_rata: number | null;
	capaian_jumlah: number | null;
	capaian_file: string | null;
	capaian_line: number | null;
	capaian_raw: string | null;
	capaian_letak: string | null;
	capaian_unggahan: boolean;
};

export function sqlMap(year: number): Query<MapRow> {
	const t = litInt(year);
	return `${withCtes(CTE_IKM, CTE_ANGGARAN_TOTAL, CTE_CAPAIAN_RATA)}
SELECT k.kode, k.kecamatan, k.slug,
	EXISTS (SELECT 1 FROM laporan l WHERE l.kode_kecamatan = k.kode AND l.tahun = ${t}) AS ada_laporan_tahun,
	i.realisasi AS ikm, i.file AS ikm_file, i.line AS ikm_line, i.raw AS ikm_raw, i.letak AS ikm_letak,
	(i.sumber = 'unggahan') AS ikm_unggahan,
	a.serapan, a.pagu, a.realisasi, a.cakupan, a.dihitung, a.file AS serapan_file, a.line AS serapan_line,
	a.raw AS serapan_raw, a.letak AS serapan_letak,
	(a.sumber = 'unggahan') AS serapan_unggahan,
	c.capaian_rata, c.capaian_jumlah, c.file AS capaian_file, c.line AS capaian_line, c.raw AS capaian_raw,
	c.letak AS capaian_letak, coalesce(c.unggahan, false) AS capaian_unggahan
FROM kecamatan k
LEFT JOIN ikm_pilih i ON i.kode = k.kode AND i.tahun = ${t}
LEFT JOIN anggaran_total a ON a.kode = k.kode AND a.tahun = ${t} AND a.serapan IS NOT NULL
LEFT JOIN capaian_rata c ON c.kode = k.kode AND c.tahun = ${t}
ORDER BY k.kode`;
}

// ---------------------------------------------------------------- Perbandingan

/**
 * IKM per year for the chosen kecamatan, and per year the mean of the kecamatan that
 * have a value (`jumlah_rata` of them: the set changes from year to year, pembanding.ts),
 * and, for the years the reports print it, the kabupaten's IKM (`kabupaten`, with its
 * places in `raw` and the other printed values in `beda`).
 */
/** A row of a trend: one kecamatan's, or the combined row of the year (`rata`), whose source fields are null. */
type KolomSumberTren = {
	file: string | null;
	line: number | null;
	raw: string | null;
	page: number | null;
	letak: string | null;
	unggahan: boolean | null;
	/** the combined row of the year (mean, total or the kabupaten's) */
	rata: boolean;
	/** kecamatan behind a combined row */
	jumlah_rata: number | null;
	selisih: number | null;
	catatan_selisih: string | null;
};

export type IkmTrendRow = KolomSumberTren & {
	kecamatan: string;
	slug: string | null;
	tahun: number;
	realisasi: number;
	target: number | null;
	mutu: string | null;
	mutu_permenpan: string | null;
	cara_ukur: string | null;
	beda: string | null;
	/** the kabupaten's printed IKM (a `rata` row too) */
	kabupaten: boolean;
	realisasi_lalu: number | null;
	metode_beda: boolean;
};

export function sqlIkmTrend(kecamatan: string[], year: number[] | null = null): Query<IkmTrendRow> {
	const filter = year ? `AND a.tahun IN ${litIntList(year)}` : '';
	return `${withCtes(
		CTE_IKM,
		`ikm_lalu AS MATERIALIZED (
	SELECT a.*, b.realisasi AS realisasi_lalu, b.metode AS metode_lalu FROM ikm_pilih a
	LEFT JOIN ikm_pilih b ON b.kode = a.kode AND b.tahun = a.tahun - 1
)`,
		`rata AS MATERIALIZED (
	SELECT a.tahun, avg(a.realisasi) AS realisasi, avg(a.target) AS target, count(*) AS jumlah, count(a.realisasi_lalu) AS jumlah_sama,
		avg(CASE WHEN a.realisasi_lalu IS NOT NULL THEN a.realisasi END) - avg(a.realisasi_lalu) AS selisih,
		bool_or(a.sumber = 'unggahan') AS unggahan
	FROM ikm_lalu a GROUP BY a.tahun
)`,
		CTE_IKM_KABUPATEN
	)}
SELECT a.kecamatan, a.slug, a.tahun, a.realisasi, a.target, a.mutu, a.mutu_permenpan, ${measureMethod('a.metode', 'a.realisasi')} AS cara_ukur, a.beda, a.file, a.line, a.raw, a.page, a.letak,
	false AS rata, false AS kabupaten, CAST(NULL AS BIGINT) AS jumlah_rata, ${unggahan('a.')},
	a.realisasi_lalu, a.realisasi - a.realisasi_lalu AS selisih,
	-- two IKM measured differently are not one series: the page marks the point and says so
	a.realisasi_lalu IS NOT NULL AND coalesce(a.metode, '') <> coalesce(a.metode_lalu, '') AS metode_beda,
	CASE WHEN a.realisasi_lalu IS NOT NULL AND coalesce(a.metode, '') <> coalesce(a.metode_lalu, '') THEN 'cara pengukuran berbeda dari tahun sebelumnya' END AS catatan_selisih
FROM ikm_lalu a WHERE a.slug IN ${litTextList(kecamatan)} ${filter}
UNION ALL
SELECT ${litText(KECAMATAN_AVERAGE_NAME)}, NULL, a.tahun, a.realisasi, a.target, NULL, NULL, NULL, NULL, NULL, NULL,
	'rata-rata ' || a.jumlah || ' kecamatan', NULL, NULL, true, false, a.jumlah,
	a.unggahan,
	NULL, a.selisih, false,
	-- a change of the mean is only a change over the same kecamatan: said when the sets differ
	CASE WHEN l.tahun IS NOT NULL AND a.jumlah_sama = 0 THEN 'tidak ada kecamatan yang sama di kedua tahun'
		WHEN l.tahun IS NOT NULL AND (a.jumlah_sama <> a.jumlah OR a.jumlah_sama <> l.jumlah)
		THEN 'perubahan atas ' || a.jumlah_sama || ' kecamatan yang ada di kedua tahun (tahun ini ' || a.jumlah || ', tahun sebelumnya ' || l.jumlah || ')' END
FROM rata a LEFT JOIN rata l ON l.tahun = a.tahun - 1
WHERE true ${filter}
UNION ALL
SELECT ${litText(KABUPATEN_IKM_NAME)}, NULL, a.tahun, a.ikm_kabupaten, NULL, NULL, NULL, NULL, a.ikm_kabupaten_beda, a.ikm_kabupaten_file, a.ikm_kabupaten_line,
	a.ikm_kabupaten_sumber, a.ikm_kabupaten_page, NULL, true, true, a.ikm_kabupaten_laporan, a.ikm_kabupaten_unggahan,
	NULL, NULL, false, NULL
FROM ikm_kab a WHERE true ${filter}
ORDER BY rata, kabupaten, kecamatan, slug, tahun`;
}

/** Serapan per year for the chosen kecamatan, and the kabupaten total per year. */
export type SerapanTrendRow = KolomSumberTren & {
	kecamatan: string;
	slug: string | null;
	tahun: number;
	pagu: Rupiah | null;
	realisasi: Rupiah | null;
	serapan: number | null;
	cakupan: AnggaranScope;
	dihitung: boolean | null;
	serapan_lalu: number | null;
};

export function sqlSerapanTrend(kecamatan: string[], year: number[] | null = null): Query<SerapanTrendRow> {
	const filter = year ? `AND a.tahun IN ${litIntList(year)}` : '';
	return `${withCtes(
		CTE_ANGGARAN_TOTAL,
		`serapan_lalu AS MATERIALIZED (
	SELECT a.*, b.serapan AS serapan_lalu, b.pagu AS pagu_lalu, b.realisasi AS realisasi_lalu, b.cakupan AS cakupan_lalu FROM anggaran_total a
	LEFT JOIN anggaran_total b ON b.kode = a.kode AND b.tahun = a.tahun - 1 AND b.serapan IS NOT NULL
	WHERE a.serapan IS NOT NULL
)`,
		`gabungan AS MATERIALIZED (
	SELECT a.tahun, CAST(sum(a.pagu) AS HUGEINT) AS pagu, CAST(sum(a.realisasi) AS HUGEINT) AS realisasi,
		${serapanOfSums('sum(a.realisasi)', 'sum(a.pagu)')} AS serapan, count(*) AS jumlah,
		count(CASE WHEN a.cakupan_lalu = 'seluruh' THEN 1 END) AS jumlah_sama,
		${serapanOfSums("sum(CASE WHEN a.cakupan_lalu = 'seluruh' THEN a.realisasi END)", "sum(CASE WHEN a.cakupan_lalu = 'seluruh' THEN a.pagu END)")}
			- ${serapanOfSums("sum(CASE WHEN a.cakupan_lalu = 'seluruh' THEN a.realisasi_lalu END)", "sum(CASE WHEN a.cakupan_lalu = 'seluruh' THEN a.pagu_lalu END)")} AS selisih,
		bool_or(a.sumber = 'unggahan') AS unggahan
	FROM serapan_lalu a WHERE a.cakupan = 'seluruh' GROUP BY a.tahun
)`
	)}
SELECT a.kecamatan, a.slug, a.tahun, a.pagu, a.realisasi, a.serapan, a.cakupan, a.file, a.line, a.raw, a.page, a.letak, a.dihitung, false AS rata, CAST(NULL AS BIGINT) AS jumlah_rata, ${unggahan('a.')},
	a.serapan_lalu, a.serapan - a.serapan_lalu AS selisih,
	CASE WHEN a.serapan_lalu IS NOT NULL AND a.cakupan <> a.cakupan_lalu THEN 'cakupan anggaran berbeda dari tahun sebelumnya' END AS catatan_selisih
FROM serapan_lalu a WHERE a.slug IN ${litTextList(kecamatan)} ${filter}
UNION ALL
SELECT ${litText(COMBINED_NAME)}, NULL, a.tahun, a.pagu, a.realisasi, a.serapan, 'seluruh', NULL, NULL,
	'jumlah ' || a.jumlah || ' kecamatan', NULL, NULL, true, true, a.jumlah,
	a.unggahan,
	NULL, a.selisih,
	CASE WHEN l.tahun IS NOT NULL AND a.jumlah_sama = 0 THEN 'tidak ada kecamatan yang sama di kedua tahun'
		WHEN l.tahun IS NOT NULL AND (a.jumlah_sama <> a.jumlah OR a.jumlah_sama <> l.jumlah)
		THEN 'perubahan atas ' || a.jumlah_sama || ' kecamatan yang ada di kedua tahun (tahun ini ' || a.jumlah || ', tahun sebelumnya ' || l.jumlah || ')' END
FROM gabungan a LEFT JOIN gabungan l ON l.tahun = a.tahun - 1
WHERE true ${filter}
ORDER BY rata, kecamatan, slug, tahun`;
}

/**
 * Budget per program for the chosen kecamatan and years (for the stacked composition chart).
 * Programs line up by their Permendagri 90/2019 code (data/program.csv, mapped by the data
 * build): `program` is the standard name, or the printed name when no rule knew it.
 */
export type CompositionRow = SourceColumns & {
	kecamatan: string;
	slug: string;
	tahun: number;
	kode_program: string | null;
	program: string;
	program_tercetak: string;
	pagu: number | null;
	realisasi: number | null;
	serapan: number | null;
};

export function sqlProgramComposition(kecamatan: string[], year: number[]): Query<CompositionRow> {
	return `SELECT a.kecamatan, k.slug, a.tahun_laporan AS tahun, a.kode_program, coalesce(a.program_baku, a.uraian) AS program,
	a.uraian AS program_tercetak, a.pagu, a.realisasi,
	a.serapan,
	a.file, a.line, a.raw, a.page, a.letak, ${unggahan('a.')}
FROM anggaran_ringkas a JOIN kecamatan k ON k.kode = a.kode_kecamatan
WHERE a.level = 'program' AND k.slug IN ${litTextList(kecamatan)}
	AND a.tahun_laporan IN ${litIntList(year)}
ORDER BY a.kecamatan, k.slug, a.tahun_laporan, a.urutan, a.file, a.sumber`;
}

/** Capaian of every indicator of the chosen kecamatan and years, optionally one indicator. */
export type CapaianSideBySideRow = SourceColumns & {
	kecamatan: string;
	slug: string;
	tahun: number;
	kunci: string;
	indikator: string;
	target: number | null;
	realisasi: number | null;
	capaian: number | null;
	target_raw: string;
	realisasi_raw: string;
	capaian_raw: string;
	capaian_lalu: number | null;
	selisih: number | null;
};

export function sqlCapaianSideBySide(kecamatan: string[], year: number[], indikator: string | null): Query<CapaianSideBySideRow> {
	const filter = indikator ? `AND coalesce(i.kunci, i.indikator) = ${litText(indikator)}` : '';
	// last year's capaian of the same indicator (its key, or its printed name when no rule knew it), one per kecamatan
	return `WITH lalu AS MATERIALIZED (
	SELECT kode_kecamatan, tahun_laporan, coalesce(kunci, indikator) AS kunci, capaian
	FROM indikator WHERE capaian IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY kode_kecamatan, tahun_laporan, coalesce(kunci, indikator) ORDER BY no, file, line, sumber) = 1
)
SELECT i.kecamatan, k.slug, i.tahun_laporan AS tahun, coalesce(i.kunci, i.indikator) AS kunci,
	i.indikator, i.target, i.realisasi, i.capaian, i.target_raw, i.realisasi_raw, i.capaian_raw,
	i.file, i.line, i.raw, i.page, i.letak, ${unggahan('i.')},
	p.capaian AS capaian_lalu, i.capaian - p.capaian AS selisih
FROM indikator i JOIN kecamatan k ON k.kode = i.kode_kecamatan
LEFT JOIN lalu p ON p.kode_kecamatan = i.kode_kecamatan AND p.tahun_laporan = i.tahun_laporan - 1 AND p.kunci = coalesce(i.kunci, i.indikator)
WHERE k.slug IN ${litTextList(kecamatan)} AND i.tahun_laporan IN ${litIntList(year)} ${filter}
ORDER BY kunci, i.kecamatan, k.slug, i.tahun_laporan, i.file, i.line, i.sumber`;
}

export type IndikatorListRow = { kunci: string; label: string; jumlah_kecamatan: number };

/** The indicators that can be chosen, most widely reported first. */
export function sqlIndikatorList(): Query<IndikatorListRow> {
	return `SELECT coalesce(kunci, indikator) AS kunci, coalesce(min(indikator_baku), min(indikator)) AS label, count(DISTINCT kode_kecamatan) AS jumlah_kecamatan
FROM indikator GROUP BY coalesce(kunci, indikator)
ORDER BY jumlah_kecamatan DESC, label`;
}

// ---------------------------------------------------------------- Kecamatan

/*
 * Row types: each builder below declares the columns its rows hold (`Kueri<Row>`),
 * so pages read typed rows; query-engines.test.ts runs every builder on both engines.
 */

/** Where a figure was printed (schema.ts `sumber`), and whether it was uploaded in this browser. */
export type SourceColumns = { file: string; line: number; raw: string; page: number | null; letak: string | null; unggahan: boolean };

export type KecamatanRow = { kode: string; kecamatan: string; slug: string; jumlah_desa: number; jumlah_kelurahan: number; ada_laporan: boolean };
export type KecamatanReportRow = {
	laporan_id: string;
	file: string;
	tahun: number;
	kabupaten: string | null;
	jumlah_indikator: number;
	jumlah_anggaran: number;
	jumlah_peringatan: number;
	unggahan: boolean;
};
export type ProfilRow = SourceColumns & { atribut: string; nilai: number; tahun: number };
export type KecamatanIkmRow = SourceColumns & {
	tahun: number;
	realisasi: number;
	target: number | null;
	mutu: string | null;
	bagian: string;
	beda: string | null;
	tahun_laporan: number;
	rata_lain: number | null;
	jumlah_lain: number;
	mutu_permenpan: string | null;
	mutu_baku: string | null;
	metode: string | null;
	cara_ukur: string | null;
	realisasi_lalu: number | null;
	selisih: number | null;
	/** the kabupaten's IKM of that year where the reports print it (CTE ikm_kab) */
	ikm_kabupaten: number | null;
	ikm_kabupaten_raw: string | null;
	ikm_kabupaten_nama: string | null;
	ikm_kabupaten_sumber: string | null;
	ikm_kabupaten_beda: string | null;
	ikm_kabupaten_laporan: number | null;
};
export type AnnualAnggaranRow = Omit<SourceColumns, 'raw'> & {
	raw: string;
	tahun: number;
	pagu: number | null;
	realisasi: number | null;
	serapan: number | null;
	cakupan: AnggaranScope;
	dihitung: boolean;
	/** serapan against the year before, in points */
	selisih: number | null;
	serapan_lain: number | null;
	jumlah_lain: number;
};
export type KecamatanIndikatorRow = SourceColumns & {
	tahun: number;
	no: number;
	sasaran: string | null;
	indikator: string;
	kunci: string | null;
	target: number | null;
	realisasi: number | null;
	capaian: number | null;
	target_raw: string;
	realisasi_raw: string;
	capaian_raw: string;
	satuan: string | null;
};
export type AnggaranTreeRow = SourceColumns & {
	tahun: number;
	urutan: number;
	level: string;
	kode: string | null;
	uraian: string;
	program: string | null;
	kegiatan: string | null;
	pagu: number | null;
	realisasi: number | null;
	persen: number | null;
	serapan: number | null;
	pagu_raw: string | null;
	realisasi_raw: string | null;
	persen_raw: string | null;
};
export type BelanjaRow = SourceColumns & {
	tahun: number;
	jenis: string;
	uraian: string;
	pagu: number | null;
	realisasi: number | null;
	serapan: number | null;
};
export type ScaleRow = Omit<SourceColumns, 'unggahan'> & {
	tahun: number;
	urutan: number;
	kode: string | null;
	label: string;
	bawah: number | null;
	atas: number | null;
};
export type PeringatanRow = { tahun: number; file: string; line: number; page: number | null; letak: string | null; pesan: string; unggahan: boolean };

export function sqlKecamatan(slug: string): Query<KecamatanRow> {
	return `SELECT kode, kecamatan, slug, jumlah_desa, jumlah_kelurahan, ada_laporan FROM kecamatan WHERE slug = ${litText(slug)}`;
}

export function sqlKecamatanReports(slug: string): Query<KecamatanReportRow> {
	return `SELECT l.laporan_id, l.file, l.tahun, l.kabupaten, l.jumlah_indikator, l.jumlah_anggaran, l.jumlah_peringatan, ${unggahan('l.')}
FROM laporan l JOIN kecamatan k ON k.kode = l.kode_kecamatan
WHERE k.slug = ${litText(slug)} ORDER BY l.tahun, l.file, l.sumber`;
}

/** Profile attributes, the newest report's value of each. */
export function sqlKecamatanProfil(slug: string): Query<ProfilRow> {
	return `SELECT p.atribut, p.nilai, p.tahun_laporan AS tahun, p.file, p.line, p.raw, p.page, p.letak, ${unggahan('p.')}
FROM profil p JOIN kecamatan k ON k.kode = p.kode_kecamatan
WHERE k.slug = ${litText(slug)}
QUALIFY row_number() OVER (PARTITION BY p.atribut ORDER BY p.tahun_laporan DESC, p.line, p.file, p.sumber) = 1
ORDER BY p.atribut`;
}

/**
 * The kecamatan's IKM per year beside the mean of the other kecamatan with a value that
 * year, and the kabupaten's printed IKM. `published`: the others from the published
 * per-year answer (COMPARISONS), so the kecamatan's own rows are all it reads.
 */
export function sqlKecamatanIkm(slug: string, published = false): Query<KecamatanIkmRow> {
	return `${withCtes(CTE_IKM, CTE_IKM_KABUPATEN, ...comparisonCtes('ikm_tahun', published))}
SELECT a.tahun, a.realisasi, a.target, a.mutu, a.mutu_permenpan, ${standardMutu('a.mutu_permenpan')} AS mutu_baku,
	a.metode, ${measureMethod('a.metode', 'a.realisasi')} AS cara_ukur, a.bagian, a.beda, a.tahun_laporan, a.file, a.line, a.raw, a.page, a.letak, ${unggahan('a.')},
	${KOLOM_IKM_KABUPATEN},
	(SELECT c.realisasi FROM ikm_pilih c WHERE c.kode = a.kode AND c.tahun = a.tahun - 1) AS realisasi_lalu,
	a.realisasi - (SELECT c.realisasi FROM ikm_pilih c WHERE c.kode = a.kode AND c.tahun = a.tahun - 1) AS selisih,
	-- the others: every kecamatan of the year but this one (which is among them)
	(it.ikm_total - a.realisasi) / NULLIF(it.ikm_jumlah - 1, 0) AS rata_lain,
	coalesce(it.ikm_jumlah - 1, 0) AS jumlah_lain
FROM ikm_pilih a LEFT JOIN ikm_kab kb ON kb.tahun = a.tahun LEFT JOIN ikm_tahun it ON it.tahun = a.tahun
WHERE a.slug = ${litText(slug)}
ORDER BY a.tahun`;
}

/**
 * Budget totals per year for the kecamatan, beside the serapan of the other kecamatan
 * together: their summed realisasi over their summed pagu (exact sums less this
 * kecamatan's own, when it is among them). `published`: as in sqlKecamatanIkm.
 */
export function sqlKecamatanAnnualAnggaran(slug: string, published = false): Query<AnnualAnggaranRow> {
	// this kecamatan is among the summed ones when its serapan is of its whole budget
	const own = (column: string) => `CASE WHEN a.serapan IS NOT NULL AND a.cakupan = 'seluruh' THEN ${column} ELSE 0 END`;
	return `${withCtes(CTE_ANGGARAN_TOTAL, ...comparisonCtes('serapan_tahun', published))}
SELECT a.tahun, a.pagu, a.realisasi, a.serapan, a.cakupan, a.file, a.line, a.raw, a.page, a.letak, a.dihitung, ${unggahan('a.')},
	a.serapan - (SELECT c.serapan FROM anggaran_total c WHERE c.kode = a.kode AND c.tahun = a.tahun - 1) AS selisih,
	${serapanOfSums(`(st.serapan_realisasi - ${own('a.realisasi')})`, `(st.serapan_pagu - ${own('a.pagu')})`)} AS serapan_lain,
	coalesce(st.serapan_jumlah, 0) - ${own('1')} AS jumlah_lain
FROM anggaran_total a LEFT JOIN serapan_tahun st ON st.tahun = a.tahun
WHERE a.slug = ${litText(slug)}
ORDER BY a.tahun`;
}

export type AverageCapaianRow = Omit<SourceColumns, 'unggahan'> & {
	tahun: number;
	capaian_rata: number;
	capaian_jumlah: number;
	unggahan: boolean;
	rata_lain: number | null;
	jumlah_lain: number;
};

/**
 * The kecamatan's mean capaian per report year beside the mean of the other kecamatan's
 * means that year (the comparison rule of pembanding.ts: the others only, with their count).
 */
export function sqlKecamatanAverageCapaian(slug: string): Query<AverageCapaianRow> {
	return `${withCtes(CTE_CAPAIAN_RATA)}
SELECT c.tahun, c.capaian_rata, c.capaian_jumlah, c.file, c.line, c.raw, c.page, c.letak,
	c.unggahan,
	(SELECT avg(b.capaian_rata) FROM capaian_rata b WHERE b.tahun = c.tahun AND b.kode <> c.kode) AS rata_lain,
	(SELECT count(*) FROM capaian_rata b WHERE b.tahun = c.tahun AND b.kode <> c.kode) AS jumlah_lain
FROM capaian_rata c JOIN kecamatan k ON k.kode = c.kode
WHERE k.slug = ${litText(slug)}
ORDER BY c.tahun`;
}

export function sqlKecamatanIndikator(slug: string): Query<KecamatanIndikatorRow> {
	return `SELECT i.tahun_laporan AS tahun, i.no, i.sasaran, i.indikator, i.kunci, i.target, i.realisasi, i.capaian,
	i.target_raw, i.realisasi_raw, i.capaian_raw, i.satuan, i.file, i.line, i.raw, i.page, i.letak, ${unggahan('i.')}
FROM indikator i JOIN kecamatan k ON k.kode = i.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY i.tahun_laporan DESC, i.no, i.file, i.sumber`;
}

export function sqlAnggaranTree(slug: string): Query<AnggaranTreeRow> {
	return `SELECT a.tahun_laporan AS tahun, a.urutan, a.level, a.kode, a.uraian, a.program, a.kegiatan,
	a.pagu, a.realisasi, a.persen, a.serapan,
	a.pagu_raw, a.realisasi_raw, a.persen_raw, a.file, a.line, a.raw, a.page, a.letak, ${unggahan('a.')}
FROM anggaran a JOIN kecamatan k ON k.kode = a.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY a.tahun_laporan DESC, a.urutan, a.file, a.sumber`;
}

export function sqlKecamatanBelanja(slug: string): Query<BelanjaRow> {
	return `SELECT b.tahun_laporan AS tahun, b.jenis, b.uraian, b.pagu, b.realisasi,
	b.serapan, b.file, b.line, b.raw, b.page, b.letak, ${unggahan('b.')}
FROM belanja b JOIN kecamatan k ON k.kode = b.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY b.tahun_laporan DESC, b.line, b.file, b.sumber`;
}

/** The predikat scale each of the kecamatan's reports prints for itself, level by level, with its lines. */
export function sqlKecamatanScale(slug: string): Query<ScaleRow> {
	return `SELECT s.tahun_laporan AS tahun, s.urutan, s.kode, s.label, s.bawah, s.atas, s.file, s.line, s.raw, s.page, s.letak
FROM skala_predikat s JOIN kecamatan k ON k.kode = s.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY s.tahun_laporan DESC, s.file, s.urutan`;
}

export function sqlKecamatanPeringatan(slug: string): Query<PeringatanRow> {
	return `SELECT p.tahun_laporan AS tahun, p.file, p.line, p.page, p.letak, p.pesan, ${unggahan('p.')}
FROM peringatan p JOIN kecamatan k ON k.kode = p.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY p.tahun_laporan DESC, p.line, p.file, p.sumber`;
}

export function sqlKecamatanSlugs(): Query<{ slug: string }> {
	return `SELECT slug FROM kecamatan ORDER BY kode`;
}

// ---------------------------------------------------------------- uploaded data

/**
 * Each per-report table is a view over the published rows (`<tabel>_terbit`, from
 * Parquet) and the rows uploaded in this browser (`<tabel>_unggahan`), with a
 * `sumber` column ('terbit' / 'unggahan'), so every query sees both and can mark
 * uploaded figures. The kecamatan table counts uploaded reports as reports.
 * At prerender the upload tables are simply empty.
 */
export function sqlPrepareTable(t: TableDef, file: string | readonly string[] | null): string[] {
	if (t.kolom.some((k) => k.nama === 'sumber')) throw new Error(`tabel ${t.nama}: kolom "sumber" dipakai untuk menandai data unggahan`);
	const terbit = `${t.nama}_terbit`;
	const sumberTerbit = file ? sqlViewParquet(terbit, file) : sqlEmptyView({ ...t, nama: terbit });
	const column = t.kolom.map((k) => identifier(k.nama)).join(', ');
	if (t.nama === 'kecamatan') {
		const other = t.kolom.map((k) => (k.nama === 'ada_laporan' ? null : `k.${identifier(k.nama)}`)).filter(Boolean);
		return [
			sumberTerbit,
			`CREATE OR REPLACE VIEW kecamatan AS SELECT ${other.join(', ')},
	k.ada_laporan OR EXISTS (SELECT 1 FROM laporan_unggahan u WHERE u.kode_kecamatan = k.kode) AS ada_laporan
FROM ${terbit} k`
		];
	}
	return [
		sumberTerbit,
		sqlUploadTable(t),
		`CREATE OR REPLACE VIEW ${identifier(t.nama)} AS
SELECT ${column}, 'terbit' AS sumber FROM ${terbit}
UNION ALL
SELECT ${column}, 'unggahan' AS sumber FROM ${identifier(t.nama)}_unggahan`
	];
}

/**
 * The table of this browser's uploads for `t`. Created for every table when the
 * engine starts (lazy-tables.ts): uploads are written before the published file of
 * their table is needed, and the kecamatan view reads laporan_unggahan.
 */
export function sqlUploadTable(t: TableDef): string {
	const tipe = t.kolom.map((k) => `${identifier(k.nama)} ${k.tipe}`).join(', ');
	return `CREATE TABLE IF NOT EXISTS ${identifier(t.nama)}_unggahan (${tipe})`;
}

/** Tables that take uploaded rows: all but the kecamatan reference. */
export const UPLOAD_TABLES = TABLES.filter((t) => t.nama !== 'kecamatan');

export function sqlClearUploads(t: TableDef): string {
	return `DELETE FROM ${identifier(t.nama)}_unggahan`;
}

function litValue(v: unknown, tipe: TableDef['kolom'][number]['tipe']): string {
	if (v === null || v === undefined) return 'NULL';
	switch (tipe) {
		case 'VARCHAR':
			return litText(String(v));
		case 'BOOLEAN':
			return v ? 'true' : 'false';
		case 'DOUBLE':
			if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`bukan angka: ${v}`);
			return `CAST(${String(v)} AS DOUBLE)`;
		case 'INTEGER':
		case 'BIGINT':
			return litInt(Number(v));
		case 'INTEGER[]':
			return `[${(v as number[]).map(litInt).join(', ')}]::INTEGER[]`;
	}
}

/** INSERT of dataset rows (rows.ts shape) into `<tabel>_unggahan`, values as literals. */
export function sqlInsertUpload(t: TableDef, rows: readonly Record<string, unknown>[]): string {
	const column = t.kolom.map((k) => identifier(k.nama));
	const value = rows.map((b) => `(${t.kolom.map((k) => litValue(b[k.nama], k.tipe)).join(', ')})`);
	return `INSERT INTO ${identifier(t.nama)}_unggahan (${column.join(', ')}) VALUES\n${value.join(',\n')}`;
}

/**
 * Upload statements are kept to this many UTF-8 bytes: DuckDB-WASM fails on a
 * statement past about 64 KB (executor.ts, BATAS_BYTE_PERINTAH), and what is
 * left of its stack is DuckDB's own.
 */
export const MAX_INSERT_BYTES = 16 * 1024;

/** A value longer than this goes through unggahan_potongan when its row does not fit in one statement. */
const NILAI_PANJANG = 256;
/** UTF-16 units per part of a long value: at most 3 bytes each, so a part's statement stays far below the limit. */
const UNIT_POTONGAN = 2000;

/**
 * Uploaded rows into `<tabel>_unggahan`, as statements of at most `batas` bytes
 * (BATAS_BYTE_SISIP): rows are grouped into INSERTs while they fit; a row that
 * alone is too long (a 200 KB printed line, say) has its long values written in
 * parts to a scratch table and joined back in SQL, so no value is cut.
 */
export function sqlInsertUploadBatches(t: TableDef, rows: readonly Record<string, unknown>[], limit = MAX_INSERT_BYTES): string[] {
	const header = `INSERT INTO ${identifier(t.nama)}_unggahan (${t.kolom.map((k) => identifier(k.nama)).join(', ')})`;
	const ruang = limit - utf8Length(header) - 8;
	const out: string[] = [];
	let kumpul: string[] = [];
	let size = 0;
	const close = () => {
		if (kumpul.length) out.push(`${header} VALUES\n${kumpul.join(',\n')}`);
		kumpul = [];
		size = 0;
	};
	for (const b of rows) {
		const lit = t.kolom.map((k) => litValue(b[k.nama], k.tipe));
		const satu = `(${lit.join(', ')})`;
		const n = utf8Length(satu) + 2;
		if (size + n > ruang) close();
		if (n <= ruang) {
			kumpul.push(satu);
			size += n;
			continue;
		}
		for (const sql of sisipBarisPanjang(t, b, lit, header)) out.push(sql);
	}
	close();
	return out;
}

function sisipBarisPanjang(t: TableDef, b: Record<string, unknown>, lit: string[], header: string): string[] {
	const out = ['CREATE TEMP TABLE IF NOT EXISTS unggahan_potongan (nilai INTEGER, urut INTEGER, teks VARCHAR)'];
	const pilih = t.kolom.map((k, i) => {
		if (utf8Length(lit[i]) <= NILAI_PANJANG) return lit[i];
		const v = b[k.nama];
		// an INTEGER[] goes as its list text and is cast back; litNilai has checked every element
		const text = k.tipe === 'INTEGER[]' ? `[${(v as number[]).join(', ')}]` : String(v);
		for (let start = 0, sorted = 0; start < text.length; sorted++) {
			let end = Math.min(start + UNIT_POTONGAN, text.length);
			// never split a surrogate pair
			const c = text.charCodeAt(end - 1);
			if (end < text.length && c >= 0xd800 && c < 0xdc00) end--;
			out.push(`INSERT INTO unggahan_potongan VALUES (${i}, ${sorted}, ${litText(text.slice(start, end))})`);
			start = end;
		}
		return `CAST((SELECT string_agg(teks, '' ORDER BY urut) FROM unggahan_potongan WHERE nilai = ${i}) AS ${k.tipe})`;
	});
	out.push(`${header} SELECT ${pilih.join(', ')}`, 'DELETE FROM unggahan_potongan');
	return out;
}

/** The rows an upload is checked against for duplicates (published and earlier uploads), keyed by kode_kecamatan and year. */
export function sqlRowsPresent(table: 'ikm' | 'indikator' | 'anggaran' | 'laporan'): string {
	const column = {
		ikm: 'kode_kecamatan, kecamatan, tahun, realisasi, mutu, file, line',
		indikator: 'kode_kecamatan, kecamatan, tahun_laporan, indikator, target, realisasi, target_raw, realisasi_raw, file, line',
		anggaran: 'kode_kecamatan, kecamatan, tahun_laporan, level, uraian, pagu, realisasi, file, line',
		laporan: 'laporan_id, kode_kecamatan, tahun, file'
	}[table];
	return `SELECT ${column} FROM ${identifier(table)}`;
}

// ---------------------------------------------------------------- konsistensi data (audit)

export type TingkatTemuan = 'tinggi' | 'sedang' | 'rendah';

export type TemuanRow = {
	laporan_id: string;
	kecamatan: string;
	slug: string | null;
	tahun: number;
	file: string;
	no: number;
	aturan: string;
	judul_aturan: string;
	tingkat: TingkatTemuan;
	pesan: string;
	nilai: number | null;
	seharusnya: number | null;
	lines: number[];
	/** the `no` of the cause finding of its group (sebab_angka), shared by the cause and its consequences */
	kelompok: number | null;
	/** 'sebab' for a group's cause, 'akibat' for a consequence shown under it */
	peran: 'sebab' | 'akibat' | null;
	/** JSON of the printed lines with their place (audit/types.ts Bukti) */
	bukti: string;
	/** JSON of the figures the finding concerns (audit/dataset.ts Rujukan) */
	rujukan: string;
	/** true for a finding in a report uploaded in this browser */
	unggahan: boolean;
};

/** Every audit finding, newest report first, then by severity and rule order within a report. */
export function sqlTemuan(): Query<TemuanRow> {
	return `SELECT t.laporan_id, t.kecamatan, k.slug, t.tahun_laporan AS tahun, t.file, t.no, t.aturan, t.judul_aturan,
		t.tingkat, t.pesan, t.nilai, t.seharusnya, t.lines, t.kelompok, t.peran, t.bukti, t.rujukan, ${unggahan('t.')}
	FROM temuan t LEFT JOIN kecamatan k ON k.kode = t.kode_kecamatan
	ORDER BY t.tahun_laporan DESC, t.kecamatan, CASE t.tingkat WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 ELSE 2 END, t.no, t.file, t.sumber`;
}

export type SkorKualitasRow = {
	laporan_id: string;
	kecamatan: string;
	slug: string | null;
	tahun: number;
	file: string;
	/** null when nothing in the report could be checked */
	skor: number | null;
	diperiksa: number;
	gagal: number;
	tinggi: number;
	sedang: number;
	rendah: number;
	bobot_periksa: number | null;
	bobot_gagal: number | null;
	unggahan: boolean;
};

/** Data-quality score per report, best first (reports with nothing checkable last). */
export function sqlSkorKualitas(): Query<SkorKualitasRow> {
	return `SELECT s.laporan_id, s.kecamatan, k.slug, s.tahun_laporan AS tahun, s.file, s.skor, s.diperiksa, s.gagal, s.tinggi, s.sedang, s.rendah, s.bobot_periksa, s.bobot_gagal, ${unggahan('s.')}
	FROM skor_kualitas s LEFT JOIN kecamatan k ON k.kode = s.kode_kecamatan
	ORDER BY s.skor DESC NULLS LAST, s.kecamatan, s.tahun_laporan, s.file, s.sumber`;
}

export type SourceLineRow = { file: string; line: number; page: number | null; letak: string | null; teks: string; unggahan: boolean };

/** The source lines findings point to, with their context lines. */
export function sqlRowSource(): Query<SourceLineRow> {
	return `SELECT file, line, page, letak, teks, ${unggahan()} FROM sumber_baris ORDER BY file, line, sumber`;
}

export type KecamatanTemuanRow = {
	laporan_id: string;
	tahun: number;
	file: string;
	no: number;
	aturan: string;
	judul_aturan: string;
	tingkat: string;
	pesan: string;
	lines: number[];
	/** JSON of the figures the finding concerns (audit/dataset.ts Rujukan) */
	rujukan: string;
	unggahan: boolean;
};

/** Findings of one kecamatan, for the badge beside its figures. */
export function sqlKecamatanTemuan(slug: string): Query<KecamatanTemuanRow> {
	return `SELECT t.laporan_id, t.tahun_laporan AS tahun, t.file, t.no, t.aturan, t.judul_aturan, t.tingkat, t.pesan, t.lines, t.rujukan, ${unggahan('t.')}
	FROM temuan t JOIN kecamatan k ON k.kode = t.kode_kecamatan
	WHERE k.slug = ${litText(slug)}
	ORDER BY t.tahun_laporan DESC, CASE t.tingkat WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 ELSE 2 END, t.no, t.file, t.sumber`;
}

// ---------------------------------------------------------------- analysis (issue 12)

export type EfficiencyRow = Omit<SourceColumns, 'unggahan'> & {
	kecamatan: string;
	slug: string;
	tahun: number;
	capaian: number;
	jumlah_indikator: number;
	serapan: number;
	pagu: number | null;
	realisasi: number | null;
	cakupan: AnggaranScope;
	median_capaian: number;
	median_serapan: number;
	jumlah_tahun: number;
	kuadran: string;
	unggahan: boolean | null;
};

/**
 * Mean capaian per kecamatan and report year, over the report's indicators with a
 * capaian (or over one indicator), beside the year's serapan: one point of the
 * efficiency quadrant. The medians are the kabupaten's (every kecamatan with both
 * figures that year, chosen or not), and the quadrant is named here, once
 * (domain/analytics.ts), so the chart, its table and the download say the same.
 * The point's source is the budget total's line. `published`: the medians from the
 * published per-year answer (COMPARISONS), so a kecamatan's own points need only its rows.
 */
export function sqlEfficiency(kecamatan: string[] | null, year: number[] | null, indikator: string | null = null, published = false): Query<EfficiencyRow> {
	// the published medians are over every indicator: one indicator's are computed
	if (published && indikator) throw new Error('median satu indikator tidak diterbitkan');
	const saringKecamatan = kecamatan ? `AND t.slug IN ${litTextList(kecamatan)}` : '';
	const saringTahun = year ? `AND t.tahun IN ${litIntList(year)}` : '';
	return `${withCtes(...efficiencyCtes(indikator), comparisonCte('titik_tahun', published))}
SELECT t.kecamatan, t.slug, t.tahun, t.capaian, t.jumlah_indikator, t.serapan, t.pagu, t.realisasi, t.cakupan, m.median_capaian, m.median_serapan, m.jumlah_tahun,
	CASE WHEN m.jumlah_tahun < 2 THEN ${litText(OWN_QUADRANT)}
		WHEN t.capaian >= m.median_capaian AND t.serapan >= m.median_serapan THEN ${litText(QUADRANTS.tinggi_tinggi)}
		WHEN t.capaian >= m.median_capaian THEN ${litText(QUADRANTS.tinggi_rendah)}
		WHEN t.serapan >= m.median_serapan THEN ${litText(QUADRANTS.rendah_tinggi)}
		ELSE ${litText(QUADRANTS.rendah_rendah)} END AS kuadran,
	t.file, t.line, t.raw, t.page, t.letak,
	(t.sumber = 'unggahan' OR t.unggahan) AS unggahan
FROM titik t JOIN titik_tahun m ON m.tahun = t.tahun WHERE true ${saringKecamatan} ${saringTahun}
ORDER BY t.tahun, t.capaian DESC, t.serapan, t.kecamatan, t.slug`;
}

/** The report's own table of sasaran against budget (table efisiensi), for one kecamatan. */
export type SasaranEfficiencyRow = SourceColumns & {
	tahun: number;
	no: number;
	sasaran: string | null;
	capaian: number | null;
	serapan: number | null;
	capaian_raw: string | null;
	serapan_raw: string | null;
	tingkat: string | null;
};

export function sqlSasaranEfficiency(slug: string): Query<SasaranEfficiencyRow> {
	return `SELECT e.tahun_laporan AS tahun, e.no, e.sasaran, e.capaian, e.serapan, e.capaian_raw, e.serapan_raw, e.tingkat,
	e.file, e.line, e.raw, e.page, e.letak, ${unggahan('e.')}
FROM efisiensi e JOIN kecamatan k ON k.kode = e.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY e.tahun_laporan DESC, e.no, e.file, e.sumber`;
}

/** What the kecamatan's reports say about how their IKM was measured (table ikm_metode). */
export type IkmMethodRow = SourceColumns & {
	tahun: number;
	metode: string | null;
	cara_ukur: string | null;
	lembaga: string | null;
	jumlah_responden: number | null;
	periode: string | null;
};

export function sqlIkmMethod(slug: string): Query<IkmMethodRow> {
	return `SELECT m.tahun_laporan AS tahun, m.metode, ${measureMethod('m.metode', "''")} AS cara_ukur, m.lembaga, m.jumlah_responden, m.periode,
	m.file, m.line, m.raw, m.page, m.letak, ${unggahan('m.')}
FROM ikm_metode m JOIN kecamatan k ON k.kode = m.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY m.tahun_laporan DESC, m.line, m.file, m.sumber`;
}

/** The survey's score per unsur, where the kecamatan's reports print it (table ikm_unsur), in printed order. */
export function sqlIkmUnsur(slug: string): string {
	return `SELECT u.tahun_laporan AS tahun, u.tabel_line, u.no, u.unsur, u.nilai, u.nilai_raw, u.predikat,
	u.file, u.line, u.raw, u.page, u.letak, ${unggahan('u.')}
FROM ikm_unsur u JOIN kecamatan k ON k.kode = u.kode_kecamatan
WHERE k.slug = ${litText(slug)}
ORDER BY u.tahun_laporan DESC, u.file, u.sumber, u.tabel_line, u.no`;
}

/**
 * Budget per resident and the other normalised figures, per kecamatan and budget
 * year, from the profile a report prints (the report of that year, else the one
 * nearest to it, the later on a tie; `profil_tahun` says which). Ratios are DOUBLE
 * from the exact integers (rupiah BIGINT, counts) and rounded only for display.
 * Desa/kelurahan are the report's printed counts; when it prints none, the
 * Kemendagri reference (`desa_dari` says which). The row's source is the
 * population statement.
 */
export type PerCapitaRow = Omit<SourceColumns, 'file' | 'line' | 'raw' | 'unggahan'> & {
	/** the population statement's source; null when no profile prints a population */
	file: string | null;
	line: number | null;
	raw: string | null;
	kecamatan: string;
	slug: string;
	tahun: number;
	pagu: number | null;
	realisasi: number | null;
	cakupan: AnggaranScope;
	profil_tahun: number | null;
	penduduk: number | null;
	luas_km2: number | null;
	pegawai: number | null;
	desa_kelurahan: number | null;
	desa_dari: string;
	pagu_per_penduduk: number | null;
	realisasi_per_penduduk: number | null;
	pegawai_per_1000: number | null;
	pagu_per_desa: number | null;
	kepadatan: number | null;
	tahun_data: number | null;
	sumber_data: string | null;
	unggahan: boolean | null;
};

export function sqlPerCapita(kecamatan: string[] | null, year: number[] | null = null): Query<PerCapitaRow> {
	const saringKecamatan = kecamatan ? `AND a.slug IN ${litTextList(kecamatan)}` : '';
	const saringTahun = year ? `AND a.tahun IN ${litIntList(year)}` : '';
	const value = (atribut: string) => `max(CASE WHEN atribut = ${litText(atribut)} THEN nilai END)`;
	return `${withCtes(
		CTE_ANGGARAN_TOTAL,
		`profil_satu AS MATERIALIZED (
	SELECT * FROM profil
	QUALIFY row_number() OVER (PARTITION BY kode_kecamatan, tahun_laporan, atribut ORDER BY sumber, file, line) = 1
)`,
		`profil_kec AS MATERIALIZED (
	SELECT p.kode_kecamatan AS kode, p.tahun_laporan,
		${value('penduduk')} AS penduduk, ${value('luas_km2')} AS luas_km2, ${value('pegawai_total')} AS pegawai,
		${value('jumlah_desa')} AS desa, ${value('jumlah_kelurahan')} AS kelurahan,
		bool_or(p.sumber = 'unggahan') AS unggahan
	FROM profil_satu p GROUP BY p.kode_kecamatan, p.tahun_laporan
)`,
		`penduduk_asal AS MATERIALIZED (
	SELECT kode_kecamatan AS kode, tahun_laporan, tahun_data, sumber_data, file, line, raw, page, letak
	FROM profil_satu WHERE atribut = 'penduduk'
)`,
		`pasangan AS MATERIALIZED (
	SELECT a.kode, a.kecamatan, a.slug, a.tahun, a.pagu, a.realisasi, a.cakupan, p.tahun_laporan AS profil_tahun,
		p.penduduk, p.luas_km2, p.pegawai, p.desa, p.kelurahan, p.unggahan, a.sumber
	FROM anggaran_total a LEFT JOIN profil_kec p ON p.kode = a.kode AND p.penduduk IS NOT NULL
	WHERE a.pagu IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY a.kode, a.tahun ORDER BY abs(p.tahun_laporan - a.tahun) NULLS LAST, p.tahun_laporan DESC) = 1
)`
	)}
SELECT a.kecamatan, a.slug, a.tahun, a.pagu, a.realisasi, a.cakupan, a.profil_tahun, a.penduduk, a.luas_km2, a.pegawai,
	CAST(CASE WHEN a.desa IS NOT NULL OR a.kelurahan IS NOT NULL THEN coalesce(a.desa, 0) + coalesce(a.kelurahan, 0)
		ELSE k.jumlah_desa + k.jumlah_kelurahan END AS BIGINT) AS desa_kelurahan,
	CASE WHEN a.desa IS NOT NULL OR a.kelurahan IS NOT NULL THEN 'laporan' ELSE 'referensi Kemendagri' END AS desa_dari,
	CAST(a.pagu AS DOUBLE) / NULLIF(a.penduduk, 0) AS pagu_per_penduduk,
	CAST(a.realisasi AS DOUBLE) / NULLIF(a.penduduk, 0) AS realisasi_per_penduduk,
	a.pegawai * 1000 / NULLIF(a.penduduk, 0) AS pegawai_per_1000,
	CAST(a.pagu AS DOUBLE) / NULLIF(CASE WHEN a.desa IS NOT NULL OR a.kelurahan IS NOT NULL THEN coalesce(a.desa, 0) + coalesce(a.kelurahan, 0)
		ELSE k.jumlah_desa + k.jumlah_kelurahan END, 0) AS pagu_per_desa,
	a.penduduk / NULLIF(a.luas_km2, 0) AS kepadatan,
	s.tahun_data, s.sumber_data, s.file, s.line, s.raw, s.page, s.letak,
	(a.sumber = 'unggahan' OR a.unggahan) AS unggahan
FROM pasangan a JOIN kecamatan k ON k.kode = a.kode
LEFT JOIN penduduk_asal s ON s.kode = a.kode AND s.tahun_laporan = a.profil_tahun
WHERE true ${saringKecamatan} ${saringTahun}
ORDER BY a.kecamatan, a.tahun, a.slug`;
}
