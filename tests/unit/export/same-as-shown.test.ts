/**
 * Issue 9 item 11: one figure reads the same in the chart, the table and the
 * download; downloads carry neither raw floating-point noise nor the markup the
 * text conversion left in printed lines.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/format';
import { ikmRankingOption } from '$lib/charts';
import type { IkmRankingRow } from '$lib/query/sql';
import { barisUji } from '../charts/test-rows';
import { COLUMNS } from '$lib/columns';
import { tableCsv } from '$lib/table-view';
import { xlsxTable } from '$lib/export/xlsx';

// (82,89 + 80 + 81,9) / 3: the mean of the 2023 IKM of Arjasa, Patrang and Puger
const rata = (82.89 + 80 + 81.9) / 3;
const baris = [
	{
		kecamatan: 'Puger',
		realisasi: 81.9,
		target: 90,
		rata_kecamatan: rata,
		jumlah_kecamatan: 3,
		unggahan: false,
		file: 'puger-2023.txt',
		line: 707,
		raw: '<b>JUMLAH (Rp)</b>\t<b>15.170.568.935,00</b>\t<b>82,82</b>'
	},
	{
		kecamatan: 'Arjasa',
		realisasi: 82.89,
		target: 85,
		rata_kecamatan: rata,
		jumlah_kecamatan: 3,
		unggahan: false,
		file: 'arjasa-2023.txt',
		line: 72,
		raw: '*Sasaran 1* : predikat Nilai **B (63)** &amp; luas 29,11 km<sup>2</sup>'
	}
];
const kolom = [COLUMNS.kecamatan, COLUMNS.ikm, COLUMNS.target, COLUMNS.rataKecamatan];

describe('angka yang sama di grafik, tabel dan unduhan', () => {
	it('IKM 81,9 tampil "81,90" di tabel dan di label batang grafik', () => {
		expect(formatValue(81.9, COLUMNS.ikm.format)).toBe('81,90');
		const o = ikmRankingOption(barisUji<IkmRankingRow>(baris), 2023) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		// bars are drawn from the bottom: Puger (the lower) is item 0
		expect(o.series[0].label.formatter({ value: 81.9, dataIndex: 0 })).toBe('81,90');
		expect(formatValue(rata, COLUMNS.rataKecamatan.format)).toBe('81,60');
	});

	it('CSV: angka dibulatkan seperti tampilannya, teks tercetak tanpa markup', () => {
		const csv = tableCsv(kolom, baris);
		expect(csv).not.toContain('81.59666');
		const [header, puger, arjasa] = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(header).toBe('Kecamatan,IKM,Target,Rata-rata kecamatan berlaporan,Berkas sumber,Baris sumber,Teks tercetak');
		expect(puger).toBe('Puger,81.9,90,81.6,puger-2023.txt,707,"JUMLAH (Rp) | 15.170.568.935,00 | 82,82"');
		expect(arjasa).toBe('Arjasa,82.89,85,81.6,arjasa-2023.txt,72,"Sasaran 1 : predikat Nilai B (63) & luas 29,11 km²"');
	});

	it('XLSX: angka yang sama, teks tanpa markup', () => {
		const content = unzipSync(xlsxTable(kolom, baris, 'uji'));
		const sheet = strFromU8(content['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('<v>81.6</v>');
		expect(sheet).not.toContain('81.59666');
		expect(sheet).not.toMatch(/&lt;b&gt;|\*\*/);
		expect(sheet).toContain('JUMLAH (Rp) | 15.170.568.935,00 | 82,82');
	});
});
