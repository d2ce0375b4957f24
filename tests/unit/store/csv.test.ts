import { describe, expect, it } from 'vitest';
import { BOM, barisCsv, keCsv, netralkanRumus, selCsv } from '../../../src/lib/export/csv';

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
		expect(netralkanRumus(masuk)).toBe(keluar);
	});

	it.each([
		// Indonesian Excel splits on ";": each piece would start a cell
		['x;=cmd|calc', `x;'=cmd|calc`],
		['Balung,-1+2', `Balung,'-1+2`],
		['a\t@SUM(A1)', `a\t'@SUM(A1)`],
		['baris\n+62', `baris\n'+62`],
		['=a;=b', `'=a;'=b`]
	])('neutralises after a separator: %j', (masuk, keluar) => {
		expect(netralkanRumus(masuk)).toBe(keluar);
	});

	it('leaves ordinary text alone', () => {
		expect(netralkanRumus('Kecamatan Arjasa')).toBe('Kecamatan Arjasa');
		expect(netralkanRumus('85,47%')).toBe('85,47%');
		expect(netralkanRumus('a=b')).toBe('a=b');
		expect(netralkanRumus('')).toBe('');
	});
});

describe('selCsv', () => {
	it('writes numbers as numbers, so negative amounts stay numeric', () => {
		expect(selCsv(-5)).toBe('-5');
		expect(selCsv(9007199254740991)).toBe('9007199254740991');
		expect(selCsv(12345678901234567890n)).toBe('12345678901234567890');
		expect(selCsv(85.47)).toBe('85.47');
	});

	it('quotes separators, quotes and line breaks after neutralising', () => {
		expect(selCsv('a,b')).toBe('"a,b"');
		expect(selCsv('kata "kutip"')).toBe('"kata ""kutip"""');
		expect(selCsv('baris\nbaru')).toBe('"baris\nbaru"');
		expect(selCsv('=1,2')).toBe(`"'=1,2"`);
		// ";" and tab are separators too (Indonesian Excel, tab-separated pastes)
		expect(selCsv('x;=cmd')).toBe(`"x;'=cmd"`);
		expect(selCsv('a;b')).toBe('"a;b"');
		expect(selCsv('a\tb')).toBe('"a\tb"');
	});

	it('writes empty for null and joins lists in one cell', () => {
		expect(selCsv(null)).toBe('');
		expect(selCsv(undefined)).toBe('');
		expect(selCsv(Number.NaN)).toBe('');
		expect(selCsv([2021, 2023])).toBe('"2021;2023"');
		expect(selCsv(true)).toBe('true');
	});
});

describe('keCsv', () => {
	it('starts with a BOM and ends every row with CRLF', () => {
		const csv = keCsv(
			['a', 'b'],
			[
				[1, '=x'],
				[null, 'y']
			]
		);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}a,b\r\n1,'=x\r\n,y\r\n`);
		expect(barisCsv(['@a'])).toBe(`'@a\r\n`);
	});
});
