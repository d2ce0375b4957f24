/**
 * Rule `pangsa_anggaran`: "Rp X ... sebesar P% dari keseluruhan belanja/anggaran" must be
 * X / total pagu x 100.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { tableTotal } from './cross-section';
import { percentNumber, matchesPrecision, sentencesOf, persen, rp, unique } from './util';

const SEBESAR_WORD = /sebesar/i;

export const checkAnggaranShares: Aturan = {
	id: 'pangsa_anggaran',
	judul: 'Porsi anggaran tidak sesuai jumlahnya',
	tingkat: 'sedang',
	toleransi:
		'Dalam kalimat yang menyebut "Rp X ... sebesar P% dari keseluruhan belanja/anggaran", P dibandingkan dengan X ÷ total pagu tabel anggaran × 100 (total pagu = baris jumlah, atau jumlah program). Kalimat tentang belanja tidak langsung tidak dinilai. Toleransi presisi cetak (±0,5 satuan desimal terakhir, atau pemotongan).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const total = tableTotal(ctx.laporan.anggaran);
		if (total.pagu === null || total.pagu <= 0) return { temuan, diperiksa };
		ctx.baris.forEach((b, i) => {
			// a share is "sebesar P%": other lines hold none (line loops are the audit's cost)
			if (!b.includes('%') || !SEBESAR_WORD.test(b)) return;
			for (const k of sentencesOf(b)) {
				if (/tidak langsung/i.test(k)) continue;
				const m = k.match(/Rp\.?\s*(\d[\d.,]*\d)[^%]{0,160}?sebesar\s+(\d+(?:[.,]\d+)?)\s*%\s*dari\s+(?:keseluruhan|total|seluruh)\s+(?:belanja|anggaran)/i);
				if (!m) continue;
				const x = parseRupiah(m[1]).nilai;
				const p = percentNumber(m[2]);
				if (x === null || !p) continue;
				diperiksa++;
				const exact = (x / (total.pagu as number)) * 100;
				if (!matchesPrecision(p.nilai, exact, p.desimal))
					temuan.push({
						pesan: `Baris ${i + 1}: ${rp(x)} disebut ${persen(p.nilai)} dari keseluruhan anggaran, padahal ${rp(x)} ÷ ${rp(total.pagu as number)} = ${persen(exact)}.`,
						nilai: p.nilai,
						seharusnya: Math.round(exact * 100) / 100,
						lines: unique([i + 1, ...total.lines])
					});
			}
		});
		return { temuan, diperiksa };
	}
};
