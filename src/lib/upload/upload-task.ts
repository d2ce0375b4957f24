/**
 * What the upload worker does, as plain functions (the worker file only wires
 * messages to them, and unit tests call them in Node): check a dropped file
 * (read, extract or validate, audit) and compute the stored uploads' rows.
 * Both are the heavy part of an upload; off the main thread the page stays
 * answerable while they run.
 */
import { auditReport } from '../audit';
import type { ReadOptions } from '../document/read';
import type { MasterData } from '../lkip/types';
import type { ExistingData } from './duplicates';
import { uploadRows, uploadStatements } from './merge';
import { readUploadedFile, type IncomingFile, type UploadResult } from './import-file';
import { readProcessed, listUploads, summariseUpload, saveProcessed, type UploadSummary, type Upload } from './store';
import { emptyTables } from '../store/rows';

export interface CheckResult extends UploadResult {
	/** the audit's findings on the reports it would add, one line each */
	temuanAudit: string[];
}

/** Where a check is: pages of a PDF read, CSV rows validated, reports audited. */
export interface TaskProgress {
	tahap: 'membaca' | 'audit';
	selesai: number;
	total: number;
}

export async function checkFile(
	berkas: IncomingFile,
	ref: MasterData,
	ada: ExistingData,
	pdfjs: ReadOptions['pdfjs'],
	lapor: (k: TaskProgress) => void
): Promise<CheckResult> {
	const h = await readUploadedFile(berkas, ref, ada, { pdfjs, onProgress: (selesai, total) => lapor({ tahap: 'membaca', selesai, total }) });
	const temuanAudit: string[] = [];
	h.laporan.forEach((l, i) => {
		lapor({ tahap: 'audit', selesai: i, total: h.laporan.length });
		for (const t of auditReport(l, h.teks ?? '', [], { indikator: ref.indikator }))
			temuanAudit.push(`${t.lines.length ? `Baris ${t.lines.join(', ')}: ` : ''}${t.pesan}`);
	});
	return { ...h, temuanAudit };
}

export interface SavedResult {
	daftar: UploadSummary[];
	/** statements that put every stored upload's rows into DuckDB */
	perintah: string[];
	/** reports that could not become rows, and why */
	masalah: string[];
	/** false when the stored computation was current and nothing was recomputed */
	dihitung: boolean;
}

async function sha256(teks: string): Promise<string> {
	const h = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(teks)));
	return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the rows depend on: the uploads in their order (the first of a repeated report wins) and the reference data. */
export function processedKey(daftar: readonly Upload[], ref: MasterData): Promise<string> {
	return sha256(JSON.stringify([daftar.map((u) => [u.id, u.kunci ?? null]), ref]));
}

/**
 * The stored uploads as statements for DuckDB: taken from IndexedDB when they
 * were computed by this very version from these very uploads, else computed
 * here (rows and audit) and stored for the next visit.
 */
export async function processSaved(ref: MasterData, versi: string): Promise<SavedResult> {
	const semua = await listUploads();
	const daftar = semua.map(summariseUpload);
	if (!semua.length) return { daftar, perintah: uploadStatements(emptyTables()), masalah: [], dihitung: false };
	const kunci = await processedKey(semua, ref);
	const lama = await readProcessed();
	if (lama && lama.versi === versi && lama.kunci === kunci) return { daftar, perintah: lama.perintah, masalah: lama.masalah, dihitung: false };

	// each report's own upload text, for the audit (keyed by the report's file, as the data build does)
	const teks = new Map(semua.flatMap((u) => (u.teks === undefined ? [] : u.laporan.map((l) => [l.file, u.teks!] as const))));
	const { baris, masalah } = uploadRows(
		semua.flatMap((u) => u.laporan),
		ref,
		teks
	);
	const perintah = uploadStatements(baris);
	try {
		await saveProcessed({ versi, kunci, perintah, masalah });
	} catch (e) {
		// the rows are right; only the next visit will compute them again
		masalah.push(`hasil olahan tidak dapat disimpan untuk kunjungan berikutnya (${e instanceof Error ? e.message : String(e)})`);
	}
	return { daftar, perintah, masalah, dihitung: true };
}
