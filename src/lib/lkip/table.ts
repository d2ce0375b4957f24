/**
 * Table rows as they come out of PDF-to-text conversion: tab-separated lines,
 * markdown pipe tables (`| a | b |`, with `|---|` separator rows), html tables
 * (table-html.ts), space-aligned columns (table-spaced.ts), cells wrapped in
 * `<b>` or `**`. A row becomes a list of trimmed cell texts; the row keeps
 * its line number so every figure read from it can point back to the source.
 * A row printed over several lines (a wrapped cell) comes back whole at one
 * line, its other lines blank; running headers and page numbers between pages
 * come back as text marked `tepi` (page-furniture.ts), which tables pass over.
 */

import { pageEdges } from './page-furniture';
import { readHtmlTables } from './table-html';
import { readSpacedTables } from './table-spaced';

export interface PipeRow {
	/** 1-based line number in the source text */
	line: number;
	/** the line as printed, trimmed */
	raw: string;
	cells: string[];
}

/** What cellText would change: markup, a backslash, or whitespace that is not one inner space. */
const NEEDS_CLEANING = /[<*_\\]|\s\s|[^\S ]|^\s|\s$/;

/** Remove markup that carries no content: html tags, bold/italic markers, LaTeX `\%`. */
export function cellText(cell: string): string {
	// most cells are already clean; readers call this on every line, often more than once
	if (!NEEDS_CLEANING.test(cell)) return cell;
	// most cells to clean only have spaces to collapse: each rewrite runs only when its character is there
	let t = cell;
	if (t.includes('<')) t = t.replace(/<\/?(b|i|u|strong|em|p|br|span|sup|sub)\b[^<>]*>/gi, ' ');
	if (t.includes('*') || t.includes('_')) t = t.replace(/\*\*|__/g, '').replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1');
	if (t.includes('\\')) t = t.replace(/\\%/g, '%');
	return t.replace(/\s+/g, ' ').trim();
}

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;

export function isPipeSeparator(line: string): boolean {
	return PIPE_SEPARATOR.test(line.trim());
}

/**
 * Split a line into cells, or return null when the line is not a table row.
 * Leading empty cells are kept: in tab layouts they mark merged cells of the
 * row above, and the column position matters.
 */
export function splitCells(line: string): string[] | null {
	const t = line.trimEnd();
	if (!t.trim()) return null;
	const trimmed = t.trim();
	if (trimmed.startsWith('|') && trimmed.length > 1) {
		if (isPipeSeparator(trimmed)) return null;
		let inner = trimmed.slice(1);
		if (inner.endsWith('|')) inner = inner.slice(0, -1);
		return inner.split(/(?<!\\)\|/).map(cellText);
	}
	if (t.includes('\t')) return t.split('\t').map(cellText);
	return null;
}

export interface SourceLine {
	/** 1-based line number in the source text */
	line: number;
	/** the line as printed, trimmed; for an html row the row's own markup, `<tr>` to `</tr>` */
	raw: string;
	cells: string[] | null;
	/** cells as printed, markup kept, where the layout does not let `raw` be split again (html, space-aligned) */
	mentah?: string[];
	/** page furniture (running header or footer, page number): text, but never a row or a figure (page-furniture.ts) */
	tepi?: boolean;
}

/**
 * The last text read by `readText` and its lines. The data build audits each report right
 * after extracting it, in the same thread (scripts/extract-pool.ts): the audit's table rows
 * and headers are then the extraction's, not a second parse of the text. One entry, so no
 * text outlives the next one read; callers must not change the lines.
 */
let lastRead: { text: string; rows: SourceLine[] } | null = null;

/** allLines, reused when `text` is the text read last (see lastRead). */
export function readText(text: string): SourceLine[] {
	if (lastRead?.text !== text) lastRead = { text, rows: allLines(text) };
	return lastRead.rows;
}

/**
 * All lines of a text, with cells where the line is a table row. One entry per
 * line, in order, except for html tables: a row sits at the line of its first
 * cell, so a table printed on one line gives several entries with that line
 * number, and the lines inside a table that start no row are blank entries.
 */
export function allLines(text: string): SourceLine[] {
	const lines = text.split(/\r\n|\r|\n/);
	const html = readHtmlTables(lines);
	const cells = lines.map((raw, i) => (html[i] ? null : splitCells(raw)));
	const used = (i: number) => html[i] !== null || cells[i] !== null;
	const tepi = pageEdges(lines, used);
	const spasi = readSpacedTables(lines, used, (i) => tepi[i]);
	const result: SourceLine[] = [];
	lines.forEach((raw, i) => {
		const h = html[i];
		if (!h) {
			const s = spasi.get(i);
			if (s) result.push(s.lanjutan ? { line: i + 1, raw: '', cells: null } : { line: i + 1, raw: raw.trim(), cells: s.cells, mentah: s.mentah });
			else if (tepi[i]) result.push({ line: i + 1, raw: raw.trim(), cells: null, tepi: true });
			else result.push({ line: i + 1, raw: raw.trim(), cells: cells[i] });
			return;
		}
		const outer = h.luar ? [{ line: i + 1, raw: h.luar, cells: splitCells(h.luar) }] : [];
		const rows = h.rows.map((r) => ({ line: r.line, raw: r.raw, cells: r.cells, mentah: r.mentah }));
		const all = h.luarSesudah ? [...rows, ...outer] : [...outer, ...rows];
		result.push(...(all.length ? all : [{ line: i + 1, raw: '', cells: null }]));
	});
	return result;
}

/** Cells with empty trailing cells removed (tab exports often pad rows). */
export function trimEnd(cells: string[]): string[] {
	let n = cells.length;
	while (n > 0 && cells[n - 1] === '') n--;
	return cells.slice(0, n);
}

/** Lower-case, accent-free, single-spaced text for keyword matching. */
/** Header and label cells are normalised again by every reader that looks for them: remember the short ones. */
const normalised = new Map<string, string>();
const NORMALISED_UP_TO = 50_000;

export function normalise(s: string): string {
	const found = normalised.get(s);
	if (found !== undefined) return found;
	const result = normaliseOnce(s);
	if (s.length <= 500) {
		if (normalised.size >= NORMALISED_UP_TO) normalised.clear();
		// a cell cut from a report's text is, in V8, a slice that keeps the whole text alive:
		// keyed by it, the cache held thousands of texts (120 MB per 1.000 reports in a worker)
		normalised.set(fresh(s), result);
	}
	return result;
}

/** A copy of `s` that shares no memory with the text it was cut from. */
function fresh(s: string): string {
	return JSON.parse(JSON.stringify(s)) as string;
}

function normaliseOnce(s: string): string {
	return cellText(s)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9%]+/g, ' ')
		.trim();
}
