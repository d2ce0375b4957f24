import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { escapeXml, columnLetter, sheetName, xlsxTable } from '$lib/export/xlsx';
import type { TableColumn } from '$lib/table-view';

const kolom: TableColumn[] = [
	{ kunci: 'kecamatan', label: 'Kecamatan', format: 'teks' },
	{ kunci: 'tahun', label: 'Tahun', format: 'tahun' },
	{ kunci: 'pagu', label: 'Pagu', format: 'rupiah' },
	{ kunci: 'serapan', label: 'Serapan', format: 'persen' }
];

function buka(bytes: Uint8Array): Record<string, string> {
	const content = unzipSync(bytes);
	return Object.fromEntries(Object.entries(content).map(([k, v]) => [k, strFromU8(v)]));
}

/** The cells of sheet1 as [ref, attributes, inner xml]. */
function sel(sheet: string): Map<string, { attr: string; isi: string }> {
	const m = new Map<string, { attr: string; isi: string }>();
	for (const x of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) m.set(x[1], { attr: x[2], isi: x[3] });
	return m;
}

describe('xlsxTabel', () => {
	const rows = [
		{ kecamatan: 'Kaliwates', tahun: 2023, pagu: 3_316_970_181n, serapan: 94.77 },
		{ kecamatan: '<img src=x onerror=alert(1)> & Co', tahun: 2022, pagu: 9_007_199_254_740_993n, serapan: null },
		{ kecamatan: '=HYPERLINK("http://x")', tahun: 2021, pagu: 1_500_000.4, serapan: 'B' }
	];
	const f = buka(xlsxTable(kolom, rows, 'IKM: 2023 [kab]'));
	const s = sel(f['xl/worksheets/sheet1.xml']);

	it('is a zip with the parts Excel needs', () => {
		expect(Object.keys(f).sort()).toEqual(
			['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort()
		);
		expect(f['xl/workbook.xml']).toContain('<sheet name="IKM  2023  kab" sheetId="1" r:id="rId1"/>');
	});

	it('writes a bold header from the labels', () => {
		expect(s.get('A1')!.attr).toContain('s="1"');
		expect(s.get('A1')!.isi).toContain('>Kecamatan<');
		expect(s.get('D1')!.isi).toContain('>Serapan<');
	});

	it('writes numbers as numbers: rupiah exact with a thousands format, persen as printed', () => {
		expect(s.get('B2')).toEqual({ attr: '', isi: '<v>2023</v>' });
		expect(s.get('C2')).toEqual({ attr: ' s="2"', isi: '<v>3316970181</v>' });
		expect(s.get('D2')).toEqual({ attr: ' s="3"', isi: '<v>94.77</v>' });
		// a fractional rupiah (an average) becomes an integer
		expect(s.get('C4')!.isi).toBe('<v>1500000</v>');
	});

	it('keeps an amount beyond 2^53 exact by writing it as text', () => {
		expect(s.get('C3')!.attr).toContain('t="inlineStr"');
		expect(s.get('C3')!.isi).toContain('9007199254740993');
	});

	it('leaves missing values empty and printed text in a numeric column as text', () => {
		expect(s.has('D3')).toBe(false);
		expect(s.get('D4')!.attr).toContain('t="inlineStr"');
		expect(s.get('D4')!.isi).toContain('>B<');
	});

	it('escapes markup and keeps formula-like text as text without an apostrophe', () => {
		expect(s.get('A3')!.isi).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co');
		// shown as written, kept as text by the cell type and the quotePrefix style (issue 14: no visible apostrophe)
		expect(s.get('A4')!.isi).toContain(`>=HYPERLINK(&quot;http://x&quot;)<`);
		expect(s.get('A4')!.attr).toContain('s="4"');
		expect(s.get('A4')!.attr).toContain('t="inlineStr"');
		expect(f['xl/styles.xml']).toContain('<cellXfs count="5">');
		expect(f['xl/styles.xml']).toMatch(/<xf [^>]*quotePrefix="1"\/><\/cellXfs>/);
		expect(f['xl/worksheets/sheet1.xml']).not.toContain('<f>');
	});

	it('adds the provenance columns when rows carry them', () => {
		const g = buka(xlsxTable(kolom.slice(0, 1), [{ kecamatan: 'Ajung', file: 'lkip.txt', line: 432, raw: 'IKM 85,47' }]));
		const t = sel(g['xl/worksheets/sheet1.xml']);
		expect(t.get('B1')!.isi).toContain('Berkas sumber');
		expect(t.get('B2')!.isi).toContain('lkip.txt');
		expect(t.get('C2')!.isi).toBe('<v>432</v>');
		expect(t.get('D2')!.isi).toContain('IKM 85,47');
	});
});

describe('xlsx helpers', () => {
	it('names columns like Excel', () => {
		expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
	});
	it('drops characters XML forbids', () => {
		expect(escapeXml('a\u0001b\u0007c\td\n')).toBe('abc\td\n');
	});
	it('makes valid sheet names', () => {
		expect(sheetName('a/b\\c?d*e:f[g]')).toBe('a b c d e f g');
		expect(sheetName('x'.repeat(40))).toHaveLength(31);
		expect(sheetName('  ')).toBe('Data');
	});
});
