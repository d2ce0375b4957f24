/** Small helpers shared by the audit rules: formatting for messages, tolerances, text access. */
import { parseToken } from '../lkip/numbers';
import { readText, trimEnd, type allLines } from '../lkip/table';
import { tableBlocks, headerOfRow, type BlockHeader, type TableBlock } from '../lkip/table-blocks';

const thousands = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export function rp(n: number): string {
	return `Rp ${thousands.format(n)}`;
}

// a formatter per precision: making one per message was the audit's costliest single call
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNum(n: number, desimal = 2): string {
	let f = formatters.get(desimal);
	if (!f) formatters.set(desimal, (f = new Intl.NumberFormat('id-ID', { maximumFractionDigits: desimal })));
	return f.format(n);
}

export function persen(n: number, desimal = 2): string {
	return `${formatNum(n, desimal)}%`;
}

/** Number of decimals printed in a numeric text ("85,47%" -> 2, "100%" -> 0, "97.5%" -> 1). */
export function printedDecimals(raw: string): number {
	const m = raw.match(/\d+(?:[.,](\d+))?/);
	if (!m || !m[1]) return 0;
	// "1.234" style grouping is not a decimal in a percentage column; percentages rarely exceed 3 digits
	return m[1].length === 3 && /\d[.]\d{3}\b/.test(raw) && !/,/.test(raw) ? 0 : m[1].length;
}

/**
 * Whether a printed percentage agrees with the exact value, given its printed precision:
 * within half a unit of the last printed digit (rounding), or equal to the exact value cut
 * after that digit (truncation, which many spreadsheets in these offices use).
 */
export function matchesPrecision(tercetak: number, exact: number, desimal: number): boolean {
	const satuan = Math.pow(10, -desimal);
	if (Math.abs(tercetak - exact) <= satuan / 2 + 1e-9) return true;
	const cut = Math.trunc(exact / satuan + 1e-9) * satuan;
	return Math.abs(cut - tercetak) < satuan / 1000;
}

export function textLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

export function raw(lines: string[], line: number): string {
	return (lines[line - 1] ?? '').trim();
}

/** The text's lines as the extractor reads them (html and space-aligned rows need the whole text), once per lines array. */
const linesRead = new WeakMap<string[], ReturnType<typeof allLines>>();
function readLines(lines: string[]): ReturnType<typeof allLines> {
	let r = linesRead.get(lines);
	if (!r) linesRead.set(lines, (r = readText(lines.join('\n'))));
	return r;
}

/** Cells of each table row, trailing empty cells dropped, per lines array: every rule asks, line by line. */
const cellsPerLine = new WeakMap<string[], Map<number, readonly string[]>>();

/** Cells of the table row at a line (the first, when an html table puts several on one line), or null. */
export function cellsAt(lines: string[], line: number): readonly string[] | null {
	let map = cellsPerLine.get(lines);
	if (!map) {
		map = new Map();
		for (const r of readLines(lines)) if (r.cells && !map.has(r.line)) map.set(r.line, Object.freeze(trimEnd(r.cells)));
		cellsPerLine.set(lines, map);
	}
	return map.get(line) ?? null;
}

/** The table blocks of a text as the reading layer splits them, with the block of each line, per lines array. */
const blockPerLine = new WeakMap<string[], Map<number, { blok: TableBlock; i: number }>>();

/**
 * The header that governs a table row, as the reading layer parsed it
 * (lkip/table-blocks.ts `headerOfRow`, each header read once per block): the nearest
 * header above the row in its block, or null when there is none or the row is a header row.
 */
export function headerAt(lines: string[], line: number): BlockHeader | null {
	let map = blockPerLine.get(lines);
	if (!map) {
		map = new Map();
		for (const blok of tableBlocks(readLines(lines))) blok.rows.forEach((r, i) => map!.set(r.line, { blok, i }));
		blockPerLine.set(lines, map);
	}
	const b = map.get(line);
	if (!b) return null;
	return headerOfRow(b.blok, b.i);
}

/**
 * Sentences of a line: split on ". " before a capital or digit, but not after "Rp", "No",
 * single letters or abbreviations, so "Rp. 3.648.593.974,00" stays whole.
 */
export function sentencesOf(s: string): string[] {
	return s
		.split(/(?<!\b(?:Rp|No|Nomor|Th|Tk|Drs|Ir|H|[A-Za-z]))[.;]\s+(?=[A-Z0-9(])/)
		.map((x) => x.trim())
		.filter(Boolean);
}

/** Rupiah amounts in running text: "Rp. 3.648.593.974,00", "Rp 2.409.251.246,-". */
export const RUPIAH_TEXT = /Rp\.?\s*(-?\d[\d.,]*\d|\d)(?:,-|\.-)?/gi;

/** Lenient reading of a malformed grouped amount ("87.988,409" -> 87988409) for arithmetic only. */
export function readDigits(rawAngka: string | null): number | null {
	if (!rawAngka) return null;
	const t = rawAngka
		.replace(/^\s*rp\.?\s*/i, '')
		.replace(/[,.]-$/, '')
		.trim();
	if (!/^\d{1,3}([.,]\d{2,3})+$/.test(t)) return null;
	const n = Number(t.replace(/[.,]/g, ''));
	return Number.isSafeInteger(n) && n >= 1000 ? n : null;
}

/** Percentage token in text, e.g. "89,86%" or "97,25 %". */
export function percentNumber(token: string): { nilai: number; desimal: number } | null {
	const t = token.replace(/%/g, '').trim();
	const r = parseToken(t, false);
	if (r.nilai === null) return null;
	return { nilai: r.nilai, desimal: printedDecimals(t) };
}

export function unique(xs: number[]): number[] {
	return [...new Set(xs)].sort((a, b) => a - b);
}
