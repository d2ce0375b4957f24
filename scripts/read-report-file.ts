/**
 * A report file on disk → its reading text (src/lib/document), with a clear
 * Indonesian message naming the file for each way it can fail. Shared by the
 * data build, the CLI and the benchmark.
 */
import { readFileSync, statSync } from 'node:fs';
import { readDocument } from '../src/lib/document/read';
import type { ReadingText } from '../src/lib/document/types';
import { loadPdfjsForNode } from './pdfjs-node';

/** Extensions the data build takes from data/lkip/; the CLI reads any file and decides by content. */
export const REPORT_EXTENSIONS = ['.pdf', '.docx', '.txt'];

export function isReportFile(name: string): boolean {
	const n = name.toLowerCase();
	return REPORT_EXTENSIONS.some((e) => n.endsWith(e));
}

function readBytes(path: string): Uint8Array {
	try {
		if (statSync(path).isDirectory()) throw new Error(`${path}: ini folder, bukan berkas LKIP`);
		// pdf.js refuses a Node Buffer: give every reader a plain Uint8Array
		const b = readFileSync(path);
		return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new Error(`${path}: berkas tidak ditemukan`);
		if (code === 'EACCES') throw new Error(`${path}: berkas tidak dapat dibaca (izin ditolak)`);
		if (code) throw new Error(`${path}: berkas tidak dapat dibaca (${code})`);
		throw e;
	}
}

export interface ReportFile {
	doc: ReadingText;
	/** the file's bytes, for the copy the site serves */
	bytes: Uint8Array;
}

/** Reads `path` as a PDF, DOCX or text report; throws an Error whose message starts with the path. */
export async function readReportFile(path: string): Promise<ReportFile> {
	const bytes = readBytes(path);
	try {
		return { doc: await readDocument(bytes, { pdfjs: loadPdfjsForNode }), bytes };
	} catch (e) {
		throw new Error(`${path}: ${(e as Error).message}`);
	}
}
