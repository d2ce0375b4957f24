import { describe, expect, it } from 'vitest';
import { parseIndikatorValue, parsePercent, parseRupiah, parseToken } from '../../../src/lib/lkip/numbers';

describe('Indonesian number formats', () => {
	it('reads dot-grouped thousands with a comma decimal', () => {
		expect(parseToken('1.234.567,89')).toEqual({ nilai: 1234567.89, masalah: null });
		expect(parseIndikatorValue('1.234.567,89').nilai).toBe(1234567.89);
	});

	it('keeps rupiah exact and refuses to round sen away', () => {
		expect(parseRupiah('Rp. 3.316.970.181,00')).toEqual({ nilai: 3316970181, masalah: null });
		expect(parseRupiah('Rp 2.409.251.246,-').nilai).toBe(2409251246);
		expect(parseRupiah('12.564.365.145,00,-').nilai).toBe(12564365145);
		expect(Number.isSafeInteger(parseRupiah('Rp. 3.316.970.181,00').nilai)).toBe(true);
		const sen = parseRupiah('1.234.567,89');
		expect(sen.nilai).toBeNull();
		expect(sen.masalah).toMatch(/sen/);
	});

	it('reads percentages with comma, dot, space and trailing dot', () => {
		expect(parsePercent('85,47%').nilai).toBe(85.47);
		expect(parsePercent('98.85').nilai).toBe(98.85);
		expect(parsePercent('100 %').nilai).toBe(100);
		expect(parsePercent('100.%').nilai).toBe(100);
		expect(parsePercent('97.5%').nilai).toBe(97.5);
	});

	it('reads an English decimal point as a decimal, not as thousands', () => {
		expect(parseToken('98.85').nilai).toBe(98.85);
		expect(parseIndikatorValue('98.85')).toMatchObject({ nilai: 98.85, huruf: null });
		// a ratio with three decimals stays a ratio; a count with a grouping dot is a count
		expect(parseToken('82.890', false).nilai).toBe(82.89);
		expect(parseToken('4.042').nilai).toBe(4042);
	});

	it('reads counts with units and grades with or without a score', () => {
		expect(parseIndikatorValue('4 Dok')).toMatchObject({ nilai: 4, satuan: 'dokumen', huruf: null });
		expect(parseIndikatorValue('1.200 Dok')).toMatchObject({ nilai: 1200, satuan: 'dokumen' });
		expect(parseIndikatorValue('2.500 Orang').nilai).toBe(2500);
		expect(parseIndikatorValue('B (61)')).toMatchObject({ nilai: 61, huruf: 'B', satuan: 'huruf' });
		expect(parseIndikatorValue('BB (80)')).toMatchObject({ nilai: 80, huruf: 'BB', satuan: 'huruf' });
		expect(parseIndikatorValue('B')).toMatchObject({ nilai: null, huruf: 'B', satuan: 'huruf', masalah: null });
		expect(parseIndikatorValue('B 86,68')).toMatchObject({ nilai: 86.68, huruf: 'B' });
		expect(parseIndikatorValue('B (85 %)')).toMatchObject({ nilai: 85, huruf: 'B', satuan: '%' });
		expect(parseIndikatorValue('100 %')).toMatchObject({ nilai: 100, satuan: '%' });
		expect(parseIndikatorValue('66%')).toMatchObject({ nilai: 66, satuan: '%' });
	});

	it('does not take a word for a grade: "Baik" is not "B"', () => {
		expect(parseIndikatorValue('Baik').huruf).toBeNull();
		expect(parseIndikatorValue('Baik').nilai).toBeNull();
	});

	it('rejects a malformed number instead of fixing it', () => {
		for (const f of [parseRupiah, parsePercent, parseIndikatorValue]) {
			const h = f('337.369.33');
			expect(h.nilai).toBeNull();
			expect(h.masalah).toMatch(/337\.369\.33/);
			expect(h.masalah).toMatch(/tidak dikenali/);
		}
		expect(parseRupiah('Rp 337.369.33,-').nilai).toBeNull();
		expect(parseRupiah('1.091.110.00,00').nilai).toBeNull();
	});

	it('treats blanks and dashes as no value, without a problem', () => {
		expect(parseRupiah('-')).toEqual({ nilai: null, masalah: null });
		expect(parsePercent('')).toEqual({ nilai: null, masalah: null });
		expect(parseIndikatorValue(' – ')).toMatchObject({ nilai: null, masalah: null });
	});
});
