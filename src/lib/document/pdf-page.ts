/**
 * What one PDF page holds for reading: its text fragments with their boxes
 * (top-left origin, PDF points, as the pdf.js viewport at scale 1 sees them)
 * and the ruling lines drawn on it. Everything later works on these two lists,
 * so no other file of the reader touches pdf.js page objects.
 */
import type { PdfJs, PdfPage } from './pdf-types';

export interface Fragment {
	str: string;
	/** left end of the baseline */
	x: number;
	/** baseline */
	y: number;
	w: number;
	/** font size on the page */
	size: number;
	bold: boolean;
}

/** An axis-parallel rule: horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y). */
export interface Rule {
	dir: 'h' | 'v';
	/** position across the rule */
	at: number;
	a: number;
	b: number;
}

export interface PageContent {
	width: number;
	height: number;
	fragments: Fragment[];
	rules: Rule[];
}

/** Rules are thin; a filled shape thicker than this is shading or a picture, not a border. */
const THIN = 2.5;

type Matrix = number[];
const mul = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1],
	m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3],
	m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4],
	m[1] * n[4] + m[3] * n[5] + m[5]
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Bold from the font's own name ("Arial-BoldMT", "ABCDEF+Calibri-Bold", "DejaVuSans-Bold"), which every producer embeds. */
export function isBoldFont(name: string | undefined, flag: boolean | undefined): boolean {
	return !!flag || /bold|black|heavy|semibold|demibold|extrabold/i.test(name ?? '');
}

/** Characters printed differently but read alike: ligatures, no-break and thin spaces, soft hyphens. */
export function normaliseText(s: string): string {
	return s
		.replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
		.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
		.replace(/[\u200b\u200c\u200d\ufeff]/g, '')
		.replace(/\u00ad/g, '');
}

export async function readPage(pdfjs: PdfJs, page: PdfPage, wantRules: boolean): Promise<PageContent> {
	const viewport = page.getViewport({ scale: 1 });
	const content = await page.getTextContent();
	const items = content.items.filter(
		(it): it is typeof it & { str: string; transform: number[]; width: number; fontName: string } => 'str' in it && it.str.trim() !== ''
	);
	// the operator list is what loads the fonts (their names tell bold) and holds the rules;
	// a page without text needs neither
	let rules: Rule[] = [];
	const bold = new Map<string, boolean>();
	if (items.length && wantRules) {
		const ops = await page.getOperatorList();
		rules = rulesOf(pdfjs, ops, viewport.transform);
		for (const it of items) {
			if (bold.has(it.fontName)) continue;
			let b = false;
			try {
				if (page.commonObjs.has(it.fontName)) {
					const f = page.commonObjs.get(it.fontName) as { name?: string; bold?: boolean; black?: boolean };
					b = isBoldFont(f.name, f.bold || f.black);
				}
			} catch {
				b = false;
			}
			bold.set(it.fontName, b);
		}
	}
	const fragments: Fragment[] = [];
	for (const it of items) {
		const m = mul(viewport.transform, it.transform);
		// only text running left to right along the page; a rotated margin note or watermark would scramble lines
		const size = Math.hypot(m[2], m[3]);
		if (size <= 0 || Math.abs(m[1]) > 0.05 * Math.abs(m[0]) || m[0] <= 0) continue;
		const str = normaliseText(it.str);
		if (!str.trim()) continue;
		fragments.push({ str, x: m[4], y: m[5], w: it.width, size, bold: bold.get(it.fontName) ?? false });
	}
	return { width: viewport.width, height: viewport.height, fragments, rules };
}

/**
 * Thin filled rectangles and stroked straight lines, in page coordinates. Word,
 * LibreOffice and most PDF writers draw table borders one of these two ways.
 */
function rulesOf(pdfjs: PdfJs, ops: { fnArray: number[]; argsArray: unknown[] }, viewport: Matrix): Rule[] {
	const O = pdfjs.OPS;
	const rules: Rule[] = [];
	let ctm: Matrix = viewport;
	const stack: Matrix[] = [];
	let lineWidth = 1;
	const widthStack: number[] = [];
	const add = (x1: number, y1: number, x2: number, y2: number, thick: number) => {
		const [ax, ay] = apply(ctm, x1, y1);
		const [bx, by] = apply(ctm, x2, y2);
		if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > 1) rules.push({ dir: 'h', at: (ay + by) / 2, a: Math.min(ax, bx), b: Math.max(ax, bx) });
		else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > 1) rules.push({ dir: 'v', at: (ax + bx) / 2, a: Math.min(ay, by), b: Math.max(ay, by) });
		void thick;
	};
	for (let i = 0; i < ops.fnArray.length; i++) {
		const fn = ops.fnArray[i];
		const args = ops.argsArray[i] as unknown[];
		if (fn === O.save) {
			stack.push(ctm);
			widthStack.push(lineWidth);
		} else if (fn === O.restore) {
			ctm = stack.pop() ?? ctm;
			lineWidth = widthStack.pop() ?? lineWidth;
		} else if (fn === O.transform) ctm = mul(ctm, args as number[]);
		else if (fn === O.paintFormXObjectBegin) {
			stack.push(ctm);
			widthStack.push(lineWidth);
			const m = args[0] as number[] | null;
			if (m) ctm = mul(ctm, Array.from(m));
		} else if (fn === O.paintFormXObjectEnd) {
			ctm = stack.pop() ?? ctm;
			lineWidth = widthStack.pop() ?? lineWidth;
		} else if (fn === O.setLineWidth) lineWidth = args[0] as number;
		else if (fn === O.constructPath) {
			const paint = args[0] as number;
			const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
			if (!data) continue;
			const stroke =
				paint === O.stroke ||
				paint === O.closeStroke ||
				paint === O.fillStroke ||
				paint === O.eoFillStroke ||
				paint === O.closeFillStroke ||
				paint === O.closeEOFillStroke;
			const fill =
				paint === O.fill ||
				paint === O.eoFill ||
				paint === O.fillStroke ||
				paint === O.eoFillStroke ||
				paint === O.closeFillStroke ||
				paint === O.closeEOFillStroke;
			if (!stroke && !fill) continue;
			for (const poly of polylines(data)) {
				if (stroke) for (let k = 1; k < poly.length; k++) add(poly[k - 1][0], poly[k - 1][1], poly[k][0], poly[k][1], lineWidth);
				if (fill && !stroke) {
					const box = rectOf(poly, ctm);
					if (!box) continue;
					const [x1, y1, x2, y2] = box;
					if (y2 - y1 <= THIN && x2 - x1 > 1) rules.push({ dir: 'h', at: (y1 + y2) / 2, a: x1, b: x2 });
					else if (x2 - x1 <= THIN && y2 - y1 > 1) rules.push({ dir: 'v', at: (x1 + x2) / 2, a: y1, b: y2 });
				}
			}
		}
	}
	return rules;
}

/** Straight sub-paths of a pdf.js path (moveTo 0, lineTo 1, curves 2/3 break a sub-path, closePath 4). */
function polylines(d: ArrayLike<number>): [number, number][][] {
	const out: [number, number][][] = [];
	let cur: [number, number][] = [];
	for (let i = 0; i < d.length;) {
		const op = d[i];
		if (op === 0) {
			if (cur.length > 1) out.push(cur);
			cur = [[d[i + 1], d[i + 2]]];
			i += 3;
		} else if (op === 1) {
			cur.push([d[i + 1], d[i + 2]]);
			i += 3;
		} else if (op === 2) {
			if (cur.length > 1) out.push(cur);
			cur = [[d[i + 5], d[i + 6]]];
			i += 7;
		} else if (op === 3) {
			if (cur.length > 1) out.push(cur);
			cur = [[d[i + 3], d[i + 4]]];
			i += 5;
		} else if (op === 4) {
			if (cur.length > 1) cur.push(cur[0]);
			i += 1;
		} else break;
	}
	if (cur.length > 1) out.push(cur);
	return out;
}

/** The page box of a closed axis-parallel rectangle, or null for any other shape. */
function rectOf(poly: [number, number][], ctm: Matrix): [number, number, number, number] | null {
	const pts = poly.map(([x, y]) => apply(ctm, x, y));
	if (pts.length < 4 || pts.length > 6) return null;
	const xs = pts.map((p) => p[0]);
	const ys = pts.map((p) => p[1]);
	const x1 = Math.min(...xs),
		x2 = Math.max(...xs),
		y1 = Math.min(...ys),
		y2 = Math.max(...ys);
	// every corner on the box's edge: a rectangle, not a triangle or a glyph-like shape
	if (!pts.every(([x, y]) => (Math.abs(x - x1) < 0.5 || Math.abs(x - x2) < 0.5) && (Math.abs(y - y1) < 0.5 || Math.abs(y - y2) < 0.5))) return null;
	return [x1, y1, x2, y2];
}
