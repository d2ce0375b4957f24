/**
 * Issue 13 item 3: years in text are found by one module (lkip/years.ts) and the
 * report's year is decided once (identity.ts decideReportYear). Texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { namesOtherYear, yearIn, yearsIn } from '../../../src/lib/lkip/years';
import { readIdentity, decideReportYear } from '../../../src/lib/lkip/identity';
import { allLines } from '../../../src/lib/lkip/table';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readMasterData } from '../../../scripts/master-data';

const ref = readMasterData();

describe('years in text', () => {
	it('finds the first year and every year', () => {
		expect(yearIn('Target Th. 2023 (%)')).toBe(2023);
		expect(yearIn('Target (%)')).toBeNull();
		expect(yearIn('kode 12023')).toBeNull();
		expect(yearsIn('TAHUN 2020 / TAHUN 2021, Renstra 2019-2024')).toEqual([2020, 2021, 2019, 2024]);
	});
	it('tells a sentence about another year from one that names a plan period', () => {
		expect(namesOtherYear('Capaian tahun 2022 sebesar 90%', 2023)).toBe(true);
		expect(namesOtherYear('Capaian tahun 2023 sebesar 90%', 2023)).toBe(false);
		expect(namesOtherYear('Sasaran Renstra 2021-2026 tercapai 90%', 2023)).toBe(false);
		expect(namesOtherYear('Capaian tahun 2022 sebesar 90%', null)).toBe(false);
	});
});

describe('the report year, decided once', () => {
	it('takes the year the text names and keeps the identity warnings', () => {
		const id = readIdentity(allLines('LAPORAN KINERJA KECAMATAN ARJASA\nTAHUN 2023\n\nKATA PENGANTAR'), ref.kecamatan);
		expect(id.tahun).toBe(2023);
		expect(decideReportYear(id, 2021)).toEqual({ tahun: 2023, peringatan: id.peringatan });
	});
	it('falls back on the measurement table, dropping only the missing-year warning', () => {
		const id = readIdentity(allLines('LAPORAN KINERJA KECAMATAN ARJASA\n\nKATA PENGANTAR'), ref.kecamatan);
		expect(id.tahun).toBeNull();
		expect(id.peringatan.map((p) => p.pesan)).toContain('tahun laporan tidak ditemukan');
		const t = decideReportYear(id, 2022);
		expect(t.tahun).toBe(2022);
		expect(t.peringatan.map((p) => p.pesan)).not.toContain('tahun laporan tidak ditemukan');
		expect(t.peringatan.length).toBe(id.peringatan.length - 1);
		expect(decideReportYear(id, null)).toEqual({ tahun: null, peringatan: id.peringatan });
	});
	it('the extractor publishes that one year', () => {
		const l = extractReport(
			[
				'LAPORAN KINERJA KECAMATAN ARJASA',
				'',
				'Tabel 3.1 Pengukuran Kinerja',
				'No\tSasaran\tIndikator\tTarget 2022\tRealisasi 2022\tCapaian',
				'1\tMeningkatnya pelayanan\tIndeks Kepuasan Masyarakat\t80\t84\t105%'
			].join('\n'),
			'contoh.txt',
			ref
		);
		expect(l.tahun).toBe(2022);
		expect(l.peringatan.map((p) => p.pesan)).not.toContain('tahun laporan tidak ditemukan');
	});
});
