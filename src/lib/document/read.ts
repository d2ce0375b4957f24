/**
 * Any report file → its reading text: the one entry point the data build, the
 * CLI and the upload page call. The format is decided by the bytes, not the
 * name (renamed files are common), and each format that is not a report gets
 * its own message saying what to do.
 */
import { readDocx } from './docx';
import { readPdf, type PdfJs } from './pdf-read';
import { signatureOf } from './signature';
import { readText } from './text';
import { DocumentError, type Progress, type ReadingText } from './types';

/**
 * 60 MB. A LKIP PDF with scanned appendices and signatures runs to 10–30 MB;
 * pdf.js reads the text layer without decoding images, so twice that still
 * reads in seconds. Larger files are refused before parsing. There is no page
 * limit: the size bounds the work, and a long report with appendices is still one report.
 */
export const MAX_DOCUMENT_BYTES = 60 * 1024 * 1024;

export interface ReadOptions {
	/** loads pdf.js (Node: legacy build; browser: module with our own worker); only called for a PDF */
	pdfjs: () => Promise<PdfJs>;
	onProgress?: Progress;
}

const MB = (n: number) => `${(n / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<ReadingText> {
	if (bytes.length === 0) throw new DocumentError('berkas kosong (0 byte)');
	const sig = signatureOf(bytes);
	if ((sig === 'pdf' || sig === 'zip') && bytes.length > MAX_DOCUMENT_BYTES)
		throw new DocumentError(
			`dokumen terlalu besar (${MB(bytes.length)}); batasnya ${MB(MAX_DOCUMENT_BYTES)}. Simpan ulang tanpa lampiran gambar atau pecah menjadi beberapa berkas`
		);
	switch (sig) {
		case 'pdf':
			return readPdf(bytes, await options.pdfjs(), options.onProgress);
		case 'zip':
			return readDocx(bytes);
		case 'ole':
			// Word 97–2003 and a password-protected .docx share this container
			throw new DocumentError(
				'dokumen Word lama (.doc) atau dokumen Word yang dilindungi kata sandi; buka di Word/LibreOffice, hapus kata sandinya bila ada, lalu simpan sebagai .docx atau PDF'
			);
		case 'png':
		case 'jpeg':
			throw new DocumentError('berkas gambar, bukan laporan; unggah PDF atau Word (.docx) LKIP, atau ketik/OCR dulu bila hanya ada hasil pindaian');
		case 'utf16':
			throw new DocumentError('teks memakai pengodean UTF-16; simpan ulang sebagai teks UTF-8');
		default:
			return readText(bytes);
	}
}
