/**
 * A page's lines into blocks: table rows with cells, and lines of running text.
 *
 * Two ways to find a table, because producers differ:
 * - ruled: the borders Word and LibreOffice draw. Connected horizontal and
 *   vertical rules make a grid; a piece of text belongs to the cell whose left
 *   border and top border are the nearest ones that actually run beside it, so
 *   merged cells (no border inside them) fall to their first column and row.
 * - unruled: lines that split into several segments, and the lines between them.
 *   Column edges are the gutters no line crosses (one spanning header cell may);
 *   a printed line continues the row above when its text only continues cells
 *   the line above filled to the column's edge (a wrapped cell), else it is a row.
 */
import { COLUMN_GAP, FIGURE, segmentOf, type Line, type Segment } from './pdf-lines';
import type { Rule } from './pdf-page';

export interface Cell {
	text: string;
	bold: boolean;
}

export interface TableRow {
	cells: Cell[];
	lines: Line[];
}

/** Column bounds of an unruled table, kept so its continuation on the next page lines up. */
export interface Columns {
	left: number[];
	right: number[];
}

export type Block = { kind: 'text'; line: Line } | { kind: 'table'; rows: TableRow[]; columns: Columns | null };

const TOL = 2;
/** A vertical gap of about a blank line (in font sizes) ends a table: rows stand closer than paragraphs. */
const BLOCK_GAP = 1.5;

interface Grid {
	xs: number[];
	ys: number[];
	h: Rule[];
	v: Rule[];
	x1: number;
	x2: number;
	y1: number;
	y2: number;
}

/** Collinear pieces of one border (Word draws a border per cell) as one rule. */
function mergeRules(rules: Rule[]): Rule[] {
	const sorted = [...rules].sort((a, b) => a.at - b.at || a.a - b.a);
	const out: Rule[] = [];
	for (const r of sorted) {
		const last = out.find((o) => o.dir === r.dir && Math.abs(o.at - r.at) <= 1 && r.a <= o.b + TOL && r.b >= o.a - TOL);
		if (last) {
			last.a = Math.min(last.a, r.a);
			last.b = Math.max(last.b, r.b);
		} else out.push({ ...r });
	}
	return out;
}

function cluster(values: number[], tol: number): number[] {
	const s = [...values].sort((a, b) => a - b);
	const out: number[] = [];
	for (const v of s) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
	return out;
}

function grids(rules: Rule[]): Grid[] {
	const merged = mergeRules(rules);
	const h = merged.filter((r) => r.dir === 'h');
	const v = merged.filter((r) => r.dir === 'v');
	const all = [...h, ...v];
	const parent = all.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	h.forEach((a, i) =>
		v.forEach((b, j) => {
			if (b.at >= a.a - TOL && b.at <= a.b + TOL && a.at >= b.a - TOL && a.at <= b.b + TOL) parent[find(i)] = find(h.length + j);
		})
	);
	const comps = new Map<number, Rule[]>();
	all.forEach((r, i) => {
		const k = find(i);
		if (!comps.has(k)) comps.set(k, []);
		comps.get(k)!.push(r);
	});
	const out: Grid[] = [];
	for (const rs of comps.values()) {
		const gh = rs.filter((r) => r.dir === 'h');
		const gv = rs.filter((r) => r.dir === 'v');
		const xs = cluster(
			gv.map((r) => r.at),
			1.5
		);
		const ys = cluster(
			gh.map((r) => r.at),
			1.5
		);
		// a box around a paragraph or a picture frame has one column: no table
		if (xs.length < 3 || ys.length < 2) continue;
		out.push({ xs, ys, h: gh, v: gv, x1: xs[0], x2: xs[xs.length - 1], y1: ys[0], y2: ys[ys.length - 1] });
	}
	return out;
}

const inGrid = (g: Grid, l: Line) => l.y > g.y1 && l.top < g.y2 && l.x >= g.x1 - TOL && l.x < g.x2;

function ruledTable(g: Grid, lines: Line[]): TableRow[] {
	const cells = new Map<string, { seg: Segment; line: Line }[]>();
	const rowLines = new Map<number, Line[]>();
	for (const line of lines)
		for (const seg of line.segments) {
			const mid = (seg.x + seg.right) / 2;
			// the cell's left border: the nearest vertical rule at the left that runs beside this text
			let col = 0;
			for (let k = g.xs.length - 1; k >= 0; k--)
				if (g.xs[k] <= seg.x + TOL && g.v.some((r) => Math.abs(r.at - g.xs[k]) <= 1.5 && r.a <= line.y + TOL && r.b >= line.top - TOL)) {
					col = k;
					break;
				}
			let row = 0;
			for (let k = g.ys.length - 1; k >= 0; k--)
				if (g.ys[k] <= line.top + TOL && g.h.some((r) => Math.abs(r.at - g.ys[k]) <= 1.5 && r.a <= mid && r.b >= mid)) {
					row = k;
					break;
				}
			col = Math.min(col, g.xs.length - 2);
			const key = `${row}|${col}`;
			if (!cells.has(key)) cells.set(key, []);
			cells.get(key)!.push({ seg, line });
			if (!rowLines.has(row)) rowLines.set(row, []);
			if (!rowLines.get(row)!.includes(line)) rowLines.get(row)!.push(line);
		}
	const n = g.xs.length - 1;
	return [...rowLines.keys()]
		.sort((a, b) => a - b)
		.map((row) => ({
			lines: rowLines.get(row)!.sort((a, b) => a.y - b.y),
			cells: Array.from({ length: n }, (_, col) => cellOf(cells.get(`${row}|${col}`) ?? []))
		}));
}

function cellOf(parts: { seg: Segment; line: Line }[]): Cell {
	if (!parts.length) return { text: '', bold: false };
	parts.sort((a, b) => a.line.y - b.line.y || a.seg.x - b.seg.x);
	return { text: joinWrapped(parts.map((p) => p.seg.text)), bold: parts.every((p) => p.seg.bold) };
}

/**
 * Printed lines of one cell or paragraph as one text. A hyphen at a line end
 * that splits a word is dropped; one that joins a reduplication ("masing-" /
 * "masing") or follows a digit stays, without a space.
 */
export function joinWrapped(parts: string[]): string {
	let out = '';
	for (const p of parts) {
		const t = p.trim();
		if (!t) continue;
		if (!out) {
			out = t;
			continue;
		}
		const broken = out.endsWith('-') ? lastWord(out.slice(0, -1)) : '';
		if (broken && /^\p{Ll}/u.test(t)) {
			const next = t.match(/^\p{L}+/u)?.[0] ?? '';
			out = sharesRoot(broken, next) ? out + t : out.slice(0, -1) + t;
		} else if ((/\d[-–]$/.test(out) && /^\d/.test(t)) || /\p{L}\/$/u.test(out)) out += t;
		else out += ' ' + t;
	}
	return out;
}

/** The letters that end `s` (scanned back by hand: a regex anchored at the end would rescan long runs). */
function lastWord(s: string): string {
	let i = s.length;
	while (i > 0 && /\p{L}/u.test(s[i - 1])) i--;
	return s.slice(i);
}

/** "masing"/"masing", "perundang"/"undangan", "hari"/"hari": a compound written with a hyphen, not a word the writer broke. */
function sharesRoot(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	for (let n = Math.min(x.length, y.length); n >= 3; n--) for (let k = 0; k + n <= y.length; k++) if (x.includes(y.slice(k, k + n))) return true;
	return false;
}

// ---- unruled tables ----

const isFigure = (s: string) => FIGURE.test(s.trim().replace(/\s+/g, '')) || /^[-–]$/.test(s.trim());

/** A segment cut where a word space spans a whole gutter: two columns printed closer than a column gap. */
function splitAtGutters(seg: Segment, cols: Columns): Segment[] {
	const out: Segment[] = [];
	let run = [seg.words[0]];
	for (let i = 1; i < seg.words.length; i++) {
		const a = run[run.length - 1];
		const b = seg.words[i];
		// the space between the two words is wider than a word space and holds a column's left edge
		const cut = b.x - (a.x + a.w) > 0.45 * b.size && cols.left.some((l, c) => c > 0 && a.x < l - 0.5 && b.x >= l - 0.5);
		if (cut) {
			out.push(segmentOf(run));
			run = [b];
		} else run.push(b);
	}
	out.push(out.length ? segmentOf(run) : seg);
	return out;
}

/** Column bounds from the gutters across a run of lines; null when the run has fewer than two columns. */
function columnsOf(lines: Line[]): Columns | null {
	const segs = lines.flatMap((l) => l.segments);
	const lo = Math.floor(Math.min(...segs.map((s) => s.x)));
	const hi = Math.ceil(Math.max(...segs.map((s) => s.right)));
	const step = 0.5;
	const n = Math.max(1, Math.ceil((hi - lo) / step));
	const cover = new Uint16Array(n + 1);
	for (const l of lines) {
		const seen = new Uint8Array(n + 1);
		// words, not segments: two columns printed closer than a column gap still leave their gutter free
		for (const s of l.segments)
			for (const w of s.words) for (let i = Math.max(0, Math.floor((w.x - lo) / step)); i <= Math.min(n, Math.ceil((w.x + w.w - lo) / step)); i++) seen[i] = 1;
		for (let i = 0; i <= n; i++) cover[i] += seen[i];
	}
	const multi = lines.filter((l) => l.segments.length > 1).length;
	// one spanning header cell (or a stray line of prose) may cross a gutter in a table of some rows
	const allowed = multi >= 4 ? Math.max(1, Math.floor(lines.length * 0.12)) : 0;
	const size = median(lines.map((l) => l.size));
	const minGutter = COLUMN_GAP * size * 0.6;
	const left: number[] = [];
	const right: number[] = [];
	let i = 0;
	while (i <= n) {
		while (i <= n && cover[i] <= allowed) i++;
		if (i > n) break;
		const a = i;
		for (;;) {
			while (i <= n && cover[i] > allowed) i++;
			let j = i;
			while (j <= n && cover[j] <= allowed) j++;
			if (j <= n && (j - i) * step < minGutter) i = j;
			else break;
		}
		left.push(lo + a * step);
		right.push(lo + i * step);
	}
	if (left.length < 2) return null;
	// columns no line fills both of are one column whose cells are aligned differently (left "4 Dok", right "80")
	for (let k = left.length - 1; k > 0; k--) {
		const both = lines.some(
			(l) => l.segments.some((s) => s.x < right[k - 1] + 0.5 && s.right > left[k - 1]) && l.segments.some((s) => s.right > left[k] && s.x >= right[k - 1] - 0.5)
		);
		if (!both) {
			right[k - 1] = right[k];
			left.splice(k, 1);
			right.splice(k, 1);
		}
	}
	if (left.length < 2) return null;
	left[0] = Math.min(left[0], ...segs.map((s) => s.x));
	// a header wider than its column's figures starts in the gutter before it: the column starts there
	for (const s of segs)
		for (let k = 1; k < left.length; k++) if (s.x < left[k] && s.x >= right[k - 1] && s.right > left[k] && s.right <= right[k] + 1) left[k] = s.x;
	return { left, right };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? 10;
}

/**
 * The column a segment starts in: the last whose left edge is at or before it.
 * A column runs up to the next one's left edge, not only as far as its widest
 * text, so a right-aligned figure past the column's other text stays in it.
 */
function columnOf(cols: Columns, seg: Segment): number {
	let k = 0;
	while (k + 1 < cols.left.length && cols.left[k + 1] <= seg.x + 0.5) k++;
	return k;
}

interface OpenRow {
	parts: Map<number, { seg: Segment; line: Line }[]>;
	lines: Line[];
}

function unruledTable(lines: Line[], cols: Columns, textRight: number): TableRow[] {
	const rows: OpenRow[] = [];
	// the tightest line step of the table is a wrap inside a cell; a wider one, padding between rows
	let minStep = Infinity;
	for (let i = 1; i < lines.length; i++) minStep = Math.min(minStep, lines[i].y - lines[i - 1].y);
	for (const line of lines) {
		const placed = line.segments.flatMap((s) => splitAtGutters(s, cols)).map((seg) => ({ seg, col: columnOf(cols, seg) }));
		const row = rows[rows.length - 1];
		if (row && continues(row, line, placed, cols, textRight, minStep)) {
			for (const p of placed) row.parts.get(p.col)!.push({ seg: p.seg, line });
			row.lines.push(line);
			continue;
		}
		const parts = new Map<number, { seg: Segment; line: Line }[]>();
		for (const p of placed) {
			if (!parts.has(p.col)) parts.set(p.col, []);
			parts.get(p.col)!.push({ seg: p.seg, line });
		}
		rows.push({ parts, lines: [line] });
	}
	return rows.map((r) => ({
		lines: r.lines,
		cells: cols.left.map((_, k) => cellOf(r.parts.get(k) ?? []))
	}));
}

/** Whether a printed line is the wrapped rest of the row above rather than a row of its own. */
function continues(row: OpenRow, line: Line, placed: { seg: Segment; col: number }[], cols: Columns, textRight: number, minStep: number): boolean {
	const prev = row.lines[row.lines.length - 1];
	const step = line.y - prev.y;
	if (step > 1.6 * Math.max(line.size, prev.size) || step > minStep + 0.15 * line.size) return false;
	let evidence = false;
	for (const { seg, col } of placed) {
		const above = row.parts.get(col)?.filter((p) => p.line === prev);
		// text in a column the line above left empty starts a row (a wrapped cell continues right below itself)
		if (!above?.length) return false;
		const cell = row.parts
			.get(col)!
			.map((p) => p.seg.text)
			.join(' ');
		if (isFigure(cell) || isFigure(seg.text)) return false;
		const last = above[above.length - 1].seg;
		// the widest text of the column is as near as one gets to the width the writer wrapped at
		const limit = col + 1 < cols.left.length ? cols.right[col] : textRight;
		const word = seg.text.split(' ')[0];
		const wordW = ((seg.right - seg.x) * word.length) / Math.max(seg.text.length, 1);
		// the line above could not take this line's first word: the cell wrapped
		if (last.right + 0.25 * seg.size + wordW > limit - 0.3 * seg.size) evidence = true;
		if (/^\p{Ll}/u.test(seg.text) && !/[.:;]$/.test(last.text)) evidence = true;
	}
	return evidence;
}

/** Lines of one page (reading order, furniture removed) into blocks. `carry` is the previous page's last table, if it ended the page. */
export function layoutPage(input: Line[], rules: Rule[], carry: Columns | null): Block[] {
	const gs = grids(rules);
	const textRight = Math.max(...input.map((l) => l.right), 0);
	const textLeft = Math.min(...input.map((l) => l.x));
	const lines = input.map((l, i) => (isJustified(input, i, textLeft, textRight) ? mergeSegments(l) : l));
	const blocks: Block[] = [];
	const used = new Set<Line>();
	const gridOf = new Map<Line, Grid>();
	for (const l of lines) {
		const g = gs.find((g) => inGrid(g, l));
		if (g) gridOf.set(l, g);
	}
	let i = 0;
	while (i < lines.length) {
		const l = lines[i];
		const g = gridOf.get(l);
		if (g) {
			const run: Line[] = [];
			while (i < lines.length && gridOf.get(lines[i]) === g) run.push(lines[i++]);
			blocks.push({ kind: 'table', rows: ruledTable(g, run), columns: null });
			run.forEach((r) => used.add(r));
			continue;
		}
		// a one-cell row (a group title such as "BELANJA MODAL") may open the page a table continues on
		const opensCarry = carry !== null && blocks.length === 0 && l.segments.length === 1 && !crossesGutter(l, carry) && (lines[i + 1]?.segments.length ?? 0) > 1;
		if (l.segments.length < 2 && !opensCarry) {
			blocks.push({ kind: 'text', line: l });
			i++;
			continue;
		}
		// a run of multi-segment lines, with the single lines between them (wrapped cells, one-cell rows)
		let j = i + 1;
		let end = i;
		while (j < lines.length && !gridOf.has(lines[j])) {
			if (lines[j].top - lines[j - 1].bottom > BLOCK_GAP * lines[j].size) break;
			if (lines[j].segments.length > 1) end = j;
			else if (j - end > 3) break;
			j++;
		}
		const multi = lines.slice(i, end + 1).filter((x) => x.segments.length > 1);
		let cols = carry && blocks.length === 0 ? fitCarry(carry, multi) : null;
		cols ??= columnsOf(multi);
		if (!cols || (multi.length === 1 && !tableLike(multi[0]))) {
			blocks.push({ kind: 'text', line: l });
			i++;
			continue;
		}
		if (isTwoColumnText(multi, cols)) {
			const run = lines.slice(i, end + 1);
			// reading order: down the left column, then down the right one
			for (let c = 0; c < 2; c++)
				for (const r of run)
					for (const s of r.segments) if (columnOf(cols, s) === c) blocks.push({ kind: 'text', line: { ...r, x: s.x, right: s.right, segments: [s] } });
			i = end + 1;
			continue;
		}
		const steps: number[] = [];
		for (let k = i + 1; k <= end; k++) if (lines[k].segments.length > 1 && lines[k - 1].segments.length > 1) steps.push(lines[k].y - lines[k - 1].y);
		const rowStep = steps.length ? median(steps) : 0;
		let k = i + 1;
		while (k < lines.length && !gridOf.has(lines[k])) {
			const x = lines[k];
			if (x.top - lines[k - 1].bottom > BLOCK_GAP * x.size) break;
			if (x.segments.length === 1) {
				// a caption or paragraph between two tables: it crosses a gutter or stands apart like a paragraph
				if (crossesGutter(x, cols)) break;
				if (x.y - lines[k - 1].y > Math.max(rowStep * 1.15, 1.6 * x.size)) break;
			}
			k++;
		}
		let run = lines.slice(i, k);
		// single lines at the end that make rows of their own are the text after the table
		while (run.length > 1 && run[run.length - 1].segments.length === 1) {
			const with_ = unruledTable(run, cols, textRight).length;
			const without = unruledTable(run.slice(0, -1), cols, textRight).length;
			if (with_ === without) break;
			run = run.slice(0, -1);
		}

		blocks.push({ kind: 'table', rows: unruledTable(run, cols, textRight), columns: cols });
		i += run.length;
	}
	return blocks;
}

/** A lone line of two or more segments is a table row when it shows a figure or a gap no justified line has. */
function tableLike(l: Line): boolean {
	if (l.segments.some((s) => FIGURE.test(s.text))) return true;
	return l.segments.slice(1).some((s, k) => s.x - l.segments[k].right > 2 * l.size);
}

function crossesGutter(l: Line, cols: Columns): boolean {
	const s = l.segments[0];
	const c = columnOf(cols, s);
	return c + 1 < cols.left.length && s.right > cols.left[c + 1] + 1;
}

/** The previous page's columns, when this page's table lines up with them (a table continued over the page break). */
function fitCarry(carry: Columns, run: Line[]): Columns | null {
	const own = columnsOf(run);
	if (!own) return null;
	for (let k = 0; k < own.left.length; k++) {
		const hit = carry.left.findIndex((_, c) => own.left[k] < carry.right[c] + 1 && own.right[k] > carry.left[c] - 1);
		if (hit < 0) return null;
	}
	return carry;
}

/**
 * Two columns of running text side by side (a profile section set in two
 * columns) are no table: both columns are wide and hold words, not figures.
 */
function isTwoColumnText(run: Line[], cols: Columns): boolean {
	if (cols.left.length !== 2) return false;
	const width = cols.right[1] - cols.left[0];
	if (cols.right[0] - cols.left[0] < 0.3 * width || cols.right[1] - cols.left[1] < 0.3 * width) return false;
	const segs = run.flatMap((l) => l.segments);
	const wordy = segs.filter((s) => s.text.split(' ').length >= 4).length;
	return wordy >= 0.6 * segs.length;
}

/** One segment for a whole line: its gaps were word spaces after all. */
function mergeSegments(l: Line): Line {
	const segs = l.segments;
	const text = segs.map((s) => s.text).join(' ');
	const bold = segs.every((s) => s.bold);
	const marked = segs.map((s) => (bold ? s.text : s.bold ? `**${s.text}**` : s.marked)).join(' ');
	return { ...l, segments: [{ text, marked, bold, x: segs[0].x, right: segs[segs.length - 1].right, size: l.size, words: segs.flatMap((s) => s.words) }] };
}

const hasWord = (s: Segment) => /\p{L}{2}/u.test(s.text);

/**
 * A justified line of running text: stretched word spaces can be wider than a
 * column gap. It spans the text width, its gaps are alike (a justifying writer
 * stretches every space of a line equally) or it sits in a paragraph of full
 * single lines, and its pieces are words.
 */
function isJustified(lines: Line[], i: number, left: number, right: number): boolean {
	const l = lines[i];
	const segs = l.segments;
	// words, bar one figure ("... sebanyak 61.943 Jiwa ..." can open a line)
	const wordy = segs.filter(hasWord).length;
	if (segs.length < 2 || wordy < 2 || wordy < segs.length - 1) return false;
	if (l.x > left + 3 * l.size || l.right < right - l.size) return false;
	const gaps = segs.slice(1).map((s, k) => s.x - segs[k].right);
	if (Math.max(...gaps) > 4 * l.size) return false;
	if (segs.length >= 3 && Math.max(...gaps) - Math.min(...gaps) <= 0.35 * l.size) return true;
	const prose = (n: Line | undefined) =>
		!!n && n.segments.length === 1 && Math.abs(n.size - l.size) < 0.1 * l.size && Math.abs(n.y - l.y) < 1.8 * l.size && n.right - n.x > 0.7 * (right - left);
	return prose(lines[i - 1]) || prose(lines[i + 1]);
}
