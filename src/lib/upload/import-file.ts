/**
 * One dropped file → what can be added and what is wrong with the rest.
 * The single entry point of the upload feature: size and type checks before
 * reading, decoding, then the CSV importer or the LKIP extractor. Never throws
 * on file content: an unexpected failure becomes a message too.
 */
import { readDocument, type ReadOptions } from '../document/read';
import { signatureOf } from '../document/signature';
import type { Progress, ReadingText } from '../document/types';
import type { Report, MasterData } from '../lkip/types';
import { checkSize, decodeBytes, kindFromName, type FileKind } from './file-kind';
import { readCsvStructure } from './csv';
import type { ExistingData } from './duplicates';
import { readUploadedReport } from './lkip';
import { galat, peringatan, type Problem } from './problems';
import type { TemplateName } from './templates';
import { validateCsv } from './validate';

export interface UploadResult {
	nama: string;
	ukuran: number;
	jenis: FileKind | null;
	/** the template a CSV matched, 'lkip' for a report text */
	tabel: TemplateName | 'lkip' | null;
	/** what "Tambahkan baris yang valid" would add */
	laporan: Report[];
	/** data lines offered / refused (CSV); for LKIP the record count is in `laporan` */
	barisDiterima: number[];
	barisDitolak: number[];
	masalah: Problem[];
	/** the decoded text (a document's reading text), for the audit's quotes of source lines; null when the file was refused unread */
	teks: string | null;
	/** a PDF or Word document's own bytes, kept so the viewer can open a figure's page; null for text and CSV */
	dokumen: Uint8Array | null;
}

/** What the browser's File (and Node's) offers; only the size is read before the check. */
export interface IncomingFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

function emptyResult(nama: string, size: number, jenis: FileKind | null): UploadResult {
	return { nama, ukuran: size, jenis, tabel: null, laporan: [], barisDiterima: [], barisDitolak: [], masalah: [], teks: null, dokumen: null };
}

function reject(h: UploadResult, message: string): UploadResult {
	h.masalah.push(galat(null, null, message));
	return h;
}

/** The whole pipeline on bytes already read (also used by tests and the fuzzer); `kemajuan` is told the CSV rows checked. */
export function readBytes(name: string, byte: Uint8Array, ref: MasterData, found: ExistingData = {}, progress?: Progress): UploadResult {
	const kind = kindFromName(name);
	if (kind === 'dokumen') return reject(emptyResult(name, byte.length, kind), 'dokumen PDF/Word dibaca lewat bacaBerkas (asinkron), bukan bacaByte');
	if (kind !== 'csv' && kind !== 'teks') return reject(emptyResult(name, byte.length, null), kind);
	const h = emptyResult(name, byte.length, kind);
	const size = checkSize(byte.length);
	if (size) return reject(h, size);
	const d = decodeBytes(byte);
	if (d.masalah !== null) return reject(h, d.masalah);
	h.teks = d.teks;
	try {
		if (h.jenis === 'csv' || useTemplate(d.teks)) {
			const struktur = readCsvStructure(d.teks);
			const v = validateCsv(struktur, name, ref, found, progress);
			return { ...h, tabel: struktur.templat?.tabel ?? null, ...v };
		}
		if (!d.teks.trim()) return reject(h, 'berkas kosong: tidak ada teks');
		return reportFrom(h, { format: 'txt', text: d.teks, places: [], pages: null, notes: [] }, ref, found);
	} catch (e) {
		return reject(h, programError(e));
	}
}

// a bug of ours, not the user's: say so rather than break the page
const programError = (e: unknown) =>
	`berkas tidak dapat diproses karena kesalahan program (${e instanceof Error ? e.message : String(e)}); laporkan berkas ini kepada pengelola dasbor`;

function reportFrom(h: UploadResult, doc: ReadingText, ref: MasterData, found: ExistingData): UploadResult {
	const l = readUploadedReport(doc, h.nama, ref, found);
	const note = doc.notes.map((n) => peringatan(null, null, n));
	return { ...h, teks: doc.text, tabel: 'lkip', laporan: l.laporan ? [l.laporan] : [], masalah: [...note, ...l.masalah] };
}

/**
 * A PDF, Word document or LKIP text, read by the document layer (pdf.js for a
 * PDF, with progress per page). A document that cannot be read is refused with
 * the reader's message; nothing else the user uploaded is touched.
 */
export async function readUploadedDocument(name: string, byte: Uint8Array, ref: MasterData, found: ExistingData, options: ReadOptions): Promise<UploadResult> {
	const h = emptyResult(name, byte.length, 'dokumen');
	let doc: ReadingText;
	try {
		doc = await readDocument(byte, options);
	} catch (e) {
		if (e instanceof Error && e.name === 'DocumentError') return reject(h, e.message);
		return reject(h, programError(e));
	}
	try {
		const result = reportFrom(h, doc, ref, found);
		return doc.format === 'txt' ? { ...result, jenis: 'teks' } : { ...result, dokumen: byte };
	} catch (e) {
		return reject(h, programError(e));
	}
}

/** A .txt saved from the template (people rename CSVs) starts with the template header. */
function useTemplate(text: string): boolean {
	const pertama = text.split(/\r?\n/, 1)[0].toLowerCase();
	return /^\s*"?kecamatan"?\s*[,;]\s*"?tahun"?\s*[,;]/.test(pertama);
}

/**
 * A dropped File: refused by size before a single byte is read. A PDF or Word
 * document goes to the document reader, and so does a "text" that is really a
 * PDF or a DOCX (people rename files); CSV and text go the synchronous way.
 */
export async function readUploadedFile(f: IncomingFile, ref: MasterData, found: ExistingData, options: ReadOptions): Promise<UploadResult> {
	const kind = kindFromName(f.name);
	if (kind !== 'csv' && kind !== 'teks' && kind !== 'dokumen') return reject(emptyResult(f.name, f.size, null), kind);
	const size = checkSize(f.size, kind);
	if (size) return reject(emptyResult(f.name, f.size, kind), size);
	const byte = new Uint8Array(await f.arrayBuffer());
	const sig = signatureOf(byte);
	if (kind === 'dokumen' || (kind === 'teks' && (sig === 'pdf' || sig === 'zip'))) return readUploadedDocument(f.name, byte, ref, found, options);
	return readBytes(f.name, byte, ref, found, options.onProgress);
}
