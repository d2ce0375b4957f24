/**
 * The figures of an extracted report with their positions taken away, so the
 * same report read from text, DOCX and PDF can be compared: the invariance
 * tests assert every headline figure equal and measure the share of all figures
 * that survive (issue 8: at least 98% for the five reports as DOCX/PDF).
 */
import type { Report } from '../../../src/lib/lkip/types';

const ws = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

/** identity, the IKM of the report year, the budget total and every program */
export function headline(l: Report): Record<string, unknown> {
	const ikm = l.ikm.filter((r) => r.tahun === l.tahun).map((r) => [r.tahun, r.target, r.realisasi, r.mutu]);
	const total = l.anggaran.filter((r) => r.level === 'total').map((r) => [r.pagu, r.realisasi, r.persen]);
	const program = l.anggaran.filter((r) => r.level === 'program').map((r) => [ws(r.uraian), r.pagu, r.realisasi, r.persen]);
	return { kecamatan: l.kecamatan, kabupaten: l.kabupaten, tahun: l.tahun, ikm, total, program };
}

/** every figure as one comparable string; a multiset (repeats count) */
export function figures(l: Report): string[] {
	return [
		`id|${l.kecamatan}|${l.kabupaten}|${l.tahun}`,
		...l.ikm.map((r) => `ikm|${r.tahun}|${r.target}|${r.realisasi}|${r.mutu}|${r.bagian}`),
		...l.indikator.map((r) => `ind|${r.tahun}|${r.no}|${ws(r.sasaran)}|${ws(r.indikator)}|${r.kunci}|${r.target}|${r.realisasi}|${r.capaian}|${r.satuan}`),
		...l.anggaran.map((r) => `ang|${r.level}|${r.kode}|${ws(r.uraian)}|${ws(r.program)}|${ws(r.kegiatan)}|${r.pagu}|${r.realisasi}|${r.persen}`),
		...l.belanja.map((r) => `bel|${r.jenis}|${ws(r.uraian)}|${r.pagu}|${r.realisasi}`),
		...l.anggaran_tahun_lain.map((r) => `atl|${r.tahun}|${r.pagu}|${r.realisasi}|${r.persen}`),
		...l.profil.map((r) => `pro|${r.atribut}|${r.nilai}`),
		...l.skala.map((r) => `ska|${r.kode}|${ws(r.label)}|${r.bawah}|${r.atas}`)
	];
}

/** share of `expected`'s figures found in `actual` (multiset intersection), and the ones missing */
export function coverage(expected: Report, actual: Report): { share: number; missing: string[]; extra: string[] } {
	const left = new Map<string, number>();
	for (const f of figures(actual)) left.set(f, (left.get(f) ?? 0) + 1);
	const missing: string[] = [];
	for (const f of figures(expected)) {
		const n = left.get(f) ?? 0;
		if (n > 0) left.set(f, n - 1);
		else missing.push(f);
	}
	const extra = [...left].flatMap(([f, n]) => Array<string>(n).fill(f));
	const total = figures(expected).length;
	return { share: total ? (total - missing.length) / total : 1, missing, extra };
}
