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
		if (cur.length && Math.abs(f.y - base) <= BASELINE * Math.max(Math.min(size, f.size), 1)) {
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

function lineOf(frags: Fragment[], verticals: Rule[]): Line {
	frags.sort((a, b) => a.x - b.x);
	const size = mode(frags.map((f) => f.size));
	const y = frags.find((f) => f.size === size)?.y ?? frags[0].y;
	const top = y - size * 0.8;
	const bottom = y + size * 0.25;
	const segments: Segment[] = [];
	let run: Fragment[] = [frags[0]];
	for (let i = 1; i < frags.length; i++) {
		const prev = run[run.length - 1];
		const end = Math.max(...run.map((f) => f.x + f.w));
		const f = frags[i];
		const gap = f.x - end;
		const cut = verticals.some((v) => v.at > end - 1 && v.at < f.x + 1 && v.a < y && v.b > top);
		if (cut || gap > COLUMN_GAP * Math.max(prev.size, f.size)) {
			segments.push(segmentOf(run));
			run = [f];
		} else run.push(f);
	}
	segments.push(segmentOf(run));
	return { y, top, bottom, x: segments[0].x, right: Math.max(...segments.map((s) => s.right)), size, segments };
}

function segmentOf(frags: Fragment[]): Segment {
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
			marked = inBold ? marked.replace(/(\s*)$/, '**$1') : marked + '**';
			inBold = f.bold;
		}
		text += f.str;
		marked += f.str;
		end = Math.max(end, f.x + f.w);
	}
	if (inBold) marked = marked.replace(/(\s*)$/, '**$1');
	text = text.replace(/\s+/g, ' ').trim();
	marked = marked.replace(/\*\*(\s*)\*\*/g, '$1').replace(/\s+/g, ' ').trim();
	return { text, x: frags[0].x, right: end, bold, marked, size: mode(frags.map((f) => f.size)) };
}

function mode(xs: number[]): number {
	const n = new Map<number, number>();
	for (const x of xs) {
		const k = Math.round(x * 10) / 10;
		n.set(k, (n.get(k) ?? 0) + 1);
	}
	let best = xs[0];
	let c = 0;
	for (const [k, v] of n) if (v > c) (best = k), (c = v);
	return best;
}
