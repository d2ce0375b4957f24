import { describe, expect, it } from 'vitest';
import { BOM, csvRow, toCsv, neutraliseFormula, csvCell } from '../../../src/lib/export/csv';

describe('netralkanRumus', () => {
	it.each([
		['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
		['+62 812', `'+62 812`],
		['-2+3', `'-2+3`],
		['@SUM(A1:A2)', `'@SUM(A1:A2)`],
		// the tab and CR are separators too: the formula after them is neutralised as well
		['\t=1', `'\t'=1`],
		['\r=1', `'\r'=1`]
	])('neutralises %j', (masuk, keluar) => {
		expect(neutraliseFormula(masuk)).toBe(keluar);
	});

	it.each([
		// Indonesian Excel splits on ";": each piece would start a cell
		['x;=cmd|calc', `x;'=cmd|calc`],
		['Balung,-1+2', `Balung,'-1+2`],
		['a\t@SUM(A1)', `a\t'@SUM(A1)`],
		['baris\n+62', `baris\n'+62`],
		['=a;=b', `'=a;'=b`]
	])('neutralises after a separator: %j', (masuk, keluar) => {
		expect(neutraliseFormula(masuk)).toBe(keluar);
	});

	it('leaves ordinary text alone', () => {
		expect(neutraliseFormula('Kecamatan Arjasa')).toBe('Kecamatan Arjasa');
		expect(neutraliseFormula('85,47%')).toBe('85,47%');
		expect(neutraliseFormula('a=b')).toBe('a=b');
		expect(neutraliseFormula('')).toBe('');
	});
});

describe('selCsv', () => {
	it('writes numbers as numbers, so negative amounts stay numeric', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(9007199254740991)).toBe('9007199254740991');
		expect(csvCell(12345678901234567890n)).toBe('12345678901234567890');
		expect(csvCell(85.47)).toBe('85.47');
	});

	it('quotes separators, quotes and line breaks after neutralising', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('kata "kutip"')).toBe('"kata ""kutip"""');
		expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
		expect(csvCell('=1,2')).toBe(`"'=1,2"`);
		// ";" and tab are separators too (Indonesian Excel, tab-separated pastes)
		expect(csvCell('x;=cmd')).toBe(`"x;'=cmd"`);
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('a\tb')).toBe('"a\tb"');
	});

	it('writes empty for null and joins lists in one cell', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell([2021, 2023])).toBe('"2021;2023"');
		expect(csvCell(true)).toBe('true');
	});
});

describe('keCsv', () => {
	it('starts with a BOM and ends every row with CRLF', () => {
		const csv = toCsv(
			['a', 'b'],
			[
				[1, '=x'],
				[null, 'y']
			]
		);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}a,b\r\n1,'=x\r\n,y\r\n`);
		expect(csvRow(['@a'])).toBe(`'@a\r\n`);
	});
});
