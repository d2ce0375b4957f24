/**
 * Rule `capaian_indikator`: printed capaian vs realisasi / target x 100, respecting the
 * indicator's polarity and the report's own rule that capaian above 100% counts as 100%.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { NEGATIVE, rowTriples } from './table-triples';
import { formatNum, matchesPrecision, printedDecimals, persen } from './util';
import { computeCapaian, type Polarity } from '../domain/scales';

/**
 * Every capaian the report could legitimately print for this pair: each polarity allowed
 * (null: both), and when the report caps capaian at 100%, the capped value as well, since
 * reports that state the rule do not always apply it.
 */
export function validCapaian(target: number, realisasi: number, polaritas: Polarity | null, batas100: boolean): number[] {
	const arah: Polarity[] = polaritas ? [polaritas] : ['positif', 'negatif'];
	const varian = batas100 ? [false, true] : [false];
	return arah.flatMap((p) => varian.map((batasi100) => computeCapaian({ target, realisasi, polaritas: p, batasi100 }))).filter((x): x is number => x !== null);
}

export const checkIndikatorCapaian: Aturan = {
	id: 'capaian_indikator',
	judul: 'Capaian tidak sesuai realisasi/target',
	tingkat: 'sedang',
	toleransi:
		'Capaian tercetak dibandingkan dengan realisasi ÷ target × 100 (polaritas positif) atau (2 × target − realisasi) ÷ target × 100 (polaritas negatif, menurut data/indikator.csv lewat kunci indikator; bila indikator dikenali tetapi polaritasnya tidak tersedia, atau namanya berbunyi seperti indikator negatif — angka kemiskinan, jumlah kasus/pelanggaran, prevalensi — kedua rumus diterima; selain itu polaritas positif). Bila laporan menyatakan bahwa capaian di atas 100% dihitung 100% (dan di bawah 0% dihitung 0), nilai yang dibatasi juga diterima. Toleransi mengikuti presisi cetak seperti pada persentase serapan (±0,5 satuan desimal terakhir, atau pemotongan). Target atau realisasi berupa huruf tanpa angka tidak diperiksa. Baris tabel lain berpola target | realisasi | capaian% (tabel perbandingan dengan Renstra, tabel output) ikut diperiksa.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const limit = ctx.laporan.capaian_maks_100 !== null;
		const check = (t: number, r: number, c: number, cRaw: string, pol: 'positif' | 'negatif' | null, lines: number[], apa: string) => {
			if (t === 0) return;
			diperiksa++;
			const valid = validCapaian(t, r, pol, limit);
			const d = printedDecimals(cRaw);
			if (valid.some((x) => matchesPrecision(c, x, d))) return;
			const main = valid[valid.length > 1 && limit ? 1 : 0];
			temuan.push({
				pesan:
					`${apa}: capaian tercetak ${persen(c)}, sedangkan realisasi ${formatNum(r)} terhadap target ${formatNum(t)} memberi ${persen(main)}` +
					`${pol === 'negatif' ? ' (polaritas negatif)' : ''}${limit ? ' (laporan membatasi capaian pada 100%)' : ''}; selisih ${formatNum(Math.abs(c - main))} poin.`,
				nilai: c,
				seharusnya: Math.round(main * 100) / 100,
				lines
			});
		};
		for (const r of ctx.laporan.indikator) {
			if (r.target === null || r.realisasi === null || r.capaian === null) continue;
			if (!/\d/.test(r.target_raw) || !/\d/.test(r.realisasi_raw)) continue;
			// without reference polarity, accept the negative formula only for indicators worded like one
			const dikenal = r.kunci ? ctx.polaritas.get(r.kunci) : undefined;
			const pol = dikenal ?? (NEGATIVE.test(r.indikator) || (r.kunci && !ctx.polaritas.size) ? null : 'positif');
			check(r.target, r.realisasi, r.capaian, r.capaian_raw, pol, [r.line], `Indikator "${r.indikator}"`);
		}
		const used = new Set([...ctx.laporan.anggaran.map((r) => r.line), ...ctx.laporan.indikator.map((r) => r.line)]);
		for (const t of rowTriples(ctx, used)) {
			if (t.rupiah) continue;
			check(t.a, t.b, t.c, t.cRaw, NEGATIVE.test(t.teks) ? null : 'positif', [t.line], `Baris ${t.line} (${t.aRaw} | ${t.bRaw} | ${t.cRaw})`);
		}
		return { temuan, diperiksa };
	}
};
