/**
 * Rule `rerata_capaian`: a sentence "… dengan rata-rata capaian (kinerja) X%" that names no
 * indicator, sasaran or table. Reports use it for two things: the average capaian of the
 * measurement table, or (in the budget chapter) the budget's serapan. It is wrong only when X
 * is neither: not the mean printed capaian of the report year's indicators, not the total
 * realisasi ÷ pagu of the budget table, and not realisasi ÷ anggaran of a pair of amounts stated
 * in the same or the four preceding lines ("didukung anggaran sebesar Rp A dan terserap sebesar
 * Rp B"). `klaim_narasi` judges the sentences that do name the indicators.
 */
import { parseRupiah } from '../lkip/numbers';
import { tableTotal } from './cross-section';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { RUPIAH_TEXT, percentNumber, matchesPrecision, sentencesOf, persen, cellsAt, unique } from './util';

const AVERAGE = /rata[\s\-–]*rata\s+capaian(?:\s+kinerja)?(?:\s+(?:sebesar|mencapai|adalah|yaitu))?[\s:*]*(\d{1,3}(?:[.,]\d+)?)[\s*]*%/i;
// the sentence may speak of sasaran in general ("kinerja sasaran strategis"), not of indicators, a survey or another year
const NOT_AVERAGE = /indikator|unsur|survei|responden|\b(?:tahun|th\.?)\s*(?:19|20)\d\d/i;
const ABSORB = /terserap|realisasi|serapan|terealisasi/i;

/** realisasi ÷ anggaran × 100 of a sentence stating both amounts (the first before the word of absorption, the second after). */
function sentenceSerapan(k: string): number | null {
	const m = ABSORB.exec(k);
	if (!m) return null;
	const before = [...k.slice(0, m.index).matchAll(RUPIAH_TEXT)].map((x) => parseRupiah(x[1]).nilai);
	const after = [...k.slice(m.index).matchAll(RUPIAH_TEXT)].map((x) => parseRupiah(x[1]).nilai);
	const a = before[before.length - 1];
	const b = after[0];
	return a && b != null && a > 0 ? (b / a) * 100 : null;
}

export const checkAverageClaims: Aturan = {
	id: 'rerata_capaian',
	judul: 'Rata-rata capaian dalam uraian tidak sesuai capaian indikator maupun serapan anggaran',
	tingkat: 'sedang',
	toleransi:
		'Kalimat uraian (bukan baris tabel) "rata-rata capaian (kinerja) X%" yang tidak menyebut indikator, unsur/survei/responden atau tahun lain dinilai bila laporan mempunyai capaian indikator tahun laporan atau tabel anggaran. X diterima bila sama, pada presisi cetak (±½ satuan desimal terakhir, atau pemotongan), dengan salah satu: rerata capaian tercetak indikator tahun laporan di tabel pengukuran, total realisasi ÷ total pagu tabel anggaran × 100, atau realisasi ÷ anggaran × 100 dari pasangan rupiah "anggaran Rp A … terserap/realisasi Rp B" pada baris itu atau empat baris sebelumnya. Selain itu dilaporkan.',
	periksa(ctx: AuditContext): AturanResult {
		const ind = ctx.laporan.indikator.filter((r) => ctx.laporan.tahun === null || r.tahun === ctx.laporan.tahun);
		const capaian = ind.map((r) => r.capaian);
		const average = ind.length && capaian.every((c) => c !== null) ? (capaian as number[]).reduce((s, c) => s + c, 0) / ind.length : null;
		const total = tableTotal(ctx.laporan.anggaran);
		const serapan = total.pagu && total.realisasi !== null ? (total.realisasi / total.pagu) * 100 : null;
		if (average === null && serapan === null) return { temuan: [], diperiksa: 0 };
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		ctx.baris.forEach((b, i) => {
			if (!/rata/i.test(b)) return;
			const line = i + 1;
			// an average row of a table (per sasaran) is not the report's average
			if (cellsAt(ctx.baris, line)) return;
			for (const k of sentencesOf(b)) {
				const m = AVERAGE.exec(k);
				if (!m || NOT_AVERAGE.test(k)) continue;
				const x = percentNumber(m[1]);
				if (!x) continue;
				diperiksa++;
				const near: number[] = [];
				for (let j = Math.max(0, i - 4); j <= i; j++)
					for (const s of sentencesOf(ctx.baris[j])) {
						const v = sentenceSerapan(s);
						if (v !== null) near.push(v);
					}
				const candidate = [average, serapan, ...near].filter((v): v is number => v !== null);
				if (candidate.some((v) => matchesPrecision(x.nilai, v, x.desimal))) continue;
				const sebut = [
					average !== null ? `rerata capaian ${ind.length} indikator di tabel pengukuran ${persen(average)}` : null,
					serapan !== null ? `serapan total anggaran ${persen(serapan)}` : null,
					...near.map((v) => `serapan anggaran yang disebut di atasnya ${persen(v)}`)
				].filter(Boolean);
				temuan.push({
					pesan: `Baris ${line} menyebut rata-rata capaian ${persen(x.nilai)}, tetapi angka itu bukan ${sebut.join(', bukan pula ')}.`,
					nilai: x.nilai,
					seharusnya: average !== null ? Math.round(average * 100) / 100 : serapan !== null ? Math.round(serapan * 100) / 100 : null,
					lines: unique([line, ...(average !== null ? ind.map((r) => r.line) : total.lines)])
				});
			}
		});
		return { temuan, diperiksa };
	}
};
