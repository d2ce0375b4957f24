/**
 * Reading "target | realisasi | persen" triples from any table row of the report text,
 * for the rows the extractor did not turn into records (other tables restate figures).
 */
import { parseIndikatorValue, parseRupiah } from '../lkip/numbers';
import { normalise } from '../lkip/table';
import { columnRole, anggaranColumnRole } from '../lkip/table-blocks';
import type { AuditContext } from './types';
import { readDigits, cellsAt } from './util';

/** A value cell: grouped amounts are read as rupiah (malformed ones digits-only), others as indicator values. */
export function cellValue(raw: string): { nilai: number | null; huruf: string | null } {
	if (/\d{1,3}[.,]\d{3}[.,]\d{3}/.test(raw)) {
		const r = parseRupiah(raw);
		return { nilai: r.nilai ?? readDigits(raw), huruf: null };
	}
	const p = parseIndikatorValue(raw);
	return { nilai: p.nilai, huruf: p.huruf };
}

/** Words of indicators where a lower realisasi is better. */
export const NEGATIVE =
	/(angka (kematian|kemiskinan|pengangguran|kesakitan|putus)|jumlah (kasus|pelanggaran|kejadian|pengaduan)|tingkat (pengangguran|kemiskinan)|prevalensi)/i;

export interface Triple {
	line: number;
	/** the whole row, for the indicator name */
	teks: string;
	a: number;
	b: number;
	c: number;
	aRaw: string;
	bRaw: string;
	cRaw: string;
	rupiah: boolean;
}

const NUMBER_ONLY = /^[\s(]*[\d.,]+[\s)]*%?$/;

function dataRows(cells: string[]): boolean {
	return cells.some((c) => NUMBER_ONLY.test(c) || /^\d{4}$/.test(c.trim()));
}

/**
 * The header that governs a data row: the nearest row above (within 40 lines) made of text
 * cells only. Numbering rows "(1) (2) ..." and data rows are passed over.
 */
export function tableHeader(ctx: AuditContext, line: number): string[] | null {
	for (let l = line - 1; l >= Math.max(1, line - 40); l--) {
		const c = cellsAt(ctx.baris, l);
		if (!c) continue;
		const isi = c.filter((x) => x.trim() !== '');
		if (isi.length < 3) continue;
		if (dataRows(isi)) continue;
		return isi;
	}
	return null;
}

/**
 * Whether the last column of a table is a percentage of the two before it: a header
 * cell the reader takes for a capaian (indicator tables) or a percentage (budget
 * tables), by the reader's own roles (lkip/table-blocks.ts), that is no efficiency or grade.
 */
function percentColumn(kepala: string[]): boolean {
	const akhir = normalise(kepala[kepala.length - 1]);
	return (columnRole(akhir) === 'capaian' || anggaranColumnRole(akhir) === 'persen') && !/efisiensi|keterangan|predikat/.test(akhir);
}

export function rowTriples(ctx: AuditContext, kecuali: Set<number>): Triple[] {
	const out: Triple[] = [];
	ctx.baris.forEach((_, i) => {
		const line = i + 1;
		if (kecuali.has(line)) return;
		const c = cellsAt(ctx.baris, line);
		if (!c) return;
		const isi = c.filter((x) => x.trim() !== '');
		if (isi.length < 3) return;
		const [aRaw, bRaw, cRaw] = isi.slice(-3);
		const kepala = tableHeader(ctx, line);
		if (!kepala || !percentColumn(kepala)) return;
		// the percent sign may be in the column header instead of the cell: "Target | Capaian | %"
		if (!/%/.test(cRaw) && !/%/.test(kepala[kepala.length - 1])) return;
		const pa = cellValue(aRaw);
		const pb = cellValue(bRaw);
		const pc = parseIndikatorValue(cRaw);
		if (pa.nilai === null || pb.nilai === null || pc.nilai === null || (pc.satuan !== '%' && pc.satuan !== 'nilai')) return;
		// a column-numbering row "1 | 2 | 3 | 4 | 5" is not data
		if (isi.every((x) => /^\(?\d{1,2}\)?$/.test(x.trim()))) return;
		// a quarterly plan "Tw 1. 25,00 %" or a year label is not a value cell
		if (/tw|triwulan/i.test(aRaw + bRaw)) return;
		out.push({
			line,
			teks: isi.join(' '),
			a: pa.nilai,
			b: pb.nilai,
			c: pc.nilai,
			aRaw,
			bRaw,
			cRaw,
			rupiah: /rp/i.test(aRaw + bRaw) || (pa.nilai >= 100000 && pb.nilai >= 1000)
		});
	});
	return out;
}
