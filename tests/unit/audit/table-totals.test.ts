/**
 * Count and share tables outside the budget, and ASN totals across tables. The fixture
 * (tests/fixtures/audit/jumlah-tabel.txt) is written for these tests; sums redone by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/jumlah-tabel.txt', 'utf8');
const l = testReport({ tahun: 2024 });

describe('jumlah_tabel', () => {
	it('flags a total row one off its rows, and only that column', () => {
		const t = temuan(l, TEKS, 'jumlah_tabel');
		// Tabel 2.1: Jumlah 1 + 1 + 5 + 11 = 18, printed 19 (line 8); Laki-laki 10 and Perempuan 8 add up ("-" is 0).
		// Tabel 2.3: 4.120 + 2.050 + 3.010 + 820 = 10.000 and 41,2 + 20,5 + 30,1 + 8,3 = 100,1% (±0,2) pass.
		// Tabel 2.4 has a blank count (line 29): not judged.
		expect(t.map((x) => [x.lines[x.lines.length - 1], x.nilai, x.seharusnya])).toEqual([[8, 19, 18]]);
		expect(t[0].lines).toEqual([4, 5, 6, 7, 8]);
	});

	it('flags shares beyond rounding', () => {
		const t = temuan(l, TEKS.replace('8,3%', '8,6%'), 'jumlah_tabel');
		// 41,2 + 20,5 + 30,1 + 8,6 = 100,4% > 100% + 4 × 0,05
		expect(t.map((x) => x.nilai)).toEqual([19, 100]);
	});

	it('accepts a total made of subtotals', () => {
		const sub = ['No\tUraian\tJumlah', '1\tASN\t-', '2\tPNS gol III\t4', '3\tPNS gol II\t3', '\tJumlah ASN\t7', '4\tNon ASN\t5', '\tTotal\t12'].join('\n');
		expect(temuan(l, sub, 'jumlah_tabel')).toEqual([]);
	});

	it('reads the header as the reading layer does: a row of years under a merged label is no data', () => {
		// invented: 1.200 + 800 = 2.000 (2022) and 1.250 + 820 = 2.070 (2023); the year row "2022 | 2023" is part of the header
		const table = (jumlah2023: string) =>
			['Desa\tPenduduk', '\t2022\t2023', 'Arjasa\t1.200\t1.250', 'Kemuning\t800\t820', `Jumlah\t2.000\t${jumlah2023}`].join('\n');
		expect(temuan(l, table('2.070'), 'jumlah_tabel')).toEqual([]);
		const t = temuan(l, table('2.071'), 'jumlah_tabel');
		expect(t.map((x) => [x.nilai, x.seharusnya, x.lines])).toEqual([[2071, 2070, [3, 4, 5]]]);
		// the column is named by both header rows
		expect(t[0].pesan).toContain('kolom "Penduduk 2023"');
	});

	it('does not sum a golongan column, even when its total cell holds a number', () => {
		// invented: golongan 4 + 3 = 7 is no count; 120 + 105 = 225 persons
		const gol = ['No\tGol\tJumlah', '1\t4\t120', '2\t3\t105', 'Jumlah\t9\t225'].join('\n');
		expect(temuan(l, gol, 'jumlah_tabel')).toEqual([]);
		expect(temuan(l, gol.replace('\t225', '\t226'), 'jumlah_tabel').map((x) => [x.nilai, x.seharusnya])).toEqual([[226, 225]]);
	});

	it('leaves budget tables to the budget rule', () => {
		const ang = ['No\tUraian\tPagu\tRealisasi', '1\tA\t10\t9', '2\tB\t10\t9', '\tJumlah\t25\t18'].join('\n');
		expect(temuan(l, ang, 'jumlah_tabel')).toEqual([]);
	});
});

describe('jumlah_pegawai', () => {
	it('flags two ASN tables of the chapter with different totals', () => {
		const t = temuan(l, TEKS, 'jumlah_pegawai');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 19, seharusnya: 18, lines: [8, 17] });
	});

	it('accepts equal totals and ignores tables of ASN and Non ASN together', () => {
		const sama = TEKS.replace('Jumlah\t\t18', 'Jumlah\t\t19').replace('2\tIII\t9', '2\tIII\t10');
		expect(temuan(l, sama, 'jumlah_pegawai')).toEqual([]);
		const campur = TEKS.replace('Jumlah PNS Kecamatan Contoh menurut Golongan', 'Jumlah ASN dan Non ASN menurut Golongan');
		expect(temuan(l, campur, 'jumlah_pegawai')).toEqual([]);
	});

	it('compares the ASN count stated above the first table, not the Non ASN one', () => {
		const dengan = (n: string) => TEKS.replace('Tabel 2.1\n', `Kecamatan Contoh didukung ${n} orang PNS dan 6 (enam) orang Non ASN.\nTabel 2.1\n`);
		// Tabel 2.1 totals 19 (its rows give 18: that is jumlah_tabel's finding)
		const t = temuan(l, dengan('20 (dua puluh)'), 'jumlah_pegawai').filter((x) => x.pesan.startsWith('Baris 1 '));
		expect(t.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([[[1, 9], 20, 19]]);
		expect(temuan(l, dengan('19 (sembilan belas)'), 'jumlah_pegawai').filter((x) => x.pesan.startsWith('Baris 1 '))).toEqual([]);
		expect(temuan(l, dengan('sembilan belas'), 'jumlah_pegawai').filter((x) => x.pesan.startsWith('Baris 1 '))).toEqual([]);
	});
});
