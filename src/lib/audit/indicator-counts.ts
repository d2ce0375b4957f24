/**
 * Rule `hitungan_indikator`: the number of indicators (and sasaran) the running text says the
 * measurement covers, and how many it puts in each category, against the measurement table:
 * "dari 8 indikator, 7 berkategori Baik dan 1 Kurang", "terhadap 1 indikator dari 1 sasaran".
 * Sentences about one sasaran ("Sasaran 2 : ... 1 indikator") are not whole-report claims and
 * are left alone; so are sentences about another year.
 */
import { namesOtherYear } from '../lkip/years';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { COUNT_PATTERN, countValue } from './number-words';
import { labelKey, labelFor, checkReportScale, type ReportScale } from './report-scale';
import { sentencesOf, cellsAt, unique } from './util';

/** Any count in a sentence (not part of a longer number, not a percentage): "8 indikator", "7 berkategori Baik", "dan 1 Kurang". */
const COUNT = new RegExp(`(?<![\\d.,])${COUNT_PATTERN}(?![\\d.,%])`, 'gi');
const COUNT_SASARAN = new RegExp(`(?:dari|terhadap)\\s+${COUNT_PATTERN}\\s*sasaran\\b`, 'i');
/** A sentence about one sasaran, or about each of them. */
const ONE_SASARAN = /\bsasaran\s*(?:ke[\s-]*)?\d|\bsasaran\s+dengan\b|\b(?:setiap|tiap|masing[- ]masing)\s+sasaran\b/i;
const INDIKATOR_WORD = /indi[ck]ator/i;
/** Category words before the label. */
const CATEGORIES = /(?:kategori|tergolong|predikat)\s+([^,.;]{1,60})/i;

/** The scale level a printed label names ("Sangat Baik", "AA (Sangat Memuaskan)", "Cukup (memadai)"). */
export function scaleLabel(scale: ReportScale, text: string): string | null {
	const word = text.replace(/[*_]/g, ' ').trim().split(/\s+/).slice(0, 4);
	for (let n = Math.min(3, word.length); n >= 1; n--) {
		const start = word.slice(0, n).join(' ');
		const code = scale.tingkatan.find((t) => t.kode && t.kode === start);
		if (code) return code.kunci;
		const k = labelKey(start);
		if (k && scale.tingkatan.some((t) => t.kunci === k)) return k;
	}
	return null;
}

export const checkIndikatorCounts: Aturan = {
	id: 'hitungan_indikator',
	judul: 'Jumlah indikator dalam uraian tidak sesuai tabel pengukuran',
	tingkat: 'sedang',
	toleransi:
		'Tanpa toleransi: hitungan harus sama persis. Jumlah indikator yang dinyatakan untuk seluruh laporan ("dari N indikator", "terhadap N indikator ... dari M sasaran", "capaian N indikator sasaran", angka atau kata bilangan) dibandingkan dengan banyaknya baris indikator tahun laporan di tabel pengukuran, dan M dengan banyaknya sasaran berbeda di tabel itu. "K indikator ... (dalam) kategori X", "K berkategori X" dan "dan K X" (hitungan sesudah "N indikator" dalam kalimat yang sama) dilaporkan bila K lebih besar dari banyaknya indikator yang capaiannya, menurut skala predikat laporan sendiri, boleh berpredikat X (nilai di batas dua tingkat boleh keduanya); hanya bila setiap capaian tercetak sebagai angka. Kalimat tentang satu sasaran ("Sasaran 2 : ...") atau tahun lain tidak dinilai. Satu temuan per kalimat.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const ind = ctx.laporan.indikator.filter((r) => ctx.laporan.tahun === null || r.tahun === ctx.laporan.tahun);
		if (!ind.length) return { temuan, diperiksa };
		const indLines = ind.map((r) => r.line);
		const sasaran = ind.every((r) => r.sasaran) ? new Set(ind.map((r) => labelKey(r.sasaran as string))).size : null;
		const scale = checkReportScale(ctx.laporan.skala);
		const semuaAngka = ind.every((r) => r.capaian !== null);
		const labelInd = scale && semuaAngka ? ind.map((r) => labelFor(scale, r.capaian as number)) : null;

		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (cellsAt(ctx.baris, line)) return;
			const clean = b.replace(/\*+/g, '');
			// every claim counts indicators: a line that never names them has none (the audit's cost is such line loops)
			if (!INDIKATOR_WORD.test(clean)) return;
			// a paragraph that opens on one sasaran speaks of it in every sentence
			if (ONE_SASARAN.test(clean)) return;
			for (const k of sentencesOf(clean)) {
				if (namesOtherYear(k, ctx.laporan.tahun)) continue;
				const all = [...k.matchAll(COUNT)];
				// counts of indicators: "N indikator", and the counts that follow one in the same sentence ("7 berkategori Baik dan 1 Kurang")
				const pertama = all.findIndex((m) => /^\s*indi[ck]ator/i.test(k.slice((m.index ?? 0) + m[0].length)));
				if (pertama < 0) continue;
				const hits = all.slice(pertama);
				const wrong: string[] = [];
				let nilai: number | null = null;
				let seharusnya: number | null = null;
				hits.forEach((m, j) => {
					const n = countValue(m[1], m[2], m[3], m[4]);
					if (n === null) return;
					const end = j + 1 < hits.length ? (hits[j + 1].index ?? k.length) : k.length;
					const after = k.slice((m.index ?? 0) + m[0].length, end);
					const indikator = /^\s*indi[ck]ator/i.test(after);
					const before = k.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
					if (indikator && j === 0 && /(?:dari|terhadap|capaian)\s*$/i.test(before)) {
						diperiksa++;
						if (n !== ind.length) {
							wrong.push(`menyebut ${n} indikator, padahal tabel pengukuran memuat ${ind.length} indikator`);
							nilai ??= n;
							seharusnya ??= ind.length;
						}
					}
					if (!scale || !labelInd) return;
					const kat = after.match(CATEGORIES);
					let label: string | null = null;
					// the category of an average ("rata-rata mencapai 96% dalam kategori ...") is not a count of indicators
					if (kat && (kat.index ?? 0) <= 80 && !/rata/i.test(after.slice(0, kat.index))) label = scaleLabel(scale, kat[1]);
					// "dan 1 Kurang": a bare count followed by a level's name
					else if (!indikator && !kat) label = scaleLabel(scale, after.replace(/^\s*(?:lainnya\s)?/i, ''));
					if (!label) return;
					diperiksa++;
					const boleh = labelInd.filter((x) => x.has(label)).length;
					if (n > boleh) {
						const name = scale.tingkatan.find((t) => t.kunci === label)?.label ?? label;
						wrong.push(
							`menyebut ${n} indikator berkategori ${name}, padahal menurut skala laporan hanya ${boleh} capaian di tabel pengukuran yang masuk kategori itu`
						);
						nilai ??= n;
						seharusnya ??= boleh;
					}
				});
				const s = k.match(COUNT_SASARAN);
				if (s && sasaran !== null && hits.length) {
					const n = countValue(s[1], s[2], s[3], s[4]);
					if (n !== null) {
						diperiksa++;
						if (n !== sasaran) {
							wrong.push(`menyebut ${n} sasaran, padahal tabel pengukuran memuat ${sasaran} sasaran`);
							nilai ??= n;
							seharusnya ??= sasaran;
						}
					}
				}
				if (wrong.length)
					temuan.push({
						pesan: `Baris ${line} ${wrong.join('; ')}. Periksa uraian atau tabel pengukuran kinerja.`,
						nilai,
						seharusnya,
						lines: unique([line, ...indLines, ...(wrong.some((x) => x.includes('kategori')) && scale ? scale.lines : [])])
					});
			}
		});
		return { temuan, diperiksa };
	}
};
