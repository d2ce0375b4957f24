import { describe, expect, it } from 'vitest';
import { formatNumber, isNumberFormat, formatValue, formatPercent, formatRupiah, formatYear, EMPTY } from '$lib/format';

describe('formatRupiah', () => {
	it('short form picks miliar, juta, triliun', () => {
		expect(formatRupiah(3_316_970_181)).toBe('Rp 3,32 M');
		expect(formatRupiah(250_500_000)).toBe('Rp 250,50 Jt');
		expect(formatRupiah(1_234_567_890_123n)).toBe('Rp 1,23 T');
		expect(formatRupiah(1_000_000)).toBe('Rp 1,00 Jt');
	});

	it('amounts below a juta are printed in full', () => {
		expect(formatRupiah(500_000)).toBe('Rp 500.000');
		expect(formatRupiah(0)).toBe('Rp 0');
	});

	it('chooses the unit by the rounded value', () => {
		expect(formatRupiah(999_995_000)).toBe('Rp 1,00 M');
		expect(formatRupiah(994_999_999)).toBe('Rp 995,00 Jt');
		expect(formatRupiah(990_000_000)).toBe('Rp 990,00 Jt');
	});

	it('rounds half away from zero exactly, also for bigint beyond 2^53', () => {
		expect(formatRupiah(3_325_000_000n)).toBe('Rp 3,33 M');
		expect(formatRupiah(3_324_999_999n)).toBe('Rp 3,32 M');
		// 2^53 + 1 is not representable as a double; the full form must still be exact
		expect(formatRupiah(9_007_199_254_740_993n, false)).toBe('Rp 9.007.199.254.740.993');
		expect(formatRupiah(-3_325_000_000n)).toBe('-Rp 3,33 M');
	});

	it('full form groups thousands with dots', () => {
		expect(formatRupiah(3_316_970_181, false)).toBe('Rp 3.316.970.181');
		expect(formatRupiah(3_316_970_181n, false)).toBe('Rp 3.316.970.181');
	});

	it('missing values are a dash, never zero', () => {
		expect(formatRupiah(null)).toBe(EMPTY);
		expect(formatRupiah(undefined)).toBe(EMPTY);
		expect(formatRupiah(Number.NaN)).toBe(EMPTY);
		expect(EMPTY).toBe('–');
	});
});

describe('formatPersen', () => {
	it('uses a decimal comma and fixed digits', () => {
		expect(formatPercent(85.4678)).toBe('85,47%');
		expect(formatPercent(100)).toBe('100,00%');
		expect(formatPercent(85.4678, 1)).toBe('85,5%');
		expect(formatPercent(1234.5, 0)).toBe('1.235%');
	});
	it('does not print a negative zero', () => {
		expect(formatPercent(-0.001)).toBe('0,00%');
	});
	it('missing is a dash', () => {
		expect(formatPercent(null)).toBe('–');
		expect(formatPercent(Infinity)).toBe('–');
	});
});

describe('formatAngka and formatTahun', () => {
	it('formats numbers in id-ID', () => {
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatNumber(1234.567)).toBe('1.234,57');
		expect(formatNumber(2, 1)).toBe('2,0');
		expect(formatNumber(12_345n)).toBe('12.345');
		expect(formatNumber(null)).toBe('–');
	});
	it('years are never grouped', () => {
		expect(formatYear(2023)).toBe('2023');
		expect(formatYear(null)).toBe('–');
	});
});

describe('formatNilai', () => {
	it('dispatches on the column format', () => {
		expect(formatValue(3_316_970_181n, 'rupiah')).toBe('Rp 3.316.970.181');
		expect(formatValue(85.47, 'persen')).toBe('85,47%');
		expect(formatValue(2023, 'tahun')).toBe('2023');
		expect(formatValue(1500, 'angka')).toBe('1.500');
		expect(formatValue('Kaliwates', 'teks')).toBe('Kaliwates');
	});
	it('keeps printed text in numeric columns as text', () => {
		expect(formatValue('B', 'persen')).toBe('B');
	});
	it('empty is a dash', () => {
		expect(formatValue('', 'teks')).toBe('–');
		expect(formatValue(null, 'rupiah')).toBe('–');
	});
	it('knows which formats are numeric', () => {
		expect(isNumberFormat('rupiah')).toBe(true);
		expect(isNumberFormat('tahun')).toBe(false);
		expect(isNumberFormat(undefined)).toBe(false);
	});
});
