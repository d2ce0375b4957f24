/**
 * Rule `angka_rusak`: numbers printed in a form no reader can trust ("87.988,409",
 * "Rp. 1.091.110.00,00", "Rp 337.369.33,-"), from the extractor's warnings and from every
 * rupiah amount and grouped table number in the text.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { cellsAt } from './util';

/** A grouped amount with at least two separators: only these are unambiguous enough to judge. */
const GROUP = /^\d{1,3}(?:[.,]\d+){2,}$/;
/** "273.951.400.00": sen after a dot is unusual but unambiguous (the last group has two digits). */
const CENTS_DOT = /^\d{1,3}(\.\d{3})+\.00$/;
const NUMBER_PROBLEMS = /angka|rupiah|format|sen\b|pemisah/i;

const RP_WORD = /rp/i;

export const checkBrokenNumbers: Aturan = {
	id: 'angka_rusak',
	judul: 'Angka tercetak rusak',
	tingkat: 'sedang',
	toleransi:
		'Setiap nilai rupiah dalam teks ("Rp ...") dan setiap sel tabel berupa angka berkelompok (dua pemisah atau lebih) harus terbaca sebagai rupiah utuh: kelompok ribuan tiga digit, satu jenis pemisah ribuan, sen hanya ",00". Peringatan pengekstrak tentang angka ikut dilaporkan. Satu temuan per baris.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const sudah = new Set<number>();
		const add = (line: number, pesan: string) => {
			if (sudah.has(line)) return;
			sudah.add(line);
			temuan.push({ pesan, nilai: null, seharusnya: null, lines: [line] });
		};
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			// an amount in text follows "Rp": most lines have none (line loops are the audit's cost)
			if (RP_WORD.test(b))
				for (const m of b.matchAll(/Rp\.?\s*(\d[\d.,]*\d)(,-|\.-)?/gi)) {
					diperiksa++;
					if (CENTS_DOT.test(m[1])) continue;
					const r = parseRupiah(m[1]);
					if (r.masalah) add(line, `Baris ${line}: ${r.masalah}.`);
				}
			const c = cellsAt(ctx.baris, line);
			if (!c) return;
			for (const x of c) {
				const t = x.replace(/^rp\.?\s*/i, '').trim();
				if (!GROUP.test(t) || /rp/i.test(x)) continue;
				diperiksa++;
				if (CENTS_DOT.test(t)) continue;
				const r = parseRupiah(t);
				if (r.masalah) add(line, `Baris ${line}: ${r.masalah}.`);
			}
		});
		for (const p of ctx.laporan.peringatan) {
			if (!NUMBER_PROBLEMS.test(p.pesan)) continue;
			diperiksa++;
			add(p.line, `Baris ${p.line}: ${p.pesan}`);
		}
		return { temuan, diperiksa };
	}
};
