/**
 * dana_kegiatan on hand-made reports in other wordings: a kegiatan measurement block whose
 * "Masukan (Input)" row gives its funds and realisasi percentage, against the budget tree.
 */
import { describe, expect, it } from 'vitest';
import { anggaranRecord, testReport, testText, temuan } from './helpers';

// kegiatan on line 3: pagu 48.500.000, realisasi 47.530.000 = 98,00% (47.530.000 ÷ 48.500.000)
function pohon() {
	const program = anggaranRecord('program', 2, 60_000_000, 58_930_000, 98.22, '98,22');
	const kegiatan = anggaranRecord('kegiatan', 3, 48_500_000, 47_530_000, 98, '98,00');
	const other = anggaranRecord('kegiatan', 4, 11_500_000, 11_400_000, 99.13, '99,13');
	return testReport({ anggaran: [program, kegiatan, other] });
}

const blok = (line: string) => testText(12, { 9: 'Kegiatan Penataan Arsip Desa', 10: 'Uraian | Indikator | Target | Realisasi', 11: line });

describe('dana_kegiatan', () => {
	it('flags funds one digit off the pagu of the row with the same realisasi percentage', () => {
		// 45.500.000 vs 48.500.000: one digit differs, beside 98,00%
		const t = temuan(pohon(), blok('Masukan (Input) | Anggaran sebesar Rp 45.500.000,- | 100% | 98,00%'), 'dana_kegiatan');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 45_500_000, seharusnya: 48_500_000, lines: [3, 11], tingkat: 'tinggi' });
		expect(t[0].pesan).toContain('selisih Rp 3.000.000');
	});

	it('accepts two differing digits, not three (a different budget, not a slip)', () => {
		// 45.600.000: digits 2 and 3 differ from 48.500.000
		expect(temuan(pohon(), blok('Input/Masukan\tJumlah Dana Rp. 45.600.000\t100 %\t98,00 %'), 'dana_kegiatan')).toHaveLength(1);
		// 45.610.000: three digits differ
		expect(temuan(pohon(), blok('Input/Masukan\tJumlah Dana Rp. 45.610.000\t100 %\t98,00 %'), 'dana_kegiatan')).toEqual([]);
		// another length altogether
		expect(temuan(pohon(), blok('Input/Masukan\tJumlah Dana Rp. 148.500.000\t100 %\t98,00 %'), 'dana_kegiatan')).toEqual([]);
	});

	it('is silent when the funds are a tree amount, the percentage differs, or two amounts are printed', () => {
		// the program's pagu 60.000.000 beside the kegiatan's 98,00%: it is a budget amount of the tree
		expect(temuan(pohon(), blok('Masukan : Dana Rp 60.000.000 | 100 % | 98,00 %'), 'dana_kegiatan')).toEqual([]);
		// 98,01% is printed by no row
		expect(temuan(pohon(), blok('Masukan : Dana Rp 45.500.000 | 100 % | 98,01 %'), 'dana_kegiatan')).toEqual([]);
		// pagu and realisasi both printed: beda_antarbagian's case
		expect(temuan(pohon(), blok('Input : Dana yang dibutuhkan | Rp 45.500.000 | Rp 47.530.000 | 98,00%'), 'dana_kegiatan')).toEqual([]);
		// an output row with an amount is not an input row
		expect(temuan(pohon(), blok('Keluaran : 12 Dokumen senilai Rp 45.500.000 | 98,00%'), 'dana_kegiatan')).toEqual([]);
	});

	it('is silent when rows with that percentage have different pagu', () => {
		const l = pohon();
		l.anggaran.push(anggaranRecord('kegiatan', 5, 20_000_000, 19_600_000, 98, '98,00'));
		expect(temuan(l, blok('Masukan (Input) | Anggaran Rp 45.500.000 | 100% | 98,00%'), 'dana_kegiatan')).toEqual([]);
	});
});
