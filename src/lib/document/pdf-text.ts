/**
 * Blocks of all pages into the reading text (dialect of types.ts) and the place
 * of each of its lines. Printed lines of one paragraph become one line, also
 * across a page break: a line joins the one above when that one ran to the
 * text's right edge (the writer wrapped it), at the same size, weight and left edge.
 */
import type { Line } from './pdf-lines';
import { joinWrapped, type Block } from './pdf-tables';
import type { PdfBox, Place } from './types';

export interface PageBlocks {
	page: number;
	blocks: Block[];
}

const LIST_MARK = /^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[IVXLC]{1,5}[.)]|[-–•▪●■◦➤✓*]|\(\w{1,3}\))(?:\s|$)/;
/** A heading is printed this much larger than the body text. */
const HEADING = 1.2;

const lineText = (l: Line) => l.segments.map((s) => s.text).join(' ');
const lineMarked = (l: Line) => l.segments.map((s) => (s.bold ? `**${s.text}**` : s.marked)).join(' ');
const isBold = (l: Line) => l.segments.every((s) => s.bold);

function boxOf(lines: Line[]): PdfBox {
	const x = Math.min(...lines.map((l) => l.x));
	const y = Math.min(...lines.map((l) => l.top));
	const r = Math.max(...lines.map((l) => l.right));
	const b = Math.max(...lines.map((l) => l.bottom));
	const round = (v: number) => Math.round(v * 10) / 10;
	return { x: round(x), y: round(y), w: round(r - x), h: round(b - y) };
}

interface Paragraph {
	lines: Line[];
	page: number;
	lastPage: number;
	/** lines on the first page, where the paragraph's place is */
	firstLines: Line[];
	/** each printed line as plain text and with its bold runs marked */
	parts: { text: string; marked: string; bold: boolean }[];
}

/** The size most of the running text is set in (by characters). */
function bodySize(pages: PageBlocks[]): number {
	const sizes = new Map<number, number>();
	for (const p of pages)
		for (const b of p.blocks) if (b.kind === 'text') sizes.set(Math.round(b.line.size), (sizes.get(Math.round(b.line.size)) ?? 0) + lineText(b.line).length);
	return [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

export function writeReadingText(pages: PageBlocks[]): { text: string; places: (Place | null)[] } {
	const out: string[] = [];
	const places: (Place | null)[] = [];
	const body = bodySize(pages);
	// the right edge of the running text on each page: a line reaching it was wrapped
	const rightOf = new Map<number, number>();
	for (const p of pages) rightOf.set(p.page, Math.max(0, ...p.blocks.flatMap((b) => (b.kind === 'text' ? [b.line.right] : []))));

	const emit = (s: string, place: Place | null) => {
		out.push(s);
		places.push(place);
	};
	const blank = () => {
		if (out.length && out[out.length - 1] !== '') emit('', null);
	};

	let par: Paragraph | null = null;
	let lastWasTable = false;
	let header: string | null = null;
	const flush = () => {
		if (!par) return;
		const bold = par.parts.every((p) => p.bold);
		const t = bold
			? `**${joinWrapped(par.parts.map((p) => p.text))}**`
			: joinWrapped(par.parts.map((p) => (p.bold ? `**${p.text}**` : p.marked))).replace(/\*\*(\s*)\*\*/g, '$1');
		blank();
		emit(t, { kind: 'pdf', page: par.page, box: boxOf(par.firstLines) });
		par = null;
	};

	const joins = (cur: Paragraph, l: Line, page: number, first: boolean): boolean => {
		const prev = cur.lines[cur.lines.length - 1];
		if (Math.abs(l.size - prev.size) > 0.12 * prev.size) return false;
		if (LIST_MARK.test(lineText(l))) return false;
		if (page === cur.lastPage) {
			const step = l.y - prev.y;
			if (step < 0.8 * l.size || step > 1.75 * l.size) return false;
		} else if (!(first && page === cur.lastPage + 1)) return false;
		const left = Math.min(cur.lines[0].x, prev.x);
		if (l.x < left - l.size || l.x > left + 2.5 * l.size) return false;
		const seg = l.segments[0];
		const word = seg.text.split(' ')[0];
		const wordW = ((seg.right - seg.x) * word.length) / Math.max(seg.text.length, 1);
		return prev.right + 0.3 * l.size + wordW >= (rightOf.get(cur.lastPage) ?? prev.right) - 1.2 * l.size;
	};

	for (const p of pages) {
		p.blocks.forEach((b, bi) => {
			if (b.kind === 'table') {
				flush();
				// a table continued from the previous page stays one block, without the header the writer repeated
				const continued = bi === 0 && lastWasTable;
				if (!continued) {
					blank();
					header = null;
				}
				let top = continued;
				for (const r of b.rows) {
					if (r.cells.every((c) => !c.text)) continue;
					const row = r.cells.map((c) => (c.bold && c.text ? `<b>${c.text}</b>` : c.text)).join('\t');
					if (top && row === header) continue;
					top = false;
					header ??= row;
					emit(row, { kind: 'pdf', page: p.page, box: boxOf(r.lines) });
				}
				lastWasTable = true;
				return;
			}
			lastWasTable = false;
			const l = b.line;
			const text = lineText(l);
			if (l.size >= HEADING * body && text.length < 200) {
				flush();
				blank();
				emit(`## ${text}`, { kind: 'pdf', page: p.page, box: boxOf([l]) });
				return;
			}
			const part = { text, marked: lineMarked(l), bold: isBold(l) };
			if (par && joins(par, l, p.page, bi === 0)) {
				par.lines.push(l);
				if (p.page === par.page) par.firstLines.push(l);
				par.parts.push(part);
				par.lastPage = p.page;
			} else {
				flush();
				par = { lines: [l], firstLines: [l], page: p.page, lastPage: p.page, parts: [part] };
			}
		});
	}
	flush();
	return { text: out.join('\n'), places };
}
