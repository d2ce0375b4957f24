/**
 * Word (.docx) report in, reading text out (see types.ts for the dialect).
 *
 * Why word/document.xml is read here and not through mammoth (DOCX → HTML, then
 * the extractor's HTML table reader): mammoth is built to make clean HTML, so it
 * drops what the extractor needs to place a figure and to tell table levels
 * apart. It keeps no paragraph or table-row index, so a figure could not point
 * back to "tabel 12, baris 4"; its output carries no vMerge continuation of its
 * own; it turns Word numbering into <ol>/<li> whose numbers a second reader has
 * to recount; and it adds a dependency of ~600 KB to the upload page for a job of
 * a few hundred lines. The WordprocessingML the reports use is small: paragraphs,
 * runs, tables, numbering, styles; reading it directly keeps gridSpan, vMerge,
 * bold runs and Word's numbers exactly, in one linear pass, in Node and in the
 * browser alike (fflate for the zip, our own XML reader, no Node APIs).
 *
 * Split: docx-package (what the file is, its parts), docx-xml (XML to a tree),
 * docx-styles and docx-numbering (what a paragraph inherits), docx-body (the
 * body as lines).
 */
import { readBody } from './docx-body';
import { readNumbering } from './docx-numbering';
import { openDocx } from './docx-package';
import { readStyles } from './docx-styles';
import { parseXml } from './docx-xml';
import { DocumentError, type ReadingText } from './types';

/**
 * Formatting no rule of the reader asks about (borders, fonts, sizes, spacing,
 * bookmarks): dropped while parsing, as LibreOffice writes borders on every
 * cell and the tree would otherwise be mostly formatting.
 */
const FORMATTING = new Set([
	'tcBorders',
	'tblBorders',
	'pBdr',
	'bdr',
	'shd',
	'rFonts',
	'sz',
	'szCs',
	'lang',
	'color',
	'spacing',
	'ind',
	'jc',
	'tcW',
	'tblW',
	'tblInd',
	'tblLayout',
	'tblCellMar',
	'tcMar',
	'tblLook',
	'noProof',
	'bidi',
	'widowControl',
	'kern',
	'lastRenderedPageBreak',
	'proofErr',
	'bookmarkStart',
	'bookmarkEnd',
	'sectPr',
	'tabs',
	'vAlign',
	'rtl',
	'position',
	'highlight',
	'u',
	'i',
	'iCs',
	'keepNext',
	'keepLines',
	'suppressLineNumbers',
	'snapToGrid',
	'textAlignment',
	'trHeight',
	'cantSplit',
	'latentStyles',
	'tblStylePr',
	'rsids'
]);

export async function readDocx(bytes: Uint8Array): Promise<ReadingText> {
	const parts = openDocx(bytes);
	const doc = parseXml(parts.document, FORMATTING);
	if (!doc.root || !doc.root.children.some((c) => typeof c !== 'string' && c.local === 'body'))
		throw new DocumentError(
			`Isi dokumen Word (word/document.xml) rusak${doc.problem ? ` (${doc.problem})` : ''}, sehingga tidak ada teks yang bisa dibaca. Buka di Word (Word biasanya menawarkan memulihkan isinya), simpan ulang sebagai .docx, lalu unggah lagi.`
		);
	const notes: string[] = [];
	const styles = readStyles(parts.styles ? parseXml(parts.styles, FORMATTING).root : null);
	const numbering = readNumbering(parts.numbering ? parseXml(parts.numbering).root : null, (id) => styles.paragraph(id).numId);
	const body = readBody(doc.root, styles, numbering);
	if (doc.problem) {
		const last = [...body.lines].reverse().find((l) => l.place !== null)?.place;
		const where =
			last?.kind === 'docx-row'
				? ` sesudah tabel ${last.table} baris ${last.row}`
				: last?.kind === 'docx-paragraph'
					? ` sesudah paragraf ${last.paragraph}`
					: '';
		notes.push(
			`Isi dokumen Word (word/document.xml) rusak atau terpotong${where} (${doc.problem}); teks yang terbaca sampai di situ tetap dipakai, sisanya mungkin hilang. Buka dan simpan ulang dokumen di Word untuk membaca semuanya.`
		);
	}
	notes.push(...body.notes);
	if (body.filled === 0) {
		throw new DocumentError(
			parts.hasMedia
				? 'Dokumen Word ini tidak berisi teks, hanya gambar (mungkin hasil pindaian yang ditempel ke Word). Laporan harus diketik, atau gambarnya dibaca dulu dengan OCR, sebelum angkanya bisa diambil.'
				: 'Dokumen Word ini kosong: tidak ada teks di paragraf maupun tabelnya. Periksa apakah berkas yang diunggah memang laporan LKIP yang sudah diisi.'
		);
	}
	return {
		format: 'docx',
		text: body.lines.map((l) => l.text).join('\n'),
		places: body.lines.map((l) => l.place),
		pages: null,
		notes
	};
}
