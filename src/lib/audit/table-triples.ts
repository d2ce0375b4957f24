/**
 * Reading "target | realisasi | persen" triples from any table row of the report text,
 * for the rows the extractor did not turn into records (other tables restate figures).
 */
import { parseIndikatorValue, parseRupiah } from '../lkip/numbers';
import type { BlockColumn } from '../lkip/table-blocks';
import type { AuditContext } from './types';
import { readDigits, cellsAt, headerAt } from './util';

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

/**
 * The last labelled column of a row's table header (lkip/table-blocks.ts `blockHeader`,
 * the header the readers use), when it is a percentage of the two columns before it: a
 * capaian (indicator tables) or a percentage (budget tables), no efficiency or grade.
 */
function percentColumn(lines: string[], line: number): BlockColumn | null {
	const column = headerAt(lines, line)?.kolom.filter((k) => k.label !== '');
	if (!column || column.length < 3) return null;
	const end = column[column.length - 1];
	return (end.peran === 'capaian' || end.anggaran === 'persen') && !/efisiensi|keterangan|predikat/.test(end.label) ? end : null;
}

/** Every triple of a text, read once: two rules ask for them. */
const triplesRead = new WeakMap<string[], Triple[]>();

/** The triples of the report's table rows, but for the lines in `kecuali` (rows already read as records). */
export function rowTriples(ctx: AuditContext, kecuali: Set<number>): Triple[] {
	let all = triplesRead.get(ctx.baris);
	if (!all) triplesRead.set(ctx.baris, (all = readTriples(ctx.baris)));
	return all.filter((t) => !kecuali.has(t.line));
}

function readTriples(lines: string[]): Triple[] {
	const out: Triple[] = [];
	lines.forEach((_, i) => {
		const line = i + 1;
		const c = cellsAt(lines, line);
		if (!c) return;
		const content = c.filter((x) => x.trim() !== '');
		if (content.length < 3) return;
		const [aRaw, bRaw, cRaw] = content.slice(-3);
		// the values first: most rows are not three numbers, and the header is the dearer question;
		// a cell without a digit reads as no value (parseIndikatorValue), so it is not read at all
		if (!/\d/.test(cRaw)) return;
		const pc = parseIndikatorValue(cRaw);
		if (pc.nilai === null || (pc.satuan !== '%' && pc.satuan !== 'nilai')) return;
		const pa = cellValue(aRaw);
		const pb = cellValue(bRaw);
		if (pa.nilai === null || pb.nilai === null) return;
		const percent = percentColumn(lines, line);
		if (!percent) return;
		// the percent sign may be in the column header instead of the cell: "Target | Capaian | %"
		if (!/%/.test(cRaw) && !/%/.test(percent.label)) return;
		// a column-numbering row "1 | 2 | 3 | 4 | 5" is not data
		if (content.every((x) => /^\(?\d{1,2}\)?$/.test(x.trim()))) return;
		// a quarterly plan "Tw 1. 25,00 %" or a year label is not a value cell
		if (/tw|triwulan/i.test(aRaw + bRaw)) return;
		out.push({
			line,
			teks: content.join(' '),
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
