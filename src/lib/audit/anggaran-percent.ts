/**
 * Rule `persen_anggaran`: printed serapan percentage vs realisasi / pagu x 100, for the budget
 * tree and for any other table row that restates a pagu, a realisasi and a percentage.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { label } from './anggaran-sums';
import { rowTriples } from './table-triples';
import { readDigits, matchesPrecision, printedDecimals, persen, rp } from './util';

export const checkAnggaranPercent: Aturan = {
	id: 'persen_anggaran',
	judul: 'Persentase serapan tidak sesuai realisasi/pagu',
	tingkat: 'sedang',
	toleransi:
		'Persentase tercetak dibandingkan dengan realisasi ÷ pagu × 100 yang dihitung dari rupiah persis. Toleransi mengikuti presisi cetak: dengan d desimal tercetak, selisih ≤ 0,5 × 10^-d (pembulatan) diterima, demikian pula nilai yang dipotong setelah desimal ke-d (mis. 99,218…% dicetak 99,21%). "100%" untuk 99,52% diterima (pembulatan ke bilangan bulat).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const check = (pagu: number, real: number, p: number, pRaw: string, lines: number[], apa: string) => {
			if (pagu <= 0) return;
			diperiksa++;
			const exact = (real / pagu) * 100;
			if (matchesPrecision(p, exact, printedDecimals(pRaw))) return;
			temuan.push({
				pesan: `${apa}: persentase tercetak ${persen(p)}, sedangkan realisasi ${rp(real)} ÷ pagu ${rp(pagu)} = ${persen(exact, 4)} (selisih ${persen(Math.abs(p - exact), 2)} poin).`,
				nilai: p,
				seharusnya: Math.round(exact * 100) / 100,
				lines
			});
		};
		for (const r of ctx.laporan.anggaran) {
			if (r.persen === null || !r.persen_raw) continue;
			const pagu = r.pagu ?? readDigits(r.pagu_raw);
			const real = r.realisasi ?? readDigits(r.realisasi_raw);
			if (pagu === null || real === null) continue;
			check(pagu, real, r.persen, r.persen_raw, [r.line], label(r));
		}
		const used = new Set([...ctx.laporan.anggaran.map((r) => r.line), ...ctx.laporan.indikator.map((r) => r.line)]);
		for (const t of rowTriples(ctx, used)) {
			if (!t.rupiah) continue;
			check(t.a, t.b, t.c, t.cRaw, [t.line], `Baris ${t.line}`);
		}
		return { temuan, diperiksa };
	}
};
