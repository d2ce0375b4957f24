/**
 * Entry point of the audit: run every rule of rules.ts over one report and attach the report's
 * identity and the printed source lines to each finding. Plain TS: runs in Node and the browser.
 */
import type { AturanIndikator, Laporan } from '../lkip/types';
import { ATURAN, BOBOT } from './rules';
import type { KonteksAudit, Temuan } from './types';
import { barisTeks, raw } from './util';

export type { Temuan, Tingkat, Bukti, Aturan } from './types';
export { ATURAN } from './rules';

export interface OpsiAudit {
	/** reference indicator rules, for polarity; without them both formulas are accepted */
	indikator?: AturanIndikator[];
}

export interface SkorKualitas {
	file: string;
	kecamatan: string | null;
	tahun: number | null;
	/** 0–100: weighted share of checks passed; null when nothing could be checked */
	skor: number | null;
	diperiksa: number;
	gagal: number;
	/** per rule: checks made and findings */
	rincian: { aturan: string; diperiksa: number; temuan: number }[];
}

export interface HasilAudit {
	temuan: Temuan[];
	skor: SkorKualitas;
}

function konteks(laporan: Laporan, text: string, lain: Laporan[], opsi: OpsiAudit): KonteksAudit {
	return {
		laporan,
		text,
		baris: barisTeks(text),
		lain: lain.filter((l) => l !== laporan && l.file !== laporan.file),
		polaritas: new Map((opsi.indikator ?? []).map((a) => [a.kunci, a.polaritas]))
	};
}

export function auditLengkap(laporan: Laporan, text: string, lain: Laporan[] = [], opsi: OpsiAudit = {}): HasilAudit {
	const ctx = konteks(laporan, text, lain, opsi);
	const temuan: Temuan[] = [];
	const rincian: SkorKualitas['rincian'] = [];
	let bobotCek = 0;
	let bobotGagal = 0;
	let diperiksa = 0;
	let gagal = 0;
	for (const a of ATURAN) {
		let hasil;
		try {
			hasil = a.periksa(ctx);
		} catch (e) {
			// one broken rule must not hide the others' findings; say which rule failed and why
			hasil = { diperiksa: 0, temuan: [{ pesan: `Aturan ${a.id} gagal dijalankan: ${(e as Error).message}`, nilai: null, seharusnya: null, lines: [] }] };
		}
		const n = Math.max(hasil.diperiksa, hasil.temuan.length);
		rincian.push({ aturan: a.id, diperiksa: n, temuan: hasil.temuan.length });
		diperiksa += n;
		gagal += hasil.temuan.length;
		bobotCek += n * BOBOT[a.tingkat];
		bobotGagal += hasil.temuan.length * BOBOT[a.tingkat];
		for (const t of hasil.temuan) {
			const lines = [...new Set(t.lines)].filter((l) => l >= 1).sort((x, y) => x - y);
			temuan.push({
				file: laporan.file,
				aturan: a.id,
				tingkat: a.tingkat,
				kecamatan: laporan.kecamatan,
				tahun: laporan.tahun,
				pesan: t.pesan,
				nilai: t.nilai,
				seharusnya: t.seharusnya,
				lines,
				bukti: lines.map((line) => ({ line, raw: raw(ctx.baris, line) }))
			});
		}
	}
	const skor = bobotCek ? Math.round((100 * (bobotCek - bobotGagal)) / bobotCek * 10) / 10 : null;
	return {
		temuan,
		skor: { file: laporan.file, kecamatan: laporan.kecamatan, tahun: laporan.tahun, skor, diperiksa, gagal, rincian }
	};
}

/** Every finding for one report. `lain` = the other reports, for the year-over-year rule. */
export function auditLaporan(laporan: Laporan, text: string, lain: Laporan[] = [], opsi: OpsiAudit = {}): Temuan[] {
	return auditLengkap(laporan, text, lain, opsi).temuan;
}

/** Data-quality score of one report: checks passed, weighted by severity (tinggi 3, sedang 2, rendah 1). */
export function skorKualitas(laporan: Laporan, text: string, lain: Laporan[] = [], opsi: OpsiAudit = {}): SkorKualitas {
	return auditLengkap(laporan, text, lain, opsi).skor;
}
