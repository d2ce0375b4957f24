/**
 * Table rows as they come out of PDF-to-text conversion: tab-separated lines,
 * markdown pipe tables (`| a | b |`, with `|---|` separator rows), cells wrapped
 * in `<b>` or `**`. A row becomes a list of trimmed cell texts; the row keeps
 * its line number so every figure read from it can point back to the source.
 */

export interface Baris {
	/** 1-based line number in the source text */
	line: number;
	/** the line as printed, trimmed */
	raw: string;
	cells: string[];
}

/** Remove markup that carries no content: html tags, bold/italic markers, LaTeX `\%`. */
export function teksSel(cell: string): string {
	return cell
		.replace(/<\/?(b|i|u|strong|em|p|br|span|sup|sub)\b[^>]*>/gi, ' ')
		.replace(/\*\*|__/g, '')
		.replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1')
		.replace(/\\%/g, '%')
		.replace(/\s+/g, ' ')
		.trim();
}

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

export function isPipeSeparator(line: string): boolean {
	return PIPE_SEPARATOR.test(line.trim());
}

/**
 * Split a line into cells, or return null when the line is not a table row.
 * Leading empty cells are kept: in tab layouts they mark merged cells of the
 * row above, and the column position matters.
 */
export function splitCells(line: string): string[] | null {
	const t = line.replace(/\s+$/, '');
	if (!t.trim()) return null;
	const trimmed = t.trim();
	if (trimmed.startsWith('|') && trimmed.length > 1) {
		if (isPipeSeparator(trimmed)) return null;
		let inner = trimmed.slice(1);
		if (inner.endsWith('|')) inner = inner.slice(0, -1);
		return inner.split(/(?<!\\)\|/).map(teksSel);
	}
	if (t.includes('\t')) return t.split('\t').map(teksSel);
	return null;
}

/** All lines of a text, with cells where the line is a table row. */
export function barisSemua(text: string): { line: number; raw: string; cells: string[] | null }[] {
	return text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, raw: raw.trim(), cells: splitCells(raw) }));
}

/** Cells with empty trailing cells removed (tab exports often pad rows). */
export function trimEnd(cells: string[]): string[] {
	let n = cells.length;
	while (n > 0 && cells[n - 1] === '') n--;
	return cells.slice(0, n);
}

/** Lower-case, accent-free, single-spaced text for keyword matching. */
export function normal(s: string): string {
	return teksSel(s)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9%]+/g, ' ')
		.trim();
}
