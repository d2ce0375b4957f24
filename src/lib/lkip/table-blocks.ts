/**
 * Table blocks and their headers. A block is a run of table rows (tab or pipe
 * cells) that blank lines may interrupt; the caption is the short text just
 * above it ("Tabel 3.1" / "Pengukuran Realisasi Kinerja Tahun 2023").
 *
 * Headers span several rows in these reports: a label row, a row of years under
 * a merged "TARGET" or "REALISASI" cell, a numbering row "(1) (2) (3)". Each
 * column gets one combined label, a role and a year, so extractors can find
 * "the realisasi of 2022" without knowing the column order of a layout.
 */
import { normalise, cellText } from './table';
import { YEAR, yearIn } from './years';

export interface TextRow {
	line: number;
	raw: string;
	cells: string[] | null;
	/** page furniture (page-furniture.ts): a table goes on over it */
	tepi?: boolean;
}

export interface BlockRow {
	line: number;
	raw: string;
	cells: string[];
}

export interface TableBlock {
	/** caption text above the table, normalised (lower case, single spaces) */
	judul: string;
	/** first line of the caption, or null when the table has none */
	judulLine: number | null;
	rows: BlockRow[];
}

export type ColumnRole = 'no' | 'sasaran' | 'indikator' | 'target' | 'realisasi' | 'capaian' | 'lainnya';

/**
 * What a header cell names in a budget table, where the words weigh differently:
 * "Realisasi (%)" is the percentage, "Capaian" the amount realised, "Target" or
 * "Alokasi" the amount planned (`rencana`) when no cell says pagu or anggaran.
 */
export type AnggaranColumnRole = 'persen' | 'realisasi' | 'sisa' | 'pagu' | 'rencana' | 'uraian' | 'kode' | null;

export interface BlockColumn {
	index: number;
	/** combined header text of the column, normalised */
	label: string;
	/** the same text as printed, for messages */
	teks: string;
	peran: ColumnRole;
	/** the same label read as a budget table's header (anggaran-table.ts) */
	anggaran: AnggaranColumnRole;
	tahun: number | null;
	/** target of the end of the plan period (renstra), not of one year */
	akhir: boolean;
}

export interface BlockHeader {
	/** number of header rows at the top of the block */
	jumlahBaris: number;
	kolom: BlockColumn[];
}

const MAX_TITLE = 3;
const TITLE_LENGTH = 180;

function isTable(r: TextRow): r is BlockRow {
	return r.cells !== null;
}

/**
 * A line of text printed between two rows of a table, on the lines right
 * between them: a row whose cells are merged across the whole table (a tab
 * export writes it without tabs), such as a sasaran heading over its
 * indicator rows. It is read as a row of one cell.
 */
function mergedRows(rows: TextRow[], i: number): boolean {
	const [a, r, b] = [rows[i - 1], rows[i], rows[i + 1]];
	if (!a || !b || !isTable(a) || !isTable(b) || r.tepi || r.raw === '' || r.raw.length > TITLE_LENGTH) return false;
	if (!/[a-z]{3}/i.test(r.raw)) return false; // a `|---|` separator, a rule of dashes
	return a.line === r.line - 1 && b.line === r.line + 1 && a.cells.length >= 3 && b.cells.length >= 3;
}

/** The blocks of each rows array, split once: their headers are read once per block (blockHeader), by the extraction and the audit alike. */
const blocksOf = new WeakMap<TextRow[], TableBlock[]>();

/** Split the rows of a report into table blocks with their captions. Callers must not change them: they are shared. */
export function tableBlocks(rows: TextRow[]): TableBlock[] {
	let block = blocksOf.get(rows);
	if (!block) blocksOf.set(rows, (block = splitBlocks(rows)));
	return block;
}

function splitBlocks(rows: TextRow[]): TableBlock[] {
	const block: TableBlock[] = [];
	let i = 0;
	while (i < rows.length) {
		if (!isTable(rows[i])) {
			i++;
			continue;
		}
		const start = i;
		const content: BlockRow[] = [];
		let end = i;
		while (i < rows.length) {
			const r = rows[i];
			if (isTable(r)) {
				content.push(r);
				end = i;
			} else if (mergedRows(rows, i)) {
				content.push({ line: r.line, raw: r.raw, cells: [cellText(r.raw)] });
				end = i;
			} else if (r.raw !== '' && !r.tepi && !/^\|?[\s:|-]+\|?$/.test(r.raw)) break;
			i++;
		}
		i = end + 1;
		const title: string[] = [];
		let judulLine: number | null = null;
		for (let j = start - 1, n = 0; j >= 0 && n < MAX_TITLE; j--) {
			const r = rows[j];
			if (isTable(r)) break;
			if (r.raw === '' || r.tepi || /^\|?[\s:|-]+\|?$/.test(r.raw)) continue;
			if (r.raw.length > TITLE_LENGTH) break;
			title.unshift(r.raw);
			judulLine = r.line;
			n++;
			if (/^\W*(tabel|table)\b/i.test(r.raw)) break;
		}
		block.push({ judul: normalise(title.join(' ')), judulLine, rows: content });
	}
	return block;
}

const TAHUN = YEAR;

function cellContent(cells: string[]): string[] {
	return cells.filter((c) => c.trim() !== '');
}

/** "(1) (2) (3)" or "1 2 3": column numbering, not data. */
export function isNumberingRow(cells: string[]): boolean {
	const content = cellContent(cells);
	return content.length >= 2 && content.every((c) => /^\(?\d{1,2}\)?\.?$/.test(c.trim()));
}

/** A row of units under the header labels: "(%)", "(Rp)". */
export function isSatuanRow(cells: string[]): boolean {
	const content = cellContent(cells);
	return content.length >= 1 && content.every((c) => /^\(?\s*(%|rp\.?|rupiah|persen)\s*\)?$/i.test(c.trim()));
}

/** A row of years under a merged header cell: "2021 2022 2023", "Th. 2020 (n)", "1 (2022)". */
export function isYearRow(cells: string[]): boolean {
	const content = cellContent(cells);
	return content.length >= 1 && content.every((c) => c.length <= 24 && TAHUN.test(c) && !/%/.test(c));
}

const HEADER_WORDS =
	/^(no|nomor|sasaran|indikator|target|realisasi|capaian|uraian|program|kegiatan|sub kegiatan|satuan|ket|keterangan|anggaran|pagu|kinerja|tujuan|iku|formulasi|predikat|tahun|kondisi|nilai|mutu|kategori|bidang|sumber|strategi|kebijakan)\b/;

/** A label row of a header: keywords in at least two cells and no figure. */
export function isLabelRow(cells: string[]): boolean {
	const content = cellContent(cells).map(normalise);
	if (content.length < 2) return false;
	const word = content.filter((c) => HEADER_WORDS.test(c)).length;
	// a column number printed after the label ("TARGET (4)", normalised "target 4") is no figure
	const angka = content.filter((c) => /\d/.test(c.replace(/ \d{1,2}$/, '')) && !TAHUN.test(c) && !/^\d{1,2}$/.test(c)).length;
	return word >= 2 && angka === 0;
}

/**
 * The top row of a table whose labels are not the words of the measurement or budget
 * tables (a count table: "No | Nama Jabatan | Jumlah", "Desa | Laki-laki | Perempuan"):
 * two cells or more, no figure and no "-" (the printed zero). Only a table's top row is
 * read this way: below it a row such as "1 | Camat | 1" is data.
 */
export function isTextHeaderRow(cells: string[]): boolean {
	const content = cellContent(cells);
	// labels such as "S1" or "Gol. III" hold digits; an amount, a count above 99 or a percentage is a figure
	const figure = (c: string) => /^[-–]$/.test(c) || (/^\d[\d.,]*\s*%?$/.test(c) && !/^\d{1,2}$/.test(c) && !/^(19|20)\d{2}$/.test(c));
	return content.length >= 2 && !content.some((c) => figure(c.trim()));
}

export function columnRole(label: string): ColumnRole {
	if (!label) return 'lainnya';
	if (/\bnasional\b|\bprovinsi\b|\bnormal\b/.test(label)) return 'lainnya';
	if (/\brealisasi\b/.test(label)) return 'realisasi';
	if (/\btarget\b/.test(label)) return 'target';
	if (/\bcapaian\b|\bkemajuan\b/.test(label)) return 'capaian';
	if (/\bindikator\b|\biku\b/.test(label)) return 'indikator';
	if (/\bsasaran\b|\bkinerja utama\b/.test(label)) return 'sasaran';
	if (/^(no|nomor)$/.test(label)) return 'no';
	return 'lainnya';
}

/** The role a normalised header cell has in a budget table (see AnggaranColumnRole). */
export function anggaranColumnRole(label: string): AnggaranColumnRole {
	if (!label) return null;
	if (/%|\bpersen|\bprosen|\bpersentase/.test(label)) return 'persen';
	if (/\brealisasi|\bcapaian|\bserapan|\bterealisasi/.test(label)) return 'realisasi';
	if (/\bsisa|\bselisih|\bsilpa/.test(label)) return 'sisa';
	if (/\bpagu|\banggaran/.test(label)) return 'pagu';
	if (/\btarget|\balokasi|\bdana\b|\bplafon/.test(label)) return 'rencana';
	if (/\bprogra|\bkegiat|\buraian|\bnama\b|\brincian/.test(label)) return 'uraian';
	// a golongan ("III/a") classes a row like a code: it is no amount
	if (/^(no|nomor|kode|gol|golongan)\b/.test(label)) return 'kode';
	return null;
}

/**
 * The header of a table block, read once per block: the indicator reader, the
 * IKM reader and any later reader of the same block share this result instead
 * of reading the header rows again.
 */
const headerRead = new WeakMap<TableBlock, BlockHeader>();
export function blockHeader(b: TableBlock): BlockHeader {
	let k = headerRead.get(b);
	if (!k) headerRead.set(b, (k = readBlockHeader(b.rows)));
	return k;
}

/** A header inside a block, from its first row (index into the block's rows). */
export interface HeaderSpan {
	mulai: number;
	header: BlockHeader;
}

/**
 * Every header of a block, read once per block: the one at its top (`blockHeader`, with
 * no rows when the block has none) and each later label row with the rows under it: a
 * header repeated after a page break, or the header of a table printed right after the
 * previous one, which the block joined across the blank line between them.
 */
const headersRead = new WeakMap<TableBlock, HeaderSpan[]>();
export function blockHeaders(b: TableBlock): HeaderSpan[] {
	let out = headersRead.get(b);
	if (out) return out;
	out = [{ mulai: 0, header: blockHeader(b) }];
	for (let i = Math.max(1, out[0].header.jumlahBaris); i < b.rows.length; i++) {
		if (!isLabelRow(b.rows[i].cells)) continue;
		const header = readBlockHeader(b.rows, i);
		out.push({ mulai: i, header });
		i += header.jumlahBaris - 1;
	}
	headersRead.set(b, out);
	return out;
}

/** The header that governs row `i` of a block, or null when the row is a header row or no header is above it. */
export function headerOfRow(b: TableBlock, i: number): BlockHeader | null {
	let h: HeaderSpan | null = null;
	for (const s of blockHeaders(b)) if (s.mulai <= i) h = s;
	return h && h.header.jumlahBaris > 0 && i >= h.mulai + h.header.jumlahBaris ? h.header : null;
}

/**
 * The header of any table, count tables included: its top row may be a text header
 * (`isTextHeaderRow`) as well as a label row; the rows under it are read as
 * `readBlockHeader` reads them. The readers of measurement and budget tables do not use
 * it: there a text-only top row is a sasaran or program row.
 */
export function readTableHeader(rows: Pick<BlockRow, 'cells'>[]): BlockHeader {
	return readBlockHeader(rows, 0, isTextHeaderRow);
}

/** Read the header rows at the top of a block (or at `dari`, for a repeated header); `top` says which other rows may open it. */
export function readBlockHeader(rows: Pick<BlockRow, 'cells'>[], dari = 0, top: (cells: string[]) => boolean = () => false): BlockHeader {
	const header: string[][] = [];
	let n = dari;
	while (n < rows.length && n - dari < 5) {
		const c = rows[n].cells;
		if (isNumberingRow(c)) {
			n++;
			continue;
		}
		if (isLabelRow(c) || (header.length === 0 && top(c)) || (header.length > 0 && (isYearRow(c) || isSatuanRow(c)))) {
			header.push(c);
			n++;
			continue;
		}
		break;
	}
	const width = Math.max(0, ...header.map((c) => c.length));
	const label: string[] = Array.from({ length: width }, () => '');
	header.forEach((cells, r) => {
		const lower = header[r + 1];
		let left = '';
		for (let c = 0; c < width; c++) {
			const t = (cells[c] ?? '').trim();
			if (t) {
				label[c] += ' ' + t;
				left = t;
			} else if (left && lower && (lower[c] ?? '').trim()) {
				// a merged cell ("TARGET" over three year columns) repeats over the columns below it
				label[c] += ' ' + left;
			} else left = '';
		}
	});
	const kolom = label.map((l, index) => {
		const text = normalise(l);
		return {
			index,
			label: text,
			teks: l.replace(/\s+/g, ' ').trim(),
			peran: columnRole(text),
			anggaran: anggaranColumnRole(text),
			tahun: yearIn(text),
			akhir: /jangka menengah|akhir|renstra|\bperiode\b/.test(text)
		};
	});
	return { jumlahBaris: n - dari, kolom };
}

/** Whether a row repeats a header (after a page break): a label or numbering row. */
export function headerRows(cells: string[]): boolean {
	return isLabelRow(cells) || isNumberingRow(cells) || isSatuanRow(cells);
}
