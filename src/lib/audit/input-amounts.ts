/**
 * Rule `dana_kegiatan`: the "Input / Masukan" row of a kegiatan's measurement block states the
 * kegiatan's funds ("Jumlah Dana Rp X", "Dana yang dibutuhkan Rp X") beside its target and
 * realisasi percentages, but no realisasi amount, so `beda_antarbagian` (which pairs a pagu with
 * its realisasi) cannot place it. The realisasi percentage can: the budget-tree rows printing
 * the very same percentage are the kegiatan (or its program) the block measures. When none of
 * the tree's amounts is X and every row with that percentage has the same pagu Y, and X and Y
 * differ in at most two digits of the same length (a typing slip, not another budget), X ≠ Y
 * is reported.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { label } from './anggaran-sums';
import { RUPIAH_TEXT, percentNumber, rp } from './util';

const INPUT = /\b(?:input|masukan)\b/i;
const FUNDS = /\b(?:dana|anggaran|pagu|biaya)\b/i;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;

/** Digits that differ between two amounts of the same length; Infinity when the lengths differ. */
function digitDifference(a: number, b: number): number {
	const x = String(a);
	const y = String(b);
	if (x.length !== y.length) return Infinity;
	let n = 0;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
	return n;
}

export const checkKegiatanFunds: Aturan = {
	id: 'dana_kegiatan',
	judul: 'Dana kegiatan pada tabel pengukuran berbeda dengan pagunya',
	tingkat: 'tinggi',
	toleransi:
		'Baris "Input/Masukan" yang menyebut tepat satu jumlah dana (Rp, sekurang-kurangnya Rp 100.000) dan diakhiri persentase realisasi dipasangkan dengan baris tabel anggaran yang mencetak persentase realisasi yang sama persis. Bila dana itu tidak sama dengan pagu atau realisasi mana pun di tabel anggaran, semua baris berpersentase sama mempunyai satu pagu yang sama, dan kedua angka sama panjang dan berbeda paling banyak dua digit (salah ketik, bukan anggaran lain), dilaporkan. Rupiah harus sama persis. Baris dengan dua jumlah rupiah (pagu dan realisasi) dinilai oleh beda_antarbagian.',
	periksa(ctx: AuditContext): AturanResult {
		const rows = ctx.laporan.anggaran.filter((r) => r.pagu !== null && r.persen !== null);
		if (!rows.length) return { temuan: [], diperiksa: 0 };
		const semuaRp = new Set(ctx.laporan.anggaran.flatMap((r) => [r.pagu, r.realisasi]).filter((x): x is number => x !== null));
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		ctx.baris.forEach((text, i) => {
			if (!INPUT.test(text) || !FUNDS.test(text)) return;
			const rup = [...text.matchAll(RUPIAH_TEXT)].map((m) => parseRupiah(m[1]).nilai).filter((x): x is number => x !== null && x >= 100_000);
			if (rup.length !== 1) return;
			const dana = rup[0];
			const after = text.slice(text.search(RUPIAH_TEXT));
			const ps = [...after.matchAll(PERCENT)];
			if (!ps.length) return;
			const p = percentNumber(ps[ps.length - 1][1]);
			if (!p) return;
			const sama = rows.filter((r) => Math.abs((r.persen as number) - p.nilai) < 1e-9);
			if (!sama.length) return;
			diperiksa++;
			if (semuaRp.has(dana)) return;
			const pagu = [...new Set(sama.map((r) => r.pagu as number))];
			if (pagu.length !== 1 || digitDifference(dana, pagu[0]) > 2) return;
			const line = i + 1;
			temuan.push({
				pesan:
					`Baris ${line} menyebut dana ${rp(dana)} dengan realisasi ${ps[ps.length - 1][0].trim()}, tetapi ${sama.map(label).join(' dan ')} ` +
					`dengan realisasi yang sama di tabel anggaran (baris ${sama.map((r) => r.line).join(', ')}) berpagu ${rp(pagu[0])}; selisih ${rp(Math.abs(dana - pagu[0]))}.`,
				nilai: dana,
				seharusnya: pagu[0],
				lines: [line, ...sama.map((r) => r.line)]
			});
		});
		return { temuan, diperiksa };
	}
};
