/**
 * How a place in the original document reads to a person. One wording for the
 * dashboard, the CLI and the audit, so "halaman 21" means the same everywhere.
 */
import type { Place, ReadingText } from './types';

/** "halaman 21", "tabel 3, baris 5", "paragraf 40" */
export function placeLabel(place: Place): string {
	switch (place.kind) {
		case 'pdf':
			return `halaman ${place.page}`;
		case 'docx-row':
			return `tabel ${place.table}, baris ${place.row}`;
		case 'docx-paragraph':
			return `paragraf ${place.paragraph}`;
	}
}

/** The place of a 1-based line of the reading text, or null (text files, lines the reader added). */
export function placeOfLine(doc: Pick<ReadingText, 'places'>, line: number): Place | null {
	return doc.places[line - 1] ?? null;
}

/** The PDF page of a line, or null when the report is not a PDF. */
export function pageOfLine(doc: Pick<ReadingText, 'places'>, line: number): number | null {
	const p = placeOfLine(doc, line);
	return p?.kind === 'pdf' ? p.page : null;
}
