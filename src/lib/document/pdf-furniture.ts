/**
 * Page furniture: the running header or footer and the page number a producer
 * prints on every page. They sit in the top or bottom margin, apart from the
 * body, and repeat from page to page with only their digits changing; read as
 * text they would cut tables in two and give stray figures, so they are dropped.
 */
import type { Line } from './pdf-lines';

/** Share of the page height at the top and at the bottom where furniture sits. */
const MARGIN = 0.12;
/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 3;

const text = (l: Line) => l.segments.map((s) => s.text).join(' ');
/** The same header on every page, its page number and year aside. */
const key = (l: Line) => text(l).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** "12", "- 12 -", "Hal. 12", "Halaman 12 dari 40", "xii", "12 | LKIP ...": a page number alone. */
const PAGE_NUMBER = /^(?:(?:hal(?:aman)?|page)\.?(?:\s*:)?\s*)?(?:[-–—(\[]\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—)\]])?(?:\s*(?:dari|of|\/)\s*\d{1,4})?$/i;

export function isPageNumber(s: string): boolean {
	return PAGE_NUMBER.test(s.trim());
}

/** The lines at each end of each page that are furniture, as a set per page (indexes into that page's lines). */
export function findFurniture(pages: { lines: Line[]; height: number }[]): Set<number>[] {
	const edges = pages.map(({ lines, height }) => {
		const idx: number[] = [];
		for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) if (lines[i].bottom <= height * MARGIN) idx.push(i);
		for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i++) if (lines[i].top >= height * (1 - MARGIN) && !idx.includes(i)) idx.push(i);
		return idx;
	});
	const seen = new Map<string, Set<number>>();
	edges.forEach((idx, p) => {
		for (const i of idx) {
			const k = key(pages[p].lines[i]);
			if (!seen.has(k)) seen.set(k, new Set());
			seen.get(k)!.add(p);
		}
	});
	// repeated on a good share of the pages: a header, not a heading that happens to open two pages
	const need = Math.max(2, Math.ceil(pages.length * 0.3));
	return edges.map((idx, p) => {
		const { lines } = pages[p];
		const drop = new Set<number>();
		for (const i of idx) {
			const l = lines[i];
			const repeated = (seen.get(key(l))?.size ?? 0) >= Math.min(need, Math.max(2, pages.length));
			if (repeated && pages.length > 1) drop.add(i);
			else if (isPageNumber(text(l)) && apart(lines, i)) drop.add(i);
		}
		return drop;
	});
}

/** A page number stands apart from the body: a clear gap to the nearest other line. */
function apart(lines: Line[], i: number): boolean {
	const l = lines[i];
	const gap = Math.min(i > 0 ? l.top - lines[i - 1].bottom : Infinity, i + 1 < lines.length ? lines[i + 1].top - l.bottom : Infinity);
	return gap >= 0.8 * l.size;
}
