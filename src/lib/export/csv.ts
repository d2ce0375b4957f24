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

export type NilaiSel = string | number | bigint | boolean | null | undefined | readonly (number | string)[];

/** UTF-8 byte order mark: Excel needs it to read the file as UTF-8. */
export const BOM = '\uFEFF';

const AWAL_RUMUS = /^[=+\-@\t\r]/;
// a formula character right after a separator: where a spreadsheet splitting on that separator starts a cell
const RUMUS_SESUDAH_PEMISAH = /([,;\t\r\n])(?=[=+\-@])/g;

/** Neutralise text that a spreadsheet would run as a formula, at its start and after any separator. The one place this rule lives. */
export function netralkanRumus(teks: string): string {
	const dalam = teks.replace(RUMUS_SESUDAH_PEMISAH, "$1'");
	return AWAL_RUMUS.test(dalam) ? `'${dalam}` : dalam;
}

/** Whether a spreadsheet could run the text as a formula (for XLSX, which marks such cells as text instead). */
export function miripRumus(teks: string): boolean {
	return AWAL_RUMUS.test(teks);
}

export function selCsv(nilai: NilaiSel): string {
	if (nilai === null || nilai === undefined) return '';
	if (typeof nilai === 'number') return Number.isFinite(nilai) ? String(nilai) : '';
	if (typeof nilai === 'bigint') return nilai.toString();
	if (typeof nilai === 'boolean') return nilai ? 'true' : 'false';
	// a list (e.g. years of reports) is one cell: "2021;2023"
	const teks = netralkanRumus(Array.isArray(nilai) ? nilai.join(';') : (nilai as string));
	return /[",;\t\r\n]/.test(teks) ? `"${teks.replace(/"/g, '""')}"` : teks;
}

export function barisCsv(nilai: readonly NilaiSel[]): string {
	return nilai.map(selCsv).join(',') + '\r\n';
}

/** A whole CSV document, with BOM, ready to save. */
export function keCsv(kepala: readonly string[], baris: Iterable<readonly NilaiSel[]>): string {
	let hasil = BOM + barisCsv(kepala);
	for (const b of baris) hasil += barisCsv(b);
	return hasil;
}
