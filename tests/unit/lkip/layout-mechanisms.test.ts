/**
 * The mechanisms that read unseen layouts, each on a small text written for it:
 * page furniture, wrapped cells, the report's number format, Permendagri 90
 * codes, sentences wrapped at the page width. Expected values read off the texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { pageNumber, pageEdges } from '../../../src/lib/lkip/page-furniture';
import { numberFormat, parseIndikatorValue, parsePercent, parseRupiah, parseToken } from '../../../src/lib/lkip/numbers';
import { continuationLine } from '../../../src/lib/lkip/paragraphs';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));

describe('page furniture', () => {
	it('page numbers by their shape', () => {
		for (const s of ['12', '  - 12 -', 'Halaman 3', 'Hal. 4 dari 40', '7 / 40', 'Laporan Kinerja Kecamatan Silo Tahun 2024 | 41', '\f   3'])
			expect(pageNumber(s), s).toBe(true);
		for (const s of ['2023', '12.345', 'Tabel 3.1', '1. Pendahuluan', 'No | Uraian | Pagu']) expect(pageNumber(s), s).toBe(false);
	});
	it('a running title repeated next to two page boundaries; a heading next to one is not', () => {
		const lines = [
			'Judul laporan',
			'isi halaman satu',
			'1',
			'\fLKjIP Kecamatan Jelbuk 2022',
			'BAB II',
			'isi',
			'2',
			'\fLKjIP Kecamatan Jelbuk 2022',
			'isi lagi'
		];
		expect(pageEdges(lines, () => false)).toEqual([false, false, true, true, false, false, true, true, false]);
	});
	it('a repeated table header of three cells is never furniture', () => {
		const lines = ['a', '\fNo    Uraian    Pagu', 'x', '\fNo    Uraian    Pagu', 'y'];
		expect(pageEdges(lines, () => false)).toEqual([false, false, false, false, false]);
	});
});

describe('space-aligned rows', () => {
	const table = [
		'No   Uraian                          Pagu (Rp)      Realisasi (Rp)',
		'1    Penyediaan Jasa Komunikasi,     57.920.000         52.416.318',
		'     Sumber Daya Air dan Listrik',
		'2    Penyediaan Jasa Pelayanan      186.000.000        183.600.000',
		'     Umum Kantor'
	];
	it('a line with words only where the row above has words, and no figure, joins that row', () => {
		const rows = allLines(table.join('\n'));
		expect(rows.map((r) => r.cells)).toEqual([
			['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
			['1', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', '57.920.000', '52.416.318'],
			null,
			['2', 'Penyediaan Jasa Pelayanan Umum Kantor', '186.000.000', '183.600.000'],
			null
		]);
		expect(rows[2]).toMatchObject({ line: 3, raw: '' });
	});
	it('a line starting in another column, or under a column-number row, stays a row of its own', () => {
		const t = [
			'No   Uraian                Pagu        Realisasi',
			'1    2                     3           4',
			'     BELANJA OPERASI',
			'1    Jasa Kantor           5.000.000   4.000.000',
			'2    Jasa Listrik          6.000.000   5.000.000'
		];
		expect(allLines(t.join('\n'))[2].cells).toEqual(['', 'BELANJA OPERASI']);
	});
});

describe('number format of the report', () => {
	it('read from its unambiguous figures', () => {
		expect(numberFormat('Rp 1.234.567,00 dan Rp 2.000.000')).toBe('id');
		expect(numberFormat('Rp 1,234,567.00 and Rp 2,000,000 (96.5%)')).toBe('en');
		// a single English-looking figure in an Indonesian report does not turn it
		expect(numberFormat('Rp 1.234.567 lalu 98.85 dan 1,250,000.00')).toBe('id');
	});
	it('en: comma groups thousands, dot marks decimals; rupiah stay exact integers', () => {
		expect(parseRupiah('1,234,567.00', 'en')).toEqual({ nilai: 1234567, masalah: null });
		expect(parseRupiah('Rp 2,400,000', 'en')).toEqual({ nilai: 2400000, masalah: null });
		expect(parseRupiah('1,234,567.50', 'en').masalah).toMatch(/sen/);
		expect(parseToken('41,276', true, 'en').nilai).toBe(41276);
		expect(parseIndikatorValue('1,200', 'en').nilai).toBe(1200);
		expect(parseIndikatorValue('87.14', 'en').nilai).toBe(87.14);
		expect(parsePercent('96.50%', 'en').nilai).toBe(96.5);
		// the same text in an Indonesian report
		expect(parseIndikatorValue('1,200').nilai).toBe(1.2);
	});
});

describe('Permendagri 90 codes', () => {
	it('program and kegiatan only: the shape names the level, not the count of code lengths', () => {
		const t = [
			'LAPORAN KINERJA KECAMATAN PANTI TAHUN 2022',
			'',
			'Tabel 3.4 Realisasi Anggaran Tahun 2022',
			'',
			'Kode\tUraian\tPagu\tRealisasi\t%',
			'7.01.02\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t150.000.000\t140.000.000\t93,33',
			'7.01.02.2.01\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\t150.000.000\t140.000.000\t93,33',
			'7.01.04\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t50.000.000\t45.000.000\t90,00',
			'7.01.04.2.01\tKoordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum\t50.000.000\t45.000.000\t90,00',
			'\tJumlah\t200.000.000\t185.000.000\t92,50'
		].join('\n');
		const l = extractReport(t, 'panti.txt', ref);
		expect(l.anggaran.map((a) => [a.line, a.level, a.kode])).toEqual([
			[10, 'total', null],
			[6, 'program', '7.01.02'],
			[7, 'kegiatan', '7.01.02.2.01'],
			[8, 'program', '7.01.04'],
			[9, 'kegiatan', '7.01.04.2.01']
		]);
	});
});

describe('sentences wrapped at the page width', () => {
	it('a line right below a full-width line continues it, whatever its first letter', () => {
		const full = 'Pagu anggaran Kecamatan Panti pada tahun 2022 sebesar Rp 3.000.000.000,00 dengan realisasi sebesar';
		expect(continuationLine(full, 'Rp 2.900.000.000,00 atau 96,67%.', true)).toBe(true);
		expect(continuationLine(full, 'Rp 2.900.000.000,00 atau 96,67%.', false)).toBe(false);
		expect(continuationLine('IKHTISAR EKSEKUTIF', 'Pada tahun 2022 ...', true)).toBe(false);
		expect(continuationLine(`${full} Rp 1.`, 'Berikutnya', true)).toBe(false);
		expect(continuationLine('dengan luas wilayah', '146,92 km2', false)).toBe(true);
	});
});

describe('bounded work on hostile text', () => {
	it('a long run of thousands groups, lines of many figures, many pages', () => {
		const start = performance.now();
		numberFormat('1.' + '111.'.repeat(50000) + '11');
		allLines(('1  ' + '2 '.repeat(900) + '\n').repeat(200));
		allLines(('a' + ' '.repeat(1990) + 'b\n').repeat(200));
		allLines(('\f' + 'x  y\n'.repeat(3)).repeat(2000));
		// linear work takes well under a second; the quadratic forms took a minute
		expect(performance.now() - start).toBeLessThan(8000);
	});
});
