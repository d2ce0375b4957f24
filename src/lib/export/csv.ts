/**
 * CSV for downloads, shared by the data build (Node) and the browser.
 *
 * Spreadsheets run a cell that begins with = + - @ (and tab or carriage return)
 * as a formula, so a report text such as "=HYPERLINK(...)" would become live in
 * Excel. Text cells that begin so get a leading apostrophe, the form OWASP
 * recommends; numbers are written as numbers so negative amounts stay numeric.
 * Plain RFC 4180 otherwise: comma separated, "." decimals, CRLF line ends.
 *
 * Excel in Indonesian settings splits on ";" (the list separator there) and
 * reads a comma file as one column per ";" piece, quotes or not. So the rule
 * holds after every separator, not only at the start: a piece after "," ";"
 * tab or a line break that begins with = + - @ gets the apostrophe too
 * ("x;=cmd" becomes "x;'=cmd"), and a field holding "," ";" tab, a quote or a
 * line break is quoted.
 */

export type CellValue = string | number | bigint | boolean | null | undefined | readonly (number | string)[];

/** UTF-8 byte order mark: Excel needs it to read the file as UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
// a formula character right after a separator: where a spreadsheet splitting on that separator starts a cell
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[=+\-@])/g;

/** Neutralise text that a spreadsheet would run as a formula, at its start and after any separator. The one place this rule lives. */
export function neutraliseFormula(text: string): string {
	const dalam = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
	return FORMULA_START.test(dalam) ? `'${dalam}` : dalam;
}

/** Whether a spreadsheet could run the text as a formula (for XLSX, which marks such cells as text instead). */
export function looksLikeFormula(text: string): boolean {
	return FORMULA_START.test(text);
}

export function csvCell(value: CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	// a list (e.g. years of reports) is one cell: "2021;2023"
	const text = neutraliseFormula(Array.isArray(value) ? value.join(';') : (value as string));
	return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(value: readonly CellValue[]): string {
	return value.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV document, with BOM, ready to save. */
export function toCsv(header: readonly string[], row: Iterable<readonly CellValue[]>): string {
	let result = BOM + csvRow(header);
	for (const b of row) result += csvRow(b);
	return result;
}
