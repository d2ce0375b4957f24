import type { AnggaranRecord, IkmRecord, IndikatorRecord, Report, AnggaranLevel } from '../../../src/lib/lkip/types';
import { auditAll } from '../../../src/lib/audit/index';
import { readCapaianMax100, readPredikatScale } from '../../../src/lib/lkip/predikat-scale';
import { allLines } from '../../../src/lib/lkip/table';
import { emptyReport } from '../../../src/lib/lkip/empty-report';

export function testReport(p: Partial<Report> = {}): Report {
	return { ...emptyReport('uji-2023.txt', 'Uji', 2023, 'Jember'), ...p };
}

let urutan = 0;
export function anggaranRecord(
	level: AnggaranLevel,
	line: number,
	pagu: number | null,
	realisasi: number | null,
	persen: number | null = null,
	persen_raw: string | null = null
): AnggaranRecord {
	return {
		level,
		urutan: ++urutan,
		kode: null,
		uraian: `${level} ${line}`,
		program: null,
		kegiatan: null,
		pagu,
		realisasi,
		persen,
		pagu_raw: pagu === null ? null : String(pagu),
		realisasi_raw: realisasi === null ? null : String(realisasi),
		persen_raw: persen_raw ?? (persen === null ? null : `${persen}%`),
		line,
		raw: `baris ${line}`
	};
}

export function ikm(p: Partial<IkmRecord> & { line: number; bagian: IkmRecord['bagian'] }): IkmRecord {
	return { tahun: 2023, target: null, realisasi: null, mutu: null, target_raw: null, realisasi_raw: null, raw: `baris ${p.line}`, ...p };
}

export function indikatorRecord(p: Partial<IndikatorRecord> & { line: number }): IndikatorRecord {
	return {
		tahun: 2023,
		no: 1,
		sasaran: null,
		indikator: 'Indeks Kepuasan Masyarakat',
		kunci: null,
		target: null,
		realisasi: null,
		capaian: null,
		target_raw: String(p.target ?? ''),
		realisasi_raw: String(p.realisasi ?? ''),
		capaian_raw: `${p.capaian ?? ''}%`,
		satuan: null,
		raw: `baris ${p.line}`,
		...p
	};
}

/** Text of n lines with the given lines set (1-based). */
export function testText(n: number, content: Record<number, string> = {}): string {
	return Array.from({ length: n }, (_, i) => content[i + 1] ?? '').join('\n');
}

/** Findings of a hand-built report; its scale and cap rule are read from the text, as the extractor would, unless it sets its own. */
export function temuan(l: Report, text = testText(10), aturan?: string, other: Report[] = [], options = {}) {
	const rows = allLines(text);
	const complete = { ...l, skala: l.skala.length ? l.skala : readPredikatScale(rows), capaian_maks_100: l.capaian_maks_100 ?? readCapaianMax100(rows) };
	const t = auditAll(complete, text, other, options).temuan;
	return aturan ? t.filter((x) => x.aturan === aturan) : t;
}
