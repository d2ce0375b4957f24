/**
 * A report that is already text (converted from PDF by some tool): decoded as
 * UTF-8, or as Windows-1252 with a note when it is not valid UTF-8, since older
 * Windows converters write that and every byte decodes, so a silent guess would
 * hide wrong accents.
 */
import { DocumentError, type ReadingText } from './types';

export function readText(bytes: Uint8Array): ReadingText {
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new DocumentError(`berkas biner, bukan teks (byte NUL pada posisi ${nul + 1}); unggah PDF, Word (.docx) atau teks LKIP`);
	let text: string;
	const notes: string[] = [];
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = new TextDecoder('windows-1252').decode(bytes);
		notes.push('bukan UTF-8, dibaca sebagai Windows-1252; periksa huruf beraksen');
	}
	return { format: 'txt', text: text.replace(/^\uFEFF/, ''), places: [], pages: null, notes };
}
