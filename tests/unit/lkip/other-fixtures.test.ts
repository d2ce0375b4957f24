/**
 * Reports in layouts the five real ones do not use, written for these tests
 * (kecamatan and years that are not among data/lkip/): markdown pipe tables
 * with another column order, and a tab table cut by a page break with a
 * repeated header and a row split in two.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const buka = (f: string) => {
	const text = readFileSync(`tests/fixtures/lkip/${f}`, 'utf8');
	return { l: extractReport(text, f, ref), lines: text.split('\n') };
};

describe('pipe tables, realisasi before target, sasaran in the last column (Kencong 2022)', () => {
	const { l, lines } = buka('kencong-2022-pipa.txt');

	it('identity', () => {
		expect(l).toMatchObject({ kecamatan: 'Kencong', kabupaten: 'Jember', tahun: 2022 });
	});

	it('reads every row of the measurement table by column names, not positions', () => {
		expect(l.indikator.map((i) => [i.line, i.no, i.indikator, i.kunci, i.target_raw, i.realisasi_raw, i.capaian_raw])).toEqual([
			[48, 1, 'Indeks Kepuasan Masyarakat (IKM)', 'ikm', '82', '84,12', '102,59'],
			[49, 2, 'Persentase penyelesaian pengaduan ketertiban umum', 'penyelesaian_trantibum', '100 %', '95 %', '95,00'],
			[50, 3, 'Jumlah kejadian gangguan ketertiban', 'jumlah_pelanggaran_trantibum', '5', '3', '140'],
			[51, 4, 'Nilai SAKIP', 'nilai_sakip', 'BB (70)', 'BB (72)', '102,86'],
			[52, 5, 'Persentase desa yang menyusun APBDes tepat waktu', 'dokumen_desa', '100 %', '80 %', '98,5,1'],
			[53, 6, 'Indeks Ketahanan Pangan Desa', null, '70', '71,4', '102,00']
		]);
		expect(l.indikator.map((i) => [i.target, i.realisasi, i.capaian])).toEqual([
			[82, 84.12, 102.59],
			[100, 95, 95],
			[5, 3, 140],
			[70, 72, 102.86],
			[100, 80, null],
			[70, 71.4, 102]
		]);
		// a blank sasaran cell continues the one above
		expect(l.indikator[2].sasaran).toBe('Terwujudnya ketentraman dan ketertiban');
		expect(l.indikator[5].sasaran).toBe('Meningkatnya tata kelola pemerintahan desa');
		for (const i of l.indikator) expect(i.raw).toBe(lines[i.line - 1].trim());
	});

	it('keeps an unknown indicator with kunci null and lists it', () => {
		expect(l.indikator_tak_dikenal).toEqual(['Indeks Ketahanan Pangan Desa']);
	});

	it('warns about the malformed capaian, naming the line, and keeps its raw text', () => {
		const w = l.peringatan.find((p) => p.line === 52);
		expect(w?.pesan).toMatch(/98,5,1/);
		expect(l.indikator[4].capaian_raw).toBe('98,5,1');
	});

	it('IKM from the summary sentence, the measurement table, the comparison by year and the per-year table', () => {
		expect(l.ikm.map((i) => [i.line, i.tahun, i.realisasi, i.target, i.mutu, i.bagian])).toEqual([
			[15, 2022, 84.12, 82, null, 'ikhtisar'],
			[48, 2022, 84.12, 82, null, 'pengukuran'],
			[61, 2020, 79.5, null, null, 'perbandingan'],
			[61, 2021, 81.33, null, null, 'perbandingan'],
			[61, 2022, 84.12, 82, null, 'perbandingan'],
			[68, 2021, 81.3, null, 'B', 'pengukuran'],
			[69, 2022, 84.12, null, 'B', 'pengukuran']
		]);
		// 2021 is stated twice with different values: both kept; the kabupaten's 85,01 is not the kecamatan's
		expect(l.ikm.some((i) => i.realisasi === 85.01)).toBe(false);
	});

	it('population from a table with a Jumlah row, area, desa and staff from sentences', () => {
		expect(Object.fromEntries(l.profil.map((p) => [p.atribut, [p.nilai, p.line]]))).toEqual({
			penduduk: [29458, 27],
			penduduk_l: [14612, 27],
			penduduk_p: [14846, 27],
			jumlah_desa: [5, 21],
			luas_km2: [65.92, 21],
			pegawai_total: [27, 29]
		});
	});
});

describe('measurement table across a page break with a repeated header (Silo 2024)', () => {
	const { l } = buka('silo-2024-halaman.txt');

	it('identity from "TAHUN ANGGARAN 2024" on the cover', () => {
		expect(l).toMatchObject({ kecamatan: 'Silo', kabupaten: 'Jember', tahun: 2024 });
	});

	it('reads both pages, joins the row cut by the break, skips the repeated header', () => {
		expect(l.indikator.map((i) => [i.line, i.indikator, i.target_raw, i.realisasi_raw, i.capaian_raw])).toEqual([
			[37, 'Indeks Kepuasan Masyarakat', '85', 'B 87,25', '102,65%'],
			[38, 'Nilai SAKIP Perangkat Daerah', 'BB (70)', 'BB (71)', '101,43%'],
			[39, 'Persentase indikator program yang tercapai', '100%', '92%', '92%'],
			[40, 'Persentase penyelesaian laporan gangguan ketentraman dan ketertiban umum', '100%', '97%', '97%'],
			[48, 'Persentase desa yang menyusun RKPDes tepat waktu', '100%', '100%', '100%'],
			[49, 'Jumlah dokumen kependudukan yang diterbitkan', '1.200 Dok', '1.350 Dok', '112,5%']
		]);
		expect(l.indikator.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(l.indikator[2].sasaran).toBe('Meningkatnya kualitas tata kelola');
		expect(l.indikator[3]).toMatchObject({ target: 100, realisasi: 97, capaian: 97, kunci: 'penyelesaian_trantibum' });
		expect(l.indikator[5]).toMatchObject({ target: 1200, realisasi: 1350, satuan: 'dokumen', kunci: null });
		expect(l.indikator[0]).toMatchObject({ realisasi: 87.25, satuan: 'indeks' });
		expect(l.indikator[1]).toMatchObject({ target: 70, realisasi: 71, satuan: 'huruf' });
	});

	it('IKM: the grade in the summary, both years of a comparison table grouped by year', () => {
		expect(l.ikm.map((i) => [i.line, i.tahun, i.realisasi, i.realisasi_raw, i.target, i.mutu, i.bagian])).toEqual([
			[18, 2024, 87, 'B (87)', null, 'B', 'ikhtisar'],
			[37, 2024, 87.25, 'B 87,25', 85, 'B', 'pengukuran'],
			[56, 2023, 83.1, '83,10', 82, null, 'perbandingan'],
			[56, 2024, 87.25, 'B 87,25', 85, 'B', 'perbandingan'],
			[58, 2024, 87.25, '87,25', 85, null, 'pengukuran']
		]);
	});
});
