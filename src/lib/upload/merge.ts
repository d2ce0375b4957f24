/**
 * Uploaded reports → rows in DuckDB beside the published data. The rows come
 * from the data build's own Laporan → rows function, so an uploaded figure has
 * the same columns, checks and provenance as a published one; the views of
 * sql.ts mark them sumber = 'unggahan'. Uploads with their text go through the
 * data build's audit producer too, so their findings and quality scores join
 * `temuan`, `skor_kualitas` and `sumber_baris` like a published report's.
 */
import type { Executor } from '../query/executor';
import { sqlClearUploads, sqlInsertUploadBatches, UPLOAD_TABLES } from '../query/sql';
import { forgetList } from '../query/page-data';
import { auditRows } from '../audit/dataset';
import type { Report, MasterData } from '../lkip/types';
import { reportRows, reportKecamatan, emptyTables, type RowsByTable } from '../store/rows';

/** push(...xs) passes every element as an argument, and V8 throws past about 120k: a 10 MB CSV holds 300k rows. */
function tambahkan<T>(ke: T[], xs: readonly T[]): void {
	for (const x of xs) ke.push(x);
}

export interface MergeResult {
	baris: RowsByTable;
	/** reports that could not be turned into rows, with why (a stored upload from an older version, say) */
	masalah: string[];
}

/**
 * Rows of every uploaded report; a report id seen twice keeps its first upload.
 * `teks` (file -> uploaded text) feeds the audit; a report without its text (an
 * upload stored before texts were kept) is shown but not audited. The year-over-year
 * rule compares uploads with each other only: published reports are rows here, not
 * extractions.
 */
export function uploadRows(laporan: readonly Report[], ref: MasterData, text: ReadonlyMap<string, string> = new Map()): MergeResult {
	const baris = emptyTables();
	const problem: string[] = [];
	const sudah = new Set<string>();
	const diterima: Report[] = [];
	for (const l of laporan) {
		try {
			const kec = reportKecamatan(l, ref);
			// CSV uploads group per kecamatan (by code: names repeat across kabupaten) and year, and may repeat one across files: keep them all
			const id = kec && l.tahun ? `${kec.kode}|${l.tahun}|${l.file}` : l.file;
			if (sudah.has(id)) continue;
			sudah.add(id);
			for (const [nama, daftar] of Object.entries(reportRows(l, ref))) tambahkan(baris[nama], daftar);
			diterima.push(l);
		} catch (e) {
			problem.push(e instanceof Error ? e.message : String(e));
		}
	}
	try {
		for (const [nama, daftar] of Object.entries(auditRows(diterima, text, ref))) tambahkan((baris[nama] ??= []), daftar);
	} catch (e) {
		// the figures are still worth showing without their audit
		problem.push(`pemeriksaan konsistensi data unggahan gagal: ${e instanceof Error ? e.message : String(e)}`);
	}
	return { baris, masalah: problem };
}

/**
 * The statements that replace the uploaded rows in DuckDB with these. Plain
 * strings: the upload worker builds them off the main thread, and IndexedDB
 * keeps them, so a later visit only runs them. Each stays within
 * BATAS_BYTE_SISIP: DuckDB-WASM fails on a statement past about 64 KB (500 rows
 * of a budget upload were 125 KB), whatever the number of rows.
 */
export function uploadStatements(row: RowsByTable): string[] {
	const out: string[] = [];
	for (const t of UPLOAD_TABLES) {
		out.push(sqlClearUploads(t));
		tambahkan(out, sqlInsertUploadBatches(t, row[t.nama] ?? []));
	}
	return out;
}

/** Run statements of perintahUnggahan, one after the other (each awaits DuckDB's own worker, so the page stays free). */
export async function runStatements(db: Executor, perintah: readonly string[]): Promise<void> {
	for (const sql of perintah) await db.query(sql);
	// years, kecamatan and indicators to choose from may have changed
	forgetList(db);
}

/** Replace the uploaded rows in DuckDB with these. */
export async function attachUploads(db: Executor, row: RowsByTable): Promise<void> {
	await runStatements(db, uploadStatements(row));
}
