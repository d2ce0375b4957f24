/**
 * Rule `komposisi_belanja`: a sentence that splits the budget by kind of spending
 * ("sebesar 100% merupakan Belanja Operasional atau sebesar Rp X dan Belanja Modal sebesar Rp Y",
 * "Proporsi anggaran: Belanja Langsung 84% dan Belanja Tidak Langsung 93%") must agree with
 * itself: each share is its amount over the amounts the sentence lists, and shares of one
 * whole add up to 100%. Sentences about realisation ("realisasi", "serapan") are not splits:
 * their percentages are absorption rates.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, HasilAturan, KonteksAudit, TemuanDasar } from './types';
import { RUPIAH_TEKS, angka, angkaPersen, cocokPresisi, kalimat, persen, rp, sel } from './util';

const JENIS = /belanja\s+(tidak\s+langsung|langsung|operasi(?:onal)?|modal|pegawai|barang\s+dan\s+jasa|tak\s+terduga)\b/gi;
const BUKAN_PORSI = /\b(?:realisasi|serapan|penyerapan|terserap)\b/i;
const PORSI = /proporsi|komposisi|porsi|merupakan|terdiri/i;

interface Bagian {
	jenis: string;
	p: { nilai: number; desimal: number } | null;
	rp: number | null;
}

function persenSebelum(teks: string): { nilai: number; desimal: number } | null {
	const ekor = teks
		.slice(-40)
		.trimEnd()
		.replace(/\s(?:merupakan|adalah|berupa|untuk)$/i, '')
		.trimEnd();
	const m = ekor.match(/(\d{1,3}(?:[.,]\d{1,2})?)\s?%\)?$/);
	return m ? angkaPersen(m[1]) : null;
}

function persenSesudah(teks: string): { nilai: number; desimal: number } | null {
	const m = teks.match(/^\s*(?:sebesar|yaitu|senilai|adalah)?\s?(\d{1,3}(?:[.,]\d{1,2})?)\s?%/i);
	return m ? angkaPersen(m[1]) : null;
}

/** The kinds of spending a sentence names, each with the share and amount printed beside it. */
export function bagianBelanja(k: string): Bagian[] {
	const hits = [...k.matchAll(JENIS)];
	const out: Bagian[] = [];
	hits.forEach((m, i) => {
		const jenis = m[1]
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/^operasional$/, 'operasi');
		if (out.some((b) => b.jenis === jenis)) return;
		const awal = (m.index ?? 0) + m[0].length;
		const akhir = i + 1 < hits.length ? (hits[i + 1].index ?? k.length) : k.length;
		const sesudah = k.slice(awal, akhir);
		const sebelum = k.slice(i > 0 ? (hits[i - 1].index ?? 0) + hits[i - 1][0].length : 0, m.index);
		const r = [...sesudah.matchAll(RUPIAH_TEKS)][0];
		out.push({ jenis, p: persenSebelum(sebelum) ?? persenSesudah(sesudah), rp: r ? parseRupiah(r[1]).nilai : null });
	});
	return out;
}

export const komposisiBelanja: Aturan = {
	id: 'komposisi_belanja',
	judul: 'Komposisi belanja tidak sesuai rinciannya',
	tingkat: 'sedang',
	toleransi:
		'Dalam satu kalimat yang membagi anggaran menurut jenis belanja (operasi/operasional, modal, langsung, tidak langsung, pegawai, barang dan jasa): bila setiap jenis yang disebut mempunyai rupiah, persentase tiap jenis harus sama dengan rupiahnya ÷ jumlah rupiah yang disebut × 100 (toleransi presisi cetak: ±½ satuan desimal terakhir, atau pemotongan; "100%" untuk satu jenis tidak diterima bila jenis lain bernilai lebih dari nol). Bila kalimat menyebut proporsi/komposisi dan setiap jenis hanya diberi persentase, jumlahnya harus 100% (±½ satuan per jenis). Kalimat tentang realisasi/serapan tidak dinilai.',
	periksa(ctx: KonteksAudit): HasilAturan {
		const temuan: TemuanDasar[] = [];
		let diperiksa = 0;
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (sel(ctx.baris, line)) return;
			for (const k of kalimat(b.replace(/\*+/g, ''))) {
				if (BUKAN_PORSI.test(k)) continue;
				const bag = bagianBelanja(k);
				if (bag.length < 2) continue;
				const salah: string[] = [];
				let nilai: number | null = null;
				let seharusnya: number | null = null;
				if (bag.every((x) => x.rp !== null) && bag.some((x) => x.p)) {
					const total = bag.reduce((s, x) => s + (x.rp as number), 0);
					if (total <= 0) continue;
					for (const x of bag) {
						if (!x.p) continue;
						const tepat = ((x.rp as number) / total) * 100;
						diperiksa++;
						// "100%" is a whole only when nothing else is: a rounding that hides a non-zero part is wrong
						const ok = cocokPresisi(x.p.nilai, tepat, x.p.desimal) && !(x.p.nilai === 100 && tepat < 100);
						if (!ok) {
							salah.push(`belanja ${x.jenis} disebut ${persen(x.p.nilai)}, padahal ${rp(x.rp as number)} ÷ ${rp(total)} = ${persen(tepat)}`);
							nilai ??= x.p.nilai;
							seharusnya ??= Math.round(tepat * 100) / 100;
						}
					}
				} else if (PORSI.test(k) && bag.every((x) => x.p && x.rp === null)) {
					const jumlah = bag.reduce((s, x) => s + (x.p as { nilai: number }).nilai, 0);
					const tol = bag.reduce((s, x) => s + 0.5 * Math.pow(10, -(x.p as { desimal: number }).desimal), 0);
					diperiksa++;
					if (Math.abs(jumlah - 100) > tol + 1e-9) {
						salah.push(
							`porsi ${bag.map((x) => `belanja ${x.jenis} ${persen((x.p as { nilai: number }).nilai)}`).join(' + ')} berjumlah ${angka(jumlah)}%, bukan 100%`
						);
						nilai = jumlah;
						seharusnya = 100;
					}
				}
				if (salah.length)
					temuan.push({ pesan: `Baris ${line}: ${salah.join('; ')}. Periksa komposisi belanja dalam kalimat ini.`, nilai, seharusnya, lines: [line] });
			}
		});
		return { temuan, diperiksa };
	}
};
