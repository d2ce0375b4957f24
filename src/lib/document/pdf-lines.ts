/**
 * Text fragments into printed lines, and a line into segments. A line is the
 * fragments sharing a baseline (within a share of the font size, so a slightly
 * raised run stays on its line); a segment is a run of the line whose pieces are
 * closer than a column gap, or that no vertical rule cuts: one table cell's line,
 * or the whole line of a paragraph.
 */
import type { Fragment, Rule } from './pdf-page';

export interface Segment {
	text: string;
	x: number;
	right: number;
	/** every fragment of the segment is bold */
	bold: boolean;
	/** bold runs kept as `**run**` when only part of the segment is bold */
	marked: string;
	size: number;
	/** the words, each placed on the page, so a table can cut the segment at a column edge */
	words: Fragment[];
}

export interface Line {
	y: number;
	top: number;
	bottom: number;
	x: number;
	right: number;
	size: number;
	segments: Segment[];
}

/** Baselines closer than this share of the font size are one line. */
const BASELINE = 0.4;
/** A gap wider than this share of the font size between two pieces of a line separates columns. */
export const COLUMN_GAP = 0.9;
/** A gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.12;

export function toLines(fragments: Fragment[], rules: Rule[]): Line[] {
	const sorted = [...fragments].sort((a, b) => a.y - b.y || a.x - b.x);
	const groups: Fragment[][] = [];
	let cur: Fragment[] = [];
	let base = -Infinity;
	let size = 0;
	for (const f of sorted) {
		if (cur.length && Math.abs(f.y - base) <= BASELINE * Math.max(size, f.size, 1)) {
			cur.push(f);
			// the baseline of a line is its biggest text's; superscripts and footnote marks sit off it
			if (f.size > size) {
				base = f.y;
				size = f.size;
			}
			continue;
		}
		if (cur.length) groups.push(cur);
		cur = [f];
		base = f.y;
		size = f.size;
	}
	if (cur.length) groups.push(cur);
	const verticals = rules.filter((r) => r.dir === 'v');
	return groups.map((g) => lineOf(g, verticals));
}

/** A fragment cut at its spaces, each word placed by its share of the fragment's characters. */
function words(f: Fragment): Fragment[] {
	if (!/\s/.test(f.str.trim())) return [f];
	const per = f.w / Math.max(f.str.length, 1);
	const out: Fragment[] = [];
	for (const m of f.str.matchAll(/\S+/g)) out.push({ ...f, str: m[0], x: f.x + m.index! * per, w: m[0].length * per });
	return out;
}

/** "I", "12", "3.", "b.", "(2)": a row number printed in a narrow column of its own. */
const NUMBERING = /^(?:[IVXLC]{1,6}|\d{1,3}|[a-z])[.)]?$|^\(\d{1,3}\)$/;
/** An amount, a percentage, a count: what sits right-aligned in a column of figures. */
export const FIGURE = /^[-–(]?(?:rp\.?)?\d[\d.,]*%?\)?$|^\d[\d.,]*\s?%$/i;

/**
 * Whether two neighbouring words are in different columns. A wide gap always
 * separates; a narrower one (still wider than a word space) separates a row
 * number from the text after it, or two figures: right-aligned figures stand
 * close to the column before them.
 */
function splits(a: Fragment, b: Fragment, first: boolean, gap: number): boolean {
	const size = Math.max(a.size, b.size);
	if (gap > COLUMN_GAP * size) return true;
	if (gap < 0.45 * size) return false;
	return (first && gap > 0.65 * size && NUMBERING.test(a.str)) || (FIGURE.test(a.str) && FIGURE.test(b.str));
}

function lineOf(frags: Fragment[], verticals: Rule[]): Line {
	frags.sort((a, b) => a.x - b.x);
	const size = mode(frags.map((f) => f.size));
	const y = frags.find((f) => f.size === size)?.y ?? frags[0].y;
	const top = y - size * 0.8;
	const bottom = y + size * 0.25;
	const ws = frags.flatMap(words);
	const segments: Segment[] = [];
	let run: Fragment[] = [ws[0]];
	let end = ws[0].x + ws[0].w;
	for (let i = 1; i < ws.length; i++) {
		const f = ws[i];
		const gap = f.x - end;
		const cut = verticals.some((v) => v.at > end - 1 && v.at < f.x + 1 && v.a < y && v.b > top);
		if (cut || splits(run[run.length - 1], f, run.length === 1, gap)) {
			segments.push(segmentOf(run));
			run = [f];
		} else run.push(f);
		end = Math.max(end, f.x + f.w);
		if (cut || run.length === 1) end = f.x + f.w;
	}
	segments.push(segmentOf(run));
	return { y, top, bottom, x: segments[0].x, right: Math.max(...segments.map((s) => s.right)), size, segments };
}

/** `**` closes before trailing spaces ("**bold** next"); trimEnd, not a regex: linear on long runs of spaces */
function closeBold(s: string): string {
	const t = s.trimEnd();
	return t + '**' + s.slice(t.length);
}

export function segmentOf(frags: Fragment[]): Segment {
	let text = '';
	let marked = '';
	let end = -Infinity;
	let inBold = false;
	const bold = frags.every((f) => f.bold);
	for (const f of frags) {
		const gap = f.x - end;
		const space = text !== '' && gap > WORD_GAP * f.size && !/\s$/.test(text) && !/^\s/.test(f.str);
		if (space) {
			text += ' ';
			marked += ' ';
		}
		if (!bold && f.bold !== inBold) {
			marked = inBold ? closeBold(marked) : marked + '**';
			inBold = f.bold;
		}
		text += f.str;
		marked += f.str;
		end = Math.max(end, f.x + f.w);
	}
	if (inBold) marked = closeBold(marked);
	text = text.replace(/\s+/g, ' ').trim();
	marked = marked
		.replace(/\*\*(\s*)\*\*/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	return { text, x: frags[0].x, right: end, bold, marked, size: mode(frags.map((f) => f.size)), words: frags };
}

function mode(xs: number[]): number {
	const n = new Map<number, number>();
	for (const x of xs) {
		const k = Math.round(x * 10) / 10;
		n.set(k, (n.get(k) ?? 0) + 1);
	}
	let best = xs[0];
	let c = 0;
	for (const [k, v] of n)
		if (v > c) {
			best = k;
			c = v;
		}
	return best;
}
