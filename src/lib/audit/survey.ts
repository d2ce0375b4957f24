/**
 * The satisfaction survey's own tables (SKM / IKM per unsur): answer distributions, the score
 * of each unsur, its label, and the average the text quotes for the table.
 *
 * Every check stays inside one survey: a distribution table is paired only with the score
 * table next to it (within 40 lines) and only by unsur names both print, and an average only
 * with the table right above it. A report may print the kecamatan's own SKM beside another
 * body's survey of another service; their figures are never compared.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { labelKey } from './report-scale';
import { formatNum, percentNumber, matchesPrecision, printedDecimals, sentencesOf, cellsAt, unique } from './util';
import { extractIkmUnsur, answerRanking, distributionHeader, type DistributionHeader } from '../lkip/ikm-unsur';
import { numberFormat } from '../lkip/numbers';
import { allLines, isPipeSeparator } from '../lkip/table';
import type { IkmUnsurRecord } from '../lkip/types';

interface SurveyRow {
	line: number;
	cells: string[];
}

/** Each text's table runs, read once per lines array: six rules walk them. Frozen, so a rule that changed them would throw instead of misleading the next. */
const blocksRead = new WeakMap<string[], SurveyRow[][]>();

/** Runs of consecutive table rows: a blank or prose line ends a table, a Markdown separator row does not. */
export function tableBlock(ctx: AuditContext): SurveyRow[][] {
	const read = blocksRead.get(ctx.baris);
	if (read) return read;
	const out: SurveyRow[][] = [];
	let current: SurveyRow[] = [];
	ctx.baris.forEach((_, i) => {
		const c = cellsAt(ctx.baris, i + 1);
		if (c && c.some((x) => x.trim()))
			current.push(Object.freeze({ line: i + 1, cells: Object.freeze(c.map((x) => x.replace(/<\/?b>|\*\*/g, '').trim())) as string[] }));
		// a Markdown table's |---| row sits between its header and its rows
		else if (isPipeSeparator(ctx.baris[i])) return;
		else if (current.length) {
			out.push(Object.freeze(current) as SurveyRow[]);
			current = [];
		}
	});
	if (current.length) out.push(Object.freeze(current) as SurveyRow[]);
	Object.freeze(out);
	blocksRead.set(ctx.baris, out);
	return out;
}

/** Quality labels of a unsur or IKM, in order (PermenPAN-RB 14/2017 names and the "puas" wording). */
function mutuRank(label: string): number | null {
	const s = label.trim();
	if (/^[A-D]$/.test(s)) return 4 - 'ABCD'.indexOf(s);
	return answerRanking(s);
}

function nilai(raw: string): { nilai: number; desimal: number; persen: boolean } | null {
	const t = raw.trim();
	if (!/^\d{1,3}(?:[.,]\d{1,3})?\s*%?$/.test(t)) return null;
	const p = percentNumber(t);
	return p ? { nilai: p.nilai, desimal: printedDecimals(t.replace(/%/g, '')), persen: /%/.test(t) } : null;
}

interface Distribution extends DistributionHeader {
	baris: SurveyRow[];
}

/** A distribution table: its header row read by the reading layer (lkip/ikm-unsur.ts `distributionHeader`). */
function distributionOf(block: SurveyRow[]): Distribution | null {
	const k = distributionHeader(block[0].cells);
	return k && { baris: block.slice(1), ...k };
}

interface ElementScore {
	baris: { line: number; unsur: string; skor: number; desimal: number; label: string | null }[];
	lines: number[];
}

/**
 * The unsur score tables as the reading layer read them (lkip/ikm-unsur.ts), grouped by
 * table; a report extracted before that reader existed (an old upload, a test's bare
 * Laporan) is read the same way from its text. `lines` are the table's own lines, from
 * its header to its last row.
 */
function scoreTable(ctx: AuditContext): ElementScore[] {
	const element = ctx.laporan.ikm_unsur ?? extractIkmUnsur(allLines(ctx.text), numberFormat(ctx.text));
	const per = new Map<number, IkmUnsurRecord[]>();
	for (const r of element) per.set(r.tabel_line, [...(per.get(r.tabel_line) ?? []), r]);
	return [...per].map(([start, rs]) => {
		const baris = (n: number) => cellsAt(ctx.baris, n)?.some((c) => c.trim()) ?? false;
		let end = rs[rs.length - 1].line;
		// the table's summary rows (IKM, rata-rata) follow its last unsur
		while (end < ctx.baris.length && baris(end + 1)) end++;
		const lines: number[] = [];
		for (let n = start; n <= end; n++) if (baris(n)) lines.push(n);
		return {
			baris: rs.map((r) => ({ line: r.line, unsur: r.unsur, skor: r.nilai, desimal: printedDecimals(r.nilai_raw.replace(/%/g, '')), label: r.predikat })),
			lines
		};
	});
}

/** Parts of a distribution row, or null when a part is blank or not a number. */
function sectionOf(d: Distribution, b: SurveyRow): { p: { rank: number; v: number; desimal: number }[]; persen: boolean } | null {
	const p: { rank: number; v: number; desimal: number }[] = [];
	let persen = true;
	for (const [i, rank] of d.kolom) {
		const v = nilai(b.cells[i] ?? '');
		if (!v) return null;
		persen &&= v.persen;
		p.push({ rank, v: v.nilai, desimal: v.desimal });
	}
	return { p, persen };
}

export const checkSurveyDistribution: Aturan = {
	id: 'survei_distribusi',
	judul: 'Sebaran jawaban survei tidak berjumlah 100% atau totalnya',
	tingkat: 'sedang',
	toleransi:
		'Tabel sebaran jawaban per unsur (kolom jawaban bertingkat seperti Tidak Baik / Kurang Baik / Baik / Sangat Baik atau Tidak Puas … Sangat Puas): persentase setiap baris harus berjumlah sama dengan kolom Total/Jumlah baris itu, atau 100% bila tidak ada kolom total. Toleransi pembulatan: ½ satuan desimal terakhir yang tercetak untuk setiap bagian (empat bagian bulat: ±2 poin). Bila sel berupa banyaknya responden (tanpa %), jumlahnya harus sama persis dengan total. Baris dengan sel kosong tidak dinilai.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const blok of tableBlock(ctx)) {
			const d = distributionOf(blok);
			if (!d) continue;
			for (const b of d.baris) {
				const x = sectionOf(d, b);
				if (!x) continue;
				const sum = x.p.reduce((s, q) => s + q.v, 0);
				const totRaw = d.total !== null ? nilai(b.cells[d.total] ?? '') : null;
				const target = totRaw ? totRaw.nilai : x.persen ? 100 : null;
				if (target === null) continue;
				const tol = x.persen ? x.p.reduce((s, q) => s + 0.5 * Math.pow(10, -q.desimal), 0) : 0;
				diperiksa++;
				if (Math.abs(sum - target) > tol + 1e-9)
					temuan.push({
						pesan: `Baris ${b.line}: sebaran jawaban unsur "${b.cells[d.unsur] ?? ''}" berjumlah ${formatNum(sum)}${x.persen ? '%' : ' responden'}, padahal ${totRaw ? `kolom total mencetak ${formatNum(target)}` : 'seharusnya 100%'}. Periksa sel sebaran baris ini.`,
						nilai: Math.round(sum * 100) / 100,
						seharusnya: target,
						lines: [b.line]
					});
			}
		}
		return { temuan, diperiksa };
	}
};

type Pair = { skor: ElementScore; dist: Distribution[]; akhir: number };

/** The pairs of one audit's context, read once: three rules ask for them. */
const pairsRead = new WeakMap<AuditContext, Pair[]>();

/** Score tables with the distribution table next to them (within 40 lines), paired by unsur name. */
function pairs(ctx: AuditContext): Pair[] {
	let read = pairsRead.get(ctx);
	if (!read) pairsRead.set(ctx, (read = readPairs(ctx)));
	return read;
}

function readPairs(ctx: AuditContext): Pair[] {
	const block = tableBlock(ctx);
	const dists = block.map((b) => ({ d: distributionOf(b), awal: b[0].line, akhir: b[b.length - 1].line }));
	const out: { skor: ElementScore; dist: Distribution[]; akhir: number }[] = [];
	scoreTable(ctx).forEach((s) => {
		const start = s.lines[0];
		const end = s.lines[s.lines.length - 1];
		const near = dists.filter((x) => x.d && Math.min(Math.abs(x.awal - end), Math.abs(start - x.akhir)) <= 40);
		const name = new Set(s.baris.map((r) => labelKey(r.unsur)));
		// the neighbour must share most unsur names: another survey's table does not
		const match = near.filter((x) => x.d!.baris.filter((r) => name.has(labelKey(r.cells[x.d!.unsur] ?? ''))).length >= Math.min(3, name.size));
		out.push({ skor: s, dist: match.map((x) => x.d!), akhir: end });
	});
	return out;
}

export const checkSurveyElementScores: Aturan = {
	id: 'survei_skor_unsur',
	judul: 'Nilai unsur survei tidak sesuai sebaran jawabannya',
	tingkat: 'sedang',
	toleransi:
		'Nilai setiap unsur (NRR 1–4, atau pada skala 25–100 = NRR × 25) dibandingkan dengan rata-rata tertimbang sebaran jawaban unsur yang sama di tabel sebaran sebelah (dalam 40 baris; dipasangkan menurut nama unsur): NRR = Σ(bobot jawaban 1–4 × persentase) ÷ 100. Toleransi: ½ satuan desimal terakhir nilai tercetak ditambah galat pembulatan persentase (±½ satuan tiap bagian, pada skala 25–100 paling banyak 1,25 poin untuk persentase bulat). Baris sebaran yang tidak berjumlah 100% tidak dinilai di sini (sudah dilaporkan oleh survei_distribusi).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const { skor, dist } of pairs(ctx)) {
			for (const r of skor.baris) {
				// the first neighbouring distribution whose row for this unsur adds up (percentages or respondents)
				let pakai: { b: SurveyRow; p: { rank: number; v: number; desimal: number }[]; persen: boolean } | null = null;
				for (const d of dist) {
					const b = d.baris.find((x) => labelKey(x.cells[d.unsur] ?? '') === labelKey(r.unsur));
					const x = b && sectionOf(d, b);
					if (!b || !x) continue;
					const sum = x.p.reduce((s, q) => s + q.v, 0);
					const total = d.total !== null ? nilai(b.cells[d.total] ?? '') : null;
					const ok = x.persen
						? Math.abs(sum - (total?.nilai ?? 100)) <= x.p.reduce((s, q) => s + 0.5 * Math.pow(10, -q.desimal), 0) + 1e-9
						: !total || total.nilai === sum;
					if (ok && sum > 0) {
						pakai = { b, ...x };
						break;
					}
				}
				if (!pakai) continue;
				const jumlah = pakai.p.reduce((s, q) => s + q.v, 0);
				const nrr = pakai.p.reduce((s, q) => s + q.rank * q.v, 0) / jumlah;
				const scale = r.skor <= 4 ? 1 : 25;
				const exact = nrr * scale;
				// rounded percentages carry up to half a unit each; respondent counts are exact
				const error = pakai.persen ? (pakai.p.reduce((s, q) => s + q.rank * 0.5 * Math.pow(10, -q.desimal), 0) / jumlah) * scale : 0;
				diperiksa++;
				if (Math.abs(r.skor - exact) > 0.5 * Math.pow(10, -r.desimal) + error + 1e-9)
					temuan.push({
						pesan: `Baris ${r.line}: nilai unsur "${r.unsur}" tercetak ${formatNum(r.skor)}, padahal sebaran jawabannya di baris ${pakai.b.line} memberi ${formatNum(exact)} (NRR ${formatNum(nrr, 3)}${scale === 25 ? ' × 25' : ''}). Periksa nilai unsur atau sebarannya.`,
						nilai: r.skor,
						seharusnya: Math.round(exact * 100) / 100,
						lines: [r.line, pakai.b.line]
					});
			}
		}
		return { temuan, diperiksa };
	}
};

export const checkSurveyElementPredikat: Aturan = {
	id: 'survei_predikat_unsur',
	judul: 'Predikat unsur survei tidak urut dengan nilainya',
	tingkat: 'sedang',
	toleransi:
		'Dalam satu tabel nilai per unsur, unsur bernilai lebih tinggi tidak boleh berpredikat lebih buruk daripada unsur bernilai lebih rendah (urutan: Tidak … < Kurang … < … < Sangat …, atau D < C < B < A). Tanpa toleransi: nilai sama boleh berpredikat apa pun. Satu temuan per tabel, menyebut setiap unsur yang terbalik terhadap unsur bernilai lebih rendah berpredikat terbaik (paling banyak sepuluh).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const { skor } of pairs(ctx)) {
			const rows = skor.baris.map((r) => ({ ...r, rank: r.label ? mutuRank(r.label) : null })).filter((r) => r.rank !== null);
			if (rows.length < 3) continue;
			diperiksa++;
			const balik: string[] = [];
			const lines: number[] = [];
			// by score, keeping the best label seen among lower scores: a row below it is inverted (n log n, not every pair)
			const sorted = [...rows].sort((a, b) => a.skor - b.skor);
			let best: (typeof rows)[number] | null = null;
			let i = 0;
			while (i < sorted.length) {
				let j = i;
				while (j < sorted.length && sorted[j].skor === sorted[i].skor) j++;
				for (let k = i; k < j; k++) {
					const a = sorted[k];
					if (best && (a.rank as number) < (best.rank as number) && balik.length < 10) {
						balik.push(
							`"${a.unsur}" ${formatNum(a.skor)} berpredikat ${a.label} (baris ${a.line}) sedangkan "${best.unsur}" ${formatNum(best.skor)} berpredikat ${best.label} (baris ${best.line})`
						);
						lines.push(a.line, best.line);
					}
				}
				// equal scores may carry any label: a group joins the lower scores only after it is judged
				for (let k = i; k < j; k++) if (!best || (sorted[k].rank as number) > (best.rank as number)) best = sorted[k];
				i = j;
			}
			if (balik.length)
				temuan.push({
					pesan: `Predikat unsur survei terbalik terhadap nilainya: ${balik.join('; ')}. Periksa predikat atau nilai unsur tersebut.`,
					nilai: null,
					seharusnya: null,
					lines: unique(lines)
				});
		}
		return { temuan, diperiksa };
	}
};

export const checkSurveyAverage: Aturan = {
	id: 'survei_rerata',
	judul: 'Rata-rata atau IKM survei tidak sesuai nilai unsurnya',
	tingkat: 'sedang',
	toleransi:
		'Rata-rata yang dinyatakan dalam kalimat pertama bertanda "rata-rata" dalam 6 baris sesudah tabel nilai per unsur, dan baris IKM / Indeks / rata-rata di dalam tabel itu, dibandingkan dengan rerata nilai unsur tabel itu (IKM menurut PermenPAN-RB 14/2017 = Σ NRR ÷ banyaknya unsur × 25 bila nilai unsur berskala 1–4). Toleransi presisi cetak (±½ satuan desimal terakhir, atau pemotongan) ditambah galat pembulatan nilai unsur (½ satuan desimal terakhirnya, × 25 untuk NRR). Hanya tabel yang sama dibandingkan.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const { skor, akhir } of pairs(ctx)) {
			const n = skor.baris.length;
			const nrr = skor.baris.every((r) => r.skor <= 4);
			const average = skor.baris.reduce((s, r) => s + r.skor, 0) / n;
			const galatUnsur = Math.max(...skor.baris.map((r) => 0.5 * Math.pow(10, -r.desimal)));
			const klaim: { line: number; v: number; desimal: number; ikm: boolean }[] = [];
			for (const line of skor.lines) {
				const c = cellsAt(ctx.baris, line)?.map((x) => x.replace(/<\/?b>|\*\*/g, '').trim()) ?? [];
				if (!c.some((x) => /^(rata[\s-]*rata|ikm|nilai ikm|indeks kepuasan)/i.test(x))) continue;
				const v = [...c]
					.reverse()
					.map(nilai)
					.find((x) => x !== null);
				if (v) klaim.push({ line, v: v.nilai, desimal: v.desimal, ikm: /ikm|indeks/i.test(c.join(' ')) });
			}
			for (let line = akhir + 1; line <= Math.min(ctx.baris.length, akhir + 6); line++) {
				if (cellsAt(ctx.baris, line)) break;
				const k = sentencesOf(ctx.baris[line - 1]).find((x) => /rata[\s-]*rata/i.test(x));
				const m = k?.match(/rata[\s-]*rata[^.\d]{0,60}?(\d{1,3}(?:[.,]\d{1,3})?)\s*%?/i);
				if (m) {
					klaim.push({ line, v: percentNumber(m[1])!.nilai, desimal: printedDecimals(m[1]), ikm: /\bikm\b|indeks/i.test(k ?? '') });
					break;
				}
			}
			for (const c of klaim) {
				// an IKM stated on the 25–100 scale beside NRR on 1–4
				const kali = nrr && c.v > 4 ? 25 : 1;
				const exact = average * kali;
				diperiksa++;
				const tol = galatUnsur * kali;
				if (!matchesPrecision(c.v, exact, c.desimal) && Math.abs(c.v - exact) > 0.5 * Math.pow(10, -c.desimal) + tol + 1e-9)
					temuan.push({
						pesan: `Baris ${c.line} menyebut ${c.ikm ? 'IKM' : 'rata-rata'} ${formatNum(c.v)}, padahal rerata ${n} nilai unsur di tabel survei (baris ${skor.baris[0].line}–${skor.baris[n - 1].line}) ${kali === 25 ? '× 25 ' : ''}adalah ${formatNum(exact)}. Periksa angka itu atau nilai unsurnya.`,
						nilai: c.v,
						seharusnya: Math.round(exact * 100) / 100,
						lines: unique([c.line, ...skor.baris.map((r) => r.line)])
					});
			}
		}
		return { temuan, diperiksa };
	}
};
