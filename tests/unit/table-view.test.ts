import { describe, expect, it } from 'vitest';
import { hasSource, tableCsv, exportColumns, shownColumns, shownCellValue, rowSource, sourceText, type TableColumn } from '$lib/table-view';

const kolom: TableColumn[] = [
	{ kunci: 'kecamatan', label: 'Kecamatan' },
	{ kunci: 'pagu', label: 'Pagu (Rp)', format: 'rupiah' },
	{ kunci: 'serapan', label: 'Serapan (%)', format: 'persen' }
];

describe('csvTabel', () => {
	it('writes labels as header and raw values, through the shared CSV writer', () => {
		const csv = tableCsv(kolom, [
			{ kecamatan: 'Kaliwates', pagu: 3_316_970_181n, serapan: 94.77 },
			{ kecamatan: 'Sumber, "Baru"', pagu: null, serapan: -1.5 }
		]);
		expect(csv).toBe('\uFEFFKecamatan,Pagu (Rp),Serapan (%)\r\n' + 'Kaliwates,3316970181,94.77\r\n' + '"Sumber, ""Baru""",,-1.5\r\n');
	});

	it('neutralises formulas in text but not negative numbers', () => {
		const csv = tableCsv(kolom, [{ kecamatan: '=1+1', pagu: -5, serapan: '@x' }]);
		expect(csv.split('\r\n')[1]).toBe("'=1+1,-5,'@x");
	});

	it('appends file, line and raw text when rows carry provenance', () => {
		const csv = tableCsv(kolom.slice(0, 1), [{ kecamatan: 'Ajung', file: 'a.txt', line: 12, raw: 'IKM 85,47' }]);
		expect(csv).toBe('\uFEFFKecamatan,Berkas sumber,Baris sumber,Teks tercetak\r\nAjung,a.txt,12,"IKM 85,47"\r\n');
	});
});

describe('provenance helpers', () => {
	it('recognises a row with file and line', () => {
		expect(rowSource({ file: 'a.txt', line: 432n, raw: 'x' })).toEqual({ file: 'a.txt', line: 432, raw: 'x' });
		expect(rowSource({ file: 'a.txt' })).toBeNull();
		expect(rowSource({ line: 3 })).toBeNull();
		expect(hasSource([{ a: 1 }, { file: 'b.txt', line: 3 }])).toBe(true);
		expect(hasSource([{ a: 1 }])).toBe(false);
		expect(sourceText({ file: 'berkas.txt', line: 432 })).toBe('berkas.txt baris 432');
	});
	it('does not duplicate provenance columns the caller already lists', () => {
		const k = exportColumns([{ kunci: 'file', label: 'Berkas' }], [{ file: 'a.txt', line: 1 }]);
		expect(k.map((x) => x.kunci)).toEqual(['file', 'line', 'raw']);
		expect(k[0].label).toBe('Berkas');
	});
	it('turns query values into cell values', () => {
		expect(shownCellValue(new Int32Array([2021, 2023]))).toEqual([2021, 2023]);
		expect(shownCellValue(new Date(Date.UTC(2024, 0, 2)))).toBe('2024-01-02T00:00:00.000Z');
		expect(shownCellValue({ a: 1n })).toBe('{"a":"1"}');
		expect(shownCellValue(undefined)).toBeNull();
	});
});

describe('upload mark (Asal data)', () => {
	it('adds the column only when some row is uploaded data, once, and keeps it in downloads', () => {
		const terbit = [{ kecamatan: 'Arjasa', pagu: 1, serapan: 90, unggahan: false }];
		const campur = [...terbit, { kecamatan: 'Silo', pagu: 2, serapan: 95, unggahan: true }];
		expect(shownColumns(kolom, terbit).map((k) => k.label)).toEqual(['Kecamatan', 'Pagu (Rp)', 'Serapan (%)']);
		expect(shownColumns(kolom, campur).map((k) => k.label)).toEqual(['Kecamatan', 'Pagu (Rp)', 'Serapan (%)', 'Asal data']);
		expect(shownColumns(shownColumns(kolom, campur), campur)).toHaveLength(4);
		expect(tableCsv(kolom, campur).split('\r\n').slice(0, 3)).toEqual([
			'\uFEFFKecamatan,Pagu (Rp),Serapan (%),Asal data',
			'Arjasa,1,90,',
			'Silo,2,95,data unggahan'
		]);
	});
});
