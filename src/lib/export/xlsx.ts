/**
 * A minimal XLSX (Office Open XML spreadsheet) writer: one sheet, a bold frozen
 * header row, numbers as numbers. Written here rather than taken from npm because
 * SheetJS on npm is outdated, and the format for one plain sheet is five small XML
 * files in a zip (fflate).
 *
 * Indonesian Excel opens CSV with ";" as the list separator and "," as decimal mark,
 * so our comma CSV lands in one column there; XLSX stores numbers as numbers and
 * Excel shows them in the user's own locale ("1.250.000.000", "85,47%").
 *
 * - rupiah: integers (exact; beyond 2^53 written as text rather than rounded), "#,##0"
 * - persen: the number as printed (85.47, not 0.8547), shown as 0.00"%"
 * - text: inline strings, with the same formula neutralisation as the CSV writer
 */
import { zipSync, strToU8 } from 'fflate';
import { looksLikeFormula } from './csv';
import { exportValue, columnValue, exportColumns, type ViewRow, type TableColumn } from '../table-view';
import type { ColumnFormat } from '../format';

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes into cellXfs below. */
const STYLE_IDS = { biasa: 0, kepala: 1, rupiah: 2, persen: 3, teksTetap: 4 } as const;

const STYLES =
	XML +
	`<styleSheet xmlns="${NS}">` +
	'<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;%&quot;"/></numFmts>' +
	'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
	'<cellXfs count="5">' +
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
	'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
	'<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	// quotePrefix: text that looks like a formula stays text, even when edited, with no apostrophe shown
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
	'</cellXfs>' +
	'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
	'</styleSheet>';

const CONTENT_TYPES =
	XML +
	'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
	'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
	'<Default Extension="xml" ContentType="application/xml"/>' +
	'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
	'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
	'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
	'</Types>';

const RELS =
	XML +
	'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
	'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
	'</Relationships>';

/** Escape for XML text and attributes; drop control characters XML 1.0 forbids (Excel rejects the file otherwise). */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnLetter(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ */
export function sheetName(name: string): string {
	const clean = name
		.replace(/[[\]:*?/\\]/g, ' ')
		.trim()
		.slice(0, 31);
	return clean || 'Data';
}

/**
 * An inline string is never run as a formula; a cell that looks like one is
 * also marked quotePrefix, so editing it keeps it text. The reader sees the
 * text as written ("-5", not "'-5").
 */
function textCell(ref: string, text: string, style: number = STYLE_IDS.biasa): string {
	const g = style === STYLE_IDS.biasa && looksLikeFormula(text) ? STYLE_IDS.teksTetap : style;
	const s = g ? ` s="${g}"` : '';
	return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function numberCell(ref: string, v: string, style: number): string {
	const s = style ? ` s="${style}"` : '';
	return `<c r="${ref}"${s}><v>${v}</v></c>`;
}

function cellXml(ref: string, x: unknown, column: TableColumn): string {
	const format: ColumnFormat | undefined = column.format;
	const v = exportValue(x, column);
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
	const style = format === 'rupiah' ? STYLE_IDS.rupiah : format === 'persen' ? STYLE_IDS.persen : STYLE_IDS.biasa;
	if (typeof v === 'bigint') {
		// Excel numbers are doubles: an amount beyond 2^53 would be silently changed.
		const aman = v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER);
		return aman ? numberCell(ref, v.toString(), style) : textCell(ref, v.toString());
	}
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return '';
		const n = format === 'rupiah' ? Math.round(v) : v;
		return numberCell(ref, String(n), style);
	}
	if (Array.isArray(v)) return textCell(ref, v.join(';'));
	return textCell(ref, v as string);
}

/** Column width in characters: the longest shown value, within sensible bounds. */
function widthOf(column: TableColumn, rows: readonly ViewRow[]): number {
	let max = column.label.length;
	for (const b of rows.slice(0, 500)) {
		const x = columnValue(b, column);
		const n = x === null || x === undefined ? 0 : String(x).length + (column.format === 'rupiah' ? 5 : 1);
		if (n > max) max = n;
	}
	return Math.min(Math.max(max + 2, 8), 60);
}

export function sheetXml(column: readonly TableColumn[], rows: readonly ViewRow[]): string {
	const cols = column.map((k, i) => `<col min="${i + 1}" max="${i + 1}" width="${widthOf(k, rows)}" customWidth="1"/>`).join('');
	const header = column.map((k, i) => textCell(`${columnLetter(i)}1`, k.label, STYLE_IDS.kepala)).join('');
	const content = rows.map((b, r) => {
		const n = r + 2;
		const sels = column.map((k, i) => cellXml(`${columnLetter(i)}${n}`, columnValue(b, k), k)).join('');
		return `<row r="${n}">${sels}</row>`;
	});
	return (
		XML +
		`<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
		'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
		(cols ? `<cols>${cols}</cols>` : '') +
		`<sheetData><row r="1">${header}</row>${content.join('')}</sheetData>` +
		'</worksheet>'
	);
}

export interface XlsxSheet {
	judul: string;
	kolom: readonly TableColumn[];
	baris: readonly ViewRow[];
}

/**
 * The table as an .xlsx file. Like the CSV, it carries the provenance columns
 * (file, line, raw) when the rows have them.
 */
export function xlsxTable(kolom: readonly TableColumn[], baris: readonly ViewRow[], judulSheet = 'Data'): Uint8Array {
	return xlsxWorkbook([{ judul: judulSheet, kolom, baris }]);
}

/** Several tables as the sheets of one .xlsx workbook (e.g. the Lembar Temuan: findings and score). */
export function xlsxWorkbook(lembar: readonly XlsxSheet[]): Uint8Array {
	const name = lembar.map((l, i) => {
		const n = sheetName(l.judul);
		// Excel refuses two sheets of the same name
		return lembar.slice(0, i).some((x) => sheetName(x.judul) === n) ? `${n.slice(0, 27)} (${i + 1})` : n;
	});
	const workbook =
		XML +
		`<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>` +
		name.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
		'</sheets></workbook>';
	const rels =
		XML +
		'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
		lembar
			.map(
				(_, i) =>
					`<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
			)
			.join('') +
		`<Relationship Id="rId${lembar.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		'</Relationships>';
	const types = CONTENT_TYPES.replace(
		'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
		lembar
			.map(
				(_, i) =>
					`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
			)
			.join('')
	);
	const file: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(types),
		'_rels/.rels': strToU8(RELS),
		'xl/workbook.xml': strToU8(workbook),
		'xl/_rels/workbook.xml.rels': strToU8(rels),
		'xl/styles.xml': strToU8(STYLES)
	};
	lembar.forEach((l, i) => {
		file[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(exportColumns(l.kolom, l.baris), l.baris));
	});
	return zipSync(file);
}
