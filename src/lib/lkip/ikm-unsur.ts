/**
 * The satisfaction survey's score per unsur (PermenPAN-RB 14/2017 names nine; reports print
 * their own list), where a report prints it: a table whose header names an unsur (or
 * pertanyaan / aspek) column and a score column (skor, nilai, NRR, IKM), with a predikat or
 * mutu column when it has one. The score is kept as printed and read; the scale (NRR 1–4 or
 * 25–100) is the report's and is not converted.
 *
 * A table is a run of rows with cells; blank lines and page furniture between its rows do
 * not end it (pdftotext prints a blank line between the rows of many tables), nor does a
 * Markdown separator row; prose does.
 * Rows naming a total or an average (rata-rata, jumlah, IKM) are the table's summary, not an
 * unsur. The audit (audit/survey.ts) checks these same records against the distribution
 * table beside them: one reader for both.
 */
import type { TextRow } from './table-blocks';
import { parseToken, type NumberFormat } from './numbers';
import { isPipeSeparator } from './table';
import type { IkmUnsurRecord } from './types';

/** Blank lines a table may run over between two rows. */
const CELAH = 3;
/** Fewer rows than this are not a survey's unsur table. */
const MIN_UNSUR = 3;

const KOLOM_SKOR = /^(?:skor|nilai|nrr|ikm)/i;
const KOLOM_LABEL = /predikat|kategori|mutu|kinerja unit/i;
const NAMA_UNSUR = /unsur|pertanyaan|aspek/i;
const RINGKASAN = /^(?:rata|jumlah|total|ikm|nilai)/i;

/** The column of a header row that names the unsur (or the question, aspect); the second column when none does. */
export function elementColumns(header: readonly string[]): number {
	const i = header.findIndex((c) => /unsur|pertanyaan|aspek|uraian/i.test(c));
	return i >= 0 ? i : 1;
}

const ANSWERS = /\b(baik|puas|setuju|sesuai|mudah|cepat|wajar|kompeten|sopan|ramah|nyaman|layak|jelas|memadai|tepat)\b/i;

/** Rank of an answer label (a survey's column header, or a unsur's grade) on the 1–4 scale: tidak 1, kurang 2, plain 3, sangat 4; null when not an answer. */
export function answerRanking(label: string): number | null {
	const s = label.trim().toLowerCase();
	if (!ANSWERS.test(s) || s.length > 30) return null;
	if (/^sangat\s+tidak\b/.test(s)) return null;
	if (/^tidak\b/.test(s)) return 1;
	if (/^kurang\b/.test(s)) return 2;
	if (/^sangat\b/.test(s)) return 4;
	return /^[a-z]+$/.test(s) ? 3 : null;
}

/** The header row of a survey's answer distribution table: which column holds which answer, the total, the unsur. */
export interface DistributionHeader {
	/** column -> answer rank */
	kolom: Map<number, number>;
	total: number | null;
	unsur: number;
}

/** A distribution table's header row (answers on at least three distinct ranks), or null when the row is not one. */
export function distributionHeader(header: readonly string[]): DistributionHeader | null {
	const kolom = new Map<number, number>();
	header.forEach((c, i) => {
		const r = answerRanking(c);
		if (r !== null) kolom.set(i, r);
	});
	// four distinct ranks, not four columns that happen to say "baik"
	if (kolom.size < 3 || new Set(kolom.values()).size !== kolom.size) return null;
	const t = header.findIndex((c) => /^(total|jumlah)$/i.test(c));
	return { kolom, total: t >= 0 ? t : null, unsur: elementColumns(header) };
}

function bersih(c: string): string {
	return c.replace(/<\/?b>|\*\*/g, '').trim();
}

/** A score as a survey prints it: up to three digits and three decimals, perhaps with %. */
function skor(raw: string, format: NumberFormat): number | null {
	const t = raw.trim();
	if (!/^\d{1,3}(?:[.,]\d{1,3})?\s*%?$/.test(t)) return null;
	return parseToken(t.replace(/%/g, '').trim(), false, format).nilai;
}

interface Kepala {
	skor: number;
	unsur: number;
	label: number;
	/** the header cell reads "No Unsur": the layout put the row number into the name's cell */
	nomor: boolean;
}

/** The columns of a score table's header row, or null when the row is not one. */
function kepalaSkor(cells: readonly string[]): Kepala | null {
	const skor = cells.findIndex((c) => KOLOM_SKOR.test(c));
	if (skor < 0) return null;
	const unsur = elementColumns(cells);
	if (unsur === skor || !NAMA_UNSUR.test(cells[unsur] ?? '')) return null;
	return { skor, unsur, label: cells.findIndex((c, i) => i !== skor && KOLOM_LABEL.test(c)), nomor: /^no\.?\s/i.test(cells[unsur] ?? '') };
}

/**
 * Every unsur score table of a report, in printed order; each row keeps its line and printed
 * text. A table runs from its header row over rows with cells, at most CELAH blank lines
 * between two of them, and page furniture; prose or the next table's header ends it.
 */
export function extractIkmUnsur(rows: readonly TextRow[], format: NumberFormat = 'id'): IkmUnsurRecord[] {
	const result: IkmUnsurRecord[] = [];
	let i = 0;
	while (i < rows.length) {
		const h = rows[i];
		const k = h.cells && !h.tepi ? kepalaSkor(h.cells.map(bersih)) : null;
		i++;
		if (!k) continue;
		const table: IkmUnsurRecord[] = [];
		let empty = 0;
		for (; i < rows.length; i++) {
			const r = rows[i];
			if (r.tepi || isPipeSeparator(r.raw)) continue;
			if (!r.cells || !r.cells.some((c) => c.trim())) {
				if (r.raw.trim() || ++empty > CELAH) break;
				continue;
			}
			empty = 0;
			const cells = r.cells.map(bersih);
			if (kepalaSkor(cells)) break;
			const raw = cells[k.skor] ?? '';
			const nilai = skor(raw, format);
			const unsur = k.nomor ? (cells[k.unsur] ?? '').replace(/^[A-Z]?\d{1,2}[.)]?\s+/, '') : (cells[k.unsur] ?? '');
			if (nilai === null || !unsur || RINGKASAN.test(unsur)) continue;
			table.push({
				tabel_line: h.line,
				no: table.length + 1,
				unsur,
				nilai,
				nilai_raw: raw,
				predikat: k.label >= 0 ? cells[k.label] || null : null,
				line: r.line,
				raw: r.raw.trim()
			});
		}
		if (table.length >= MIN_UNSUR) result.push(...table);
	}
	return result;
}
