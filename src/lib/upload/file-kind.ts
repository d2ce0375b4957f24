/**
 * What kind of file was dropped, before any parsing: size, binary content,
 * encoding. Checks that can refuse a file run on the size and the first bytes,
 * so a 500 MB video is refused without being read.
 */

import { MAX_DOCUMENT_BYTES } from '../document/read';

/**
 * 10 MB for text and CSV (PDF and Word documents: MAX_DOCUMENT_BYTES). The largest real LKIP text is about 100 KB and a CSV of every
 * kecamatan's budget tree a few hundred KB; 10 MB leaves room for a hundredfold
 * larger file while the parse still takes well under a second.
 */
export const SIZE_LIMIT = 10 * 1024 * 1024;

export function sizeText(byte: number): string {
	if (byte < 1024) return `${byte} byte`;
	if (byte < 1024 * 1024) return `${(byte / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} KB`;
	return `${(byte / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Refusal for a file over the limit of its kind, or null. Needs only the size. */
export function checkSize(byte: number, kind: FileKind = 'teks'): string | null {
	if (byte === 0) return 'berkas kosong (0 byte)';
	const limit = kind === 'dokumen' ? MAX_DOCUMENT_BYTES : SIZE_LIMIT;
	if (byte > limit)
		return `berkas terlalu besar (${sizeText(byte)}); batasnya ${sizeText(limit)}. ${kind === 'dokumen' ? 'Simpan ulang tanpa lampiran gambar atau pecah' : 'Pecah'} berkas menjadi beberapa bagian`;
	return null;
}

export type FileKind = 'csv' | 'teks' | 'dokumen';

const AKHIRAN: Record<string, FileKind> = { csv: 'csv', txt: 'teks', text: 'teks', md: 'teks', pdf: 'dokumen', docx: 'dokumen' };

/** Known binary formats people are likely to drop as CSV or text, by their first bytes. */
const TANDA_BINER: [number[], string][] = [
	[[0x25, 0x50, 0x44, 0x46], 'berkas PDF dengan akhiran lain; beri nama berakhiran .pdf lalu unggah lagi'],
	[[0x50, 0x4b, 0x03, 0x04], 'berkas Excel/Word/ZIP; simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)", atau beri dokumen Word akhiran .docx'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'berkas Excel/Word lama (.xls/.doc); simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)"'],
	[[0x89, 0x50, 0x4e, 0x47], 'berkas gambar PNG, bukan data'],
	[[0xff, 0xd8, 0xff], 'berkas gambar JPEG, bukan data']
];

/** The file type by name, or a refusal. */
export function kindFromName(name: string): FileKind | string {
	const m = name.toLowerCase().match(/\.([a-z0-9]+)$/);
	const kind = m ? AKHIRAN[m[1]] : undefined;
	if (kind) return kind;
	return `jenis berkas ${m ? `".${m[1]}"` : 'tanpa akhiran'} tidak didukung; unggah LKIP sebagai PDF (.pdf), Word (.docx) atau teks (.txt), atau CSV (.csv) sesuai templat`;
}

export type Decoded = { teks: string; masalah: null } | { teks: null; masalah: string };

/**
 * Bytes → text. Accepts UTF-8 with or without BOM; refuses binary content
 * (a NUL byte, a known binary signature) and other encodings with the step that fixes it.
 */
export function decodeBytes(byte: Uint8Array): Decoded {
	for (const [tanda, pesan] of TANDA_BINER) {
		if (tanda.every((b, i) => byte[i] === b)) return { teks: null, masalah: pesan };
	}
	if ((byte[0] === 0xff && byte[1] === 0xfe) || (byte[0] === 0xfe && byte[1] === 0xff))
		return { teks: null, masalah: 'berkas memakai pengodean UTF-16; simpan ulang sebagai "CSV UTF-8" atau teks UTF-8' };
	const nul = byte.indexOf(0);
	if (nul >= 0) return { teks: null, masalah: `berkas biner, bukan teks (byte NUL pada posisi ${nul + 1}); unggah CSV atau teks LKIP` };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(byte);
	} catch {
		return {
			teks: null,
			masalah: 'berkas bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252); simpan ulang sebagai "CSV UTF-8" atau teks UTF-8'
		};
	}
	// TextDecoder drops a leading BOM by default; a second one (double-saved file) is dropped too
	return { teks: text.replace(/^\uFEFF/, ''), masalah: null };
}
