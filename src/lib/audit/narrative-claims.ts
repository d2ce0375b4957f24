/**
 * Rule `klaim_narasi`: running text that contradicts the numbers — "meningkat dari X menjadi Y"
 * when Y < X (and the reverse), "N indikator di atas target" when fewer reached their target, and
 * "rata-rata capaian indikator X%" when the measurement table averages to something else.
 * Conservative by design: only sentences that state both numbers, or a count/average the
 * measurement table can check, are judged.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { formatNum, percentNumber, matchesPrecision, sentencesOf, persen, cellsAt, unique } from './util';

const UP = /(peningkatan|meningkat|kenaikan|naik)/i;
const DOWN = /(penurunan|menurun|turun)/i;
/** Every word a direction claim opens on (directionClaims). */
const DIRECTION_WORD = /peningkatan|meningkat|kenaikan|naik|penurunan|menurun|turun/i;
const INDIKATOR_WORD = /indikator/i;
const ANGKA_KATA: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };

type Direction = 'naik' | 'turun';

function claimDirection(s: string): Direction | null {
	const n = UP.test(s);
	const t = DOWN.test(s);
	return n === t ? null : n ? 'naik' : 'turun';
}

/** "dari X% ... Y%" after a direction word: X, then the next percentage that is not a year. */
export function directionClaims(k: string): { arah: Direction; dari: number; ke: number } | null {
	const m = k.match(/(peningkatan|meningkat|kenaikan|naik|penurunan|menurun|turun)\b(.{0,80}?)\bdari\s+(\d+(?:[.,]\d+)?)\s*%(.{0,120}?)(\d+(?:[.,]\d+)?)\s*%/i);
	if (m) {
		const arah = claimDirection(m[1]);
		const a = percentNumber(m[3]);
		const b = percentNumber(m[5]);
		if (arah && a && b && !/\bdari\b/i.test(m[4])) return { arah, dari: a.nilai, ke: b.nilai };
	}
	const m2 = k.match(
		/(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%\s*)?(?:(?:merupakan|adalah|yaitu)\s*)?(peningkatan|penurunan|kenaikan)\s+dibandingkan\s+(?:dengan\s+)?tahun\s+(?:sebelumnya|lalu|\d{4})\s*(?:(?:yaitu|sebesar|yang)\s*)?(\d+(?:[.,]\d+)?)/i
	);
	if (m2) {
		const arah = claimDirection(m2[2]);
		const ke = percentNumber(m2[1]);
		const dari = percentNumber(m2[3]);
		if (arah && ke && dari) return { arah, dari: dari.nilai, ke: ke.nilai };
	}
	return null;
}

function numberIn(s: string): number | null {
	const t = s.trim().toLowerCase();
	if (/^\d+$/.test(t)) return Number(t);
	return ANGKA_KATA[t] ?? null;
}

export const checkNarrativeClaims: Aturan = {
	id: 'klaim_narasi',
	judul: 'Uraian bertentangan dengan angka',
	tingkat: 'sedang',
	toleransi:
		'Klaim arah ("peningkatan/penurunan ... dari X% ... Y%", "Y% merupakan peningkatan dibandingkan tahun sebelumnya yaitu X%") hanya dinilai bila kedua angka ada di kalimat yang sama; angka sama tidak dinilai. "N indikator ... di atas target" dinilai terhadap jumlah indikator tabel pengukuran yang realisasinya ≥ target atau capaiannya ≥ 100% (tafsiran longgar: tercapai dihitung di atas target), dan hanya dilaporkan bila N lebih besar. "Rata-rata capaian ... indikator X%" (dan baris "rata-rata capaian" di tabel) dibandingkan dengan rerata capaian tercetak di tabel pengukuran, dengan toleransi presisi cetak.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const ind = ctx.laporan.indikator.filter((r) => ctx.laporan.tahun === null || r.tahun === ctx.laporan.tahun);
		const tercapai = ind.filter(
			(r) => (r.target !== null && r.realisasi !== null && r.realisasi >= r.target) || (r.capaian !== null && r.capaian >= 100)
		).length;
		const capaian = ind.map((r) => r.capaian);
		const average = ind.length && capaian.every((c) => c !== null) ? (capaian as number[]).reduce((s, c) => s + c, 0) / ind.length : null;
		const indLines = ind.map((r) => r.line);

		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			const table = cellsAt(ctx.baris, line);
			if (table) {
				const content = table.filter((x) => x.trim());
				// only the average row that closes the measurement table itself, not a per-sasaran average
				const penutupTabel = indLines.length > 0 && line > Math.max(...indLines) && line <= Math.max(...indLines) + 3;
				if (average !== null && penutupTabel && content.length >= 2 && /^rata[\s-]*rata capaian$/i.test(content[0].trim())) {
					const x = percentNumber(content[content.length - 1]);
					if (x && /%/.test(content[content.length - 1])) {
						diperiksa++;
						if (!matchesPrecision(x.nilai, average, x.desimal))
							temuan.push({
								pesan: `Baris "rata-rata capaian" ${persen(x.nilai)}, tetapi rerata capaian ${ind.length} indikator di tabel pengukuran ${persen(average)}.`,
								nilai: x.nilai,
								seharusnya: Math.round(average * 100) / 100,
								lines: unique([line, ...indLines])
							});
					}
				}
				return;
			}
			// every claim names a direction or indicators: other lines hold none (line loops are the audit's cost)
			if (!DIRECTION_WORD.test(b) && !INDIKATOR_WORD.test(b)) return;
			for (const k of sentencesOf(b)) {
				const arah = directionClaims(k);
				if (arah && arah.dari !== arah.ke) {
					diperiksa++;
					const nyata: Direction = arah.ke > arah.dari ? 'naik' : 'turun';
					if (nyata !== arah.arah)
						temuan.push({
							pesan: `Baris ${line} menyebut ${arah.arah === 'naik' ? 'peningkatan' : 'penurunan'} dari ${formatNum(arah.dari)}% ke ${formatNum(arah.ke)}%, padahal angkanya ${nyata === 'naik' ? 'naik' : 'turun'} ${formatNum(Math.abs(arah.ke - arah.dari))} poin.`,
							nilai: arah.ke,
							seharusnya: null,
							lines: [line]
						});
				}
				const upper = k.match(
					/(?<![\da-z])(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(?:\([a-z\s]+\)\s*)?indikator[^.]{0,40}?di\s?atas\s+target/i
				);
				if (upper && ind.length) {
					const n = numberIn(upper[1]);
					if (n !== null) {
						diperiksa++;
						if (n > tercapai)
							temuan.push({
								pesan: `Baris ${line} menyatakan ${n} indikator di atas target, tetapi di tabel pengukuran hanya ${tercapai} dari ${ind.length} indikator yang realisasinya mencapai target.`,
								nilai: n,
								seharusnya: tercapai,
								lines: unique([line, ...indLines])
							});
					}
				}
				const rata = k.match(/capaian[^.]{0,80}?indikator[^.%]{0,80}?rata[\s\-–]*rata[^.\d%]{0,40}?(\d+(?:[.,]\d+)?)\s*%/i);
				if (rata && average !== null) {
					const x = percentNumber(rata[1]);
					if (x) {
						diperiksa++;
						if (!matchesPrecision(x.nilai, average, x.desimal))
							temuan.push({
								pesan: `Baris ${line} menyebut rata-rata capaian indikator ${persen(x.nilai)}, tetapi rerata capaian ${ind.length} indikator di tabel pengukuran ${persen(average)}; selisih ${formatNum(Math.abs(x.nilai - average))} poin.`,
								nilai: x.nilai,
								seharusnya: Math.round(average * 100) / 100,
								lines: unique([line, ...indLines])
							});
					}
				}
			}
		});
		return { temuan, diperiksa };
	}
};
