/**
 * The belanja split (operasi / modal, or langsung / tidak langsung / pegawai /
 * barang-jasa in older reports): read from table rows here, from sentences in
 * anggaran-text.ts, then merged into one record per kind. Reports repeat the split (ikhtisar, budget section, a small table) and
 * sometimes disagree; a table or the budget section is preferred, and every
 * disagreement becomes a warning naming both lines, so nothing is silently
 * chosen away. Pagu and realisasi may come from different statements (pagu in
 * the budget section, realisasi in the closing chapter); the record points to
 * the line of its pagu when it has one.
 */
import { parseRupiah } from './numbers';
import { belanjaKind, rupiahCell, type AnggaranLine } from './anggaran-table';
import type { Section, BelanjaRecord, BelanjaKind, ExtractionContext, Peringatan } from './types';

export interface BelanjaStatement {
	jenis: BelanjaKind;
	uraian: string;
	pagu: number | null;
	realisasi: number | null;
	/** stated in a table (true) or a sentence */
	tabel: boolean;
	bagian: Section;
	line: number;
	raw: string;
}

const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

export function mergeBelanja(list: BelanjaStatement[]): { belanja: BelanjaRecord[]; peringatan: Peringatan[] } {
	const peringatan: Peringatan[] = [];
	const sorted = [...list].sort(
		(a, b) => Number(b.tabel) - Number(a.tabel) || Number(b.bagian === 'anggaran') - Number(a.bagian === 'anggaran') || a.line - b.line
	);
	const perJenis = new Map<string, BelanjaStatement[]>();
	for (const p of sorted) perJenis.set(p.jenis, [...(perJenis.get(p.jenis) ?? []), p]);
	const belanja: BelanjaRecord[] = [];
	for (const [jenis, ps] of perJenis) {
		const sumberPagu = ps.find((p) => p.pagu !== null);
		const sumberReal = ps.find((p) => p.realisasi !== null);
		for (const [kolom, sumber] of [
			['pagu', sumberPagu],
			['realisasi', sumberReal]
		] as const) {
			if (!sumber) continue;
			for (const p of ps) {
				const v = p[kolom];
				if (v !== null && v !== sumber[kolom])
					peringatan.push({
						line: p.line,
						pesan: `Baris ${p.line}: ${kolom} ${p.uraian} disebut ${rp(v)}, berbeda dengan ${rp(sumber[kolom] as number)} pada baris ${sumber.line} (yang dipakai)`
					});
			}
		}
		const main = sumberPagu ?? sumberReal ?? ps[0];
		belanja.push({
			jenis: jenis as BelanjaRecord['jenis'],
			uraian: main.uraian,
			pagu: sumberPagu?.pagu ?? null,
			realisasi: sumberReal?.realisasi ?? null,
			line: main.line,
			raw: main.raw
		});
	}
	belanja.sort((a, b) => a.line - b.line);
	return { belanja, peringatan };
}

/** A table row naming a belanja kind with its amounts: "| b. Belanja Langsung | | Rp. 400.000.000,- |". */
export function belanjaFromTable(rows: AnggaranLine[], ctx: ExtractionContext): { belanja: BelanjaStatement[]; peringatan: Peringatan[] } {
	const belanja: BelanjaStatement[] = [];
	const peringatan: Peringatan[] = [];
	for (const r of rows) if (r.cells !== null) readBelanjaRow(r, ctx, belanja, peringatan);
	return { belanja, peringatan };
}

function readBelanjaRow(r: AnggaranLine, ctx: ExtractionContext, belanja: BelanjaStatement[], peringatan: Peringatan[]): void {
	const cells = r.cells ?? [];
	const i = cells.findIndex((c) => c !== '');
	if (i < 0) return;
	const jenis = belanjaKind(cells[i]);
	if (!jenis) return;
	// rupiah cells only: a percentage ("87,50") or a count is not an amount
	const angka = cells
		.slice(i + 1)
		.filter((c) => rupiahCell(c) || /^(rp\.?\s*)?0([,.]-?|,00)?$/i.test(c.trim()) || /^rp\.?\s*\d/i.test(c.trim()))
		.map((c) => parseRupiah(c, ctx.format));
	// more amounts than pagu and realisasi: a multi-year or multi-column table this row cannot be read from
	if (!angka.length || angka.length > 2) return;
	for (const h of angka) if (h.masalah) peringatan.push({ line: r.line, pesan: `Baris ${r.line}: ${h.masalah}; teks asli disimpan, nilai dikosongkan` });
	belanja.push({
		jenis,
		uraian: cells[i].replace(/^[-•*]\s*|^[a-z0-9][.)]\s*/i, ''),
		pagu: angka[0].nilai,
		realisasi: angka.length > 1 ? angka[1].nilai : null,
		tabel: true,
		bagian: ctx.bagian[r.line - 1] ?? 'narasi',
		line: r.line,
		raw: r.raw
	});
}
