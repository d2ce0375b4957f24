/**
 * Finding budget-realisation tables and reading their rows.
 *
 * A budget table is recognised by its header words, never by its position: a
 * name column (program / kegiatan / uraian), an amount column (pagu / anggaran /
 * target / alokasi) and a realisation column (realisasi / capaian), usually a
 * "%" column. Rows are read until the table ends; a page break (blank lines, a
 * page number or running title, a repeated header, a column-number row) does
 * not end it. Every row keeps its cells as printed so levels can later be read
 * from prefixes, numbering and bold.
 */
import { parsePercent, parseRupiah, type NumberFormat } from './numbers';
import { isPipeSeparator, normalise, trimEnd, type allLines } from './table';
import { anggaranColumnRole } from './table-blocks';
import type { Peringatan } from './types';

export type AnggaranLine = ReturnType<typeof allLines>[number];
export type AnggaranLineKind = 'data' | 'total' | 'belanja' | 'input';

export interface Header {
	line: number;
	cells: string[];
	kunci: string;
	kode: number | null;
	nama: number;
	pagu: number;
	realisasi: number;
	persen: number | null;
	/** rightmost rupiah column (realisasi, or a "sisa anggaran" column after it) */
	kanan: number;
}

/** One row of a budget table, with its figures and the signals that tell its level. */
export interface AnggaranRow {
	jenis: AnggaranLineKind;
	line: number;
	raw: string;
	kode: string | null;
	uraian: string;
	/** level named by a prefix ("Program:", "Kegiatan 2:", "Sub Kegiatan 1:") */
	prefix: 'program' | 'kegiatan' | 'subkegiatan' | null;
	/** kind of printed numbering: roman "II", arabic "2", dotted "1.2.3" (with depth), letter "b" */
	nomor: 'roman' | 'arab' | 'titik' | 'huruf' | null;
	kedalaman: number;
	tebal: boolean;
	/** column of the first name cell: some layouts indent each level one column further */
	kolom: number;
	pagu: number | null;
	realisasi: number | null;
	persen: number | null;
	pagu_raw: string | null;
	realisasi_raw: string | null;
	persen_raw: string | null;
	/** whether the row prints an amount at all (even one that could not be read) */
	adaAngka: boolean;
}

export interface AnggaranTable {
	header: Header;
	baris: AnggaranRow[];
	peringatan: Peringatan[];
}

const CODE = /^(?:[IVX]+|\d+(?:\.\d+)*|[a-z])[.)]?$/i;
const LEADING_CODE = /^((?:\d+\.)+\d*|\d+[.)]|[IVX]+[.)]|[a-z][.)])\s+(?=\S)/;
const PLAIN_NUMBER = /^([IVX]{1,5}|\d{1,2})\s+(?=[A-Z])/;
const LABEL_LEVEL = /^(sub\s*(?:-\s*)?kegiatan|kegiatan|program)\s*(?:(?:\d+|[IVX]+|[a-z])\s*)?:\s*/i;
/** "JUMLAH", "Jumlah (Rp)", "TOTAL REALISASI", "Grand Total"; a belanja subtotal is caught before */
const TOTAL = /^(grand )?(jumlah|total)\b/;
/** per-page or per-group subtotals: derived sums, not rows of the tree */
const SUBTOTAL = /^sub ?total\b|^jumlah (di ?pindahkan|dipindah|pindahan|halaman)\b/;
const INPUT = /^(input|masukan)\b|\bdana yang dibutuhkan\b/;
const NOT_ANGGARAN = /^(output|outcome|keluaran|hasil|manfaat|dampak|benefit|impact|indikator|keterangan)\b/;
/** Belanja group names; a row must be exactly one of these (an account such as "Belanja Modal Peralatan dan Mesin" is not). */
export const BELANJA_KINDS: [RegExp, 'operasi' | 'modal' | 'pegawai' | 'barang_jasa' | 'langsung' | 'tidak_langsung'][] = [
	[/^belanja tidak langsung$/, 'tidak_langsung'],
	[/^belanja langsung$/, 'langsung'],
	[/^belanja operasi(onal)?$/, 'operasi'],
	[/^belanja modal$/, 'modal'],
	[/^belanja pegawai$/, 'pegawai'],
	[/^belanja barang( dan| \/)? ?jasa$|^belanja barang jasa$/, 'barang_jasa']
];

export function belanjaKind(uraian: string): (typeof BELANJA_KINDS)[number][1] | null {
	if (uraian.length > 60 || !/belanja/i.test(uraian)) return null;
	// "Jumlah Belanja Operasi" is the subtotal of that kind: the same figure
	const n = normalise(uraian.replace(/^[-•*]\s*|^[a-z0-9][.)]\s*/i, ''))
		.replace(/ rp$/, '')
		.replace(/^(sub ?total|jumlah|total) /, '');
	for (const [re, j] of BELANJA_KINDS) if (re.test(n)) return j;
	return null;
}

/** Cells as printed (markup kept), aligned with `cells`; tab rows lose leading tabs in `raw`, so align from the right. */
function rawCell(r: AnggaranLine): string[] {
	const cells = r.cells ?? [];
	if (r.mentah) return r.mentah;
	let parts: string[];
	if (r.raw.startsWith('|')) {
		let inner = r.raw.slice(1);
		if (inner.endsWith('|')) inner = inner.slice(0, -1);
		parts = inner.split(/(?<!\\)\|/);
	} else parts = r.raw.split('\t');
	const pad = cells.length - parts.length;
	return cells.map((_, i) => (i - pad >= 0 ? parts[i - pad] : ''));
}

const BOLD = /^\s*(<b>|<strong>|\*\*|__)/i;
const MONEY = /\d{1,3}(?:[.,]\d{3}){1,}|rp\.?\s*\d/i;
/** A cell that prints a rupiah amount (well-formed or not), as opposed to a percentage or a count. */
export function rupiahCell(c: string): boolean {
	const t = c
		.replace(/^rp\.?\s*/i, '')
		.replace(/[,.]-+$/, '')
		.trim();
	if (!/^\d[\d.,]*$/.test(t)) return false;
	return /\d[.,]\d{3}[.,]|\d{4,}|\d[.,]\d{3}$/.test(t) && t.replace(/\D/g, '').length >= 4;
}

/** Header of a budget table, or null. */
export function readAnggaranHeader(r: AnggaranLine): Header | null {
	if (!r.cells || r.cells.length < 3) return null;
	if (!/realisasi|capaian|serapan/i.test(r.raw) || r.cells.some((c) => MONEY.test(c))) return null;
	let kode: number | null = null;
	let nama = -1;
	let pagu = -1;
	let realisasi = -1;
	let persen: number | null = null;
	let rest = -1;
	r.cells.forEach((c, i) => {
		const peran = anggaranColumnRole(normalise(c));
		if (peran === 'persen') {
			if (persen === null) persen = i;
		} else if (peran === 'realisasi') {
			if (realisasi < 0) realisasi = i;
			else if (persen === null) persen = i; // "Realisasi | Capaian": the second is the percentage
		} else if (peran === 'sisa') {
			rest = i;
		} else if (peran === 'pagu' || peran === 'rencana') {
			if (pagu < 0) pagu = i;
		} else if (peran === 'uraian') {
			if (nama < 0) nama = i;
		} else if (peran === 'kode') {
			if (kode === null) kode = i;
		}
	});
	if (nama < 0 || pagu < 0 || realisasi < 0 || pagu > realisasi || nama > pagu) return null;
	const kanan = Math.max(realisasi, rest);
	return { line: r.line, cells: r.cells, kunci: r.cells.map(normalise).join('|'), kode, nama, pagu, realisasi, persen, kanan };
}

/** "1 2 3 4 5" or "(1) (2) (3)": the column-number row under a header. */
function isColumnNumberRow(cells: string[]): boolean {
	const content = cells.filter((c) => c !== '');
	return content.length >= 3 && content.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}

/** A page-break artefact between two parts of a table: page number, running title, short caption-less text. */
function pageInsert(raw: string): boolean {
	const t = raw.replace(/[*_#<>/b]/g, '').trim();
	if (t.length > 90) return false;
	if (/^(tabel|table|gambar|grafik|sumber|keterangan|catatan|bab)\b/i.test(t)) return false;
	return /^[-–\s]*\d{1,3}[-–\s]*$|halaman|hal\.|lanjutan|laporan|lkj?ip|lakip|kecamatan|^\d+\s*\/\s*\d+$/i.test(t);
}

/** Short text that is no caption, heading or list item: could be a page header or footer. */
function shortText(raw: string): boolean {
	const t = raw.replace(/[*_#]|<[^<>]+>/g, '').trim();
	return t.length <= 90 && !/^(tabel|table|gambar|grafik|sumber|keterangan|catatan|bab)\b|^([a-h]|[ivx]+|\d{1,2})[.)]\s/i.test(t);
}

/** After a page break: the repeated header, or a row shaped like this table's rows with a rupiah amount. */
function tableContinuation(r: AnggaranLine, header: Header): boolean {
	const h = readAnggaranHeader(r);
	if (h) return h.kunci === header.kunci;
	const cells = r.cells ?? [];
	return cells.length === header.cells.length && cells.some(rupiahCell);
}

function amountOf(raw: string | undefined, kind: 'rupiah' | 'persen', line: number, peringatan: Peringatan[], column: string, format: NumberFormat) {
	const text = (raw ?? '').trim();
	if (!text) return { nilai: null, raw: null as string | null };
	const h = kind === 'rupiah' ? parseRupiah(text, format) : parsePercent(text, format);
	if (h.masalah)
		peringatan.push({ line, pesan: `Baris ${line}, kolom ${column} tabel realisasi anggaran: ${h.masalah}; teks asli disimpan, nilai dikosongkan` });
	return { nilai: h.nilai, raw: text };
}

/** Read one data row against the header. */
function readRow(r: AnggaranLine, h: Header, peringatan: Peringatan[], format: NumberFormat): AnggaranRow | null {
	// a lone "Rp" cell before an amount is a currency column the header does not have
	const tanpaRp = (r.cells ?? []).map((c, i) => [c, i] as const).filter(([c]) => !/^rp\.?$/i.test(c));
	const mentahSemua = rawCell(r);
	const all = tanpaRp.map(([c]) => c);
	const mentah = tanpaRp.map(([, i]) => mentahSemua[i]);
	const cells = trimEnd(all);
	if (!cells.length) return null;
	// a row with more or fewer cells than the header (merged or missing cells)
	// keeps its amounts at the right: align its last rupiah cell with the realisasi column
	let geser = 0;
	if (all.length !== h.cells.length) {
		let L = -1;
		for (let i = cells.length - 1; i >= 0 && L < 0; i--) if (rupiahCell(cells[i])) L = i;
		if (L >= 0) geser = L - h.kanan;
	}
	const iPagu = h.pagu + geser;
	if (iPagu < 1 && cells.length > 1) return null;
	let kode: string | null = null;
	const namaBagian: string[] = [];
	let tebal = false;
	let kolom = -1;
	for (let i = 0; i < Math.min(iPagu, cells.length); i++) {
		const c = cells[i];
		if (!c) continue;
		if (kode === null && namaBagian.length === 0 && CODE.test(c) && i !== h.nama) {
			kode = c.replace(/[.)]$/, '');
			continue;
		}
		if (namaBagian.length === 0) {
			tebal = BOLD.test(mentah[i] ?? '');
			kolom = i - geser;
		}
		namaBagian.push(c);
	}
	let uraian = namaBagian.join(' ').trim();
	// "No Program/Kegiatan" printed as one column (the number one space from the name): "II Program ...", "1 Kegiatan ..."
	const noDiNama = /^(no|nomor)\b/.test(normalise(h.cells[h.nama] ?? ''));
	const start = uraian.match(LEADING_CODE) ?? (noDiNama ? uraian.match(PLAIN_NUMBER) : null);
	if (start && kode === null) {
		kode = start[1].replace(/[.)]$/, '');
		uraian = uraian.slice(start[0].length);
	}
	let prefix: AnggaranRow['prefix'] = null;
	const np = normalise(uraian);
	if (/^sub ?kegiatan\b/.test(np)) prefix = 'subkegiatan';
	else if (/^kegiatan\b/.test(np)) prefix = 'kegiatan';
	else if (/^program\b/.test(np)) prefix = 'program';
	while (LABEL_LEVEL.test(uraian)) uraian = uraian.replace(LABEL_LEVEL, '');
	uraian = uraian.trim();
	let nomor: AnggaranRow['nomor'] = null;
	let depth = 0;
	if (kode !== null) {
		if (/^\d+(\.\d+)+$/.test(kode)) {
			nomor = 'titik';
			depth = kode.split('.').length;
		} else if (/^\d+$/.test(kode)) {
			nomor = 'arab';
			depth = 1;
		} else if (/^[IVX]+$/.test(kode)) nomor = 'roman';
		else nomor = 'huruf';
	}
	const nu = normalise(uraian);
	let jenis: AnggaranLineKind = 'data';
	if (SUBTOTAL.test(nu)) return null;
	if (belanjaKind(uraian)) jenis = 'belanja';
	else if (TOTAL.test(nu)) jenis = 'total';
	else if (INPUT.test(nu)) jenis = 'input';
	else if (NOT_ANGGARAN.test(nu)) return null;
	const teksPagu = cells[iPagu];
	const teksReal = cells[h.realisasi + geser];
	const teksPersen = h.persen !== null ? cells[h.persen + geser] : undefined;
	const adaAngka = [teksPagu, teksReal].some((t) => t !== undefined && /\d/.test(t));
	// amounts are read (and warned about) only for rows that carry them
	const p = adaAngka ? amountOf(teksPagu, 'rupiah', r.line, peringatan, 'pagu', format) : { nilai: null, raw: null };
	const re = adaAngka ? amountOf(teksReal, 'rupiah', r.line, peringatan, 'realisasi', format) : { nilai: null, raw: null };
	const pc = adaAngka ? amountOf(teksPersen, 'persen', r.line, peringatan, 'persen', format) : { nilai: null, raw: null };
	if (!uraian && !adaAngka) return null;
	return {
		jenis,
		line: r.line,
		raw: r.raw,
		kode,
		uraian,
		prefix,
		nomor,
		kedalaman: depth,
		tebal,
		kolom,
		pagu: p.nilai,
		realisasi: re.nilai,
		persen: pc.nilai,
		pagu_raw: p.raw,
		realisasi_raw: re.raw,
		persen_raw: pc.raw,
		adaAngka
	};
}

/**
 * Read the table whose header is rows[start]. Returns the rows of the table
 * (data, total, belanja group and input rows) and where it ended.
 */
export function readAnggaranTable(rows: AnggaranLine[], start: number, header: Header, format: NumberFormat = 'id'): { tabel: AnggaranTable; akhir: number } {
	const baris: AnggaranRow[] = [];
	const peringatan: Peringatan[] = [];
	let i = start + 1;
	let end = start;
	while (i < rows.length) {
		const r = rows[i];
		if (r.raw === '' || r.tepi || isPipeSeparator(r.raw)) {
			i++;
			continue;
		}
		if (r.cells === null) {
			// a group label whose empty cells were trimmed away ("BELANJA MODAL"), perhaps wrapped over lines of its own
			let label = r.raw;
			let n = 1;
			while (!belanjaKind(label) && n < 3 && rows[i + n]?.cells === null && rows[i + n].raw !== '' && rows[i + n].line === r.line + n)
				label += ' ' + rows[i + n++].raw;
			if (belanjaKind(label)) {
				i += n;
				continue;
			}
			// other text inside a table only at a page break: a page number or running
			// title, or any short line when what follows is plainly more of this table
			let j = i;
			let semuaHalaman = true;
			while (j < rows.length && j - i <= 6 && rows[j].cells === null && (rows[j].raw === '' || rows[j].tepi || shortText(rows[j].raw))) {
				if (rows[j].raw !== '' && !rows[j].tepi && !pageInsert(rows[j].raw)) semuaHalaman = false;
				j++;
			}
			if (j >= rows.length || rows[j].cells === null) break;
			if (!semuaHalaman && !tableContinuation(rows[j], header)) break;
			i = j;
			continue;
		}
		const h2 = readAnggaranHeader(r);
		if (h2) {
			if (h2.kunci !== header.kunci) break; // another table
			i++;
			continue; // header repeated after a page break
		}
		if (isColumnNumberRow(r.cells) || r.cells.every((c) => /^[-–—=_.\s]*$/.test(c))) {
			i++;
			continue;
		}
		const b = readRow(r, header, peringatan, format);
		end = i;
		i++;
		if (!b) continue;
		baris.push(b);
		// the total closes the table (unless printed above the rows it sums)
		if (b.jenis === 'total' && b.adaAngka && baris.some((x) => x.jenis === 'data')) break;
	}
	return { tabel: { header, baris, peringatan }, akhir: end };
}

/** Every budget-like table of the text, in order. */
export function findAnggaranTables(rows: AnggaranLine[], format: NumberFormat = 'id'): AnggaranTable[] {
	const result: AnggaranTable[] = [];
	for (let i = 0; i < rows.length; i++) {
		const h = readAnggaranHeader(rows[i]);
		if (!h) continue;
		const { tabel: table, akhir: end } = readAnggaranTable(rows, i, h, format);
		result.push(table);
		i = Math.max(i, end);
	}
	return result;
}
