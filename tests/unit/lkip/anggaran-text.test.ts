/** Budget figures stated in running text: totals per year and the belanja split. */
import { describe, expect, it } from 'vitest';
import { extractAnggaran } from '../../../src/lib/lkip/anggaran';
import { allLines } from '../../../src/lib/lkip/table';
import type { Section } from '../../../src/lib/lkip/types';

function baca(lines: string[], tahun: number | null = 2023, section: Section = 'narasi') {
	const rows = allLines(lines.join('\n'));
	return extractAnggaran(rows, { tahun, bagian: rows.map(() => section) });
}
const ringkas = (h: ReturnType<typeof baca>) => h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen]);

describe('totals stated in the text', () => {
	it('pagu and realisasi of one sentence, the report year when no year is named, markup ignored', () => {
		const h = baca(['Kegiatan didukung anggaran sebesar Rp. **3.585.414.963,-** dan terserap sebesar Rp. **3.064.347.153,-**'], 2023, 'ikhtisar');
		expect(ringkas(h)).toEqual([[1, 2023, 3585414963, 3064347153, null]]);
		expect(h.anggaran_tahun_lain[0]).toMatchObject({
			bagian: 'ikhtisar',
			raw: 'Kegiatan didukung anggaran sebesar Rp. **3.585.414.963,-** dan terserap sebesar Rp. **3.064.347.153,-**'
		});
	});

	it('two years in one sentence, each with its own percentage', () => {
		const h = baca([
			'Realisasi anggaran pada tahun 2023 sebesar Rp. 3.648.593.974,00 dari total anggaran Rp. 4.060.244.146,00 atau 89,86%. Jika dibandingkan dengan penyerapan anggaran pada tahun 2022 maka mengalami penurunan sebesar 7,49% yaitu pada tahun 2022 dari total anggaran sebesar Rp. 3.810.244.147,00 terealisasi sebesar Rp. 3.709.209.303,00 atau 97,35%.'
		]);
		expect(ringkas(h)).toEqual([
			[1, 2023, 4060244146, 3648593974, 89.86],
			[1, 2022, 3810244147, 3709209303, 97.35]
		]);
	});

	it('a paragraph broken over two lines keeps the year of its first line', () => {
		const h = baca([
			'Jika dibandingkan dengan tahun anggaran 2021 maka mengalami kenaikan sebesar',
			'',
			'2,5 % yaitu dari total anggaran sebesar Rp 1.000.000.000,00 terealisasi Rp 900.000.000,00 atau 90 %.'
		]);
		expect(ringkas(h)).toEqual([[3, 2021, 1000000000, 900000000, 90]]);
	});

	it('a malformed amount keeps the statement, with the value null and a warning naming the line', () => {
		const h = baca(['', 'Anggaran tahun 2023 sebesar Rp. 1.091.110.00,00 dan terserap sebesar Rp. 1.000.000.000,00.']);
		expect(ringkas(h)).toEqual([[2, 2023, null, 1000000000, null]]);
		expect(h.peringatan.filter((p) => p.line === 2)).toHaveLength(1);
		expect(h.peringatan.find((p) => p.line === 2)!.pesan).toMatch(/^Baris 2: .*"1\.091\.110\.00,00".*nilai dikosongkan$/);
	});

	it('does not turn a rounded "Rp 3,1 miliar" into an amount', () => {
		const h = baca(['Total anggaran tahun 2023 sebesar Rp 3,1 miliar.']);
		expect(ringkas(h)).toEqual([[1, 2023, null, null, null]]);
		expect(h.peringatan.filter((p) => p.pesan.startsWith('Baris 1:')).map((p) => p.pesan)).toEqual([
			'Baris 1: "Rp 3,1 miliar" adalah angka bulat dalam teks, bukan nilai rupiah pasti; teks asli disimpan, nilai dikosongkan'
		]);
	});

	it('does not take village funds, fees or prices for the kecamatan budget', () => {
		const h = baca([
			'Pada tahun 2023 Dana Desa yang diterima desa-desa di Kecamatan sebesar Rp 9.870.000.000,00.',
			'Biaya pembuatan KTP sebesar Rp 0,- dan legalisir Rp 5.000,-.',
			'Realisasi Pajak Bumi dan Bangunan tahun 2023 sebesar Rp 1.200.000.000,00.'
		]);
		expect(h.anggaran_tahun_lain).toEqual([]);
	});

	it('skips a statement without a year when the report year is unknown', () => {
		expect(baca(['Didukung anggaran sebesar Rp 1.000.000.000,00'], null).anggaran_tahun_lain).toEqual([]);
	});

	it('does not take a table row as running text', () => {
		expect(baca(['Program\tAnggaran\tKeterangan', 'Jumlah\tRp. 3.585.414.963\t']).anggaran_tahun_lain).toEqual([]);
	});
});

describe('belanja in the text', () => {
	it('pagu and realisasi of one kind from different sentences are one record; the realisasi is read as such', () => {
		const h = baca([
			'1. Belanja Operasional sebesar Rp. 4.007.018.160,00',
			'2. Belanja Modal sebesar Rp. 53.225.986,00',
			'Sedangkan realisasi Belanja Modal sebesar Rp 45.000.000,00 (84,55%).'
		]);
		expect(h.belanja.map((b) => [b.jenis, b.uraian, b.pagu, b.realisasi, b.line])).toEqual([
			['operasi', 'Belanja Operasional', 4007018160, null, 1],
			['modal', 'Belanja Modal', 53225986, 45000000, 2]
		]);
		expect(h.anggaran_tahun_lain).toEqual([]);
	});

	it('2020 style: langsung / tidak langsung, with the shares in percent not read as amounts', () => {
		const h = baca(
			[
				'APBD Tahun Anggaran 2020 sebesar 21% merupakan Belanja Langsung atau sebesar Rp 400.000.000,- dan Belanja Tidak Langsung sebesar 79% atau sebesar Rp 1.503.421.864,-'
			],
			2020
		);
		expect(h.belanja.map((b) => [b.jenis, b.pagu])).toEqual([
			['langsung', 400000000],
			['tidak_langsung', 1503421864]
		]);
	});

	it('an account named after a belanja kind is not a belanja kind', () => {
		const h = baca(['Pengadaan Belanja Modal Peralatan dan Mesin\tRp. 148.428.700']);
		expect(h.belanja).toEqual([]);
	});
});
