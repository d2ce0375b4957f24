/**
 * Issue 9 item 3: when a report states one year's IKM differently, one rule picks
 * the figure shown, the data build publishes it (ikm.dipilih, ikm.beda), and the
 * audit measures the other statements against the same figure. Expected values
 * are read off the report texts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import type { Report, MasterData } from '../../../src/lib/lkip/types';
import { reportRows } from '../../../src/lib/store/rows';
import { auditAll } from '../../../src/lib/audit/index';
import { chooseIkm } from '../../../src/lib/domain/ikm-choice';
import { readMasterData } from '../../../scripts/master-data';

let ref: MasterData;
const lap: Record<string, Report> = {};
const teks: Record<string, string> = {};
beforeAll(() => {
	ref = readMasterData();
	for (const f of ['pakusari-2021', 'puger-2023', 'arjasa-2023']) {
		teks[f] = readFileSync(`data/lkip/${f}.txt`, 'utf8');
		lap[f] = extractReport(teks[f], `${f}.txt`, ref);
	}
});

function dipilih(f: string, year: number) {
	const rows = reportRows(lap[f], ref).ikm.filter((r) => r.tahun === year && r.dipilih);
	expect(rows, `satu nilai dipilih untuk ${f} ${year}`).toHaveLength(1);
	return rows[0];
}

describe('IKM yang dipakai', () => {
	it('Pakusari 2021: 86,68 (Tabel 3.2, 3.3, 3.4) dipakai, bukan "B 100 %" Tabel 3.1; yang lain tercatat dengan letaknya', () => {
		// pakusari-2021.txt line 350 (Tabel 3.1) prints "B 100 %"; lines 369, 379, 389 print B 86,68
		const r = dipilih('pakusari-2021', 2021);
		expect(r.realisasi).toBe(86.68);
		expect(r.beda).toBe('B 100 % di tabel pengukuran kinerja baris 350');
	});

	it('Puger 2023: 81,9 (tabel pengukuran dan perbandingan) dipakai, "B (63)" di ikhtisar tercatat', () => {
		const r = dipilih('puger-2023', 2023);
		expect(r.realisasi).toBe(81.9);
		expect(r.beda).toBe('B (63) di ikhtisar eksekutif baris 72');
	});

	it('laporan yang menyebut satu nilai saja tidak punya catatan beda', () => {
		const r = dipilih('arjasa-2023', 2023);
		expect(r.realisasi).toBe(82.89);
		expect(r.beda).toBeNull();
	});

	it('audit mengukur nilai lain terhadap nilai yang sama dengan yang dipakai dasbor', () => {
		for (const [f, year] of [
			['pakusari-2021', 2021],
			['puger-2023', 2023]
		] as const) {
			const temuan = auditAll(lap[f], teks[f], Object.values(lap), { indikator: ref.indikator }).temuan.filter(
				(t) => t.aturan === 'beda_antarbagian' && /\bIKM\b/.test(t.pesan)
			);
			expect(temuan.length).toBeGreaterThan(0);
			for (const t of temuan) expect(t.seharusnya).toBe(dipilih(f, year).realisasi);
		}
	});

	it('seri: nilai yang tercetak di tabel pengukuran, lalu baris paling awal', () => {
		const p = (realisasi: number, bagian: string, line: number) => ({ realisasi, realisasi_raw: String(realisasi).replace('.', ','), bagian, line });
		expect(chooseIkm([p(80, 'ikhtisar', 10), p(82, 'pengukuran', 50)])?.pilihan.realisasi).toBe(82);
		expect(chooseIkm([p(80, 'perbandingan', 90), p(82, 'perbandingan', 60)])?.pilihan.realisasi).toBe(82);
		// "82" and "82,00" agree to the coarser printed precision: one value, stated twice
		expect(
			chooseIkm([p(82, 'ikhtisar', 5), { realisasi: 82, realisasi_raw: '82,00', bagian: 'perbandingan', line: 7 }, p(90, 'pengukuran', 50)])?.pilihan.realisasi
		).toBe(82);
	});
});
