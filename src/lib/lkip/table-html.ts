/**
 * HTML tables, as PDF-to-markdown converters print tables with merged cells:
 * `<table><tr><th rowspan="2">No</th><td colspan="3">TARGET</td></tr>...</table>`,
 * a whole table on one line or one tag per line.
 *
 * Each `<tr>` becomes one row of cells, placed at the line of its first cell
 * (the `<tr>` line when it has none). Merged cells are laid out the way a tab
 * export prints them: the text in the first column or row of the merge and
 * blank cells over the rest, so the header and data readers see one shape.
 */
import { cellText } from './table';

export interface HtmlRow {
	/** 1-based line the row is placed at */
	line: number;
	/** the row as printed, `<tr>` to `</tr>`, whitespace collapsed */
	raw: string;
	cells: string[];
	/** cells as printed, inner markup kept (bold marks a total row) */
	mentah: string[];
}

/** Per line: null when the line holds no table markup; else its rows and any text outside the table. */
export interface HtmlTable {
	rows: HtmlRow[];
	/** text of the line outside any table (prose before `<table>` or after `</table>`), trimmed */
	luar: string;
	/** whether the outside text comes after the table markup on that line */
	luarSesudah: boolean;
}

const TAG = /<(\/?)(table|thead|tbody|tfoot|tr|td|th|caption)\b([^<>]{0,300})>/gi;
const HAS_TAG = /<\/?(table|tr|td|th)\b/i;
/** Bounds on merge sizes: a typo like colspan="3000" must not allocate a huge row. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;

const ENTITAS: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—' };

export function decodeHtmlEntities(s: string): string {
	return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (m, k: string) => {
		if (k[0] === '#') {
			const n = k[1] === 'x' || k[1] === 'X' ? parseInt(k.slice(2), 16) : Number(k.slice(1));
			return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
		}
		return ENTITAS[k.toLowerCase()] ?? m;
	});
}

function attributeOf(attrs: string, name: string, maks: number): number {
	const m = attrs.match(new RegExp(`${name}\\s*=\\s*["']?\\s*(\\d{1,6})`, 'i'));
	return m ? Math.min(Math.max(Number(m[1]), 1), maks) : 1;
}

function htmlText(html: string): string {
	const tanpaTag = html.replace(/<[^<>]{0,300}>/g, ' ');
	return decodeHtmlEntities(cellText(tanpaTag)).replace(/\s+/g, ' ').trim();
}

interface HtmlCell {
	bagian: string[];
	colspan: number;
	rowspan: number;
	line: number;
}

interface HtmlGridRow {
	trLine: number;
	selLine: number | null;
	rawBagian: string[];
	cells: string[];
	mentah: string[];
	/** columns held by a rowspan from a row above, fixed when the row opens */
	tertahan: boolean[];
}

/**
 * Whether the text between a `</table>` and the next `<table>` is only a page
 * break (blank lines, a page number, a running title): then a rowspan left
 * open goes on into the reopened table. A caption or a sentence means another table.
 */
function pageContinuation(sela: string[], luarSebelum: string[]): boolean {
	const content = [...sela, ...luarSebelum].map((t) => htmlText(t)).filter((t) => t !== '');
	return content.length <= 3 && content.every((t) => t.length <= 110 && !/^(tabel|table|gambar|grafik|bab|sumber)\b/i.test(t) && !/[.:;]$/.test(t));
}

/**
 * Read the html tables of a text. Returns, per line index, null for lines with
 * no table markup (the caller reads them as before) or the rows placed there.
 */
export function readHtmlTables(lines: string[]): (HtmlTable | null)[] {
	const result: (HtmlTable | null)[] = new Array(lines.length).fill(null);
	if (!lines.some((l) => HAS_TAG.test(l))) return result;
	let diTabel = false;
	let diKeterangan = false;
	/** remaining rows each column is held by a rowspan */
	let turun: number[] = [];
	let row: HtmlGridRow | null = null;
	let cell: HtmlCell | null = null;
	/**
	 * A converter that cuts a table at a page break closes it with a rowspan
	 * still open and reopens it on the next page without the merged cells:
	 * what was held at the last `</table>`, and the text lines since then.
	 */
	let tertahanTutup: number[] = [];
	let selaTutup: string[] | null = null;

	const tutupSel = () => {
		if (!cell || !row) return (cell = null);
		let kol = row.cells.length;
		while (row.tertahan[kol]) {
			row.cells.push('');
			row.mentah.push('');
			kol++;
		}
		const html = cell.bagian.join(' ');
		row.cells.push(htmlText(html));
		row.mentah.push(html.replace(/\s+/g, ' ').trim());
		for (let k = 1; k < cell.colspan; k++) {
			row.cells.push('');
			row.mentah.push('');
		}
		for (let k = kol; k < kol + cell.colspan; k++) turun[k] = cell.rowspan - 1;
		if (row.selLine === null) row.selLine = cell.line;
		cell = null;
	};
	const tutupBaris = () => {
		tutupSel();
		if (!row) return;
		const b = row;
		row = null;
		// held columns after the row's last own cell
		const end = b.tertahan.lastIndexOf(true);
		while (b.cells.length <= end) {
			b.cells.push('');
			b.mentah.push('');
		}
		b.tertahan.forEach((t, k) => {
			if (t) turun[k]--;
		});
		if (b.cells.length === 0) return;
		const i = b.selLine ?? b.trLine;
		result[i] ??= { rows: [], luar: '', luarSesudah: false };
		result[i].rows.push({
			line: i + 1,
			raw: b.rawBagian.join(' ').replace(/\s+/g, ' ').trim(),
			cells: b.cells,
			mentah: b.mentah
		});
	};
	const bukaBaris = (i: number) => {
		tutupBaris();
		row = { trLine: i, selLine: null, rawBagian: [], cells: [], mentah: [], tertahan: turun.map((n) => n > 0) };
	};

	lines.forEach((s, i) => {
		if (!diTabel && !HAS_TAG.test(s)) {
			if (selaTutup !== null && s.trim()) selaTutup.push(s);
			return;
		}
		result[i] ??= { rows: [], luar: '', luarSesudah: false };
		const h = result[i];
		const mulaiDiTabel = diTabel;
		const outer: string[] = [];
		let pos = 0;
		let rawMulai = row ? 0 : -1;
		const text = (t: string) => {
			if (cell) cell.bagian.push(t);
			else if (!diTabel || diKeterangan) outer.push(t);
		};
		for (const m of s.matchAll(TAG)) {
			text(s.slice(pos, m.index));
			pos = m.index + m[0].length;
			const close = m[1] === '/';
			const name = m[2].toLowerCase();
			if (name === 'table') {
				if (row && rawMulai >= 0) (row as HtmlGridRow).rawBagian.push(s.slice(rawMulai, m.index));
				tutupBaris();
				rawMulai = -1;
				diTabel = !close;
				diKeterangan = false;
				if (close) {
					tertahanTutup = turun;
					selaTutup = [];
					turun = [];
				} else {
					turun = selaTutup !== null && pageContinuation(selaTutup, outer) ? tertahanTutup : [];
					tertahanTutup = [];
					selaTutup = null;
				}
			} else if (name === 'caption') diKeterangan = !close;
			else if (name === 'tr') {
				if (row && rawMulai >= 0) (row as HtmlGridRow).rawBagian.push(s.slice(rawMulai, close ? pos : m.index));
				if (close) {
					tutupBaris();
					rawMulai = -1;
				} else {
					diTabel = true;
					bukaBaris(i);
					rawMulai = m.index;
				}
			} else if (name === 'td' || name === 'th') {
				if (close) tutupSel();
				else {
					diTabel = true;
					if (!row) {
						bukaBaris(i);
						rawMulai = m.index;
					}
					tutupSel();
					cell = { bagian: [], colspan: attributeOf(m[3], 'colspan', MAX_COLSPAN), rowspan: attributeOf(m[3], 'rowspan', MAX_ROWSPAN), line: i };
				}
			}
		}
		text(s.slice(pos));
		if (row && rawMulai >= 0) (row as HtmlGridRow).rawBagian.push(s.slice(rawMulai));
		if (selaTutup !== null && !diTabel) selaTutup.push(outer.join(' '));
		h.luar = outer.join(' ').replace(/\s+/g, ' ').trim();
		h.luarSesudah = mulaiDiTabel;
	});
	tutupBaris();
	return result;
}
