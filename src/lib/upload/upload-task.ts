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
	file: IncomingFile,
	ref: MasterData,
	found: ExistingData,
	pdfjs: ReadOptions['pdfjs'],
	lapor: (k: TaskProgress) => void
): Promise<CheckResult> {
	const h = await readUploadedFile(file, ref, found, { pdfjs, onProgress: (selesai, total) => lapor({ tahap: 'membaca', selesai, total }) });
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

async function sha256(text: string): Promise<string> {
	const h = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
	return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the rows depend on: the uploads in their order (the first of a repeated report wins) and the reference data. */
export function processedKey(list: readonly Upload[], ref: MasterData): Promise<string> {
	return sha256(JSON.stringify([list.map((u) => [u.id, u.kunci ?? null]), ref]));
}

/**
 * The stored uploads as statements for DuckDB: taken from IndexedDB when they
 * were computed by this very version from these very uploads, else computed
 * here (rows and audit) and stored for the next visit.
 */
export async function processSaved(ref: MasterData, versi: string): Promise<SavedResult> {
	const all = await listUploads();
	const list = all.map(summariseUpload);
	if (!all.length) return { daftar: list, perintah: uploadStatements(emptyTables()), masalah: [], dihitung: false };
	const kunci = await processedKey(all, ref);
	const old = await readProcessed();
	if (old && old.versi === versi && old.kunci === kunci) return { daftar: list, perintah: old.perintah, masalah: old.masalah, dihitung: false };

	// each report's own upload text, for the audit (keyed by the report's file, as the data build does)
	const text = new Map(all.flatMap((u) => (u.teks === undefined ? [] : u.laporan.map((l) => [l.file, u.teks!] as const))));
	const { baris: row, masalah: problem } = uploadRows(
		all.flatMap((u) => u.laporan),
		ref,
		text
	);
	const perintah = uploadStatements(row);
	try {
		await saveProcessed({ versi, kunci, perintah, masalah: problem });
	} catch (e) {
		// the rows are right; only the next visit will compute them again
		problem.push(`hasil olahan tidak dapat disimpan untuk kunjungan berikutnya (${e instanceof Error ? e.message : String(e)})`);
	}
	return { daftar: list, perintah, masalah: problem, dihitung: true };
}
