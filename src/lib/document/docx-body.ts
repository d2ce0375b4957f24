/**
 * The body of word/document.xml written as the reading text's lines, in reading
 * order: a paragraph is a line (a manual line break starts another line of the
 * same paragraph), a table row is a line of tab-separated cells.
 *
 * What a reader of the printed page sees is what is written: Word's automatic
 * numbers ("1.", "a.", "II.") in front of the text, hyperlink and field result
 * text; not what Word hides: field codes (TOC \o "1-3"), deleted revisions,
 * hidden text, the fallback copy of a drawing, footnote reference marks.
 *
 * Tables keep their grid: a cell spanning n columns (gridSpan) is its text and
 * n-1 empty cells; a vertically merged continuation is an empty cell; columns
 * skipped at the row start (gridBefore) are empty cells. A table of one column
 * is a frame around text, not a table of figures: its content is read as
 * paragraphs and tables of its own (so a report laid out inside a frame reads
 * as if it were not). A table nested in a cell of a real table is flattened
 * into that cell's text.
 */
import type { Label, Numbering } from './docx-numbering';
import type { Styles } from './docx-styles';
import { attr, child, childVal, children, isOn, textOf, type XmlElement } from './docx-xml';
import type { Place } from './types';

/** nesting beyond this is no document a person made; it is skipped with a note */
const MAX_DEPTH = 60;

interface Piece {
	text: string;
	bold: boolean;
}

/** inline content of a paragraph: text with its bold, a tab, a manual line break */
type Inline = Piece | 'tab' | 'br';

export interface BodyLine {
	text: string;
	place: Place | null;
}

export interface Body {
	lines: BodyLine[];
	notes: string[];
	/** paragraphs and table rows that held any text */
	filled: number;
}

const isOddSpace = (c: number) => c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 9 || c === 10 || c === 13;
const isInvisible = (c: number) => c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060;

/** Non-breaking and other fixed-width spaces print as spaces; soft hyphens and zero-width marks print nothing. */
function normaliseChars(s: string): string {
	let i = 0;
	// most runs hold none of these: return them untouched, without building a copy
	while (i < s.length && !isOddSpace(s.charCodeAt(i)) && !isInvisible(s.charCodeAt(i))) i++;
	if (i === s.length) return s;
	let out = s.slice(0, i);
	for (; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (isInvisible(c)) continue;
		out += isOddSpace(c) ? ' ' : s[i];
	}
	return out;
}

/** Spaces collapsed; a run of tabs (with spaces around) is one tab; no tab or space at either end. */
function tidy(s: string): string {
	// most text is tidy already: single spaces, no tab, nothing at the ends
	let clean = s.length > 0 && s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32;
	for (let i = 0; clean && i < s.length; i++) {
		const c = s.charCodeAt(i);
		clean = c !== 9 && !(c === 32 && s.charCodeAt(i + 1) === 32);
	}
	if (clean) return s;
	const parts: string[] = [];
	let gap = '';
	let i = 0;
	while (i < s.length) {
		let j = i;
		while (j < s.length && s.charCodeAt(j) !== 32 && s.charCodeAt(j) !== 9) j++;
		if (j > i) {
			if (parts.length) parts.push(gap);
			parts.push(s.slice(i, j));
			gap = '';
		}
		let tab = false;
		let k = j;
		for (; k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9); k++) if (s.charCodeAt(k) === 9) tab = true;
		if (k > j) gap = tab || gap === '\t' ? '\t' : ' ';
		i = k;
	}
	return parts.join('');
}

/**
 * A paragraph of two or more tabs between its words is a row typed with tabs (a
 * table pasted as text, "12<tab>Pengelola<tab>1<tab>ada"): every tab is a cell
 * border, leading ones included, as in the tab dialect; only trailing ones go.
 * With fewer, tabs align or indent (a table-of-contents page number), and
 * `tidy` reads them; null then. Rows typed this way follow each other without
 * a blank line, as a table's rows do.
 */
function tabRow(s: string, afterRow: boolean): string | null {
	const cells = s.split('\t').map(tidy);
	while (cells.length && cells[cells.length - 1] === '') cells.pop();
	// right under such a row, one tab is enough ("<tab>Sub Kegiatan 2: …" continues the table)
	return cells.length >= (afterRow ? 2 : 3) ? cells.join('\t') : null;
}

/** `<b>` around the bold stretches of a cell, spaces kept outside the tags; the whole cell when all of it is bold. */
function markBold(pieces: Piece[], open: string, close: string): string {
	const visible = pieces.filter((p) => p.text.trim() !== '');
	if (!visible.length) return '';
	if (visible.every((p) => p.bold)) return `${open}${tidy(pieces.map((p) => p.text).join(''))}${close}`;
	const out: string[] = [];
	let inBold = false;
	// whitespace waits until the next text shows which side of a tag it belongs on
	let gap = '';
	for (const p of pieces) {
		const lead = p.text.length - p.text.trimStart().length;
		const core = p.text.trim();
		if (!core) {
			gap += p.text;
			continue;
		}
		gap += p.text.slice(0, lead);
		if (p.bold !== inBold) {
			out.push(inBold ? close + gap : gap + open);
			inBold = p.bold;
		} else out.push(gap);
		out.push(core);
		gap = p.text.slice(lead + core.length);
	}
	if (inBold) out.push(close);
	return tidy(out.join(''));
}

export function readBody(root: XmlElement, styles: Styles, numbering: Numbering): Body {
	const lines: BodyLine[] = [];
	const notes: string[] = [];
	let paragraphNo = 0;
	let tableNo = 0;
	let filled = 0;
	let depthNoted = false;
	/** open fields, true while in their instruction part (between begin and separate), where nothing is shown */
	const fields: boolean[] = [];
	let inInstructions = 0;
	const inInstruction = () => inInstructions > 0;

	/** the last line written was a paragraph typed as a tab row */
	let afterTabRow = false;
	const blank = () => {
		if (lines.length && lines[lines.length - 1].text !== '') lines.push({ text: '', place: null });
		afterTabRow = false;
	};

	const tooDeep = (depth: number) => {
		if (depth <= MAX_DEPTH) return false;
		if (!depthNoted) notes.push(`Sebagian isi dokumen Word bersarang terlalu dalam (lebih dari ${MAX_DEPTH} tingkat tabel/bingkai) dan tidak dibaca.`);
		depthNoted = true;
		return true;
	};

	/** Inline content of a paragraph (or of a hyperlink, field, revision inside it). */
	function inline(el: XmlElement, paraBold: boolean, out: Inline[], deferred: XmlElement[], depth: number): void {
		if (tooDeep(depth)) return;
		for (const c of el.children) {
			if (typeof c === 'string') continue;
			switch (c.local) {
				case 'r':
					run(c, paraBold, out, deferred, depth);
					break;
				case 'hyperlink':
				case 'smartTag':
				case 'ins':
				case 'moveTo':
				case 'customXml':
				case 'fldSimple':
				case 'bdo':
				case 'dir':
				case 'oMath':
				case 'oMathPara':
				case 'e':
				case 'num':
				case 'den':
				case 'sub':
				case 'sup':
				case 'f':
				case 'rad':
				case 'deg':
				case 'd':
				case 'nary':
				case 'sSub':
				case 'sSup':
				case 'sSubSup':
					inline(c, paraBold, out, deferred, depth + 1);
					break;
				case 'sdt':
					inline(child(c, 'sdtContent') ?? c, paraBold, out, deferred, depth + 1);
					break;
				case 'AlternateContent':
					inline(child(c, 'Choice') ?? child(c, 'Fallback') ?? c, paraBold, out, deferred, depth + 1);
					break;
				default:
					// pPr, bookmarks, proofing marks, deleted text (del, moveFrom), comments: nothing printed
					break;
			}
		}
	}

	function run(r: XmlElement, paraBold: boolean, out: Inline[], deferred: XmlElement[], depth: number): void {
		// one pass over the run's properties: hidden, bold, character style
		let bold: boolean | null = null;
		let rStyle: string | null = null;
		// capitals set as formatting print as capitals, as a PDF of the document shows them
		let caps = false;
		const rPr = child(r, 'rPr');
		if (rPr)
			for (const c of rPr.children) {
				if (typeof c === 'string') continue;
				if ((c.local === 'vanish' || c.local === 'specVanish') && isOn(c)) return;
				if (c.local === 'b') bold = isOn(c);
				else if (c.local === 'rStyle') rStyle = attr(c, 'val');
				else if (c.local === 'caps' || c.local === 'smallCaps') caps ||= isOn(c) === true;
			}
		bold ??= styles.characterBold(rStyle) ?? paraBold;
		const shown = (t: string) => (caps ? t.toUpperCase() : t);
		for (const c of r.children) {
			if (typeof c === 'string') continue;
			switch (c.local) {
				case 'fldChar': {
					const t = attr(c, 'fldCharType');
					if (t === 'begin') {
						fields.push(true);
						inInstructions++;
					} else if (t === 'separate' && fields.length && fields[fields.length - 1]) {
						fields[fields.length - 1] = false;
						inInstructions--;
					} else if (t === 'end' && fields.length) {
						if (fields.pop()) inInstructions--;
					}
					break;
				}
				case 't':
					if (!inInstruction()) out.push({ text: shown(textOf(c)), bold });
					break;
				case 'sym':
					// a character of a symbol font (Wingdings check marks, Symbol bullets): which glyph it is depends on the font, so a plain mark stands for it
					if (!inInstruction()) out.push({ text: '\u25a0', bold });
					break;
				case 'tab':
				case 'ptab':
					if (!inInstruction()) out.push('tab');
					break;
				case 'br':
				case 'cr':
					if (!inInstruction()) out.push('br');
					break;
				case 'noBreakHyphen':
					if (!inInstruction()) out.push({ text: '-', bold });
					break;
				case 'drawing':
				case 'pict':
				case 'object':
				case 'AlternateContent':
					// text boxes: their paragraphs are read after this one
					collectTextBoxes(c.local === 'AlternateContent' ? (child(c, 'Choice') ?? c) : c, deferred, depth + 1);
					break;
				default:
					// instrText (field code), delText, footnote marks, symbols of picture fonts, rPr
					break;
			}
		}
	}

	function collectTextBoxes(el: XmlElement, deferred: XmlElement[], depth: number): void {
		if (tooDeep(depth)) return;
		for (const c of el.children) {
			if (typeof c === 'string') continue;
			if (c.local === 'txbxContent') deferred.push(c);
			else if (c.local !== 'Fallback') collectTextBoxes(c, deferred, depth + 1);
		}
	}

	/** The numbering label of a paragraph, if Word numbers it. */
	function label(pPr: XmlElement | null, styleNum: { numId: string | null; ilvl: number | null }): Label | null {
		const numPr = child(pPr, 'numPr');
		const numIdEl = child(numPr, 'numId');
		const ilvlEl = child(numPr, 'ilvl');
		const numId = (numIdEl ? attr(numIdEl, 'val') : null) ?? styleNum.numId;
		if (!numId || numId === '0') return null;
		const ilvl = Number((ilvlEl ? attr(ilvlEl, 'val') : null) ?? styleNum.ilvl ?? 0);
		return numbering.next(numId, Number.isFinite(ilvl) ? ilvl : 0);
	}

	interface ReadParagraph {
		heading: boolean;
		label: Label | null;
		content: Inline[];
		deferred: XmlElement[];
	}

	function readParagraph(p: XmlElement, depth: number): ReadParagraph {
		const pPr = child(p, 'pPr');
		const style = styles.paragraph(childVal(pPr, 'pStyle'));
		const content: Inline[] = [];
		const deferred: XmlElement[] = [];
		inline(p, style.bold === true, content, deferred, depth);
		const outline = childVal(pPr, 'outlineLvl');
		const heading = outline !== null ? Number(outline) >= 0 && Number(outline) < 9 : style.heading;
		return { heading, label: label(pPr, style), content, deferred };
	}

	/** a list label typed by hand at a paragraph's start, then a tab */
	const TYPED_LABEL = /^(\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[IVXLC]{1,7}\.|[-\u2022\u25cf\u25aa\u25e6\u2013*])\t/;

	const labelText = (l: Label | null) => (!l ? '' : l.kind === 'bullet' ? '' : l.text === '' ? '' : l.text + (l.suffix === 'nothing' ? '' : ' '));

	function paragraph(p: XmlElement, depth: number): void {
		paragraphNo++;
		const place: Place = { kind: 'docx-paragraph', paragraph: paragraphNo };
		const r = readParagraph(p, depth);
		// one printed line per manual line break
		const segments: Piece[][] = [[]];
		for (const x of r.content) {
			if (x === 'br') segments.push([]);
			else if (x === 'tab') segments[segments.length - 1].push({ text: '\t', bold: false });
			else segments[segments.length - 1].push({ text: normaliseChars(x.text), bold: x.bold });
		}
		let first = true;
		let any = false;
		for (const seg of segments) {
			const raw = seg.map((s) => s.text).join('');
			const row = r.heading ? null : tabRow(raw, afterTabRow);
			let text = r.heading ? tidy(raw.replaceAll('\t', ' ')) : (row ?? tidy(raw));
			if (!text) continue;
			// a tab after a typed label ("1.<tab>Program") only indents the text
			if (!r.heading && first && TYPED_LABEL.test(text) && text.indexOf('\t', text.indexOf('\t') + 1) < 0) text = text.replace('\t', ' ');
			const prefix = first ? labelText(r.label) : '';
			let line: string;
			if (r.heading) line = `## ${prefix}${text}`;
			else {
				const visible = seg.filter((s) => s.text.trim() !== '');
				const allBold = visible.length > 0 && visible.every((s) => s.bold);
				const body = !allBold
					? text
					: text.includes('\t')
						? text
								.split('\t')
								.map((c) => `<b>${c}</b>`)
								.join('\t')
						: `**${text}**`;
				line = (first && r.label?.kind === 'bullet' ? '- ' : '') + prefix + body;
			}
			if (first && !(row && afterTabRow)) blank();
			lines.push({ text: line, place });
			afterTabRow = row !== null;
			first = false;
			any = true;
		}
		if (any) filled++;
		for (const box of r.deferred) blocks(box, depth + 1);
	}

	/** Text of a cell: its paragraphs joined by spaces, numbering labels kept, nested tables flattened. */
	function cellPieces(tc: XmlElement, depth: number, out: Piece[]): void {
		if (tooDeep(depth)) return;
		for (const c of tc.children) {
			if (typeof c === 'string') continue;
			if (c.local === 'p') {
				const r = readParagraph(c, depth + 1);
				const start = out.length;
				const l = labelText(r.label);
				if (l) out.push({ text: l, bold: false });
				for (const x of r.content) out.push(typeof x === 'string' ? { text: ' ', bold: false } : { text: normaliseChars(x.text), bold: x.bold });
				for (const box of r.deferred) cellPieces(box, depth + 1, out);
				if (out.length > start) out.push({ text: ' ', bold: false });
			} else if (c.local === 'tbl') {
				for (const tr of rowsOf(c)) for (const cell of cellsOf(tr)) cellPieces(cell, depth + 1, out);
			} else if (c.local === 'sdt') cellPieces(child(c, 'sdtContent') ?? c, depth + 1, out);
			else if (c.local === 'customXml') cellPieces(c, depth + 1, out);
		}
	}

	/** rows of a table, through content controls and custom XML wrapped around them */
	function rowsOf(tbl: XmlElement): XmlElement[] {
		const out: XmlElement[] = [];
		const walk = (el: XmlElement, d: number) => {
			for (const c of el.children) {
				if (typeof c === 'string') continue;
				if (c.local === 'tr') out.push(c);
				else if (d < 8 && (c.local === 'sdt' || c.local === 'sdtContent' || c.local === 'customXml')) walk(c, d + 1);
			}
		};
		walk(tbl, 0);
		return out;
	}

	function cellsOf(tr: XmlElement): XmlElement[] {
		const out: XmlElement[] = [];
		const walk = (el: XmlElement, d: number) => {
			for (const c of el.children) {
				if (typeof c === 'string') continue;
				if (c.local === 'tc') out.push(c);
				else if (d < 8 && (c.local === 'sdt' || c.local === 'sdtContent' || c.local === 'customXml')) walk(c, d + 1);
			}
		};
		walk(tr, 0);
		return out;
	}

	const span = (tc: XmlElement) => {
		const n = Number(childVal(child(tc, 'tcPr'), 'gridSpan') ?? 1);
		return Number.isFinite(n) && n >= 1 && n <= 1000 ? Math.floor(n) : 1;
	};

	/**
	 * Grid edges (a grid index, 0 to the number of grid columns) to visible column
	 * edges. Word and LibreOffice leave grid columns a hair wide where two rows'
	 * borders almost line up; a cell spanning such a sliver is one printed cell, not
	 * two. Edges closer than a millimetre are one edge. Null when the table has no
	 * usable grid: spans are then taken as written.
	 */
	function visibleEdges(tbl: XmlElement): ((edge: number) => number) | null {
		const widths = children(child(tbl, 'tblGrid'), 'gridCol').map((g) => Number(attr(g, 'w')));
		if (!widths.length || widths.some((w) => !Number.isFinite(w) || w < 0)) return null;
		const SLIVER = 57; // twips, 1 mm
		const map: number[] = [0];
		let pos = 0;
		let edgeAt = 0;
		for (let k = 0; k < widths.length; k++) {
			pos += widths[k];
			if (pos - edgeAt >= SLIVER) {
				map.push(map[k] + 1);
				edgeAt = pos;
			} else map.push(map[k]);
		}
		const last = widths.length;
		return (edge) => (edge <= last ? map[edge] : map[last] + (edge - last));
	}

	function table(tbl: XmlElement, depth: number): void {
		if (tooDeep(depth)) return;
		tableNo++;
		const no = tableNo;
		const rows = rowsOf(tbl);
		const columns = rows.reduce(
			(m, tr) =>
				Math.max(
					m,
					cellsOf(tr).reduce((n, tc) => n + span(tc), 0)
				),
			0
		);
		if (columns <= 1) {
			// a frame: its content reads as if it stood outside
			for (const tr of rows) for (const tc of cellsOf(tr)) blocks(tc, depth + 1);
			return;
		}
		blank();
		const edge = visibleEdges(tbl) ?? ((e: number) => e);
		rows.forEach((tr, k) => {
			const trPr = child(tr, 'trPr');
			const before = Number(childVal(trPr, 'gridBefore') ?? 0);
			let grid = Number.isFinite(before) && before > 0 && before < 1000 ? before : 0;
			const cells: string[] = [];
			for (const tc of cellsOf(tr)) {
				const tcPr = child(tc, 'tcPr');
				const vMerge = child(tcPr, 'vMerge');
				const hMerge = child(tcPr, 'hMerge');
				const continued = (vMerge && attr(vMerge, 'val') !== 'restart') || (hMerge && attr(hMerge, 'val') !== 'restart');
				let text = '';
				if (!continued) {
					const pieces: Piece[] = [];
					cellPieces(tc, depth + 1, pieces);
					text = markBold(pieces, '<b>', '</b>');
				}
				// columns skipped before the cell (gridBefore) are empty cells; a cell covers its visible columns
				const start = edge(grid);
				while (cells.length < start) cells.push('');
				const end = edge(grid + span(tc));
				cells.push(text, ...Array<string>(Math.max(0, end - start - 1)).fill(''));
				grid += span(tc);
			}
			if (cells.some((c) => c !== '')) {
				lines.push({ text: cells.join('\t'), place: { kind: 'docx-row', table: no, row: k + 1 } });
				filled++;
			}
		});
		blank();
	}

	function blocks(el: XmlElement, depth: number): void {
		if (tooDeep(depth)) return;
		for (const c of el.children) {
			if (typeof c === 'string') continue;
			switch (c.local) {
				case 'p':
					paragraph(c, depth + 1);
					break;
				case 'tbl':
					table(c, depth + 1);
					break;
				case 'sdt':
					blocks(child(c, 'sdtContent') ?? c, depth + 1);
					break;
				case 'customXml':
				case 'ins':
				case 'moveTo':
					blocks(c, depth + 1);
					break;
				case 'altChunk':
					notes.push(
						'Dokumen Word ini memuat bagian sisipan dari berkas lain (altChunk) yang tidak dibaca; buka dan simpan ulang di Word agar isinya ikut terbaca.'
					);
					break;
				default:
					break;
			}
		}
	}

	const body = child(root, 'body');
	if (body) blocks(body, 0);
	while (lines.length && lines[lines.length - 1].text === '') lines.pop();
	return { lines, notes, filled };
}
