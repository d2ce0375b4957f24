/**
 * Whether a line of running text continues the sentence of the line above.
 * Converters that keep the page's line breaks (`pdftotext`) cut sentences at
 * the page width, so the next line may start with any word, "Rp" or a name
 * as well as in lower case. A line that starts in lower case or with a figure
 * continues one that ends mid-sentence; so does any line printed right below
 * a line that ran to the page width (a heading or the last line of a
 * paragraph is short, or ends with a full stop).
 */

/** A line at least this long ran to the right margin of a page of text. */
const FULL_WIDTH = 70;

export function continuationLine(upper: string, lower: string, rapat: boolean): boolean {
	const a = upper.trim();
	const b = lower.trim();
	if (!a || !b || /[.!?:;]$/.test(a)) return false;
	if (/^[a-z0-9(]/.test(b)) return true;
	return rapat && a.length >= FULL_WIDTH && /^[A-Z"']/.test(b) && !/^(BAB|Tabel|Table|Gambar|Grafik|Sumber)\b/.test(b);
}
