/**
 * The budget extractor on layouts the five reports do not use: a markdown pipe
 * table, dotted numbering without prefixes, a table split by a page break with a
 * repeated header, "Input : Dana yang dibutuhkan" rows, a flat table whose
 * levels only the amounts reveal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnggaran } from '../../../src/lib/lkip/anggaran';
import { sectionPerLine } from '../../../src/lib/lkip/sections';
import { allLines } from '../../../src/lib/lkip/table';

function dariTeks(text: string, tahun: number) {
	const rows = allLines(text);
	return extractAnggaran(rows, { tahun, bagian: sectionPerLine(rows) });
}
const fixture = (name: string, year: number) => dariTeks(readFileSync(`tests/fixtures/lkip/${name}.txt`, 'utf8'), year);
const ringkas = (h: ReturnType<typeof dariTeks>) => h.anggaran.map((a) => [a.line, a.level, a.kode, a.pagu, a.realisasi]);

describe('pipe table with bold programs and dotted kegiatan numbers (anggaran-pipa.txt)', () => {
	const h = fixture('anggaran-pipa', 2022);
	it('reads the tree', () => {
		expect(ringkas(h)).toEqual([
			[37, 'total', null, 2150000000, 1935500000],
			[25, 'program', '1', 1500000000, 1320000000],
			[26, 'kegiatan', '1.1', 1200000000, 1050000000],
			[27, 'subkegiatan', null, 1200000000, 1050000000],
			[28, 'kegiatan', '1.2', 300000000, 270000000],
			[29, 'subkegiatan', null, 250000000, 225000000],
			[30, 'subkegiatan', null, 50000000, 45000000],
			[31, 'program', '2', 450000000, 440500000],
			[32, 'kegiatan', '2.1', 450000000, 440500000],
			[33, 'subkegiatan', null, 450000000, null],
			[34, 'program', '3', 200000000, 175000000],
			[35, 'kegiatan', '3.1', 200000000, 175000000],
			[36, 'subkegiatan', null, 200000000, 175000000]
		]);
		expect(h.anggaran[1].uraian).toBe('Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
		expect(h.anggaran[3]).toMatchObject({ program: 'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', kegiatan: 'Administrasi Keuangan Perangkat Daerah' });
		expect(h.anggaran[0]).toMatchObject({ persen: 90.02, persen_raw: '90,02', pagu_raw: '2.150.000.000' });
	});
	it('keeps a malformed amount raw and warns with its line and column', () => {
		const a = h.anggaran.find((x) => x.line === 33)!;
		expect([a.realisasi, a.realisasi_raw]).toEqual([null, '440.5000.000']);
		expect(h.peringatan.map((p) => p.line)).toEqual([33]);
		expect(h.peringatan[0].pesan).toMatch(/Baris 33, kolom realisasi.*440\.5000\.000/);
	});
	it('reads the belanja pipe table with pagu and realisasi', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.realisasi, b.line])).toEqual([
			['operasi', 2100000000, 1890500000, 18],
			['modal', 50000000, 45000000, 19]
		]);
	});
	it('reads the totals stated in the text', () => {
		expect(h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen])).toEqual([
			[8, 2022, 2150000000, 1935500000, 90.02],
			[39, 2021, 1980000000, 1801800000, 91],
			[43, 2022, null, 1935500000, 90.02]
		]);
	});
});

describe('numbering 1 / 1.1 / 1.1.1 without prefixes (anggaran-nomor.txt)', () => {
	const h = fixture('anggaran-nomor', 2021);
	it('reads the levels from the numbering', () => {
		expect(h.anggaran.map((a) => [a.kode, a.level])).toEqual([
			[null, 'total'],
			['1', 'program'],
			['1.1', 'kegiatan'],
			['1.1.1', 'subkegiatan'],
			['1.1.2', 'subkegiatan'],
			['1.2', 'kegiatan'],
			['1.2.1', 'subkegiatan'],
			['1.3', 'kegiatan'],
			['1.3.1', 'subkegiatan'],
			['2', 'program'],
			['2.1', 'kegiatan'],
			['2.1.1', 'subkegiatan'],
			['2.1.2', 'subkegiatan']
		]);
		expect(ringkas(h)[0]).toEqual([22, 'total', null, 1250750000, 1140500000]);
		expect(h.anggaran.find((a) => a.kode === '1.1.2')).toMatchObject({
			pagu: 8750000,
			realisasi: 8000000,
			persen: 91.43,
			kegiatan: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'
		});
	});
	it('reads two belanja kinds from one sentence', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.line])).toEqual([
			['operasi', 1200750000, 5],
			['modal', 50000000, 5]
		]);
	});
	it('reads a previous year stated realisasi first, pagu second', () => {
		expect(h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen])).toEqual([
			[5, 2021, 1250750000, null, null],
			[24, 2021, null, 1140500000, 91.18],
			[24, 2020, 1100000000, 1002300000, null]
		]);
	});
});

describe('a table split by a page break with a repeated header (anggaran-halaman.txt)', () => {
	const h = fixture('anggaran-halaman', 2023);
	it('reads both pages as one table, kegiatan and sub kegiatan told apart by their amounts', () => {
		expect(ringkas(h)).toEqual([
			[31, 'total', null, 3000000000, 2735000000],
			[9, 'program', 'I', 2000000000, 1800000000],
			[10, 'kegiatan', null, 1600000000, 1450000000],
			[11, 'subkegiatan', null, 1600000000, 1450000000],
			[12, 'kegiatan', null, 400000000, 350000000],
			[13, 'subkegiatan', null, 150000000, 130000000],
			[14, 'subkegiatan', null, 250000000, 220000000],
			[15, 'program', 'II', 600000000, 590000000],
			[16, 'kegiatan', null, 600000000, 590000000],
			[17, 'subkegiatan', null, 600000000, 590000000],
			[24, 'program', 'III', 300000000, 250000000],
			[25, 'kegiatan', null, 300000000, 250000000],
			[26, 'subkegiatan', null, 120000000, 100000000],
			[27, 'subkegiatan', null, 180000000, 150000000],
			[28, 'program', 'IV', 100000000, 95000000],
			[29, 'kegiatan', null, 100000000, 95000000],
			[30, 'subkegiatan', null, 100000000, 95000000]
		]);
	});
	it('joins the name continued after the page footer', () => {
		expect(h.anggaran.find((a) => a.line === 17)?.uraian).toBe('Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan');
		expect(h.peringatan).toEqual([]);
	});
	it('reads report year and previous year from one paragraph', () => {
		expect(h.anggaran_tahun_lain.map((a) => [a.tahun, a.pagu, a.realisasi, a.persen])).toEqual([
			[2023, 3000000000, 2735000000, 91.17],
			[2022, 2800000000, 2660000000, 95]
		]);
	});
});

describe('other layouts', () => {
	it('takes amounts from "Input : Dana yang dibutuhkan" rows when that is the only budget table', () => {
		const text = [
			'No\tProgram/ Kegiatan/ Sub Kegiatan\tTarget\tRealisasi\t%',
			'1.\tProgram: Penunjang Urusan Pemerintahan Daerah\t\t\t',
			'\tKegiatan 1: Administrasi Keuangan Perangkat Daerah\t\t\t',
			'\tSub Kegiatan 1: Penyediaan Gaji dan Tunjangan ASN\t\t\t',
			'\tInput : Dana yang dibutuhkan\tRp. 1.961.144.146\tRp.1.632.385.030\t83,24%',
			'\tOutput : Terbayarnya gaji dan tunjangan ASN\t18 orang\t16 orang\t88,89%',
			'\tSub Kegiatan 2: Penyediaan Administrasi Pelaksanaan Tugas ASN\t\t\t',
			'\tInput : Dana yang dibutuhkan\tRp. 20.000.000\tRp. 19.500.000\t97,50%'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(ringkas(h)).toEqual([
			[2, 'program', '1', null, null],
			[3, 'kegiatan', null, null, null],
			[5, 'subkegiatan', null, 1961144146, 1632385030],
			[8, 'subkegiatan', null, 20000000, 19500000]
		]);
		expect(h.anggaran[2].uraian).toBe('Penyediaan Gaji dan Tunjangan ASN');
		expect(h.peringatan.map((p) => p.pesan).join()).toMatch(/tidak memuat baris jumlah/);
	});

	it('splits a flat table (no numbers, prefixes or bold) by its amounts, under its total', () => {
		const text = [
			'Uraian\tAnggaran\tRealisasi\tSerapan %',
			'Penunjang Urusan Pemerintahan\t300.000\t250.000\t83,33',
			'Administrasi Keuangan\t200.000\t150.000\t75,00',
			'Penyediaan Gaji\t200.000\t150.000\t75,00',
			'Administrasi Umum\t100.000\t100.000\t100,00',
			'Penyediaan Alat Tulis\t60.000\t60.000\t100,00',
			'Penyediaan Bahan Bacaan\t40.000\t40.000\t100,00',
			'Pemberdayaan Masyarakat\t50.000\t45.000\t90,00',
			'Koordinasi Pemberdayaan Desa\t50.000\t45.000\t90,00',
			'Musrenbang Desa\t50.000\t45.000\t90,00',
			'Jumlah\t350.000\t295.000\t84,29'
		].join('\n');
		expect(dariTeks(text, 2022).anggaran.map((a) => a.level)).toEqual([
			'total',
			'program',
			'kegiatan',
			'subkegiatan',
			'kegiatan',
			'subkegiatan',
			'subkegiatan',
			'program',
			'kegiatan',
			'subkegiatan'
		]);
	});

	it('reads levels from the column each name is printed in', () => {
		const text = [
			'No\tProgram\tKegiatan\tSub Kegiatan\tPagu\tRealisasi\t%',
			'1\tPenunjang Urusan Pemerintahan Daerah\t\t\t500.000.000\t450.000.000\t90,00',
			'\t\tAdministrasi Keuangan Perangkat Daerah\t\t500.000.000\t450.000.000\t90,00',
			'\t\t\tPenyediaan Gaji dan Tunjangan ASN\t300.000.000\t280.000.000\t93,33',
			'\t\t\tPenyediaan Administrasi Pelaksanaan Tugas ASN\t200.000.000\t170.000.000\t85,00',
			'2\tPemberdayaan Masyarakat Desa dan Kelurahan\t\t\t100.000.000\t90.000.000\t90,00',
			'\t\tKoordinasi Kegiatan Pemberdayaan Desa\t\t100.000.000\t90.000.000\t90,00',
			'\t\t\tPeningkatan Partisipasi Masyarakat dalam Musrenbang\t100.000.000\t90.000.000\t90,00',
			'\tJUMLAH\t\t\t600.000.000\t540.000.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.level, a.pagu])).toEqual([
			['total', 600000000],
			['program', 500000000],
			['kegiatan', 500000000],
			['subkegiatan', 300000000],
			['subkegiatan', 200000000],
			['program', 100000000],
			['kegiatan', 100000000],
			['subkegiatan', 100000000]
		]);
		expect(h.anggaran[3].kegiatan).toBe('Administrasi Keuangan Perangkat Daerah');
	});

	it('ranks account-style codes by their length', () => {
		const text = [
			'Kode\tUraian\tAnggaran\tRealisasi\t%',
			'7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t80.000.000\t70.000.000\t87,50',
			'7.01.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t80.000.000\t70.000.000\t87,50',
			'7.01.01.2.02.01\tPenyediaan Gaji dan Tunjangan ASN\t50.000.000\t45.000.000\t90,00',
			'7.01.01.2.02.05\tKoordinasi Pelaksanaan Akuntansi SKPD\t30.000.000\t25.000.000\t83,33',
			'\tJumlah\t80.000.000\t70.000.000\t87,50'
		].join('\n');
		expect(dariTeks(text, 2023).anggaran.map((a) => [a.kode, a.level])).toEqual([
			[null, 'total'],
			['7.01.01', 'program'],
			['7.01.01.2.02', 'kegiatan'],
			['7.01.01.2.02.01', 'subkegiatan'],
			['7.01.01.2.02.05', 'subkegiatan']
		]);
	});

	it('aligns a short row on its rightmost rupiah cell when the header has a "sisa anggaran" column', () => {
		const text = [
			'No\tUraian\tPagu Anggaran\tRealisasi\tSisa Anggaran\t% Realisasi',
			'1\tProgram Penunjang Urusan Pemerintahan\t100.000.000\t90.000.000\t10.000.000\t90,00',
			'Kegiatan Administrasi Keuangan\t100.000.000\t90.000.000\t10.000.000\t90,00',
			'\tJUMLAH\t100.000.000\t90.000.000\t10.000.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.level, a.uraian, a.pagu, a.realisasi, a.persen])).toEqual([
			['total', 'JUMLAH', 100000000, 90000000, 90],
			['program', 'Program Penunjang Urusan Pemerintahan', 100000000, 90000000, 90],
			['kegiatan', 'Kegiatan Administrasi Keuangan', 100000000, 90000000, 90]
		]);
	});

	it('joins names wrapped before their amounts, or printed on a row of their own above them', () => {
		const text = [
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'1\tProgram Penunjang Urusan Pemerintahan\t300.000.000\t270.000.000\t90,00',
			'\tPenyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan\t\t\t',
			'\tPajak Kendaraan Dinas\t100.000.000\t90.000.000\t90,00',
			'\tPemeliharaan Gedung Kantor\t\t\t',
			'\t\t200.000.000\t180.000.000\t90,00',
			'\tJUMLAH\t300.000.000\t270.000.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.level, a.uraian, a.pagu, a.line])).toEqual([
			['total', 'JUMLAH', 300000000, 7],
			['program', 'Program Penunjang Urusan Pemerintahan', 300000000, 2],
			['kegiatan', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Dinas', 100000000, 4],
			['kegiatan', 'Pemeliharaan Gedung Kantor', 200000000, 6]
		]);
		expect(h.peringatan).toEqual([]);
	});

	it('keeps siblings with equal amounts as siblings when they add up to their parent', () => {
		const text = [
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'I\tProgram Pelayanan Administrasi Perkantoran\t10.000.000\t9.000.000\t90',
			'\tPenyediaan Jasa Surat Menyurat\t5.000.000\t4.500.000\t90',
			'\tPenyediaan Alat Tulis Kantor\t5.000.000\t4.500.000\t90',
			'\tJUMLAH\t10.000.000\t9.000.000\t90'
		].join('\n');
		expect(dariTeks(text, 2020).anggaran.map((a) => a.level)).toEqual(['total', 'program', 'kegiatan', 'kegiatan']);
	});

	it('reads a row whose cells are shifted against the header from the right', () => {
		const text = [
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'1\tProgram Penunjang\tUrusan\t7.000.000\t6.300.000\t90,00',
			'\tJUMLAH\t7.000.000\t6.300.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran[1]).toMatchObject({ uraian: 'Program Penunjang Urusan', pagu: 7000000, realisasi: 6300000, persen: 90 });
	});

	it('prefers the report year over a previous-year table; reads "Rp" cells, a Capaian column and subtotal rows', () => {
		const text = [
			'Tabel 3.7 Realisasi Anggaran Tahun 2022',
			'No\tProgram\tAnggaran\tRealisasi\tCapaian',
			'1\tProgram Penunjang Urusan Pemerintahan\t900.000.000\t850.000.000\t94,44',
			'2\tProgram Pemberdayaan Masyarakat\t100.000.000\t90.000.000\t90,00',
			'3\tProgram Koordinasi Ketentraman\t50.000.000\t45.000.000\t90,00',
			'\tJumlah\t1.050.000.000\t985.000.000\t93,81',
			'',
			'Tabel 3.8 Realisasi Anggaran Tahun 2023',
			'No\tProgram\tAnggaran\tRealisasi\tCapaian',
			'1\tProgram Penunjang Urusan Pemerintahan\tRp\t1.000.000.000\tRp\t900.000.000\t90,00',
			'2\tProgram Pemberdayaan Masyarakat\tRp\t200.000.000\tRp\t150.000.000\t75,00',
			'\tJumlah Belanja Operasi\tRp\t1.200.000.000\tRp\t1.050.000.000\t87,50',
			'\tSub Total\tRp\t1.200.000.000\tRp\t1.050.000.000\t87,50',
			'\tTotal Anggaran\tRp\t1.200.000.000\tRp\t1.050.000.000\t87,50'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.line, a.level, a.pagu, a.realisasi, a.persen])).toEqual([
			[14, 'total', 1200000000, 1050000000, 87.5],
			[10, 'program', 1000000000, 900000000, 90],
			[11, 'program', 200000000, 150000000, 75]
		]);
		expect(h.belanja).toMatchObject([{ jenis: 'operasi', pagu: 1200000000, realisasi: 1050000000, line: 12 }]);
		expect(h.peringatan).toEqual([]);
	});

	it('continues a table across a page break with an unusual running title and no repeated header', () => {
		const text = [
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'I\tProgram Penunjang Urusan\t100.000.000\t90.000.000\t90,00',
			'',
			'Akuntabilitas Kinerja Instansi Pemerintah 2023',
			'',
			'II\tProgram Penyelenggaraan Pemerintahan\t50.000.000\t45.000.000\t90,00',
			'\tJUMLAH\t150.000.000\t135.000.000\t90,00',
			'',
			'Sumber: Sub Bagian Keuangan',
			'',
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'1\tProgram Lain di Tabel Lain\t10.000.000\t9.000.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.line, a.level, a.pagu])).toEqual([
			[7, 'total', 150000000],
			[2, 'program', 100000000],
			[6, 'program', 50000000]
		]);
	});

	it('ends a table at running text, even when another table follows', () => {
		const text = [
			'No\tProgram/Kegiatan\tPagu\tRealisasi\t%',
			'I\tProgram Penunjang Urusan\t100.000.000\t90.000.000\t90,00',
			'II\tProgram Penyelenggaraan Pemerintahan\t50.000.000\t45.000.000\t90,00',
			'',
			'Dari tabel di atas terlihat bahwa seluruh program telah dilaksanakan dengan baik dan realisasi anggaran mencapai target yang ditetapkan.',
			'',
			'1\tRapat Koordinasi Desa\t12.000.000\t6.000.000\t50,00'
		].join('\n');
		expect(dariTeks(text, 2023).anggaran.map((a) => a.line)).toEqual([2, 3]);
	});

	it('takes a closing "Jumlah Belanja Langsung" row as the total of a belanja langsung table', () => {
		const text = [
			'No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tCapaian (%)',
			'I\tProgram Pelayanan Administrasi Perkantoran\t200.000.000\t180.000.000\t90',
			'1\tKegiatan Penyediaan Jasa Surat Menyurat\t200.000.000\t180.000.000\t90',
			'\tJumlah Belanja Langsung\t200.000.000\t180.000.000\t90'
		].join('\n');
		const h = dariTeks(text, 2020);
		expect(h.anggaran.map((a) => [a.line, a.level, a.uraian])).toEqual([
			[4, 'total', 'Jumlah Belanja Langsung'],
			[2, 'program', 'Program Pelayanan Administrasi Perkantoran'],
			[3, 'kegiatan', 'Kegiatan Penyediaan Jasa Surat Menyurat']
		]);
		expect(h.belanja).toMatchObject([{ jenis: 'langsung', pagu: 200000000, realisasi: 180000000, line: 4 }]);
	});

	it('does not take an indicator table with a program column for the budget table', () => {
		const text = [
			'No\tProgram\tTarget\tRealisasi\tCapaian (%)',
			'1\tProgram Penunjang Urusan\t100\t100\t100',
			'2\tProgram Penyelenggaraan Pemerintahan\t90\t85\t94,44',
			'3\tProgram Pemberdayaan Masyarakat\t100\t100\t100',
			'',
			'Tabel 3.8 Realisasi Anggaran Tahun 2023',
			'No\tProgram\tPagu\tRealisasi\t%',
			'I\tProgram Penunjang Urusan\t100.000.000\t90.000.000\t90,00',
			'II\tProgram Penyelenggaraan Pemerintahan\t50.000.000\t45.000.000\t90,00'
		].join('\n');
		const h = dariTeks(text, 2023);
		expect(h.anggaran.map((a) => [a.line, a.pagu])).toEqual([
			[8, 100000000],
			[9, 50000000]
		]);
	});

	it('warns, without crashing, when a report has no budget table', () => {
		const h = dariTeks('LAPORAN KINERJA KECAMATAN X TAHUN 2023\n\nAnggaran tahun 2023 sebesar Rp 3.100.000.000,00.\n', 2023);
		expect(h.anggaran).toEqual([]);
		expect(h.peringatan.map((p) => p.pesan)).toEqual(['Tabel realisasi anggaran (pagu dan realisasi per program/kegiatan) tidak ditemukan']);
		expect(h.anggaran_tahun_lain).toMatchObject([{ tahun: 2023, pagu: 3100000000, realisasi: null, line: 3 }]);
	});

	it('warns when a budget table is recognised but none of its rows can be read', () => {
		const h = dariTeks(['', 'No\tProgram/Kegiatan\tPagu\tRealisasi\t%', '1\tProgram Penunjang\tlihat lampiran\t\t'].join('\n'), 2023);
		expect(h.anggaran).toEqual([]);
		expect(h.peringatan.map((p) => [p.line, p.pesan])).toEqual([
			[2, 'Baris 2: tabel realisasi anggaran dikenali, tetapi tidak ada baris pagu/realisasi yang terbaca']
		]);
	});

	it('does not read per-program or refocusing amounts in the text as totals', () => {
		const text = [
			'Program Penunjang Urusan Pemerintahan tahun 2023 sebesar Rp. 2.409.251.246,00 dan terserap sebesar Rp. 2.038.543.674,00.',
			'Terdapat refocusing anggaran pada P-APBD 2023 sebesar Rp. 500.000.000.',
			'**Sasaran 4** Terjaganya ketertiban umum dalam Program Koordinasi Ketentraman',
			'yang menjadi kewenangan Daerah didukung anggaran sebesar Rp. 429.262.600,- dan terserap sebesar Rp. 418.590.000,-.'
		].join('\n');
		expect(dariTeks(text, 2023).anggaran_tahun_lain).toEqual([]);
	});
});
