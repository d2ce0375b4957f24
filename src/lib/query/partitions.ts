/**
 * Detailed tables in parts (issue 10): beside each whole Parquet file the data
 * build writes the same rows cut by kecamatan code range, so a kecamatan page
 * reads the part holding its kecamatan instead of every kecamatan's budget tree,
 * indicators and source lines. At 7.277 kecamatan a part holds 1/114 of a table.
 *
 * A part is a range of Kemendagri codes, `awal[i] <= kode_kecamatan < awal[i+1]`,
 * the same ranges for every table; `awal[0]` is '' so every code falls in a part,
 * also one missing from the kecamatan list. The ranges are cut every
 * KECAMATAN_PER_PART kecamatan of the kecamatan table, in code order. The whole
 * file stays: prerender, downloads and queries over every kecamatan read it.
 *
 * Which queries may read parts is the loader's word (page-data.ts, `Scope`): a
 * query over one kecamatan's rows of these tables; one comparing it with the
 * others (rata_lain, the medians) reads the published per-year answer
 * (comparison-years.ts) beside them. The summaries a kecamatan page reads are cut
 * in the same parts (summaries.ts `bagian`).
 */
import { TABLES } from '../store/schema';

/** Kecamatan per part: at 7.277 kecamatan 114 parts per table (ten tables: a manifest of about 100 KiB, some 10 KiB brotli as sent). */
export const KECAMATAN_PER_PART = 64;

/** The column parts are cut by. */
export const PART_COLUMN = 'kode_kecamatan';

/**
 * Tables every page that reads them reads across kecamatan (the mean of the
 * others, the kabupaten's IKM, the quality scores): parts of them would only
 * lengthen the manifest.
 */
const READ_WHOLE = ['ikm', 'ikm_kabupaten', 'anggaran_tahun_lain', 'skor_kualitas'];

/**
 * Tables written in parts: every per-report table whose rows all carry a
 * kecamatan code, but those read whole. `kecamatan` itself and `laporan` (code
 * optional) stay whole.
 */
export const PARTITIONED_TABLES: readonly string[] = TABLES.filter(
	(t) => !READ_WHOLE.includes(t.nama) && t.kolom.some((k) => k.nama === PART_COLUMN && k.wajib)
).map((t) => t.nama);

/** What the manifest says about the parts (manifest.json `bagian`). */
export interface ManifestParts {
	/** the column cut by (PART_COLUMN) */
	kolom: string;
	/** lower bound of each part's codes, ascending; awal[0] = '' */
	awal: string[];
	/** per table, its parts' content-hashed Parquet files, in the order of `awal` */
	tabel: Record<string, { parquet: string; baris: number }[]>;
}

/** The lower bounds of the parts for these kecamatan codes (any order); one part (no cut) when they are few. */
export function partBounds(code: readonly string[], perBagian = KECAMATAN_PER_PART): string[] {
	const sorted = [...new Set(code)].sort();
	const start = [''];
	for (let i = perBagian; i < sorted.length; i += perBagian) start.push(sorted[i]);
	return start;
}

/** Index of the part holding `kode`. */
export function partIndex(start: readonly string[], code: string): number {
	let lo = 0;
	let hi = start.length - 1;
	// the last part whose lower bound is <= kode (awal[0] = '' is <= every code)
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (start[mid] <= code) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The SQL condition of part i on PART_COLUMN (for the data build). */
export function partFilter(start: readonly string[], i: number): string {
	const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
	const lower = `${PART_COLUMN} >= ${lit(start[i])}`;
	return i + 1 < start.length ? `${lower} AND ${PART_COLUMN} < ${lit(start[i + 1])}` : lower;
}

/** Parquet files of `tabel` holding these kecamatan codes, in part order; null when the table is not in parts. */
export function partFiles(m: ManifestParts | undefined, table: string, code: readonly string[]): string[] | null {
	const section = m?.tabel[table];
	if (!m || !section) return null;
	const i = [...new Set(code.map((k) => partIndex(m.awal, k)))].sort((a, b) => a - b);
	return i.map((j) => section[j].parquet);
}
