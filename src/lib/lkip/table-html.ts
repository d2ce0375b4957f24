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

function attributeOf(attrs: string, nama: string, maks: number): number {
	const m = attrs.match(new RegExp(`${nama}\\s*=\\s*["']?\\s*(\\d{1,6})`, 'i'));
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
	const isi = [...sela, ...luarSebelum].map((t) => htmlText(t)).filter((t) => t !== '');
	return isi.length <= 3 && isi.every((t) => t.length <= 110 && !/^(tabel|table|gambar|grafik|bab|sumber)\b/i.test(t) && !/[.:;]$/.test(t));
}

/**
 * Read the html tables of a text. Returns, per line index, null for lines with
 * no table markup (the caller reads them as before) or the rows placed there.
 */
export function readHtmlTables(lines: string[]): (HtmlTable | null)[] {
	const hasil: (HtmlTable | null)[] = new Array(lines.length).fill(null);
	if (!lines.some((l) => HAS_TAG.test(l))) return hasil;
	let diTabel = false;
	let diKeterangan = false;
	/** remaining rows each column is held by a rowspan */
	let turun: number[] = [];
	let baris: HtmlGridRow | null = null;
	let sel: HtmlCell | null = null;
	/**
	 * A converter that cuts a table at a page break closes it with a rowspan
	 * still open and reopens it on the next page without the merged cells:
	 * what was held at the last `</table>`, and the text lines since then.
	 */
	let tertahanTutup: number[] = [];
	let selaTutup: string[] | null = null;

	const tutupSel = () => {
		if (!sel || !baris) return (sel = null);
		let kol = baris.cells.length;
		while (baris.tertahan[kol]) {
			baris.cells.push('');
			baris.mentah.push('');
			kol++;
		}
		const html = sel.bagian.join(' ');
		baris.cells.push(htmlText(html));
		baris.mentah.push(html.replace(/\s+/g, ' ').trim());
		for (let k = 1; k < sel.colspan; k++) {
			baris.cells.push('');
			baris.mentah.push('');
		}
		for (let k = kol; k < kol + sel.colspan; k++) turun[k] = sel.rowspan - 1;
		if (baris.selLine === null) baris.selLine = sel.line;
		sel = null;
	};
	const tutupBaris = () => {
		tutupSel();
		if (!baris) return;
		const b = baris;
		baris = null;
		// held columns after the row's last own cell
		const akhir = b.tertahan.lastIndexOf(true);
		while (b.cells.length <= akhir) {
			b.cells.push('');
			b.mentah.push('');
		}
		b.tertahan.forEach((t, k) => {
			if (t) turun[k]--;
		});
		if (b.cells.length === 0) return;
		const i = b.selLine ?? b.trLine;
		hasil[i] ??= { rows: [], luar: '', luarSesudah: false };
		hasil[i].rows.push({
			line: i + 1,
			raw: b.rawBagian.join(' ').replace(/\s+/g, ' ').trim(),
			cells: b.cells,
			mentah: b.mentah
		});
	};
	const bukaBaris = (i: number) => {
		tutupBaris();
		baris = { trLine: i, selLine: null, rawBagian: [], cells: [], mentah: [], tertahan: turun.map((n) => n > 0) };
	};

	lines.forEach((s, i) => {
		if (!diTabel && !HAS_TAG.test(s)) {
			if (selaTutup !== null && s.trim()) selaTutup.push(s);
			return;
		}
		hasil[i] ??= { rows: [], luar: '', luarSesudah: false };
		const h = hasil[i];
		const mulaiDiTabel = diTabel;
		const luar: string[] = [];
		let pos = 0;
		let rawMulai = baris ? 0 : -1;
		const teks = (t: string) => {
			if (sel) sel.bagian.push(t);
			else if (!diTabel || diKeterangan) luar.push(t);
		};
		for (const m of s.matchAll(TAG)) {
			teks(s.slice(pos, m.index));
			pos = m.index + m[0].length;
			const tutup = m[1] === '/';
			const nama = m[2].toLowerCase();
			if (nama === 'table') {
				if (baris && rawMulai >= 0) (baris as HtmlGridRow).rawBagian.push(s.slice(rawMulai, m.index));
				tutupBaris();
				rawMulai = -1;
				diTabel = !tutup;
				diKeterangan = false;
				if (tutup) {
					tertahanTutup = turun;
					selaTutup = [];
					turun = [];
				} else {
					turun = selaTutup !== null && pageContinuation(selaTutup, luar) ? tertahanTutup : [];
					tertahanTutup = [];
					selaTutup = null;
				}
			} else if (nama === 'caption') diKeterangan = !tutup;
			else if (nama === 'tr') {
				if (baris && rawMulai >= 0) (baris as HtmlGridRow).rawBagian.push(s.slice(rawMulai, tutup ? pos : m.index));
				if (tutup) {
					tutupBaris();
					rawMulai = -1;
				} else {
					diTabel = true;
					bukaBaris(i);
					rawMulai = m.index;
				}
			} else if (nama === 'td' || nama === 'th') {
				if (tutup) tutupSel();
				else {
					diTabel = true;
					if (!baris) {
						bukaBaris(i);
						rawMulai = m.index;
					}
					tutupSel();
					sel = { bagian: [], colspan: attributeOf(m[3], 'colspan', MAX_COLSPAN), rowspan: attributeOf(m[3], 'rowspan', MAX_ROWSPAN), line: i };
				}
			}
		}
		teks(s.slice(pos));
		if (baris && rawMulai >= 0) (baris as HtmlGridRow).rawBagian.push(s.slice(rawMulai));
		if (selaTutup !== null && !diTabel) selaTutup.push(luar.join(' '));
		h.luar = luar.join(' ').replace(/\s+/g, ' ').trim();
		h.luarSesudah = mulaiDiTabel;
	});
	tutupBaris();
	return hasil;
}
