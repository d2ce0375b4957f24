/**
 * A table as the dashboard shows and exports it: columns with an Indonesian label
 * and a display format, rows as plain records, and optional provenance (file, line,
 * raw printed text) on each row. DataTable, Figur and the CSV/XLSX exports share it.
 */
import { toCsv, type CellValue } from './export/csv';
import { roundForDisplay, plainText, type ColumnFormat } from './format';

export interface TableColumn {
	/** key in each row */
	kunci: string;
	/** column heading shown to people and written in exports */
	label: string;
	format?: ColumnFormat;
	/** a glossary term (domain/glossary.ts) the heading links to, for a word a citizen may not know */
	istilah?: string;
	/** key in each row holding a path below the site's base that the cell links to (the kecamatan's page) */
	tautan?: string;
	/** the cell's value when it is worded from the row rather than read from `kunci` (the upload mark) */
	nilai?: (b: ViewRow) => unknown;
}

export type ViewRow = Record<string, unknown>;

/** Where a row's figure was printed, when the row says so. */
export interface RowSource {
	file: string;
	/** line of the reading text (for a text report, of the file itself) */
	line: number;
	raw?: string;
	/** the place in the original PDF/Word document as a person reads it ("halaman 21"), when there is one */
	letak?: string;
	/** true when the row comes from an upload kept in this browser, whose document lives in IndexedDB */
	unggahan?: boolean;
}

export function rowSource(b: ViewRow): RowSource | null {
	const { file, line, raw, letak } = b;
	if (typeof file !== 'string' || file === '') return null;
	const n = typeof line === 'bigint' ? Number(line) : line;
	if (typeof n !== 'number' || !Number.isFinite(n)) return null;
	const s: RowSource = { file, line: n, raw: typeof raw === 'string' ? raw : undefined };
	if (typeof letak === 'string' && letak !== '') s.letak = letak;
	if (b.unggahan === true) s.unggahan = true;
	return s;
}

/** True if any row carries provenance: the table then gets a "Sumber" column. */
export function hasSource(rows: readonly ViewRow[]): boolean {
	return rows.some((b) => rowSource(b) !== null);
}

/** "berkas.txt baris 432", "berkas.pdf halaman 21", "berkas.docx tabel 3, baris 5" */
export function sourceText(s: RowSource): string {
	return `${s.file} ${s.letak ?? `baris ${s.line}`}`;
}

/**
 * The document viewer's address for a source (path below the site's base): it opens
 * the PDF page with the figure's line highlighted, or the text at that line.
 * `teks` is the printed figure to mark within the line, when the caller knows it.
 */
export function documentHref(s: RowSource, text?: string): string {
	const q = new URLSearchParams({ berkas: s.file, baris: String(s.line) });
	if (s.unggahan) q.set('asal', 'unggahan');
	if (text) q.set('teks', text);
	return `/dokumen?${q}`;
}

/**
 * The mark of a figure uploaded in this browser, worded here once from the row's
 * `unggahan` column (sql.ts): "data unggahan", or "termasuk data unggahan" on a
 * combined row (`rata`) that includes one; null for published figures.
 */
export function uploadMark(b: ViewRow | undefined): string | null {
	if (b?.unggahan !== true) return null;
	return b.rata === true ? 'termasuk data unggahan' : 'data unggahan';
}

export const ORIGIN_COLUMN: TableColumn = { kunci: 'unggahan', label: 'Asal data', format: 'teks', nilai: uploadMark };

/** A cell's value as shown and exported. */
export function columnValue(b: ViewRow, k: TableColumn): unknown {
	return k.nilai ? k.nilai(b) : b[k.kunci];
}

export function hasMark(rows: readonly ViewRow[]): boolean {
	return rows.some((b) => b.unggahan === true);
}

/**
 * Columns as shown: the caller's, plus "Asal data" when some row is marked as
 * uploaded and the caller has not listed it, so every table marks uploaded rows
 * and a table of published data alone has no empty column.
 */
export function shownColumns(column: readonly TableColumn[], rows: readonly ViewRow[]): TableColumn[] {
	if (!hasMark(rows) || column.some((k) => k.kunci === ORIGIN_COLUMN.kunci)) return [...column];
	return [...column, ORIGIN_COLUMN];
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
export function exportColumns(column: readonly TableColumn[], rows: readonly ViewRow[]): TableColumn[] {
	const tampil = shownColumns(column, rows);
	if (!hasSource(rows)) return tampil;
	const found = new Set(tampil.map((k) => k.kunci));
	// the document place only when some row was read from a PDF or Word document
	const letak = rows.some((b) => typeof b.letak === 'string' && b.letak !== '');
	return [...tampil, ...KOLOM_SUMBER.filter((k) => !found.has(k.kunci) && (letak || k.kunci !== 'letak'))];
}

/** Any value from a query row, as something a CSV/XLSX cell can hold. */
export function shownCellValue(x: unknown): CellValue {
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
export function exportValue(x: unknown, k: TableColumn): CellValue {
	const v = shownCellValue(x);
	if (typeof v === 'number' && Number.isFinite(v)) return roundForDisplay(v, k.format);
	if (typeof v === 'string' && k.kunci === 'raw') return plainText(v);
	return v;
}

/** The table as a CSV document (header = labels), through the one shared CSV writer. */
export function tableCsv(column: readonly TableColumn[], rows: readonly ViewRow[]): string {
	const k = exportColumns(column, rows);
	return toCsv(
		k.map((x) => x.label),
		rows.map((b) => k.map((x) => exportValue(columnValue(b, x), x)))
	);
}
