/**
 * Reports in layouts the extractor was not written against (layouts-unseen.ts
 * lists them with their figures, read by hand): every headline figure, at least
 * 95% of all figures, and each figure at the line that prints it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';
import { coverage, headline } from '../document/figures';
import { EXPECTED, expectedReport } from './layouts-unseen';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const buka = (f: string) => {
	const teks = readFileSync(`tests/fixtures/lkip/${f}`, 'utf8');
	return { teks, lines: teks.split('\n'), l: extractReport(teks, f, ref) };
};

describe('unseen layouts: headline figures and coverage', () => {
	for (const h of EXPECTED)
		it(h.file, () => {
			const { l } = buka(h.file);
			const harapan = expectedReport(h);
			expect(headline(l)).toEqual(headline(harapan));
			const c = coverage(harapan, l);
			expect(c.missing, `${h.file}: ${(c.share * 100).toFixed(1)}%`).toEqual([]);
			expect(c.extra).toEqual([]);
			expect(l.peringatan).toEqual([]);
		});
});

/** The printed line holds each of the record's printed figures. */
function cekBaris(lines: string[], line: number, ...text: (string | null)[]) {
	for (const t of text) if (t) expect(lines[line - 1], `line ${line}`).toContain(t);
}

describe('pdftotext -layout of a Word PDF (Ledokombo 2023)', () => {
	const { l, lines, teks: text } = buka('ledokombo-2023-layout.txt');

	it('a name wrapped onto the next lines joins its row; the row stays at its line of figures', () => {
		const rows = allLines(text);
		expect(rows[75].cells).toEqual(['1', 'Meningkatnya kualitas pelayanan publik kecamatan', 'Indeks Kepuasan Masyarakat (IKM)', '84', '86,12', '102,52']);
		for (const n of [77, 78]) expect(rows[n - 1]).toMatchObject({ line: n, raw: '', cells: null });
		expect(l.indikator.map((i) => i.line)).toEqual([76, 79, 82, 85]);
		for (const i of l.indikator) cekBaris(lines, i.line, i.target_raw, i.realisasi_raw, i.capaian_raw);
	});

	it('running header and page number are furniture, never rows or figures', () => {
		const rows = allLines(text);
		expect(rows[126]).toMatchObject({ line: 127, raw: '4', cells: null, tepi: true });
		expect(rows[127]).toMatchObject({ line: 128, raw: 'LKjIP Kecamatan Ledokombo Tahun 2023', cells: null, tepi: true });
		expect(l.anggaran.some((a) => a.line === 127 || a.line === 128)).toBe(false);
	});

	it('budget tree from Permendagri 90 codes across the page break, each row at its line', () => {
		expect(l.anggaran.filter((a) => a.level === 'subkegiatan').map((a) => a.kode)).toEqual([
			'7.01.01.2.01.0001',
			'7.01.01.2.01.0006',
			'7.01.01.2.02.0001',
			'7.01.01.2.06.0002',
			'7.01.01.2.06.0009',
			'7.01.01.2.08.0002',
			'7.01.01.2.08.0004',
			'7.01.01.2.09.0002',
			'7.01.01.2.09.0009',
			'7.01.02.2.01.0001',
			'7.01.03.2.01.0001',
			'7.01.03.2.01.0004',
			'7.01.04.2.01.0001'
		]);
		expect(l.anggaran.find((a) => a.kode === '7.01.01.2.09.0002')).toMatchObject({
			line: 132,
			kegiatan: 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah'
		});
		expect(l.anggaran[0]).toMatchObject({ level: 'total', line: 161 });
		for (const a of l.anggaran) cekBaris(lines, a.line, a.pagu_raw, a.realisasi_raw, a.persen_raw);
	});

	it('a budget sentence wrapped after its first amount keeps its year and both amounts', () => {
		expect(l.anggaran_tahun_lain[1]).toMatchObject({ tahun: 2022, line: 163, pagu: 3105902000, realisasi: 2987440125 });
		expect(lines[162]).toContain('2.987.440.125,00');
		expect(lines[163]).toContain('3.105.902.000,00');
	});

	it('profile sentences wrapped at the page width, each figure at its own line', () => {
		expect(Object.fromEntries(l.profil.map((p) => [p.atribut, p.line]))).toEqual({
			penduduk: 52,
			penduduk_l: 53,
			penduduk_p: 54,
			jumlah_desa: 49,
			luas_km2: 49,
			pegawai_total: 58
		});
	});
});

describe('html tables cut at page breaks (Mumbulsari 2022)', () => {
	const { l, lines, teks: text } = buka('mumbulsari-2022-html.txt');

	it('a rowspan left open at </table> holds its columns in the reopened table', () => {
		const rows = allLines(text).filter((r) => r.line === 85);
		expect(rows.map((r) => r.cells)).toEqual([['', '', 'Persentase pengaduan masyarakat yang ditindaklanjuti', '%', '100', '95', '95,00']]);
		expect(l.indikator.map((i) => i.line)).toEqual([62, 71, 85, 92, 101]);
	});

	it('a text between two tables is no page break: the rowspan ends with its table', () => {
		const t = '<table><tr><td rowspan="3">A</td><td>1</td></tr></table>\nTabel 2 Lain\n<table><tr><td>x</td><td>y</td></tr></table>';
		expect(
			allLines(t)
				.filter((r) => r.cells)
				.map((r) => r.cells)
		).toEqual([
			['A', '1'],
			['x', 'y']
		]);
	});

	it('budget tree from I / 1 / a numbering, over the repeated header', () => {
		expect(l.anggaran.filter((a) => a.level === 'program').map((a) => a.kode)).toEqual(['I', 'II', 'III', 'IV']);
		expect(l.anggaran.find((a) => a.line === 146)).toMatchObject({
			level: 'kegiatan',
			kode: '2',
			program: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'
		});
		for (const a of l.anggaran) cekBaris(lines, a.line, a.pagu_raw, a.realisasi_raw, a.persen_raw);
	});
});

describe('tab rows, sasaran lines, English number format (Sukorambi 2024)', () => {
	const { l, lines, teks: text } = buka('sukorambi-2024-tab.txt');

	it('a sasaran line without tabs between rows heads the indicators below it', () => {
		const rows = allLines(text);
		expect(rows[23].cells).toBeNull();
		expect(l.indikator.map((i) => [i.line, i.sasaran])).toEqual([
			[25, 'Meningkatnya kualitas pelayanan publik di Kecamatan Sukorambi'],
			[26, 'Meningkatnya kualitas pelayanan publik di Kecamatan Sukorambi'],
			[28, 'Meningkatnya kinerja dan akuntabilitas perangkat daerah'],
			[29, 'Meningkatnya kinerja dan akuntabilitas perangkat daerah'],
			[31, 'Terciptanya ketentraman dan ketertiban masyarakat'],
			[32, 'Terciptanya ketentraman dan ketertiban masyarakat']
		]);
	});

	it('1,234,567.00 is an exact rupiah integer; 41,276 jiwa and 1,200 Dok are thousands', () => {
		expect(l.anggaran[0]).toMatchObject({ line: 63, pagu: 2738560400, pagu_raw: '2,738,560,400.00', persen: 96.61 });
		for (const a of l.anggaran) expect(Number.isSafeInteger(a.pagu)).toBe(true);
		expect(l.indikator[5]).toMatchObject({ target: 1200, realisasi: 1315, target_raw: '1,200' });
		expect(l.profil.find((p) => p.atribut === 'penduduk')?.nilai).toBe(41276);
		for (const a of l.anggaran) cekBaris(lines, a.line, a.pagu_raw, a.realisasi_raw, a.persen_raw);
	});
});

describe('generated: LibreOffice PDF through pdftotext -layout (Sumberjambe 2023)', () => {
	const { l, lines, teks: text } = buka('sumberjambe-2023-pdftotext.txt');

	it('a row centred over several lines is one row at its line of figures', () => {
		const rows = allLines(text);
		expect(rows[48].cells).toEqual([
			'1',
			'Meningkatnya kualitas pelayanan administrasi dan pelayanan publik di wilayah Kecamatan Sumberjambe',
			'Indeks Kepuasan Masyarakat (IKM)',
			'82',
			'84,66',
			'103,24'
		]);
		for (const n of [47, 48, 50, 51, 52]) expect(rows[n - 1]).toMatchObject({ raw: '', cells: null });
	});

	it('justified cell text stays one cell; each page keeps its own columns', () => {
		const rows = allLines(text);
		expect(rows[93].cells).toEqual(['1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', '3.090.473.750', '2.964.727.658', '95,93']);
		expect(rows[203].cells).toEqual(['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%']);
		expect(rows[206].cells).toEqual(['5', 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA', '14.600.000', '14.215.000', '97,36']);
		for (const a of l.anggaran) cekBaris(lines, a.line, a.pagu_raw, a.realisasi_raw, a.persen_raw);
		for (const i of l.indikator) cekBaris(lines, i.line, i.target_raw, i.realisasi_raw, i.capaian_raw);
	});
});
