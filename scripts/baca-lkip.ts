/**
 * Reading a LKIP text file from disk, with a clear Indonesian message for each
 * way it can fail. Shared by the data build and the CLI.
 */
import { readFileSync, statSync } from 'node:fs';

export interface TeksLkip {
	teks: string;
	/** set when the file was not valid UTF-8 and was read as Windows-1252 instead */
	catatan: string | null;
}

/** Reads `path` as text; throws an Error whose message names the file and says what is wrong. */
export function bacaLkip(path: string): TeksLkip {
	let isi: Buffer;
	try {
		if (statSync(path).isDirectory()) throw new Error(`${path}: ini folder, bukan berkas teks LKIP`);
		isi = readFileSync(path);
	} catch (e) {
		const kode = (e as NodeJS.ErrnoException).code;
		if (kode === 'ENOENT') throw new Error(`${path}: berkas tidak ditemukan`);
		if (kode === 'EACCES') throw new Error(`${path}: berkas tidak dapat dibaca (izin ditolak)`);
		if (kode) throw new Error(`${path}: berkas tidak dapat dibaca (${kode})`);
		throw e;
	}
	if (isi.length === 0) throw new Error(`${path}: berkas kosong`);
	// text converted from PDF never holds NUL; PDFs, images and office files do
	if (isi.includes(0)) throw new Error(`${path}: berkas biner (mis. PDF atau gambar), bukan teks; ubah dulu ke teks`);
	try {
		return { teks: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(isi), catatan: null };
	} catch {
		// older Windows converters write Windows-1252; every byte decodes, so say so rather than guess silently
		return {
			teks: new TextDecoder('windows-1252').decode(isi),
			catatan: `${path}: bukan UTF-8, dibaca sebagai Windows-1252; periksa huruf beraksen`
		};
	}
}
