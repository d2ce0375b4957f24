/**
 * Which findings concern which figure of the kecamatan page (IKM tile, budget tile),
 * read from each finding's `rujukan` (the data rows it concerns, audit/dataset.ts).
 */
import type { FigureRef } from './dataset';

export type FigureKey = 'ikm' | 'anggaran';

const TABEL_FIGUR: Record<FigureKey, ReadonlySet<FigureRef['tabel']>> = {
	ikm: new Set(['ikm']),
	// the budget tile is the report's total: its programs, its spending split and totals quoted for other years concern it
	anggaran: new Set(['anggaran', 'belanja', 'anggaran_tahun_lain'])
};

/** A finding's references, from the published JSON column (or already parsed). */
export function refsOf(t: { rujukan?: unknown }): FigureRef[] {
	if (Array.isArray(t.rujukan)) return t.rujukan as FigureRef[];
	if (typeof t.rujukan !== 'string' || t.rujukan === '') return [];
	try {
		const r: unknown = JSON.parse(t.rujukan);
		return Array.isArray(r) ? (r as FigureRef[]) : [];
	} catch {
		return [];
	}
}

/** The findings that concern `figur` of year `tahun` (every year when none is given). */
export function temuanFor<T extends { rujukan?: unknown }>(temuan: readonly T[], figur: FigureKey, year: number | null | undefined): T[] {
	const table = TABEL_FIGUR[figur];
	return temuan.filter((t) => refsOf(t).some((r) => table.has(r.tabel) && (year === null || year === undefined || r.tahun === year)));
}

/** The finding of the audit that an IKM of `tahun` is printed differently in its report of `tahunLaporan`. */
export function ikmMismatchTemuan<T extends Record<string, unknown>>(temuan: readonly T[], year: number, tahunLaporan: number): T | undefined {
	return temuan.find((t) => t.aturan === 'beda_antarbagian' && t.tahun === tahunLaporan && refsOf(t).some((r) => r.tabel === 'ikm' && r.tahun === year));
}
