/**
 * The "Unduh CSV" and "Unduh XLSX" buttons of every table and chart.
 */
import { tableCsv, type ViewRow, type TableColumn } from '../table-view';
import { MIME_XLSX, xlsxTable } from './xlsx';
import { fileName, downloadBlob } from './download';

export function downloadCsv(column: readonly TableColumn[], rows: readonly ViewRow[], namaFile: string): void {
	const blob = new Blob([tableCsv(column, rows)], { type: 'text/csv;charset=utf-8' });
	downloadBlob(blob, `${fileName(namaFile)}.csv`);
}

export function downloadXlsx(column: readonly TableColumn[], rows: readonly ViewRow[], namaFile: string, judulSheet?: string): void {
	// copy into a plain ArrayBuffer-backed array: the Blob constructor's type wants one
	const content = new Uint8Array(xlsxTable(column, rows, judulSheet ?? namaFile));
	downloadBlob(new Blob([content], { type: MIME_XLSX }), `${fileName(namaFile)}.xlsx`);
}
