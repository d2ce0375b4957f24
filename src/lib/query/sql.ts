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
import { TABEL, type Tabel } from '../store/schema';
import { NAMA_GABUNGAN, NAMA_RATA_KECAMATAN } from '../reference/pembanding';

// ---------------------------------------------------------------- literals

export function litTeks(s: string): string {
	if (typeof s !== 'string') throw new Error('litTeks: bukan teks');
	if (s.includes('\0')) throw new Error('litTeks: karakter NUL tidak diizinkan');
	return `'${s.replaceAll("'", "''")}'`;
}

export function litInt(n: number): string {
	if (!Number.isSafeInteger(n)) throw new Error(`litInt: bukan bilangan bulat: ${n}`);
	return String(n);
}

export function litDaftarTeks(xs: string[]): string {
	return xs.length ? `(${xs.map(litTeks).join(', ')})` : '(NULL)';
}

export function litDaftarInt(xs: number[]): string {
	return xs.length ? `(${xs.map(litInt).join(', ')})` : '(NULL)';
}

function identifier(s: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`nama tidak sah: ${s}`);
	return s;
}

// ---------------------------------------------------------------- views

/** A view named after the table, over one Parquet file (a path or a registered buffer name). */
export function sqlViewParquet(nama: string, berkas: string): string {
	return `CREATE OR REPLACE VIEW ${identifier(nama)} AS SELECT * FROM read_parquet(${litTeks(berkas)})`;
}

/** An empty view with the schema's columns, for a table the data build did not produce. */
export function sqlViewKosong(t: Tabel): string {
	const kolom = t.kolom.map((k) => `CAST(NULL AS ${k.tipe}) AS ${identifier(k.nama)}`).join(', ');
	return `CREATE OR REPLACE VIEW ${identifier(t.nama)} AS SELECT ${kolom} WHERE false`;
}

export const NAMA_TABEL = TABEL.map((t) => t.nama);

/**
 * `tanda` = 'data unggahan' for a row uploaded in this browser, NULL for published
 * rows: the one mark every table and chart shows beside uploaded figures.
 */
function tanda(alias = ''): string {
	return `CASE WHEN ${alias}sumber = 'unggahan' THEN 'data unggahan' END AS tanda`;
}

// ---------------------------------------------------------------- shared CTEs

/**
 * One IKM value per kecamatan and year. Within a report, the data build marked the
 * chosen statement of each year (`dipilih`, reference/ikm-pilih.ts, with the report's
 * other values in `beda`); across reports, the report of that very year first, then
 * the newest (the same rule, stated in ATURAN_IKM).
 */
const CTE_IKM = `ikm_pilih AS MATERIALIZED (
	SELECT i.kecamatan, i.kode_kecamatan AS kode, k.slug, i.tahun, i.target, i.realisasi, i.mutu, i.realisasi_raw,
		i.bagian, i.beda, i.file, i.line, i.raw, i.page, i.letak, i.laporan_id, i.tahun_laporan, i.sumber
	FROM ikm i LEFT JOIN kecamatan k ON k.kode = i.kode_kecamatan
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
 * budget summary (ringkasan.ts anggaran_ringkas: the total and program rows), not the
 * whole budget tree, so pages that show totals fetch a fraction of its bytes.
 */
const CTE_ANGGARAN_TOTAL = `anggaran_laporan AS (
	SELECT kecamatan, kode_kecamatan, laporan_id, tahun_laporan AS tahun, pagu, realisasi, file, line, raw, page, letak, false AS dihitung, 0 AS prioritas, sumber
	FROM anggaran_ringkas WHERE level = 'total'
	UNION ALL
	SELECT kecamatan, kode_kecamatan, laporan_id, tahun_laporan, CAST(sum(pagu) AS BIGINT), CAST(sum(realisasi) AS BIGINT),
		min(file), min(line), 'jumlah ' || count(*) || ' program', NULL, NULL, true, 1, sumber
	FROM anggaran_ringkas a
	WHERE level = 'program' AND NOT EXISTS (
		SELECT 1 FROM anggaran_ringkas t WHERE t.level = 'total' AND t.laporan_id = a.laporan_id AND t.sumber = a.sumber)
	GROUP BY laporan_id, kecamatan, kode_kecamatan, tahun_laporan, sumber
	UNION ALL
	SELECT kecamatan, kode_kecamatan, NULL, tahun, pagu, realisasi, file, line, raw, page, letak, false, 2, sumber
	FROM anggaran_tahun_lain WHERE pagu IS NOT NULL AND tahun <> tahun_laporan
),
anggaran_total AS MATERIALIZED (
	SELECT l.kecamatan, l.kode_kecamatan AS kode, k.slug, l.tahun, l.pagu, l.realisasi,
		CASE WHEN l.pagu > 0 THEN CAST(l.realisasi AS DOUBLE) * 100 / l.pagu END AS serapan,
		-- the data build's scope of the report's total (reference/cakupan-anggaran.ts); quoted totals count as whole
		coalesce(r.cakupan_anggaran, 'seluruh') AS cakupan,
		l.file, l.line, l.raw, l.page, l.letak, l.dihitung, l.sumber
	FROM anggaran_laporan l LEFT JOIN kecamatan k ON k.kode = l.kode_kecamatan
	LEFT JOIN laporan r ON r.laporan_id = l.laporan_id AND r.sumber = l.sumber
	QUALIFY row_number() OVER (PARTITION BY l.kode_kecamatan, l.tahun ORDER BY l.prioritas, l.file, l.line, l.sumber) = 1
)`;

function dengan(...ctes: string[]): string {
	return `WITH ${ctes.join(',\n')}\n`;
}

// ---------------------------------------------------------------- Beranda

/**
 * Years that can be chosen, newest last: every year with a report, an IKM value or a
 * budget realisation, including years known only from a later report's comparison
 * tables (`jumlah_laporan` = 0 then, so the page can say where its figures come from).
 */
export function sqlTahunLaporan(): string {
	return `${dengan(CTE_IKM, CTE_ANGGARAN_TOTAL)}
SELECT t.tahun, (SELECT count(*) FROM laporan l WHERE l.tahun = t.tahun) AS jumlah_laporan
FROM (SELECT tahun FROM laporan UNION SELECT tahun FROM ikm_pilih UNION SELECT tahun FROM anggaran_total WHERE realisasi IS NOT NULL) t
ORDER BY t.tahun`;
}

/**
 * Headline tiles for one year, with the previous year for comparison. A change is
 * only computed over the same kecamatan in both years (`*_sama`, with their count):
 * three kecamatan this year against the two of last year is a change of set, not of figures.
 */
export function sqlKpi(tahun: number): string {
	const t = litInt(tahun);
	const tl = litInt(tahun - 1);
	return `${dengan(
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
	(SELECT count(DISTINCT kecamatan) FROM laporan WHERE tahun = ${t}) AS kecamatan_berlaporan_tahun,
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
	(SELECT CAST(sum(pagu) AS BIGINT) FROM anggaran_total WHERE tahun = ${t} AND realisasi IS NOT NULL AND cakupan = 'seluruh') AS pagu,
	(SELECT CAST(sum(realisasi) AS BIGINT) FROM anggaran_total WHERE tahun = ${t} AND pagu IS NOT NULL AND cakupan = 'seluruh') AS realisasi,
	(SELECT CAST(sum(realisasi) AS DOUBLE) * 100 / NULLIF(sum(pagu), 0) FROM anggaran_total
		WHERE tahun = ${t} AND pagu IS NOT NULL AND realisasi IS NOT NULL AND cakupan = 'seluruh') AS serapan,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND serapan IS NOT NULL AND cakupan <> 'seluruh') AS serapan_cakupan_lain,
	(SELECT CAST(sum(realisasi_kini) AS DOUBLE) * 100 / NULLIF(sum(pagu_kini), 0) FROM serapan_sama) AS serapan_sama,
	(SELECT CAST(sum(realisasi_lalu) AS DOUBLE) * 100 / NULLIF(sum(pagu_lalu), 0) FROM serapan_sama) AS serapan_lalu_sama,
	(SELECT count(*) FROM serapan_sama) AS serapan_sama_jumlah,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND serapan IS NOT NULL AND cakupan = 'seluruh') AS serapan_jumlah,
	(SELECT count(*) FROM indikator WHERE tahun_laporan = ${t} AND capaian IS NOT NULL) AS indikator_jumlah,
	(SELECT count(*) FROM indikator WHERE tahun_laporan = ${t} AND capaian >= 100) AS indikator_tercapai,
	(SELECT count(*) FROM ikm_pilih WHERE tahun = ${t} AND sumber = 'unggahan') AS ikm_unggahan,
	(SELECT count(*) FROM anggaran_total WHERE tahun = ${t} AND sumber = 'unggahan') AS anggaran_unggahan,
	(SELECT count(*) FROM indikator WHERE tahun_laporan = ${t} AND capaian IS NOT NULL AND sumber = 'unggahan') AS indikator_unggahan`;
}

// ---------------------------------------------------------------- long lists

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
export function sqlPotong(daftar: string, ujung: number, awal: number): string {
	const u = litInt(ujung);
	const grafik = `(peringkat <= ${u} OR peringkat > jumlah_kecamatan - ${u})`;
	const tabel = `(nomor <= ${litInt(awal)})`;
	return `SELECT *, ${grafik} AS di_grafik, ${tabel} AS di_tabel FROM (${daftar}) d WHERE ${grafik} OR ${tabel} ORDER BY nomor`;
}

/** IKM of every kecamatan in one year, best first, with last year's value and the kabupaten average. */
export function sqlPeringkatIkm(tahun: number): string {
	const t = litInt(tahun);
	return `${dengan(CTE_IKM)}
SELECT a.kecamatan, a.slug, a.tahun, a.realisasi, a.target, a.mutu, a.beda, a.file, a.line, a.raw, a.page, a.letak,
	${tanda('a.')},
	b.realisasi AS realisasi_lalu,
	avg(a.realisasi) OVER () AS rata_kecamatan,
	row_number() OVER (ORDER BY a.realisasi DESC, a.kecamatan) AS nomor,
	row_number() OVER (ORDER BY a.realisasi DESC, a.kecamatan) AS peringkat,
	count(*) OVER () AS jumlah_baris,
	count(*) OVER () AS jumlah_kecamatan
FROM ikm_pilih a
LEFT JOIN ikm_pilih b ON b.kode = a.kode AND b.tahun = a.tahun - 1
WHERE a.tahun = ${t}
ORDER BY a.realisasi DESC, a.kecamatan`;
}

/** Budget absorption per kecamatan in one year, highest first. */
export function sqlSerapanKecamatan(tahun: number): string {
	const t = litInt(tahun);
	return `${dengan(CTE_ANGGARAN_TOTAL)}
SELECT a.kecamatan, a.slug, a.tahun, a.pagu, a.realisasi, a.serapan, a.cakupan, a.file, a.line, a.raw, a.page, a.letak, a.dihitung, ${tanda('a.')},
	b.serapan AS serapan_lalu,
	-- combined over budgets of the same (whole) scope only
	CAST(sum(CASE WHEN a.cakupan = 'seluruh' THEN a.realisasi END) OVER () AS DOUBLE) * 100
		/ NULLIF(sum(CASE WHEN a.cakupan = 'seluruh' THEN a.pagu END) OVER (), 0) AS serapan_gabungan,
	count(CASE WHEN a.cakupan = 'seluruh' THEN 1 END) OVER () AS jumlah_gabungan,
	row_number() OVER (ORDER BY a.serapan DESC, a.kecamatan) AS nomor,
	row_number() OVER (ORDER BY a.serapan DESC, a.kecamatan) AS peringkat,
	count(*) OVER () AS jumlah_baris,
	count(*) OVER () AS jumlah_kecamatan
FROM anggaran_total a
LEFT JOIN anggaran_total b ON b.kode = a.kode AND b.tahun = a.tahun - 1
WHERE a.tahun = ${t} AND a.serapan IS NOT NULL
ORDER BY a.serapan DESC, a.kecamatan`;
}

/**
 * Capaian per kecamatan and indicator in one report year. Indicators are grouped
 * by their canonical key, or by their printed name when no rule recognised them.
 * Kecamatan are ranked by their mean capaian over the indicators they report.
 */
export function sqlCapaianMatriks(tahun: number): string {
	const t = litInt(tahun);
	return `WITH sel AS (
	SELECT i.kecamatan, i.kode_kecamatan AS kode, k.slug, coalesce(i.kunci, i.indikator) AS kunci,
		min(i.indikator) OVER (PARTITION BY coalesce(i.kunci, i.indikator)) AS label,
		i.capaian, i.target_raw, i.realisasi_raw, i.capaian_raw, i.file, i.line, i.raw, i.page, i.letak, ${tanda('i.')}
	FROM indikator i LEFT JOIN kecamatan k ON k.kode = i.kode_kecamatan
	WHERE i.tahun_laporan = ${t} AND i.capaian IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY i.kode_kecamatan, coalesce(i.kunci, i.indikator) ORDER BY i.no, i.file, i.line, i.sumber) = 1
),
urut AS (
	SELECT kode, row_number() OVER (ORDER BY avg(capaian) DESC, min(kecamatan), kode) AS peringkat,
		count(*) OVER () AS jumlah_kecamatan
	FROM sel GROUP BY kode
)
SELECT s.*, u.peringkat, u.jumlah_kecamatan,
	row_number() OVER (ORDER BY s.label, s.kecamatan, s.kunci) AS nomor,
	count(*) OVER () AS jumlah_baris
FROM sel s JOIN urut u ON u.kode = s.kode
ORDER BY s.label, s.kecamatan, s.kunci`;
}

/** Every kecamatan with the years it has reports for; none = not yet reported. */
export function sqlDaftarKecamatan(): string {
	return `SELECT k.kode, k.kecamatan, k.slug, k.jumlah_desa, k.jumlah_kelurahan, k.ada_laporan,
	(SELECT string_agg(CAST(l.tahun AS VARCHAR), ', ' ORDER BY l.tahun) FROM laporan l WHERE l.kode_kecamatan = k.kode) AS tahun_laporan,
	(SELECT max(l.tahun) FROM laporan l WHERE l.kode_kecamatan = k.kode) AS tahun_terbaru
FROM kecamatan k ORDER BY k.kode`;
}

// ---------------------------------------------------------------- Perbandingan

/**
 * IKM per year for the chosen kecamatan, and per year the mean of the kecamatan that
 * have a value (`jumlah_rata` of them: the set changes from year to year, pembanding.ts).
 */
export function sqlTrenIkm(kecamatan: string[], tahun: number[] | null = null): string {
	const saring = tahun ? `AND tahun IN ${litDaftarInt(tahun)}` : '';
	return `${dengan(CTE_IKM)}
SELECT kecamatan, slug, tahun, realisasi, target, mutu, beda, file, line, raw, page, letak, false AS rata, CAST(NULL AS BIGINT) AS jumlah_rata, ${tanda()}
FROM ikm_pilih WHERE slug IN ${litDaftarTeks(kecamatan)} ${saring}
UNION ALL
SELECT ${litTeks(NAMA_RATA_KECAMATAN)}, NULL, tahun, avg(realisasi), avg(target), NULL, NULL, NULL, NULL,
	'rata-rata ' || count(*) || ' kecamatan', NULL, NULL, true, count(*),
	CASE WHEN bool_or(sumber = 'unggahan') THEN 'termasuk data unggahan' END
FROM ikm_pilih WHERE true ${saring} GROUP BY tahun
ORDER BY rata, kecamatan, tahun`;
}

/** Serapan per year for the chosen kecamatan, and the kabupaten total per year. */
export function sqlTrenSerapan(kecamatan: string[], tahun: number[] | null = null): string {
	const saring = tahun ? `AND tahun IN ${litDaftarInt(tahun)}` : '';
	return `${dengan(CTE_ANGGARAN_TOTAL)}
SELECT kecamatan, slug, tahun, pagu, realisasi, serapan, cakupan, file, line, raw, page, letak, dihitung, false AS rata, CAST(NULL AS BIGINT) AS jumlah_rata, ${tanda()}
FROM anggaran_total WHERE slug IN ${litDaftarTeks(kecamatan)} AND serapan IS NOT NULL ${saring}
UNION ALL
SELECT ${litTeks(NAMA_GABUNGAN)}, NULL, tahun, CAST(sum(pagu) AS BIGINT), CAST(sum(realisasi) AS BIGINT),
	CAST(sum(realisasi) AS DOUBLE) * 100 / NULLIF(sum(pagu), 0), 'seluruh', NULL, NULL,
	'jumlah ' || count(*) || ' kecamatan', NULL, NULL, true, true, count(*),
	CASE WHEN bool_or(sumber = 'unggahan') THEN 'termasuk data unggahan' END
FROM anggaran_total WHERE serapan IS NOT NULL AND cakupan = 'seluruh' ${saring} GROUP BY tahun
ORDER BY rata, kecamatan, tahun`;
}

/** Budget per program for the chosen kecamatan and years (for the stacked composition chart); programs are in the budget summary. */
export function sqlKomposisiProgram(kecamatan: string[], tahun: number[]): string {
	return `SELECT a.kecamatan, k.slug, a.tahun_laporan AS tahun, a.uraian AS program, a.pagu, a.realisasi,
	CASE WHEN a.pagu > 0 THEN CAST(a.realisasi AS DOUBLE) * 100 / a.pagu END AS serapan,
	a.file, a.line, a.raw, a.page, a.letak, ${tanda('a.')}
FROM anggaran_ringkas a JOIN kecamatan k ON k.kode = a.kode_kecamatan
WHERE a.level = 'program' AND k.slug IN ${litDaftarTeks(kecamatan)}
	AND a.tahun_laporan IN ${litDaftarInt(tahun)}
ORDER BY a.kecamatan, a.tahun_laporan, a.urutan, a.file, a.sumber`;
}

/** Capaian of every indicator of the chosen kecamatan and years, optionally one indicator. */
export function sqlCapaianBerdampingan(kecamatan: string[], tahun: number[], indikator: string | null): string {
	const saring = indikator ? `AND coalesce(i.kunci, i.indikator) = ${litTeks(indikator)}` : '';
	return `SELECT i.kecamatan, k.slug, i.tahun_laporan AS tahun, coalesce(i.kunci, i.indikator) AS kunci,
	i.indikator, i.target, i.realisasi, i.capaian, i.target_raw, i.realisasi_raw, i.capaian_raw,
	i.file, i.line, i.raw, i.page, i.letak, ${tanda('i.')}
FROM indikator i JOIN kecamatan k ON k.kode = i.kode_kecamatan
WHERE k.slug IN ${litDaftarTeks(kecamatan)} AND i.tahun_laporan IN ${litDaftarInt(tahun)} ${saring}
ORDER BY kunci, i.kecamatan, i.tahun_laporan, i.file, i.line, i.sumber`;
}

/** The indicators that can be chosen, most widely reported first. */
export function sqlDaftarIndikator(): string {
	return `SELECT coalesce(kunci, indikator) AS kunci, min(indikator) AS label, count(DISTINCT kecamatan) AS jumlah_kecamatan
FROM indikator GROUP BY coalesce(kunci, indikator)
ORDER BY jumlah_kecamatan DESC, label`;
}

// ---------------------------------------------------------------- Kecamatan

export function sqlKecamatan(slug: string): string {
	return `SELECT kode, kecamatan, slug, jumlah_desa, jumlah_kelurahan, ada_laporan FROM kecamatan WHERE slug = ${litTeks(slug)}`;
}

export function sqlLaporanKecamatan(slug: string): string {
	return `SELECT l.laporan_id, l.file, l.tahun, l.kabupaten, l.jumlah_indikator, l.jumlah_anggaran, l.jumlah_peringatan, ${tanda('l.')}
FROM laporan l JOIN kecamatan k ON k.kode = l.kode_kecamatan
WHERE k.slug = ${litTeks(slug)} ORDER BY l.tahun, l.file, l.sumber`;
}

/** Profile attributes, the newest report's value of each. */
export function sqlProfilKecamatan(slug: string): string {
	return `SELECT p.atribut, p.nilai, p.tahun_laporan AS tahun, p.file, p.line, p.raw, p.page, p.letak, ${tanda('p.')}
FROM profil p JOIN kecamatan k ON k.kode = p.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
QUALIFY row_number() OVER (PARTITION BY p.atribut ORDER BY p.tahun_laporan DESC, p.line, p.file, p.sumber) = 1
ORDER BY p.atribut`;
}

/** The kecamatan's IKM per year beside the mean of the other kecamatan with a value that year. */
export function sqlIkmKecamatan(slug: string): string {
	return `${dengan(CTE_IKM)}
SELECT a.tahun, a.realisasi, a.target, a.mutu, a.bagian, a.beda, a.tahun_laporan, a.file, a.line, a.raw, a.page, a.letak, ${tanda('a.')},
	(SELECT avg(b.realisasi) FROM ikm_pilih b WHERE b.tahun = a.tahun AND b.kode <> a.kode) AS rata_lain,
	(SELECT count(*) FROM ikm_pilih b WHERE b.tahun = a.tahun AND b.kode <> a.kode) AS jumlah_lain
FROM ikm_pilih a WHERE a.slug = ${litTeks(slug)}
ORDER BY a.tahun`;
}

/** Budget totals per year for the kecamatan, beside the serapan of the other kecamatan together. */
export function sqlAnggaranTahunanKecamatan(slug: string): string {
	return `${dengan(CTE_ANGGARAN_TOTAL)}
SELECT a.tahun, a.pagu, a.realisasi, a.serapan, a.cakupan, a.file, a.line, a.raw, a.page, a.letak, a.dihitung, ${tanda('a.')},
	(SELECT CAST(sum(b.realisasi) AS DOUBLE) * 100 / NULLIF(sum(b.pagu), 0) FROM anggaran_total b
		WHERE b.tahun = a.tahun AND b.serapan IS NOT NULL AND b.kode <> a.kode AND b.cakupan = 'seluruh') AS serapan_lain,
	(SELECT count(*) FROM anggaran_total b WHERE b.tahun = a.tahun AND b.serapan IS NOT NULL AND b.kode <> a.kode AND b.cakupan = 'seluruh') AS jumlah_lain
FROM anggaran_total a WHERE a.slug = ${litTeks(slug)}
ORDER BY a.tahun`;
}

export function sqlIndikatorKecamatan(slug: string): string {
	return `SELECT i.tahun_laporan AS tahun, i.no, i.sasaran, i.indikator, i.kunci, i.target, i.realisasi, i.capaian,
	i.target_raw, i.realisasi_raw, i.capaian_raw, i.satuan, i.file, i.line, i.raw, i.page, i.letak, ${tanda('i.')}
FROM indikator i JOIN kecamatan k ON k.kode = i.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
ORDER BY i.tahun_laporan DESC, i.no, i.file, i.sumber`;
}

export function sqlPohonAnggaran(slug: string): string {
	return `SELECT a.tahun_laporan AS tahun, a.urutan, a.level, a.kode, a.uraian, a.program, a.kegiatan,
	a.pagu, a.realisasi, a.persen,
	CASE WHEN a.pagu > 0 THEN CAST(a.realisasi AS DOUBLE) * 100 / a.pagu END AS serapan,
	a.pagu_raw, a.realisasi_raw, a.persen_raw, a.file, a.line, a.raw, a.page, a.letak, ${tanda('a.')}
FROM anggaran a JOIN kecamatan k ON k.kode = a.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
ORDER BY a.tahun_laporan DESC, a.urutan, a.file, a.sumber`;
}

export function sqlBelanjaKecamatan(slug: string): string {
	return `SELECT b.tahun_laporan AS tahun, b.jenis, b.uraian, b.pagu, b.realisasi,
	CASE WHEN b.pagu > 0 THEN CAST(b.realisasi AS DOUBLE) * 100 / b.pagu END AS serapan,
	b.file, b.line, b.raw, b.page, b.letak, ${tanda('b.')}
FROM belanja b JOIN kecamatan k ON k.kode = b.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
ORDER BY b.tahun_laporan DESC, b.line, b.file, b.sumber`;
}

/** The predikat scale each of the kecamatan's reports prints for itself, level by level, with its lines. */
export function sqlSkalaKecamatan(slug: string): string {
	return `SELECT s.tahun_laporan AS tahun, s.urutan, s.kode, s.label, s.bawah, s.atas, s.file, s.line, s.raw, s.page, s.letak
FROM skala_predikat s JOIN kecamatan k ON k.kode = s.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
ORDER BY s.tahun_laporan DESC, s.file, s.urutan`;
}

export function sqlPeringatanKecamatan(slug: string): string {
	return `SELECT p.tahun_laporan AS tahun, p.file, p.line, p.page, p.letak, p.pesan, ${tanda('p.')}
FROM peringatan p JOIN kecamatan k ON k.kode = p.kode_kecamatan
WHERE k.slug = ${litTeks(slug)}
ORDER BY p.tahun_laporan DESC, p.line, p.file, p.sumber`;
}

export function sqlSlugKecamatan(): string {
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
export function sqlSiapkanTabel(t: Tabel, berkas: string | null): string[] {
	if (t.kolom.some((k) => k.nama === 'sumber')) throw new Error(`tabel ${t.nama}: kolom "sumber" dipakai untuk menandai data unggahan`);
	const terbit = `${t.nama}_terbit`;
	const sumberTerbit = berkas ? sqlViewParquet(terbit, berkas) : sqlViewKosong({ ...t, nama: terbit });
	const kolom = t.kolom.map((k) => identifier(k.nama)).join(', ');
	if (t.nama === 'kecamatan') {
		const lain = t.kolom.map((k) => (k.nama === 'ada_laporan' ? null : `k.${identifier(k.nama)}`)).filter(Boolean);
		return [
			sumberTerbit,
			`CREATE OR REPLACE VIEW kecamatan AS SELECT ${lain.join(', ')},
	k.ada_laporan OR EXISTS (SELECT 1 FROM laporan_unggahan u WHERE u.kode_kecamatan = k.kode) AS ada_laporan
FROM ${terbit} k`
		];
	}
	return [
		sumberTerbit,
		sqlTabelUnggahan(t),
		`CREATE OR REPLACE VIEW ${identifier(t.nama)} AS
SELECT ${kolom}, 'terbit' AS sumber FROM ${terbit}
UNION ALL
SELECT ${kolom}, 'unggahan' AS sumber FROM ${identifier(t.nama)}_unggahan`
	];
}

/**
 * The table of this browser's uploads for `t`. Created for every table when the
 * engine starts (lazy-tables.ts): uploads are written before the published file of
 * their table is needed, and the kecamatan view reads laporan_unggahan.
 */
export function sqlTabelUnggahan(t: Tabel): string {
	const tipe = t.kolom.map((k) => `${identifier(k.nama)} ${k.tipe}`).join(', ');
	return `CREATE TABLE IF NOT EXISTS ${identifier(t.nama)}_unggahan (${tipe})`;
}

/** Tables that take uploaded rows: all but the kecamatan reference. */
export const TABEL_UNGGAHAN = TABEL.filter((t) => t.nama !== 'kecamatan');

export function sqlKosongkanUnggahan(t: Tabel): string {
	return `DELETE FROM ${identifier(t.nama)}_unggahan`;
}

function litNilai(v: unknown, tipe: Tabel['kolom'][number]['tipe']): string {
	if (v === null || v === undefined) return 'NULL';
	switch (tipe) {
		case 'VARCHAR':
			return litTeks(String(v));
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
export function sqlSisipUnggahan(t: Tabel, baris: readonly Record<string, unknown>[]): string {
	const kolom = t.kolom.map((k) => identifier(k.nama));
	const nilai = baris.map((b) => `(${t.kolom.map((k) => litNilai(b[k.nama], k.tipe)).join(', ')})`);
	return `INSERT INTO ${identifier(t.nama)}_unggahan (${kolom.join(', ')}) VALUES\n${nilai.join(',\n')}`;
}

/** The rows an upload is checked against for duplicates (published and earlier uploads). */
export function sqlBarisAda(tabel: 'ikm' | 'indikator' | 'anggaran' | 'laporan'): string {
	const kolom = {
		ikm: 'kecamatan, tahun, realisasi, mutu, file, line',
		indikator: 'kecamatan, tahun_laporan, indikator, target, realisasi, target_raw, realisasi_raw, file, line',
		anggaran: 'kecamatan, tahun_laporan, level, uraian, pagu, realisasi, file, line',
		laporan: 'laporan_id, file'
	}[tabel];
	return `SELECT ${kolom} FROM ${identifier(tabel)}`;
}

// ---------------------------------------------------------------- konsistensi data (audit)

/** Every audit finding, newest report first, then by severity and rule order within a report. */
export function sqlTemuan(): string {
	return `SELECT t.laporan_id, t.kecamatan, k.slug, t.tahun_laporan AS tahun, t.file, t.no, t.aturan, t.judul_aturan,
		t.tingkat, t.pesan, t.nilai, t.seharusnya, t.lines, t.bukti, ${tanda('t.')}
	FROM temuan t LEFT JOIN kecamatan k ON k.kode = t.kode_kecamatan
	ORDER BY t.tahun_laporan DESC, t.kecamatan, CASE t.tingkat WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 ELSE 2 END, t.no, t.file, t.sumber`;
}

/** Data-quality score per report, best first (reports with nothing checkable last). */
export function sqlSkorKualitas(): string {
	return `SELECT s.laporan_id, s.kecamatan, k.slug, s.tahun_laporan AS tahun, s.file, s.skor, s.diperiksa, s.gagal, s.tinggi, s.sedang, s.rendah, ${tanda('s.')}
	FROM skor_kualitas s LEFT JOIN kecamatan k ON k.kode = s.kode_kecamatan
	ORDER BY s.skor DESC NULLS LAST, s.kecamatan, s.tahun_laporan, s.file, s.sumber`;
}

/** The source lines findings point to, with their context lines. */
export function sqlSumberBaris(): string {
	return `SELECT file, line, page, letak, teks, ${tanda()} FROM sumber_baris ORDER BY file, line, sumber`;
}

/** Findings of one kecamatan, for the badge beside its figures. */
export function sqlTemuanKecamatan(slug: string): string {
	return `SELECT t.laporan_id, t.tahun_laporan AS tahun, t.file, t.no, t.aturan, t.judul_aturan, t.tingkat, t.pesan, t.lines, ${tanda('t.')}
	FROM temuan t JOIN kecamatan k ON k.kode = t.kode_kecamatan
	WHERE k.slug = ${litTeks(slug)}
	ORDER BY t.tahun_laporan DESC, CASE t.tingkat WHEN 'tinggi' THEN 0 WHEN 'sedang' THEN 1 ELSE 2 END, t.no, t.file, t.sumber`;
}
