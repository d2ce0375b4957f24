/**
 * The audit as dataset rows: `temuan`, `skor_kualitas` and `sumber_baris` (the lines findings
 * point to, ± 2 lines of context). Used by the data build; plain TS like the rest of the audit.
 */
import type { Report, MasterData } from '../lkip/types';
import { reportKecamatan, reportId, rowPlace, type StoredRow, type RowsByTable } from '../store/rows';
import { auditAll, type RuleOutcome } from './index';
import { aturan } from './rules';
import { textLines } from './util';

export const ROW_CONTEXT = 2;

/** A figure a finding concerns: a row of a data table of the same report, by its key there. */
export interface FigureRef {
	tabel: 'ikm' | 'indikator' | 'anggaran' | 'belanja' | 'anggaran_tahun_lain';
	kunci: string | number;
	/** the year the figure is about */
	tahun: number;
}

/**
 * The figures of report `l` a finding concerns: the data rows printed on its lines.
 * Decided once here, when the finding becomes a row, so pages place a finding
 * beside its figure by table and key instead of reading its message or lines.
 */
export function temuanRefs(l: Report, lines: readonly number[]): FigureRef[] {
	const di = new Set(lines);
	const tahun = l.tahun ?? 0;
	const out: FigureRef[] = [];
	for (const r of l.ikm) if (di.has(r.line)) out.push({ tabel: 'ikm', kunci: r.tahun, tahun: r.tahun });
	for (const r of l.indikator) if (di.has(r.line)) out.push({ tabel: 'indikator', kunci: r.no, tahun });
	for (const r of l.anggaran) if (di.has(r.line)) out.push({ tabel: 'anggaran', kunci: r.urutan, tahun });
	for (const r of l.belanja) if (di.has(r.line)) out.push({ tabel: 'belanja', kunci: r.jenis, tahun });
	for (const r of l.anggaran_tahun_lain) if (di.has(r.line)) out.push({ tabel: 'anggaran_tahun_lain', kunci: r.tahun, tahun: r.tahun });
	// one entry per figure (a statement printed on two lines of the finding is one figure)
	return [...new Map(out.map((r) => [`${r.tabel}|${r.kunci}`, r])).values()];
}

/**
 * The reports of each kecamatan, by Kemendagri code, in the order given. The rules read other
 * reports only for the same kecamatan (antar_tahun): handing each report the whole list made
 * the audit quadratic, minutes at a national build's 70.000 reports. By code, because names
 * repeat across kabupaten.
 */
export function kecamatanGroups(laporan: readonly Report[], ref: MasterData): Map<string, Report[]> {
	const groups = new Map<string, Report[]>();
	for (const l of laporan) {
		const kode = reportKecamatan(l, ref)?.kode;
		if (kode === undefined) continue;
		const group = groups.get(kode);
		if (group) group.push(l);
		else groups.set(kode, [l]);
	}
	return groups;
}

export function emptyAuditRows(): RowsByTable {
	return { temuan: [], skor_kualitas: [], sumber_baris: [] };
}

/** Every report's audit rows, in the order of `laporan`. */
export function auditRows(laporan: readonly Report[], teks: ReadonlyMap<string, string>, ref: MasterData): RowsByTable {
	const out = emptyAuditRows();
	const groups = kecamatanGroups(laporan, ref);
	for (const l of laporan) {
		const text = teks.get(l.file);
		const kode = reportKecamatan(l, ref)?.kode;
		if (text === undefined || kode === undefined) continue;
		appendRows(out, reportAuditRows(l, text, groups.get(kode)!, ref));
	}
	return out;
}

export function appendRows(out: RowsByTable, rows: RowsByTable): void {
	for (const [name, list] of Object.entries(rows)) for (const r of list) (out[name] ??= []).push(r);
}

/**
 * One report's audit rows; `sameKecamatan` = the reports of its kecamatan (kecamatanGroups), itself
 * included; `own` = its auditOwn outcomes, when the extraction already ran them (index.ts auditAll).
 */
export function reportAuditRows(l: Report, text: string, sameKecamatan: readonly Report[], ref: MasterData, own?: readonly RuleOutcome[]): RowsByTable {
	const out = emptyAuditRows();
	const kec = reportKecamatan(l, ref);
	if (!kec || l.tahun === null) return out; // the extraction rows already refuse such reports
	const key: StoredRow = { laporan_id: reportId(kec, l.tahun), kecamatan: kec.nama, kode_kecamatan: kec.kode, tahun_laporan: l.tahun, file: l.file };
	const h = auditAll(l, text, [...sameKecamatan], { indikator: ref.indikator }, own);
	h.temuan.forEach((t, i) =>
		out.temuan.push({
			...key,
			no: i + 1,
			aturan: t.aturan,
			judul_aturan: aturan(t.aturan).judul,
			tingkat: t.tingkat,
			pesan: t.pesan,
			nilai: t.nilai,
			seharusnya: t.seharusnya,
			lines: t.lines,
			kelompok: t.kelompok,
			peran: t.peran,
			bukti: JSON.stringify(t.bukti.map((b) => ({ ...b, ...rowPlace(l, b.line) }))),
			rujukan: JSON.stringify(temuanRefs(l, t.lines))
		})
	);
	// a group by cause counts once, at its cause's severity, as in the score
	const count = (x: string) => h.temuan.filter((t) => t.tingkat === x && t.peran !== 'akibat').length;
	out.skor_kualitas.push({
		...key,
		skor: h.skor.skor,
		diperiksa: h.skor.diperiksa,
		gagal: h.skor.gagal,
		tinggi: count('tinggi'),
		sedang: count('sedang'),
		rendah: count('rendah'),
		bobot_periksa: h.skor.bobot_periksa,
		bobot_gagal: h.skor.bobot_gagal
	});
	const lines = textLines(text);
	const perlu = new Set<number>();
	for (const t of h.temuan)
		for (const line of t.lines) for (let k = line - ROW_CONTEXT; k <= line + ROW_CONTEXT; k++) if (k >= 1 && k <= lines.length) perlu.add(k);
	for (const line of [...perlu].sort((a, b) => a - b)) out.sumber_baris.push({ ...key, line, ...rowPlace(l, line), teks: lines[line - 1] });
	return out;
}
