/**
 * The report's own table relating each sasaran to its budget ("Efisiensi Penggunaan
 * Sumber Daya": sasaran, % capaian kinerja, % serapan anggaran, tingkat efisiensi).
 * Told by its header, not by its caption or number: a table with a sasaran (or
 * program) column, a capaian column and a serapan/anggaran column. Values are kept
 * as printed beside their reading; a sasaran whose name wraps onto a row of its
 * own ("publik" under the row) is joined to the row above.
 */
import type { BlockRow, TextRow, TableBlock } from './table-blocks';
import { isNumberingRow } from './table-blocks';
import { parsePercent, type NumberFormat } from './numbers';
import { normalise, cellText } from './table';
import type { EfisiensiRecord, Peringatan } from './types';

export interface EfficiencyResult {
	efisiensi: EfisiensiRecord[];
	peringatan: Peringatan[];
}

interface EfficiencyColumn {
	sasaran: number;
	capaian: number;
	serapan: number;
	tingkat: number;
}

function columnOf(cells: string[]): EfficiencyColumn | null {
	const c = cells.map(normalise);
	const find = (re: RegExp, kecuali: number[] = []) => c.findIndex((x, i) => !kecuali.includes(i) && re.test(x));
	// every row of every table is asked: give up at the first column missing
	const sasaran = find(/^(sasaran|program|tujuan)\b/);
	if (sasaran < 0) return null;
	const capaian = find(/\bcapaian\b/, [sasaran]);
	if (capaian < 0) return null;
	const serapan = find(/\b(serapan|penyerapan|realisasi anggaran|anggaran)\b/, [sasaran, capaian]);
	if (serapan < 0) return null;
	const tingkat = find(/\b(efisien|efisiensi|tingkat|kategori|keterangan)\b/, [sasaran, capaian, serapan]);
	return { sasaran, capaian, serapan, tingkat };
}

function isEmpty(s: string): boolean {
	return s === '' || /^[-–—]+$/.test(s);
}

/** Rows of a table whose last cells a converter dropped ("publik" alone): prose lines between two blocks. */
function blockGap(rows: readonly TextRow[], dari: number, sampai: number): TextRow[] {
	return rows.filter((r) => r.line > dari && r.line < sampai && r.raw.trim() !== '');
}

/** Lines between two blocks of one table, at most this many (a wrapped cell, a blank line) */
const MAX_GAP = 4;

export function extractEfficiency(block: TableBlock[], rows: readonly TextRow[] = [], format: NumberFormat = 'id'): EfficiencyResult {
	const efisiensi: EfisiensiRecord[] = [];
	const peringatan: Peringatan[] = [];
	let k: EfficiencyColumn | null = null;
	let end: EfisiensiRecord | null = null;
	let barisAkhir = -Infinity;
	for (const b of block) {
		// a header counts only among the first three rows: the rows below are not asked
		const iKepala = b.rows.slice(0, 3).findIndex((r) => columnOf(r.cells) !== null);
		let content: BlockRow[];
		if (iKepala >= 0 && iKepala <= 2) {
			const kk = columnOf(b.rows[iKepala].cells)!;
			// the caption or the header must speak of efficiency or of the budget's use, not any capaian table with an anggaran column
			const header = normalise(b.rows[iKepala].cells.join(' '));
			if (!/efisien|serapan|penyerapan/.test(header) && !/efisien|serapan|penyerapan/.test(b.judul)) {
				k = null;
				continue;
			}
			k = kk;
			end = null;
			content = b.rows.slice(iKepala + 1);
		} else if (k && b.rows.length && b.rows[0].line - barisAkhir <= MAX_GAP && b.rows[0].cells.length >= 3) {
			// the same table on after a line the converter printed without its tabs
			const sela = blockGap(rows, barisAkhir, b.rows[0].line).map((r) => cellText(r.raw));
			if (end && sela.length === 1 && /^[a-z]/.test(sela[0])) end.sasaran += ' ' + sela[0];
			content = b.rows;
		} else {
			k = null;
			continue;
		}
		barisAkhir = b.rows[b.rows.length - 1].line;
		for (const r of content) {
			const kol = k;
			const cell = (i: number) => (i >= 0 ? cellText(r.cells[i] ?? '') : '');
			if (isNumberingRow(r.cells)) continue;
			const sasaran = cell(kol.sasaran);
			const cRaw = cell(kol.capaian);
			const sRaw = cell(kol.serapan);
			const tRaw = cell(kol.tingkat);
			if (isEmpty(cRaw) && isEmpty(sRaw) && !tRaw) {
				// a wrapped sasaran name: its last words on a row of their own
				if (end && sasaran && /^[a-z]/.test(sasaran)) end.sasaran += ' ' + sasaran;
				continue;
			}
			if (!sasaran || /^(jumlah|total|rata)/i.test(sasaran)) continue;
			const capaian = parsePercent(cRaw, format);
			const serapan = parsePercent(sRaw, format);
			if (capaian.masalah) peringatan.push({ line: r.line, pesan: `tabel efisiensi, kolom capaian: ${capaian.masalah}` });
			if (serapan.masalah) peringatan.push({ line: r.line, pesan: `tabel efisiensi, kolom serapan: ${serapan.masalah}` });
			end = {
				no: efisiensi.length + 1,
				sasaran: sasaran.replace(/^\d{1,2}[.)]?\s+/, ''),
				capaian: capaian.nilai,
				serapan: serapan.nilai,
				capaian_raw: cRaw,
				serapan_raw: sRaw,
				tingkat: tRaw || null,
				line: r.line,
				raw: r.raw
			};
			efisiensi.push(end);
		}
	}
	return { efisiensi, peringatan };
}
