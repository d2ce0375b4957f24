import { describe, expect, it } from 'vitest';
import { anggaranRecord, ikm, testReport, testText, temuan } from './helpers';

describe('beda_antarbagian', () => {
	it('flags an IKM stated differently in the ikhtisar and the measurement table, with both lines', () => {
		const l = testReport({
			ikm: [
				ikm({ line: 72, bagian: 'ikhtisar', realisasi: 63, realisasi_raw: 'B (63)', mutu: 'B' }),
				ikm({ line: 429, bagian: 'pengukuran', realisasi: 81.9, realisasi_raw: '81,9' })
			]
		});
		const t = temuan(l, testText(430), 'beda_antarbagian');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 63, seharusnya: 81.9, lines: [72, 429] });
		expect(t[0].bukti).toHaveLength(2);
	});

	it('treats 81,9 and 81,90 as the same printed figure, 81,9 and 81,96 as different', () => {
		const l = (r: number, raw: string) =>
			testReport({
				ikm: [
					ikm({ line: 1, bagian: 'ikhtisar', realisasi: r, realisasi_raw: raw }),
					ikm({ line: 2, bagian: 'pengukuran', realisasi: 81.9, realisasi_raw: '81,9' })
				]
			});
		expect(temuan(l(81.9, '81,90'), testText(3), 'beda_antarbagian')).toEqual([]);
		expect(temuan(l(81.94, '81,94'), testText(3), 'beda_antarbagian')).toEqual([]);
		expect(temuan(l(81.96, '81,96'), testText(3), 'beda_antarbagian')).toHaveLength(1);
	});

	it('ignores IKM of other years and of the kabupaten-wide figure of another year', () => {
		const l = testReport({
			ikm: [ikm({ line: 1, tahun: 2022, bagian: 'perbandingan', realisasi: 82.5 }), ikm({ line: 2, bagian: 'pengukuran', realisasi: 81.9 })]
		});
		expect(temuan(l, testText(3), 'beda_antarbagian')).toEqual([]);
	});

	it('compares total budget sentences with the budget table, skipping other years and programs', () => {
		const text = testText(12, {
			2: 'Dalam mendukung pelaksanaan tugas pada tahun anggaran 2023 didukung dengan anggaran sebesar Rp. 12.564.365.145,00 anggaran tersebut bersumber dari APBD',
			3: 'Realisasi belanja sampai dengan 31 Desember 2023 sebesar Rp 12.564.365.145,00,- atau 82,82% dari pagu anggaran.',
			4: 'Program A didukung anggaran sebesar Rp. 1.000.000.000,- dan terserap sebesar Rp. 900.000.000,-.',
			5: 'Pada tahun 2022 dari total anggaran sebesar Rp. 3.810.244.147,00 terealisasi sebesar Rp. 3.709.209.303,00.'
		});
		const l = testReport({ anggaran: [anggaranRecord('total', 10, 15_170_568_935, 12_564_365_145)] });
		const t = temuan(l, text, 'beda_antarbagian');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 12_564_365_145, seharusnya: 15_170_568_935, lines: [2, 10] });
	});

	it('flags belanja operasi + modal that do not add up to the total pagu', () => {
		const text = testText(6, {
			2: '1. Belanja Operasional sebesar Rp. 12.564.365.145,00,-',
			3: '2. Belanja Modal sebesar Rp. 0,-',
			5: 'Belanja Operasional sebesar Rp 15.170.568.935,00 dan Belanja Modal sebesar Rp. 0,-'
		});
		const l = testReport({ anggaran: [anggaranRecord('total', 6, 15_170_568_935, 1)] });
		const t = temuan(l, text, 'beda_antarbagian').filter((x) => x.pesan.startsWith('Belanja operasi'));
		expect(t.map((x) => x.lines)).toEqual([[2, 3, 6]]);
	});

	it('flags a pagu restated with another realisasi in another table, not a pagu shared by rows with different realisasi', () => {
		const text = testText(12, {
			3: '\tInput : Dana yang dibutuhkan\tRp. 180.480.000\tRp. 171.480.000\t95,01%',
			4: '\tInput : Dana\tRp. 1.086.960.000\tRp. 1.086.960.000\t100%'
		});
		const l = testReport({
			anggaran: [
				anggaranRecord('kegiatan', 8, 180_480_000, 180_480_000),
				anggaranRecord('subkegiatan', 9, 180_480_000, 180_480_000),
				anggaranRecord('kegiatan', 10, 1_086_960_000, 1_089_285_000),
				anggaranRecord('subkegiatan', 11, 1_086_960_000, 1_086_960_000)
			]
		});
		const t = temuan(l, text, 'beda_antarbagian');
		expect(t.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([[[3, 8, 9], 180_480_000, 171_480_000]]);
	});

	it('uses the sum of programs when the table has no total row', () => {
		const text = testText(4, { 1: 'Realisasi sampai dengan 31 Desember 2023 sebesar Rp 2.875.204.434,00 atau 86,68 % dari pagu anggaran.' });
		const l = testReport({ anggaran: [anggaranRecord('program', 2, 100_000_000, 2_000_000_000), anggaranRecord('program', 3, 100_000_000, 875_304_434)] });
		const t = temuan(l, text, 'beda_antarbagian');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 2_875_204_434, seharusnya: 2_875_304_434, lines: [1, 2, 3] });
	});
});
