/**
 * CSV for downloads, shared by the data build (Node) and the browser.
 *
 * Spreadsheets run a cell that begins with = + - @ (and tab or carriage return)
 * as a formula, so a report text such as "=HYPERLINK(...)" would become live in
 * Excel. Text cells that begin so get a leading apostrophe, the form OWASP
 * recommends; numbers are written as numbers so negative amounts stay numeric.
 * Plain RFC 4180 otherwise: comma separated, "." decimals, CRLF line ends.
 */

export type NilaiSel = string | number | bigint | boolean | null | undefined | readonly (number | string)[];

/** UTF-8 byte order mark: Excel needs it to read the file as UTF-8. */
export const BOM = '\uFEFF';

const AWAL_RUMUS = /^[=+\-@\t\r]/;

/** Neutralise text that a spreadsheet would run as a formula. The one place this rule lives. */
export function netralkanRumus(teks: string): string {
	return AWAL_RUMUS.test(teks) ? `'${teks}` : teks;
}

export function selCsv(nilai: NilaiSel): string {
	if (nilai === null || nilai === undefined) return '';
	if (typeof nilai === 'number') return Number.isFinite(nilai) ? String(nilai) : '';
	if (typeof nilai === 'bigint') return nilai.toString();
	if (typeof nilai === 'boolean') return nilai ? 'true' : 'false';
	// a list (e.g. years of reports) is one cell: "2021;2023"
	const teks = netralkanRumus(Array.isArray(nilai) ? nilai.join(';') : (nilai as string));
	return /[",\r\n]/.test(teks) ? `"${teks.replace(/"/g, '""')}"` : teks;
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
