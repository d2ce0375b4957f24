/**
 * Entry point of the audit: run every rule of rules.ts over one report and attach the report's
 * identity and the printed source lines to each finding. Plain TS: runs in Node and the browser.
 */
import type { IndikatorMapping, Report } from '../lkip/types';
import { ATURAN, WEIGHTS, aturan } from './rules';
import { findCause, matchEffect, numberCause } from './cause';
import type { Aturan, AuditContext, Temuan, BaseTemuan } from './types';
import { textLines, raw } from './util';

export type { Temuan, Tingkat, Evidence, Aturan, Role } from './types';
export { ATURAN } from './rules';

export interface AuditOptions {
	/** reference indicator rules, for polarity; without them both formulas are accepted */
	indikator?: IndikatorMapping[];
}

export interface SkorKualitas {
	file: string;
	kecamatan: string | null;
	tahun: number | null;
	/** 0–100: weighted share of checks passed; null when nothing could be checked */
	skor: number | null;
	diperiksa: number;
	/** findings counted: a group by cause counts once */
	gagal: number;
	/** weights of the checks made and failed (tinggi 3, sedang 2, rendah 1): skor = 100 × (bobot_periksa − bobot_gagal) ÷ bobot_periksa */
	bobot_periksa: number;
	bobot_gagal: number;
	/** per rule: checks made, findings, and how many of those are consequences counted under a cause */
	rincian: { aturan: string; diperiksa: number; temuan: number; akibat: number }[];
}

export interface AuditResult {
	temuan: Temuan[];
	skor: SkorKualitas;
}

function contextOf(laporan: Report, text: string, other: Report[], options: AuditOptions): AuditContext {
	return {
		laporan,
		text,
		baris: textLines(text),
		lain: other.filter((l) => l !== laporan && l.file !== laporan.file),
		polaritas: new Map((options.indikator ?? []).map((a) => [a.kunci, a.polaritas]))
	};
}

/** One rule's outcome on one report: checks made and its findings, completed. */
export interface RuleOutcome {
	aturan: string;
	diperiksa: number;
	temuan: Temuan[];
}

function runRule(ctx: AuditContext, a: Aturan): RuleOutcome {
	let result;
	try {
		result = a.periksa(ctx);
	} catch (e) {
		// one broken rule must not hide the others' findings; say which rule failed and why
		result = { diperiksa: 0, temuan: [{ pesan: `Aturan ${a.id} gagal dijalankan: ${(e as Error).message}`, nilai: null, seharusnya: null, lines: [] }] };
	}
	return { aturan: a.id, diperiksa: result.diperiksa, temuan: result.temuan.map((t) => completeTemuan(ctx, ctx.laporan, a.id, a.tingkat, t)) };
}

/**
 * The outcomes of the rules that read the report alone (all but those that read `lain`),
 * in rule order: the data build runs them in the worker that extracted the report, which
 * still holds its parsed text, and hands them to auditAll. A rule that reads `lain` without
 * saying so (Aturan.readsOtherReports) fails here with a message naming it, not silently.
 */
export function auditOwn(laporan: Report, text: string, options: AuditOptions = {}): RuleOutcome[] {
	const ctx = contextOf(laporan, text, [], options);
	Object.defineProperty(ctx, 'lain', {
		get() {
			throw new Error('aturan ini membaca laporan lain tetapi tidak ditandai readsOtherReports');
		}
	});
	return ATURAN.filter((a) => !a.readsOtherReports).map((a) => runRule(ctx, a));
}

/**
 * Every rule over one report, grouped and scored. `own` = auditOwn's outcomes for this
 * report, when already computed: only the rules that read the other reports run then.
 */
export function auditAll(laporan: Report, text: string, other: Report[] = [], options: AuditOptions = {}, own?: readonly RuleOutcome[]): AuditResult {
	const ctx = contextOf(laporan, text, other, options);
	const done = new Map((own ?? []).map((o) => [o.aturan, o]));
	const base: Temuan[] = [];
	const rincian: SkorKualitas['rincian'] = [];
	for (const a of ATURAN) {
		const o = (!a.readsOtherReports && done.get(a.id)) || runRule(ctx, a);
		const n = Math.max(o.diperiksa, o.temuan.length);
		rincian.push({ aturan: a.id, diperiksa: n, temuan: o.temuan.length, akibat: 0 });
		// a loop, not a spread: an upload with tens of thousands of rows gives a rule as many findings
		for (const t of o.temuan) base.push(t);
	}
	let temuan = base;
	try {
		temuan = groupTemuan(ctx, laporan, base, rincian);
	} catch (e) {
		// the grouping must not hide the findings: keep them ungrouped and say why
		temuan = [
			...base,
			completeTemuan(ctx, laporan, numberCause.id, numberCause.tingkat, {
				pesan: `Aturan ${numberCause.id} gagal dijalankan: ${(e as Error).message}`,
				nilai: null,
				seharusnya: null,
				lines: []
			})
		];
		const r = rincian.find((x) => x.aturan === numberCause.id);
		if (r) r.diperiksa = r.temuan = 1;
	}
	// the score counts a group once, at its cause's severity: its consequences leave both sides
	let bobotCek = 0;
	let bobotGagal = 0;
	let diperiksa = 0;
	let gagal = 0;
	for (const r of rincian) {
		const w = WEIGHTS[aturan(r.aturan).tingkat];
		diperiksa += r.diperiksa - r.akibat;
		gagal += r.temuan - r.akibat;
		bobotCek += (r.diperiksa - r.akibat) * w;
		bobotGagal += (r.temuan - r.akibat) * w;
	}
	const skor = bobotCek ? Math.round(((100 * (bobotCek - bobotGagal)) / bobotCek) * 10) / 10 : null;
	return {
		temuan,
		skor: {
			file: laporan.file,
			kecamatan: laporan.kecamatan,
			tahun: laporan.tahun,
			skor,
			diperiksa,
			gagal,
			bobot_periksa: bobotCek,
			bobot_gagal: bobotGagal,
			rincian
		}
	};
}

function completeTemuan(ctx: AuditContext, laporan: Report, id: string, tingkat: Temuan['tingkat'], t: BaseTemuan): Temuan {
	const lines = [...new Set(t.lines)].filter((l) => l >= 1).sort((x, y) => x - y);
	return {
		file: laporan.file,
		aturan: id,
		tingkat,
		kecamatan: laporan.kecamatan,
		tahun: laporan.tahun,
		pesan: t.pesan,
		nilai: t.nilai,
		seharusnya: t.seharusnya,
		lines,
		bukti: lines.map((line) => ({ line, raw: raw(ctx.baris, line) })),
		kelompok: null,
		peran: null
	};
}

/**
 * Groups findings by cause (cause.ts): each cause whose every consequence is among the
 * findings becomes a finding of rule sebab_angka, listed just before its first consequence;
 * `kelompok` is the cause's 1-based position. Updates the per-rule counts for the score.
 */
function groupTemuan(ctx: AuditContext, laporan: Report, base: Temuan[], rincian: SkorKualitas['rincian']): Temuan[] {
	const sebabDi = new Map<number, { sebab: Temuan; akibat: number[] }>();
	const diambil = new Set<number>();
	for (const s of findCause(laporan)) {
		const idx: number[] = [];
		for (const a of s.akibat) {
			const i = base.findIndex((t, k) => !diambil.has(k) && !idx.includes(k) && matchEffect(t, a));
			if (i < 0) break;
			idx.push(i);
		}
		if (idx.length !== s.akibat.length) continue;
		for (const i of idx) diambil.add(i);
		const lines = [s.line, ...idx.flatMap((i) => base[i].lines)];
		const sebab = completeTemuan(ctx, laporan, numberCause.id, numberCause.tingkat, { pesan: s.pesan, nilai: s.tercetak, seharusnya: s.benar, lines });
		sebabDi.set(Math.min(...idx), { sebab, akibat: idx });
	}
	if (!sebabDi.size) return base;
	const out: Temuan[] = [];
	const noDari = new Map<number, number>();
	base.forEach((t, i) => {
		const g = sebabDi.get(i);
		if (g) {
			out.push({ ...g.sebab, kelompok: out.length + 1, peran: 'sebab' });
			for (const k of g.akibat) noDari.set(k, out.length);
		}
		out.push(t);
	});
	// consequences point to their cause's position
	let pos = 0;
	base.forEach((t, i) => {
		while (out[pos] !== t) pos++;
		const no = noDari.get(i);
		if (no !== undefined) out[pos] = { ...t, kelompok: no, peran: 'akibat' };
	});
	for (const r of rincian) {
		if (r.aturan === numberCause.id) r.diperiksa = r.temuan = sebabDi.size;
		else r.akibat = out.filter((t) => t.peran === 'akibat' && t.aturan === r.aturan).length;
	}
	return out;
}

/** Every finding for one report. `lain` = the other reports, for the year-over-year rule. */
export function auditReport(laporan: Report, text: string, other: Report[] = [], options: AuditOptions = {}): Temuan[] {
	return auditAll(laporan, text, other, options).temuan;
}

/** Data-quality score of one report: checks passed, weighted by severity (tinggi 3, sedang 2, rendah 1). */
export function skorKualitas(laporan: Report, text: string, other: Report[] = [], options: AuditOptions = {}): SkorKualitas {
	return auditAll(laporan, text, other, options).skor;
}
