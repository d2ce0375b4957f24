/**
 * Summaries the data build writes beside the detailed tables (issue 10), shaped for
 * the pages' queries. A summary holds rows of its table (a row filter and, where
 * the queries reading it need fewer, a subset of its columns; nothing computed), so
 * it is one fact in two files, never two facts:
 *
 * - `anggaran_ringkas`: the total and program rows of the budget tree (Perbandingan's
 *   program composition);
 * - `anggaran_pokok`: the rows a budget total is taken from (sql.ts
 *   CTE_ANGGARAN_TOTAL: a report's total row, or its programs when it has none),
 *   with the columns that CTE reads: every page's budget totals, about a quarter of
 *   the total and program rows at a fraction of their columns;
 * - `indikator_capaian`: the indicator rows with a capaian, with the columns the
 *   capaian queries read, also written once per report year (`perTahun`), so the
 *   home page, which shows one year, reads that year's file (a `Scope` with `tahun`);
 * - `indikator_angka`: the same rows with only what a mean capaian per kecamatan and
 *   year needs (no printed text): the efficiency quadrant and its kabupaten medians,
 *   which the kecamatan page reads across every kecamatan;
 * - `ikm_pilihan`: the IKM statements a report chose (`dipilih`, with a value), with
 *   the columns sql.ts CTE_IKM reads, also one file per IKM year;
 * - `anggaran_kutipan`: the budget totals a report quotes for another year (the rows
 *   CTE_ANGGARAN_TOTAL takes from anggaran_tahun_lain), also one file per budget year.
 *
 * `anggaran_pokok`, `ikm_pilihan` and `anggaran_kutipan` are written per year of the
 * figure (`perTahun`) and read with the year before (`denganTahunLalu`): the home
 * page's queries of a year set it beside the previous one (selisih, the KPI's `*_sama`),
 * and one IKM or budget total per kecamatan and year is picked among rows of that year
 * only, so a year's files hold every candidate of that year's pick.
 *
 * The summaries a kecamatan page reads (`bagian`) are also written in parts by kecamatan
 * code, cut as the detailed tables are (partitions.ts, `manifest.bagian.awal`): a `Scope`
 * with `kode` reads that kecamatan's part. A view may hold year files and parts at once
 * (the home page's years, then a kecamatan page, on one engine): the parts' rows of a
 * year whose file is in are left out, since that file holds every kecamatan's.
 *
 * Its view unions the published summary with this browser's uploads through the
 * same filter: the queries over it pick and sum as over the whole table, since a
 * row the filter drops is one no query over the summary could use. A dataset
 * without the summary file (built before it existed) gets a view over the whole
 * table instead: the same rows, only more bytes.
 */
import { tabel, type TableDef } from '../store/schema';

export interface Summary {
	/** view name, used in SQL like a table */
	nama: string;
	/** the table it summarises (schema TABEL) */
	dari: string;
	/**
	 * SQL condition on that table's rows, alias `s`; `sumber` is the table or view
	 * read and `samaSumber` a condition pairing a row `t` of it with `s` of the same
	 * source (published or uploaded), for a condition over other rows.
	 */
	saring: (sumber: string, samaSumber: string) => string;
	/** the columns kept (schema order); all when absent */
	kolom?: readonly string[];
	/** also written in one file per value of this (integer) column: a query over one year reads one file */
	perTahun?: string;
	/** a `Scope` of years reads these years' files and the year before each (see above) */
	denganTahunLalu?: boolean;
	/** also written in parts by kecamatan code (see above): a `Scope` with `kode` reads its kecamatan's part */
	bagian?: boolean;
}

export const SUMMARIES: Summary[] = [
	{ nama: 'anggaran_ringkas', dari: 'anggaran', saring: () => "s.level IN ('total', 'program')" },
	{
		nama: 'anggaran_pokok',
		dari: 'anggaran',
		saring: (source, sama) =>
			`(s.level = 'total' OR (s.level = 'program' AND NOT EXISTS (SELECT 1 FROM ${source} t WHERE t.level = 'total' AND t.laporan_id = s.laporan_id${sama})))`,
		kolom: ['kecamatan', 'kode_kecamatan', 'laporan_id', 'tahun_laporan', 'level', 'pagu', 'realisasi', 'serapan', 'file', 'line', 'raw', 'page', 'letak'],
		perTahun: 'tahun_laporan',
		denganTahunLalu: true,
		bagian: true
	},
	{
		nama: 'indikator_capaian',
		dari: 'indikator',
		saring: () => 's.capaian IS NOT NULL',
		kolom: [
			'kecamatan',
			'kode_kecamatan',
			'tahun_laporan',
			'no',
			'indikator',
			'indikator_baku',
			'kunci',
			'target_raw',
			'realisasi_raw',
			'capaian',
			'capaian_raw',
			'file',
			'line',
			'raw',
			'page',
			'letak'
		],
		perTahun: 'tahun_laporan'
	},
	{
		nama: 'indikator_angka',
		dari: 'indikator',
		saring: () => 's.capaian IS NOT NULL',
		kolom: ['kode_kecamatan', 'tahun_laporan', 'no', 'indikator', 'kunci', 'capaian', 'file', 'line'],
		bagian: true
	},
	{
		nama: 'ikm_pilihan',
		dari: 'ikm',
		saring: () => 's.dipilih AND s.realisasi IS NOT NULL',
		kolom: [
			'kecamatan',
			'kode_kecamatan',
			'laporan_id',
			'tahun_laporan',
			'tahun',
			'target',
			'realisasi',
			'mutu',
			'realisasi_raw',
			'bagian',
			'dipilih',
			'beda',
			'mutu_permenpan',
			'metode',
			'metode_line',
			'file',
			'line',
			'raw',
			'page',
			'letak'
		],
		perTahun: 'tahun',
		denganTahunLalu: true,
		bagian: true
	},
	{
		nama: 'anggaran_kutipan',
		dari: 'anggaran_tahun_lain',
		saring: () => 's.pagu IS NOT NULL AND s.tahun <> s.tahun_laporan',
		kolom: ['kecamatan', 'kode_kecamatan', 'tahun_laporan', 'tahun', 'pagu', 'realisasi', 'serapan', 'file', 'line', 'raw', 'page', 'letak'],
		perTahun: 'tahun',
		denganTahunLalu: true,
		bagian: true
	}
];

export function summaryOf(name: string): Summary | undefined {
	return SUMMARIES.find((r) => r.nama === name);
}

const quoteIdent = (s: string) => `'${s.replaceAll("'", "''")}'`;

function columns(r: Summary): string[] {
	const all = tabel(r.dari).kolom.map((k) => k.nama);
	if (!r.kolom) return all;
	for (const k of r.kolom) if (!all.includes(k)) throw new Error(`ringkasan ${r.nama}: kolom ${k} tidak ada di tabel ${r.dari}`);
	return all.filter((k) => r.kolom!.includes(k));
}

/** The summary's rows from the build's table (no `sumber`: every row is published), optionally of one year. */
function selectPublished(r: Summary, year?: number): string {
	const satuTahun = year === undefined || !r.perTahun ? '' : ` AND s.${r.perTahun} = ${Number(year)}`;
	if (year !== undefined && !Number.isSafeInteger(year)) throw new Error(`tahun tidak sah: ${year}`);
	return `SELECT ${columns(r)
		.map((k) => `s.${k}`)
		.join(', ')} FROM ${r.dari} s WHERE ${r.saring(r.dari, '')}${satuTahun}`;
}

/** The data build's statement: the summary's rows (of one year, for `perTahun`) into a Parquet file at `path`. */
export function sqlWriteSummary(r: Summary, path: string, year?: number): string {
	return `COPY (${selectPublished(r, year)}) TO ${quoteIdent(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** The data build's count of the summary's rows (checked against the file). */
export function sqlCountSummary(r: Summary, year?: number): string {
	return `SELECT count(*) AS n FROM (${selectPublished(r, year)}) x`;
}

/** The years a `perTahun` summary is written for. */
export function sqlSummaryYears(r: Summary): string {
	if (!r.perTahun) throw new Error(`ringkasan ${r.nama} tidak per tahun`);
	return `SELECT DISTINCT s.${r.perTahun} AS tahun FROM ${r.dari} s WHERE ${r.saring(r.dari, '')} AND s.${r.perTahun} IS NOT NULL ORDER BY 1`;
}

/**
 * The summary's view: published file(s) (paths or registered buffer names; a list
 * of a `perTahun` summary's year files, perhaps none) and uploads, or the whole
 * table when there is no file.
 */
export function sqlPrepareSummary(r: Summary, file: string | readonly string[] | null, parts?: SummaryParts): string {
	const column = columns(r).join(', ');
	const kolomS = columns(r)
		.map((k) => `s.${k}`)
		.join(', ');
	if (!file) return `CREATE OR REPLACE VIEW ${r.nama} AS SELECT ${kolomS}, s.sumber FROM ${r.dari} s WHERE ${r.saring(r.dari, ' AND t.sumber = s.sumber')}`;
	const upload = `SELECT ${kolomS}, 'unggahan' AS sumber FROM ${r.dari}_unggahan s WHERE ${r.saring(`${r.dari}_unggahan`, '')}`;
	const list = typeof file === 'string' ? [file] : [...file];
	const select: string[] = [];
	if (list.length) {
		const source = typeof file === 'string' ? quoteIdent(file) : `[${list.map(quoteIdent).join(', ')}]`;
		select.push(`SELECT ${column}, 'terbit' AS sumber FROM read_parquet(${source})`);
	}
	if (parts?.bagian.length) {
		// a year whose file is in has every kecamatan's rows there: the parts give the other years
		const years = parts.tahun.map((t) => String(Number(t)));
		if (years.length && !r.perTahun) throw new Error(`ringkasan ${r.nama} tidak per tahun`);
		const other = years.length ? ` WHERE ${r.perTahun} IS NULL OR ${r.perTahun} NOT IN (${years.join(', ')})` : '';
		select.push(`SELECT ${column}, 'terbit' AS sumber FROM read_parquet([${parts.bagian.map(quoteIdent).join(', ')}])${other}`);
	}
	select.push(upload);
	return `CREATE OR REPLACE VIEW ${r.nama} AS\n${select.join('\nUNION ALL\n')}`;
}

/** Parts of a summary a view reads beside its year files (`tahun`: the years of those files). */
export interface SummaryParts {
	bagian: readonly string[];
	tahun: readonly number[];
}

/** A summary as the manifest lists it (`manifest.ringkasan`): its whole file and, for `perTahun`, one per year. */
export interface SummaryFile {
	parquet: string;
	baris: number;
	tahun?: Record<string, { parquet: string; baris: number }>;
	/** for `bagian`: its parts, in the order of manifest.bagian.awal (absent when the tables are in one part) */
	bagian?: { parquet: string; baris: number }[];
}

/** The summary's columns as a table definition (its table's, kept ones only), for checking a written file. */
export function summaryTable(r: Summary): TableDef {
	const t = tabel(r.dari);
	const column = columns(r);
	return { ...t, nama: r.nama, kolom: t.kolom.filter((k) => column.includes(k.nama)) };
}

/** The years of a `perTahun` summary a Scope of these years reads: with the year before each for `denganTahunLalu`. */
export function summaryYears(r: Summary, year: readonly number[]): number[] {
	return [...new Set(r.denganTahunLalu ? year.flatMap((t) => [t - 1, t]) : year)].sort((a, b) => a - b);
}

/** Year files of a `perTahun` summary for a Scope of these years (a year without rows has none); null when it is not in years. */
export function summaryYearFiles(r: Summary | undefined, m: SummaryFile | undefined, year: readonly number[]): string[] | null {
	if (!r?.perTahun || !m?.tahun) return null;
	return summaryYears(r, year)
		.map((t) => m.tahun![String(t)]?.parquet)
		.filter((f): f is string => !!f);
}
