/**
 * Rule `komposisi_belanja`: a sentence that splits the budget by kind of spending
 * ("sebesar 100% merupakan Belanja Operasional atau sebesar Rp X dan Belanja Modal sebesar Rp Y",
 * "Proporsi anggaran: Belanja Langsung 84% dan Belanja Tidak Langsung 93%") must agree with
 * itself: each share is its amount over the amounts the sentence lists, and shares of one
 * whole add up to 100%. Sentences about realisation ("realisasi", "serapan") are not splits:
 * their percentages are absorption rates.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { RUPIAH_TEXT, formatNum, percentNumber, matchesPrecision, sentencesOf, persen, rp, cellsAt } from './util';

const KINDS = /belanja\s+(tidak\s+langsung|langsung|operasi(?:onal)?|modal|pegawai|barang\s+dan\s+jasa|tak\s+terduga)\b/gi;
const BELANJA_WORD = /belanja/i;
const NOT_SHARE = /\b(?:realisasi|serapan|penyerapan|terserap)\b/i;
const SHARE = /proporsi|komposisi|porsi|merupakan|terdiri/i;

interface Part {
	jenis: string;
	p: { nilai: number; desimal: number } | null;
	rp: number | null;
}

function percentBefore(text: string): { nilai: number; desimal: number } | null {
	const ekor = text
		.slice(-40)
		.trimEnd()
		.replace(/\s(?:merupakan|adalah|berupa|untuk)$/i, '')
		.trimEnd();
	const m = ekor.match(/(\d{1,3}(?:[.,]\d{1,2})?)\s?%\)?$/);
	return m ? percentNumber(m[1]) : null;
}

function percentAfter(text: string): { nilai: number; desimal: number } | null {
	const m = text.match(/^\s*(?:sebesar|yaitu|senilai|adalah)?\s?(\d{1,3}(?:[.,]\d{1,2})?)\s?%/i);
	return m ? percentNumber(m[1]) : null;
}

/** The kinds of spending a sentence names, each with the share and amount printed beside it. */
export function belanjaParts(k: string): Part[] {
	const hits = [...k.matchAll(KINDS)];
	const out: Part[] = [];
	hits.forEach((m, i) => {
		const jenis = m[1]
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/^operasional$/, 'operasi');
		if (out.some((b) => b.jenis === jenis)) return;
		const start = (m.index ?? 0) + m[0].length;
		const end = i + 1 < hits.length ? (hits[i + 1].index ?? k.length) : k.length;
		const after = k.slice(start, end);
		const before = k.slice(i > 0 ? (hits[i - 1].index ?? 0) + hits[i - 1][0].length : 0, m.index);
		const r = [...after.matchAll(RUPIAH_TEXT)][0];
		out.push({ jenis, p: percentBefore(before) ?? percentAfter(after), rp: r ? parseRupiah(r[1]).nilai : null });
	});
	return out;
}

export const checkBelanjaComposition: Aturan = {
	id: 'komposisi_belanja',
	judul: 'Komposisi belanja tidak sesuai rinciannya',
	tingkat: 'sedang',
	toleransi:
		'Dalam satu kalimat yang membagi anggaran menurut jenis belanja (operasi/operasional, modal, langsung, tidak langsung, pegawai, barang dan jasa): bila setiap jenis yang disebut mempunyai rupiah, persentase tiap jenis harus sama dengan rupiahnya ÷ jumlah rupiah yang disebut × 100 (toleransi presisi cetak: ±½ satuan desimal terakhir, atau pemotongan; "100%" untuk satu jenis tidak diterima bila jenis lain bernilai lebih dari nol). Bila kalimat menyebut proporsi/komposisi dan setiap jenis hanya diberi persentase, jumlahnya harus 100% (±½ satuan per jenis). Kalimat tentang realisasi/serapan tidak dinilai.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (cellsAt(ctx.baris, line)) return;
			const clean = b.replace(/\*+/g, '');
			// a split names kinds of "belanja": other lines hold none (line loops are the audit's cost)
			if (!BELANJA_WORD.test(clean)) return;
			for (const k of sentencesOf(clean)) {
				if (NOT_SHARE.test(k)) continue;
				const bag = belanjaParts(k);
				if (bag.length < 2) continue;
				const wrong: string[] = [];
				let nilai: number | null = null;
				let seharusnya: number | null = null;
				if (bag.every((x) => x.rp !== null) && bag.some((x) => x.p)) {
					const total = bag.reduce((s, x) => s + (x.rp as number), 0);
					if (total <= 0) continue;
					for (const x of bag) {
						if (!x.p) continue;
						const exact = ((x.rp as number) / total) * 100;
						diperiksa++;
						// "100%" is a whole only when nothing else is: a rounding that hides a non-zero part is wrong
						const ok = matchesPrecision(x.p.nilai, exact, x.p.desimal) && !(x.p.nilai === 100 && exact < 100);
						if (!ok) {
							wrong.push(`belanja ${x.jenis} disebut ${persen(x.p.nilai)}, padahal ${rp(x.rp as number)} ÷ ${rp(total)} = ${persen(exact)}`);
							nilai ??= x.p.nilai;
							seharusnya ??= Math.round(exact * 100) / 100;
						}
					}
				} else if (SHARE.test(k) && bag.every((x) => x.p && x.rp === null)) {
					const sum = bag.reduce((s, x) => s + (x.p as { nilai: number }).nilai, 0);
					const tol = bag.reduce((s, x) => s + 0.5 * Math.pow(10, -(x.p as { desimal: number }).desimal), 0);
					diperiksa++;
					if (Math.abs(sum - 100) > tol + 1e-9) {
						wrong.push(
							`porsi ${bag.map((x) => `belanja ${x.jenis} ${persen((x.p as { nilai: number }).nilai)}`).join(' + ')} berjumlah ${formatNum(sum)}%, bukan 100%`
						);
						nilai = sum;
						seharusnya = 100;
					}
				}
				if (wrong.length)
					temuan.push({ pesan: `Baris ${line}: ${wrong.join('; ')}. Periksa komposisi belanja dalam kalimat ini.`, nilai, seharusnya, lines: [line] });
			}
		});
		return { temuan, diperiksa };
	}
};
