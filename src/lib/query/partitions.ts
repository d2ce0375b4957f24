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
 * others (rata_lain, the kabupaten medians) reads whole tables.
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
export function partBounds(kode: readonly string[], perBagian = KECAMATAN_PER_PART): string[] {
	const urut = [...new Set(kode)].sort();
	const awal = [''];
	for (let i = perBagian; i < urut.length; i += perBagian) awal.push(urut[i]);
	return awal;
}

/** Index of the part holding `kode`. */
export function partIndex(awal: readonly string[], kode: string): number {
	let lo = 0;
	let hi = awal.length - 1;
	// the last part whose lower bound is <= kode (awal[0] = '' is <= every code)
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (awal[mid] <= kode) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The SQL condition of part i on PART_COLUMN (for the data build). */
export function partFilter(awal: readonly string[], i: number): string {
	const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
	const bawah = `${PART_COLUMN} >= ${lit(awal[i])}`;
	return i + 1 < awal.length ? `${bawah} AND ${PART_COLUMN} < ${lit(awal[i + 1])}` : bawah;
}

/** Parquet files of `tabel` holding these kecamatan codes, in part order; null when the table is not in parts. */
export function partFiles(m: ManifestParts | undefined, tabel: string, kode: readonly string[]): string[] | null {
	const bagian = m?.tabel[tabel];
	if (!m || !bagian) return null;
	const i = [...new Set(kode.map((k) => partIndex(m.awal, k)))].sort((a, b) => a - b);
	return i.map((j) => bagian[j].parquet);
}
