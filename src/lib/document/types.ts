/**
 * What a document reader hands the LKIP extractor: the report as a reading
 * text in the row model the extractor already reads (src/lib/lkip/table.ts),
 * plus where each of its lines was printed in the original document.
 *
 * Why a reading text and not a new row type: every extractor and audit rule
 * reads lines and cells; a PDF or DOCX reader that writes the same lines keeps
 * every rule working unchanged, and the line number stays the one key a figure
 * carries. The place of a line in the original (page and box, or table/row/cell)
 * is looked up from `places` by that line.
 *
 * The reading text's dialect (what the readers write, what the extractor reads):
 * - one line per paragraph, one line per table row;
 * - table cells separated by a tab; a merged cell (gridSpan / colspan / a PDF
 *   cell spanning columns) is its text followed by empty cells, a vertically
 *   merged continuation is an empty cell, as in the tab exports;
 * - a bold cell is written `<b>text</b>`; a bold paragraph `**text**`;
 * - a heading paragraph `## text`; a blank line between blocks;
 * - a cell's text that wraps onto several printed lines is one cell, joined by spaces.
 */

/** Box on a PDF page in PDF points, origin at the page's top-left corner (pdf.js viewport at scale 1). */
export interface PdfBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

export type Place =
	/** a line printed on a PDF page; `box` encloses all of it (every cell of a table row) */
	| { kind: 'pdf'; page: number; box: PdfBox }
	/** a paragraph of a DOCX body, 1-based in reading order */
	| { kind: 'docx-paragraph'; paragraph: number }
	/** a row of a DOCX table: table and row 1-based in reading order */
	| { kind: 'docx-row'; table: number; row: number };

export type DocumentFormat = 'txt' | 'pdf' | 'docx';

export interface ReadingText {
	format: DocumentFormat;
	/** the reading text (dialect above); for a text file, the file itself */
	text: string;
	/** places[i] is where line i + 1 was printed; null for lines the reader added, and for every line of a text file */
	places: (Place | null)[];
	/** number of pages of a PDF; null for other formats */
	pages: number | null;
	/** things the reader could not read but that do not stop the report (Indonesian, each naming its page or table) */
	notes: string[];
}

/**
 * A document that cannot be read at all: scanned, encrypted, corrupt, of another
 * format. The message is Indonesian, says where (page, part of the file) and what
 * the user can do; it never names the file (callers prefix it).
 */
export class DocumentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DocumentError';
	}
}

/** Progress of a long read, for the upload page's bar. */
export type Progress = (done: number, total: number) => void;
