/**
 * Rule `di_luar_rentang`: values that cannot be true whatever the other sections say — an index
 * above 100, a share above 100% where the indicator is a proportion, negative amounts, and a
 * realisasi above its pagu (APBD spending cannot exceed the ceiling).
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { label } from './anggaran-sums';
import { formatNum, persen, rp } from './util';

const PROPORTION = /^\s*(persentase|presentase|prosentase|proporsi|cakupan)\b/i;
const NOT_PROPORTION = /(peningkatan|kenaikan|pertumbuhan|penurunan|perubahan)/i;

export const checkOutOfRange: Aturan = {
	id: 'di_luar_rentang',
	judul: 'Nilai di luar rentang yang mungkin',
	tingkat: 'tinggi',
	toleransi:
		'Tanpa toleransi: IKM (target atau realisasi) harus 0–100; pagu dan realisasi tidak boleh negatif; realisasi tidak boleh melebihi pagu; indikator berbentuk persentase/proporsi (nama diawali "Persentase", "Cakupan", dsb., bukan "persentase peningkatan") tidak boleh melebihi 100%; capaian tidak boleh negatif.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const r of ctx.laporan.ikm) {
			for (const [k, v] of [
				['target', r.target],
				['realisasi', r.realisasi]
			] as const) {
				if (v === null) continue;
				diperiksa++;
				if (v > 100 || v < 0)
					temuan.push({ pesan: `IKM ${r.tahun} (${k}) tercetak ${formatNum(v)}, di luar skala 0–100.`, nilai: v, seharusnya: null, lines: [r.line] });
			}
		}
		for (const r of ctx.laporan.anggaran) {
			for (const [k, v] of [
				['pagu', r.pagu],
				['realisasi', r.realisasi]
			] as const) {
				if (v === null) continue;
				diperiksa++;
				if (v < 0) temuan.push({ pesan: `${label(r)}: ${k} negatif (${rp(v)}).`, nilai: v, seharusnya: null, lines: [r.line] });
			}
			if (r.pagu !== null && r.realisasi !== null && r.pagu >= 0) {
				diperiksa++;
				if (r.realisasi > r.pagu)
					temuan.push({
						pesan: `${label(r)}: realisasi ${rp(r.realisasi)} melebihi pagu ${rp(r.pagu)} sebesar ${rp(r.realisasi - r.pagu)}; realisasi APBD tidak dapat melampaui pagu.`,
						nilai: r.realisasi,
						seharusnya: r.pagu,
						lines: [r.line]
					});
			}
		}
		for (const r of ctx.laporan.indikator) {
			if (r.capaian !== null) {
				diperiksa++;
				if (r.capaian < 0)
					temuan.push({ pesan: `Indikator "${r.indikator}": capaian negatif (${persen(r.capaian)}).`, nilai: r.capaian, seharusnya: null, lines: [r.line] });
			}
			if (r.satuan === '%' && PROPORTION.test(r.indikator) && !NOT_PROPORTION.test(r.indikator)) {
				for (const [k, v] of [
					['target', r.target],
					['realisasi', r.realisasi]
				] as const) {
					if (v === null) continue;
					diperiksa++;
					if (v > 100 || v < 0)
						temuan.push({
							pesan: `Indikator "${r.indikator}": ${k} ${persen(v)} adalah proporsi di luar 0–100%.`,
							nilai: v,
							seharusnya: null,
							lines: [r.line]
						});
				}
			}
		}
		for (const r of ctx.laporan.anggaran_tahun_lain) {
			if (r.persen === null) continue;
			diperiksa++;
			if (r.persen > 100 || r.persen < 0)
				temuan.push({ pesan: `Serapan anggaran ${r.tahun} tercetak ${persen(r.persen)}, di luar 0–100%.`, nilai: r.persen, seharusnya: null, lines: [r.line] });
		}
		return { temuan, diperiksa };
	}
};
