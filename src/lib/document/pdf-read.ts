/**
 * A PDF into a reading text: each page's text fragments and rules (pdf-page),
 * printed lines (pdf-lines), furniture dropped (pdf-furniture), tables and
 * paragraphs (pdf-tables), written in the extractor's dialect (pdf-text).
 *
 * pdf.js is passed in (see README): this file decides only the options every
 * caller needs. No eval (the site's Content-Security-Policy forbids it), no font
 * faces or system fonts (nothing is rendered here), no XFA forms.
 */
import { findFurniture } from './pdf-furniture';
import { toLines, type Line } from './pdf-lines';
import { readPage, type PageContent } from './pdf-page';
import { layoutPage, type Columns } from './pdf-tables';
import { writeReadingText, type PageBlocks } from './pdf-text';
import type { PdfDocument, PdfJs } from './pdf-types';
import { DocumentError, type Progress, type ReadingText } from './types';

export type { PdfJs } from './pdf-types';

/** "3", "3–5": page numbers as ranges, for messages. */
export function pageRanges(pages: number[]): string {
	const out: string[] = [];
	for (let i = 0; i < pages.length; i++) {
		let j = i;
		while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
		out.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
		i = j;
	}
	return out.join(', ');
}

function openError(e: unknown): DocumentError {
	const name = (e as { name?: string })?.name ?? '';
	const code = (e as { code?: number })?.code;
	if (name === 'PasswordException')
		return new DocumentError(
			code === 2
				? 'PDF ini dikunci dengan kata sandi dan kata sandinya salah. Buka kuncinya (simpan ulang tanpa kata sandi) lalu unggah lagi.'
				: 'PDF ini dikunci dengan kata sandi (terenkripsi), jadi isinya tidak bisa dibaca. Simpan ulang PDF tanpa kata sandi (misalnya "Cetak ke PDF" dari pembuka PDF setelah memasukkan kata sandinya) lalu unggah lagi.'
		);
	if (name === 'InvalidPDFException' || name === 'FormatError')
		return new DocumentError(
			'Berkas ini bukan PDF yang utuh: strukturnya rusak atau berkasnya terpotong (misalnya unduhan yang belum selesai). Unduh atau ekspor ulang PDF-nya dari dokumen asli lalu coba lagi.'
		);
	const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
	return new DocumentError(
		`PDF ini tidak bisa dibuka${detail}. Periksa apakah berkasnya benar PDF dan tidak rusak; bila perlu ekspor ulang dari dokumen asli.`
	);
}

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs, onProgress?: Progress): Promise<ReadingText> {
	let doc: PdfDocument;
	try {
		doc = await pdfjs.getDocument({
			// pdf.js takes the buffer over (transfers it to its worker): give it a copy
			data: bytes.slice(),
			isEvalSupported: false,
			disableFontFace: true,
			useSystemFonts: false,
			enableXfa: false,
			isOffscreenCanvasSupported: false,
			stopAtErrors: false,
			verbosity: 0
		}).promise;
	} catch (e) {
		throw openError(e);
	}
	try {
		return await readOpened(doc, pdfjs, onProgress);
	} finally {
		await doc.destroy().catch(() => undefined);
	}
}

async function readOpened(doc: PdfDocument, pdfjs: PdfJs, onProgress?: Progress): Promise<ReadingText> {
	const total = doc.numPages;
	const contents: { page: number; content: PageContent; lines: Line[] }[] = [];
	const empty: number[] = [];
	const failed: number[] = [];
	for (let n = 1; n <= total; n++) {
		try {
			const page = await doc.getPage(n);
			const content = await readPage(pdfjs, page, true);
			page.cleanup();
			if (!content.fragments.length) empty.push(n);
			else contents.push({ page: n, content, lines: toLines(content.fragments, content.rules) });
		} catch (e) {
			if ((e as { name?: string })?.name === 'PasswordException') throw openError(e);
			failed.push(n);
		}
		onProgress?.(n, total);
	}
	if (!contents.length) {
		if (failed.length === total)
			throw new DocumentError(
				`Tidak satu halaman pun dari PDF ini bisa dibaca (halaman ${pageRanges(failed)} rusak). Ekspor ulang PDF-nya dari dokumen asli lalu coba lagi.`
			);
		throw new DocumentError(
			`PDF ini tidak memuat teks yang bisa dibaca: halaman ${pageRanges([...empty, ...failed].sort((a, b) => a - b))} hanya berisi gambar (hasil pindai/scan). Laporan harus diketik ulang atau diolah dengan OCR lebih dulu (misalnya ekspor ulang dari dokumen Word aslinya, atau jalankan OCR), lalu unggah lagi.`
		);
	}
	const notes: string[] = [];
	if (empty.length)
		notes.push(
			`Halaman ${pageRanges(empty)} tidak memuat teks (kosong, atau hanya gambar seperti hasil pindai), jadi isinya tidak terbaca; halaman lain tetap dibaca. Bila halaman itu memuat angka laporan, ketik ulang atau OCR halaman tersebut.`
		);
	if (failed.length) notes.push(`Halaman ${pageRanges(failed)} rusak dan tidak bisa dibaca; halaman lain tetap dibaca.`);

	const furniture = findFurniture(contents.map((c) => ({ lines: c.lines, height: c.content.height })));
	const pages: PageBlocks[] = [];
	let carry: Columns | null = null;
	contents.forEach((c, i) => {
		const lines = c.lines.filter((_, k) => !furniture[i].has(k));
		const blocks = layoutPage(lines, c.content.rules, carry);
		const last = blocks[blocks.length - 1];
		carry = last?.kind === 'table' ? last.columns : null;
		pages.push({ page: c.page, blocks });
	});
	const { text, places } = writeReadingText(pages);
	return { format: 'pdf', text, places, pages: total, notes };
}
