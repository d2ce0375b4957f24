/**
 * Values the analysis quotes against the tables they come from.
 *
 * Rule `nilai_uraian`: in the analysis section of one indicator (after a heading or a line
 * that names its sasaran or indicator), "target X ... realisasi Y ... capaian Z%" must repeat
 * the measurement table's target, realisasi and capaian of that indicator.
 * Rule `rerata_daftar`: "rata-rata ... X%" right after a list of items that each end with a
 * percentage must be the mean of that list.
 */
import { parseIndikatorValue } from '../lkip/numbers';
import type { IndikatorRecord } from '../lkip/types';
import { namesOtherYear } from '../lkip/years';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { samePrinted } from './cross-section';
import { formatNum, percentNumber, matchesPrecision, printedDecimals, sentencesOf, persen, cellsAt, unique } from './util';

const VALUE = String.raw`([A-D]{1,2}\s?\(\s?\d{1,3}(?:[.,]\d{1,2})?\s?\)|[A-D]{1,2}\b|\d{1,3}(?:[.,]\d{1,2})?\s?%?)`;
const TARGET = new RegExp(String.raw`\btarget\s(?:kinerja(?:nya)?\s)?(?:sebesar\s|yaitu\s|adalah\s)?${VALUE}`, 'i');
const REALISASI = new RegExp(String.raw`\brealisasi\s(?:kinerja(?:nya)?\s)?(?:sebesar\s|yaitu\s|adalah\s|mencapai\s)?${VALUE}`, 'i');
const CAPAIAN = /\bcapaian\s(?:ini\s|kinerja\s|kinerjanya\s)?(?:sebesar\s|yaitu\s|adalah\s|mencapai\s)?(\d{1,3}(?:[.,]\d{1,2})?)\s?%/i;

function words(s: string): Set<string> {
	return new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.replace(/^(?:meningkat|peningkatan)(?:nya)?$/, 'tingkat')));
}

/** Share of a record name's words (`b`, null for no name) that the line's words `a` repeat. */
function similar(a: Set<string>, b: Set<string> | null): number {
	if (!b || b.size < 3) return 0;
	let sama = 0;
	for (const w of b) if (a.has(w)) sama++;
	return sama / b.size;
}

/** The words of each record's sasaran and indicator names, read once per report: every heading-like line is scored against all of them. */
function nameWords(ind: IndikatorRecord[]): { sasaran: Set<string> | null; indikator: Set<string> | null }[] {
	return ind.map((r) => ({ sasaran: r.sasaran ? words(r.sasaran) : null, indikator: r.indikator ? words(r.indikator) : null }));
}

/** The indicator a heading-like line introduces, when exactly one matches well. */
function titleIndikator(b: string, ind: IndikatorRecord[], names: ReturnType<typeof nameWords>): IndikatorRecord | null {
	const t = b.replace(/[*#]/g, ' ').trim();
	if (t.length > 260 || !/^(?:sasaran|indikator|tujuan)\b/i.test(t)) return null;
	const lineWords = words(t);
	const score = names.map((n) => Math.max(similar(lineWords, n.sasaran), similar(lineWords, n.indikator)));
	const best = Math.max(...score);
	if (best < 0.75) return null;
	const candidate = ind.filter((_, i) => score[i] === best);
	return candidate.length === 1 ? candidate[0] : null;
}

/** Whether a value quoted in text is the table's: the same letter when both print one, the same number at the coarser precision. */
function sameValue(kutip: string, tabelRaw: string): boolean | null {
	const a = parseIndikatorValue(kutip);
	const b = parseIndikatorValue(tabelRaw);
	if (a.huruf && b.huruf && a.huruf !== b.huruf) return false;
	if (a.nilai !== null && b.nilai !== null) return samePrinted(a.nilai, kutip, b.nilai, tabelRaw);
	if (a.huruf && b.huruf) return true;
	return null;
}

export const checkProseValues: Aturan = {
	id: 'nilai_uraian',
	judul: 'Nilai dalam uraian berbeda dengan tabel pengukuran',
	tingkat: 'sedang',
	toleransi:
		'Bagian analisis satu indikator dikenali dari baris judul "Sasaran …"/"Indikator …" yang mengulang sekurang-kurangnya tiga perempat kata nama sasaran atau indikator di tabel pengukuran (hanya satu yang cocok), sampai 30 baris sesudahnya atau judul berikutnya. Di situ "target X", "realisasi Y" dan "capaian Z%" untuk tahun laporan dibandingkan dengan target, realisasi dan capaian tercetak indikator itu: huruf harus sama (B ≠ BB), angka sama pada presisi cetak yang lebih kasar. Kalimat yang menyebut tahun lain atau rata-rata tidak dinilai; satu temuan per kalimat.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const ind = ctx.laporan.indikator.filter((r) => ctx.laporan.tahun === null || r.tahun === ctx.laporan.tahun);
		if (!ind.length) return { temuan, diperiksa };
		const table = new Set(ind.map((r) => r.line));
		const names = nameWords(ind);
		let current: IndikatorRecord | null = null;
		let sejak = 0;
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (table.has(line) || cellsAt(ctx.baris, line)) return;
			const title = titleIndikator(b, ind, names);
			if (title) {
				current = title;
				sejak = line;
				return;
			}
			if (/^\s*(?:#|\*\*sasaran|sasaran strategis)/i.test(b)) current = null;
			if (!current || line - sejak > 30) return;
			const r: IndikatorRecord = current;
			for (const k of sentencesOf(b.replace(/\*+/g, ''))) {
				// an average speaks of several indicators, not of this one
				if (namesOtherYear(k, ctx.laporan.tahun) || /rata[\s-]*rata/i.test(k)) continue;
				const diff: string[] = [];
				let nilai: number | null = null;
				let seharusnya: number | null = null;
				const banding = (name: string, kutip: string | undefined, raw: string, angkaTabel: number | null) => {
					if (!kutip || !raw.trim()) return;
					const s = sameValue(kutip, raw);
					if (s === null) return;
					diperiksa++;
					if (!s) {
						diff.push(`${name} "${kutip.trim()}", padahal tabel pengukuran (baris ${r.line}) mencetak "${raw.trim()}"`);
						nilai ??= parseIndikatorValue(kutip).nilai;
						seharusnya ??= angkaTabel;
					}
				};
				banding('target', k.match(TARGET)?.[1], r.target_raw, r.target);
				banding('realisasi', k.match(REALISASI)?.[1], r.realisasi_raw, r.realisasi);
				const c = k.match(CAPAIAN)?.[1];
				if (c) banding('capaian', `${c}%`, r.capaian_raw, r.capaian);
				if (diff.length)
					temuan.push({
						pesan: `Baris ${line} (uraian indikator "${r.indikator}") menyebut ${diff.join('; ')}. Samakan uraian dengan tabel pengukuran.`,
						nilai,
						seharusnya,
						lines: unique([line, r.line])
					});
			}
		});
		return { temuan, diperiksa };
	}
};

/** A list item ending with a percentage: "- Program A ... tercapai 83,79%". */
const ITEM = /^\s*(?:[-•*]|\d{1,2}[.)]|[a-z][.)])\s.*?(\d{1,3}(?:[.,]\d{1,2})?)\s?%\.?$/i;

export const listAverage: Aturan = {
	id: 'rerata_daftar',
	judul: 'Rata-rata tidak sesuai daftar yang dirangkumnya',
	tingkat: 'sedang',
	toleransi:
		'Kalimat "rata-rata … X%" dalam 3 baris sesudah daftar butir (sekurang-kurangnya dua butir berurutan yang masing-masing diakhiri persentase) dibandingkan dengan rerata persentase butir-butir itu. Toleransi presisi cetak (±½ satuan desimal terakhir, atau pemotongan) ditambah galat pembulatan butir.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		let butir: { line: number; v: number; d: number }[] = [];
		let end = -10;
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (!cellsAt(ctx.baris, line)) {
				const m = b.trimEnd().match(ITEM);
				if (m && !/rata[\s-]*rata/i.test(b)) {
					if (line - end > 2) butir = [];
					const p = percentNumber(m[1]);
					if (p) butir.push({ line, v: p.nilai, d: printedDecimals(m[1]) });
					end = line;
					return;
				}
			}
			if (butir.length < 2 || line - end > 3 || !b.trim()) return;
			const k = sentencesOf(b).find((x) => /rata[\s-]*rata/i.test(x));
			const start = k ? k.search(/rata[\s-]*rata/i) : -1;
			const r = k && start >= 0 ? k.slice(start, start + 160).match(/(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?%/) : null;
			if (!r) return;
			const x = percentNumber(r[1]);
			if (!x) return;
			const average = butir.reduce((s, q) => s + q.v, 0) / butir.length;
			const error = Math.max(...butir.map((q) => 0.5 * Math.pow(10, -q.d)));
			diperiksa++;
			if (!matchesPrecision(x.nilai, average, x.desimal) && Math.abs(x.nilai - average) > 0.5 * Math.pow(10, -x.desimal) + error + 1e-9)
				temuan.push({
					pesan: `Baris ${line} menyebut rata-rata ${persen(x.nilai)}, padahal rerata ${butir.length} butir di atasnya (${butir.map((q) => persen(q.v)).join(', ')}) adalah ${persen(average)}; selisih ${formatNum(Math.abs(x.nilai - average))} poin.`,
					nilai: x.nilai,
					seharusnya: Math.round(average * 100) / 100,
					lines: unique([line, ...butir.map((q) => q.line)])
				});
			butir = [];
		});
		return { temuan, diperiksa };
	}
};
