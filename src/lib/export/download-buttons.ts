/**
 * The "Unduh CSV" and "Unduh XLSX" buttons of every table and chart.
 */
import { csvTabel, type BarisTabel, type TableColumn } from '../table-view';
import { MIME_XLSX, xlsxTabel } from './xlsx';
import { namaBerkas, unduhBlob } from './download';

export function unduhCsv(kolom: readonly TableColumn[], baris: readonly BarisTabel[], namaFile: string): void {
	const blob = new Blob([csvTabel(kolom, baris)], { type: 'text/csv;charset=utf-8' });
	unduhBlob(blob, `${namaBerkas(namaFile)}.csv`);
}

export function unduhXlsx(kolom: readonly TableColumn[], baris: readonly BarisTabel[], namaFile: string, judulSheet?: string): void {
	// copy into a plain ArrayBuffer-backed array: the Blob constructor's type wants one
	const isi = new Uint8Array(xlsxTabel(kolom, baris, judulSheet ?? namaFile));
	unduhBlob(new Blob([isi], { type: MIME_XLSX }), `${namaBerkas(namaFile)}.xlsx`);
}
