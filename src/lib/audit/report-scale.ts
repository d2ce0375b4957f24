/**
 * The report's own predikat scale as the audit compares with it. The scale is read once, by
 * the extractor (src/lib/lkip/predikat-scale.ts, Laporan.skala); here it only gets open ends as
 * ±Infinity and a normalised label per level.
 */
import { labelKey } from '../lkip/predikat-scale';
import type { ScaleRecord } from '../lkip/types';

export { labelKey };

export interface ScaleLevel {
	label: string;
	/** normalised label: lower case, letters only, no spaces */
	kunci: string;
	kode: string | null;
	bawah: number;
	atas: number;
	line: number;
}

export interface ReportScale {
	tingkatan: ScaleLevel[];
	lines: number[];
}

/** The extracted scale in the audit's form; null when the report states none. */
export function checkReportScale(scale: readonly ScaleRecord[]): ReportScale | null {
	if (!scale.length) return null;
	const tingkatan = scale.map((s) => ({
		label: s.label,
		kunci: labelKey(s.label),
		kode: s.kode,
		bawah: s.bawah ?? -Infinity,
		atas: s.atas ?? Infinity,
		line: s.line
	}));
	return { tingkatan, lines: tingkatan.map((t) => t.line) };
}

/**
 * Labels the scale allows for a value. A value on a boundary shared by two levels, or in a
 * gap between them (75 < x < 76), may carry either label: the report's table does not decide.
 */
export function labelFor(scale: ReportScale, x: number): Set<string> {
	const t = scale.tingkatan;
	const kena = t.filter((s) => x >= s.bawah - 1e-9 && x <= s.atas + 1e-9);
	if (kena.length) {
		// "Lebih dari 100" excludes 100 itself
		const tegas = kena.filter((s) => !(s.bawah !== -Infinity && s.atas === Infinity && x === s.bawah && kena.length > 1));
		return new Set((tegas.length ? tegas : kena).map((s) => s.kunci));
	}
	const sorted = [...t].sort((a, b) => a.bawah - b.bawah);
	if (x > Math.max(...sorted.map((s) => s.atas))) return new Set([sorted[sorted.length - 1].kunci]);
	if (x < Math.min(...sorted.map((s) => s.bawah))) return new Set([sorted[0].kunci]);
	const lower = sorted.filter((s) => s.atas < x).pop();
	const upper = sorted.find((s) => s.bawah > x);
	return new Set([lower?.kunci, upper?.kunci].filter((k): k is string => !!k));
}
