/**
 * A table as the dashboard shows and exports it: columns with an Indonesian label
 * and a display format, rows as plain records, and optional provenance (file, line,
 * raw printed text) on each row. DataTable, Figur and the CSV/XLSX exports share it.
 */
import { keCsv, type NilaiSel } from './export/csv';
import { bulatTampil, teksPolos, type FormatKolom } from './format';

export interface TableColumn {
	/** key in each row */
	kunci: string;
	/** column heading shown to people and written in exports */
	label: string;
	format?: FormatKolom;
	/** a glossary term (domain/glossary.ts) the heading links to, for a word a citizen may not know */
	istilah?: string;
	/** key in each row holding a path below the site's base that the cell links to (the kecamatan's page) */
	tautan?: string;
	/** the cell's value when it is worded from the row rather than read from `kunci` (the upload mark) */
	nilai?: (b: BarisTabel) => unknown;
}

export type BarisTabel = Record<string, unknown>;

/** Where a row's figure was printed, when the row says so. */
export interface Sumber {
	file: string;
	/** line of the reading text (for a text report, of the file itself) */
	line: number;
	raw?: string;
	/** the place in the original PDF/Word document as a person reads it ("halaman 21"), when there is one */
	letak?: string;
	/** true when the row comes from an upload kept in this browser, whose document lives in IndexedDB */
	unggahan?: boolean;
}

export function sumberBaris(b: BarisTabel): Sumber | null {
	const { file, line, raw, letak } = b;
	if (typeof file !== 'string' || file === '') return null;
	const n = typeof line === 'bigint' ? Number(line) : line;
	if (typeof n !== 'number' || !Number.isFinite(n)) return null;
	const s: Sumber = { file, line: n, raw: typeof raw === 'string' ? raw : undefined };
	if (typeof letak === 'string' && letak !== '') s.letak = letak;
	if (b.unggahan === true) s.unggahan = true;
	return s;
}

/** True if any row carries provenance: the table then gets a "Sumber" column. */
export function adaSumber(baris: readonly BarisTabel[]): boolean {
	return baris.some((b) => sumberBaris(b) !== null);
}

/** "berkas.txt baris 432", "berkas.pdf halaman 21", "berkas.docx tabel 3, baris 5" */
export function teksSumber(s: Sumber): string {
	return `${s.file} ${s.letak ?? `baris ${s.line}`}`;
}

/**
 * The document viewer's address for a source (path below the site's base): it opens
 * the PDF page with the figure's line highlighted, or the text at that line.
 * `teks` is the printed figure to mark within the line, when the caller knows it.
 */
export function alamatDokumen(s: Sumber, teks?: string): string {
	const q = new URLSearchParams({ berkas: s.file, baris: String(s.line) });
	if (s.unggahan) q.set('asal', 'unggahan');
	if (teks) q.set('teks', teks);
	return `/dokumen?${q}`;
}

/**
 * The mark of a figure uploaded in this browser, worded here once from the row's
 * `unggahan` column (sql.ts): "data unggahan", or "termasuk data unggahan" on a
 * combined row (`rata`) that includes one; null for published figures.
 */
export function tandaUnggahan(b: BarisTabel | undefined): string | null {
	if (b?.unggahan !== true) return null;
	return b.rata === true ? 'termasuk data unggahan' : 'data unggahan';
}

export const KOLOM_ASAL: TableColumn = { kunci: 'unggahan', label: 'Asal data', format: 'teks', nilai: tandaUnggahan };

/** A cell's value as shown and exported. */
export function nilaiKolom(b: BarisTabel, k: TableColumn): unknown {
	return k.nilai ? k.nilai(b) : b[k.kunci];
}

export function adaTanda(baris: readonly BarisTabel[]): boolean {
	return baris.some((b) => b.unggahan === true);
}

/**
 * Columns as shown: the caller's, plus "Asal data" when some row is marked as
 * uploaded and the caller has not listed it, so every table marks uploaded rows
 * and a table of published data alone has no empty column.
 */
export function kolomTampil(kolom: readonly TableColumn[], baris: readonly BarisTabel[]): TableColumn[] {
	if (!adaTanda(baris) || kolom.some((k) => k.kunci === KOLOM_ASAL.kunci)) return [...kolom];
	return [...kolom, KOLOM_ASAL];
}

const KOLOM_SUMBER: TableColumn[] = [
	{ kunci: 'file', label: 'Berkas sumber', format: 'teks' },
	{ kunci: 'line', label: 'Baris sumber', format: 'angka' },
	{ kunci: 'letak', label: 'Letak di dokumen asli', format: 'teks' },
	{ kunci: 'raw', label: 'Teks tercetak', format: 'teks' }
];

/**
 * Columns for a download: the shown ones (with "Asal data", see kolomTampil), plus file/line/raw when the rows carry
 * provenance and the caller has not listed them, so a downloaded figure stays traceable.
 */
export function kolomEkspor(kolom: readonly TableColumn[], baris: readonly BarisTabel[]): TableColumn[] {
	const tampil = kolomTampil(kolom, baris);
	if (!adaSumber(baris)) return tampil;
	const ada = new Set(tampil.map((k) => k.kunci));
	// the document place only when some row was read from a PDF or Word document
	const letak = baris.some((b) => typeof b.letak === 'string' && b.letak !== '');
	return [...tampil, ...KOLOM_SUMBER.filter((k) => !ada.has(k.kunci) && (letak || k.kunci !== 'letak'))];
}

/** Any value from a query row, as something a CSV/XLSX cell can hold. */
export function nilaiSel(x: unknown): NilaiSel {
	if (x === null || x === undefined) return null;
	if (typeof x === 'string' || typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return x;
	if (x instanceof Date) return x.toISOString();
	if (Array.isArray(x)) return x.map((v) => (typeof v === 'number' ? v : String(v)));
	// Arrow list vectors and other iterables (DuckDB INTEGER[] columns)
	if (typeof x === 'object' && Symbol.iterator in x) {
		return Array.from(x as Iterable<unknown>, (v) => (typeof v === 'number' ? v : String(v)));
	}
	return JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * A cell of a download: numbers rounded as the table shows them (no 81.59666666666668
 * beside a shown 81,60), the printed text without its markup.
 */
export function nilaiEkspor(x: unknown, k: TableColumn): NilaiSel {
	const v = nilaiSel(x);
	if (typeof v === 'number' && Number.isFinite(v)) return bulatTampil(v, k.format);
	if (typeof v === 'string' && k.kunci === 'raw') return teksPolos(v);
	return v;
}

/** The table as a CSV document (header = labels), through the one shared CSV writer. */
export function csvTabel(kolom: readonly TableColumn[], baris: readonly BarisTabel[]): string {
	const k = kolomEkspor(kolom, baris);
	return keCsv(
		k.map((x) => x.label),
		baris.map((b) => k.map((x) => nilaiEkspor(nilaiKolom(b, x), x)))
	);
}
