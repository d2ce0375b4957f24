/**
 * The five real reports in data/lkip/: the extraction must match what each
 * report prints. Expected values were read off the .txt files by hand (line
 * numbers are 1-based lines of those files).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import type { Report } from '../../../src/lib/lkip/types';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const teks = (f: string) => readFileSync(`data/lkip/${f}`, 'utf8');
const cache = new Map<string, Report>();
function laporan(f: string): Report {
	if (!cache.has(f)) cache.set(f, extractReport(teks(f), f, ref));
	return cache.get(f)!;
}

type Baris = [line: number, indikator: string, kunci: string | null, target: string, realisasi: string, capaian: string];

/** Every row of the measurement table, with the printed text of its cells. */
function cekIndikator(f: string, year: number, rows: Baris[], angka: [number | null, number | null, number | null][]) {
	const l = laporan(f);
	const lines = teks(f).split('\n');
	expect(l.indikator.map((i) => [i.line, i.indikator, i.kunci, i.target_raw, i.realisasi_raw, i.capaian_raw])).toEqual(rows);
	expect(l.indikator.map((i) => [i.target, i.realisasi, i.capaian])).toEqual(angka);
	l.indikator.forEach((i, n) => {
		expect(i.no).toBe(n + 1);
		expect(i.tahun).toBe(year);
		expect(i.raw).toBe(lines[i.line - 1].trim());
		for (const v of [i.target_raw, i.realisasi_raw, i.capaian_raw]) expect(lines[i.line - 1]).toContain(v);
	});
}

type Ikm = [line: number, tahun: number, realisasi: number | null, realisasi_raw: string, target: number | null, mutu: string | null, bagian: string];

function cekIkm(f: string, ikm: Ikm[]) {
	const l = laporan(f);
	const lines = teks(f).split('\n');
	expect(l.ikm.map((i) => [i.line, i.tahun, i.realisasi, i.realisasi_raw, i.target, i.mutu, i.bagian])).toEqual(ikm);
	for (const i of l.ikm) {
		expect(lines[i.line - 1]).toContain(i.realisasi_raw);
		if (i.target_raw) expect(lines[i.line - 1]).toContain(i.target_raw);
	}
}

function profil(f: string) {
	return Object.fromEntries(laporan(f).profil.map((p) => [p.atribut, [p.nilai, p.line]]));
}

describe('arjasa-2023.txt', () => {
	const f = 'arjasa-2023.txt';
	it('identity: Arjasa, Jember, 2023', () => {
		expect(laporan(f)).toMatchObject({ file: f, kecamatan: 'Arjasa', kabupaten: 'Jember', tahun: 2023 });
	});
	it('Tabel 3.1 Pengukuran Realisasi Kinerja Tahun 2023, all four rows', () => {
		cekIndikator(
			f,
			2023,
			[
				[395, 'Persentase Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat', 'penyelesaian_trantibum', '100%', '100%', '100%'],
				[396, 'IKM', 'ikm', '85', '82,89', '97.5%'],
				[397, 'Persentase Fasilitasi Peningkatan Kesejahteraan Masyarakat', 'fasilitasi_kesejahteraan', '100%', '100%', '100%'],
				[398, 'Nilai SAKIP', 'nilai_sakip', 'B', 'B', '100%']
			],
			[
				[100, 100, 100],
				[85, 82.89, 97.5],
				[100, 100, 100],
				[null, null, 100]
			]
		);
		const l = laporan(f);
		expect(l.indikator[0].sasaran).toBe('Terjaganya ketertiban umum dan ketentraman Masyarakat Arjasa');
		expect(l.indikator.map((i) => i.satuan)).toEqual(['%', 'indeks', '%', 'huruf']);
		expect(l.indikator_tak_dikenal).toEqual([]);
	});
	it('every IKM value: Tabel 3.1, the 2021-2023 comparison, renstra and national tables, the text', () => {
		cekIkm(f, [
			[396, 2023, 82.89, '82,89', 85, null, 'pengukuran'],
			[416, 2021, 80.37, '80,37', 75, null, 'perbandingan'],
			[416, 2022, 83.24, '83,24', 76, null, 'perbandingan'],
			[416, 2023, 82.89, '82,89', 85, null, 'perbandingan'],
			[431, 2023, 82.89, '82,89', null, null, 'perbandingan'],
			[445, 2023, 82.89, '82,89', null, null, 'perbandingan'],
			[470, 2023, 82.89, '82,89', 85, null, 'pengukuran'],
			[476, 2023, 82.89, '82,89', null, null, 'pengukuran']
		]);
		// the kabupaten's IKM (86,34 on line 476) is not the kecamatan's
		expect(laporan(f).ikm.some((i) => i.realisasi === 86.34)).toBe(false);
	});
	it('profile from sentences: population, desa, area in ha, staff', () => {
		expect(profil(f)).toEqual({
			penduduk: [48535, 240],
			penduduk_l: [22571, 240],
			penduduk_p: [25964, 240],
			jumlah_desa: [6, 242],
			luas_km2: [38.95, 238],
			pegawai_total: [23, 656]
		});
	});
});

describe('balung-2020.txt', () => {
	const f = 'balung-2020.txt';
	it('identity: the cover prints 2020 and 2021; the report is on 2020', () => {
		expect(laporan(f)).toMatchObject({ kecamatan: 'Balung', kabupaten: 'Jember', tahun: 2020 });
	});
	it('Tabel 3.1: two rows, the second cell holding two indicators with one value', () => {
		const l = laporan(f);
		expect(l.indikator).toHaveLength(2);
		expect(l.indikator[0]).toMatchObject({
			line: 304,
			sasaran: 'Meningkatnya Kualitas Pelayanan',
			indikator: 'Niai Survei kepuasan Masyarakat (SKM)',
			kunci: 'ikm',
			target_raw: 'B',
			target: null,
			realisasi_raw: '66%',
			realisasi: 66,
			capaian_raw: '66%',
			capaian: 66
		});
		expect(l.indikator[1]).toMatchObject({
			line: 305,
			kunci: 'rekomendasi_koordinasi',
			target_raw: '100 %',
			target: 100,
			realisasi_raw: '79%',
			realisasi: 79,
			capaian: 79
		});
		expect(l.indikator[1].indikator).toMatch(/^Prosentase Rekomendasi hasil koordinasi .* 2\. Prosentase desa/);
		expect(l.peringatan.some((p) => p.line === 305 && /lebih dari satu indikator/.test(p.pesan))).toBe(true);
	});
	it('IKM as printed, including the comparison table headed "Th. 2018 (n-1)" and "Th. 2019 (n)"', () => {
		cekIkm(f, [
			[304, 2020, 66, '66%', null, null, 'pengukuran'],
			[321, 2018, 66, '66%', null, null, 'perbandingan'],
			[321, 2019, 66, '66%', 80, null, 'perbandingan'],
			[330, 2019, 66, '66%', null, null, 'perbandingan'],
			[339, 2019, 66, '66%', null, null, 'perbandingan']
		]);
		expect(laporan(f).ikm[0].target_raw).toBe('B');
	});
	it('no profile figures are printed, none are invented', () => {
		expect(laporan(f).profil).toEqual([]);
	});
});

describe('pakusari-2021.txt', () => {
	const f = 'pakusari-2021.txt';
	it('identity: the cover prints 2021 and "TAHUN 2022"; the report is on 2021', () => {
		expect(laporan(f)).toMatchObject({ kecamatan: 'Pakusari', kabupaten: 'Jember', tahun: 2021 });
	});
	it('Tabel 3.1 with a sub-number column, merged sasaran and a predikat as capaian', () => {
		cekIndikator(
			f,
			2021,
			[
				[350, 'Hasil Survei kepuasan Masyarakat (SKM) pada bidang pelayanan publik.', 'ikm', 'B (85 %)', 'B 100 %', 'Baik'],
				[
					351,
					'Prosentase Rekomendasi hasil koordinasi di bidang, Pemerintahan, Ketentraman dan ketertiban, Pemberdayaan Masyarakat dan kesejahteraan sosial yang di tindak lanjuti',
					'rekomendasi_koordinasi',
					'100%',
					'100 %',
					'Baik'
				],
				[
					352,
					'Prosentase desa yang sudah menyusun dokumen perencanaan, penganggaran dan pelaporan dengan benar dan tepat waktu',
					'dokumen_desa',
					'100 %',
					'100 %',
					'Sangat Baik'
				]
			],
			[
				[85, 100, null],
				[100, 100, null],
				[100, 100, null]
			]
		);
		const l = laporan(f);
		expect(l.indikator[2].sasaran).toBe('Meningkatnya koordinasi dan Penyelenggaraan Pemerintahan Desa');
		// a predikat in the capaian column is a value as printed, not a malformed number
		expect(l.peringatan.filter((p) => p.line >= 350 && p.line <= 352)).toEqual([]);
	});
	it('IKM with letter grades: two sections state different 2021 values, both kept', () => {
		cekIkm(f, [
			[350, 2021, 100, 'B 100 %', 85, 'B', 'pengukuran'],
			[369, 2020, 97.3, 'B 97,30', null, 'B', 'perbandingan'],
			[369, 2021, 86.68, 'B 86,68', 100, 'B', 'perbandingan'],
			[379, 2021, 86.68, 'B 86,68 %', null, 'B', 'perbandingan'],
			[389, 2021, 86.68, 'B 86,68 %', null, 'B', 'perbandingan']
		]);
	});
});

describe('patrang-2023.txt', () => {
	const f = 'patrang-2023.txt';
	it('identity', () => {
		expect(laporan(f)).toMatchObject({ kecamatan: 'Patrang', kabupaten: 'Jember', tahun: 2023 });
	});
	it('Tabel 3.1: six rows with documents, an index and SAKIP letters', () => {
		cekIndikator(
			f,
			2023,
			[
				[439, 'Jumlah Dokumen Penataan Organisasi dan tata laksana Pemerintah Daerah', 'dokumen_penataan_organisasi', '4 Dok', '4 Dok', '100%'],
				[441, 'Indeks Kepuasan Masyarakat', 'ikm', '80', '80', '100%'],
				[442, 'Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan', 'fasilitasi_kesejahteraan', '80%', '80%', '100%'],
				[
					443,
					'Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat',
					'penyelesaian_trantibum',
					'90%',
					'90%',
					'100%'
				],
				[444, 'Nilai SAKIP OPD', 'nilai_sakip', 'BB (80)', 'B (61)', '76,25%'],
				[445, 'Prosentase Indikator Program yang tercapai', 'indikator_program_tercapai', '100%', '100%', '100%']
			],
			[
				[4, 4, 100],
				[80, 80, 100],
				[80, 80, 100],
				[90, 90, 100],
				[80, 61, 76.25],
				[100, 100, 100]
			]
		);
		expect(laporan(f).indikator.map((i) => i.satuan)).toEqual(['dokumen', 'indeks', '%', '%', 'huruf', '%']);
	});
	it('every IKM value, including 2022 from the comparison table and the sentence split over two lines', () => {
		cekIkm(f, [
			[441, 2023, 80, '80', 80, null, 'pengukuran'],
			[464, 2022, 82, '82', 80, null, 'perbandingan'],
			[464, 2023, 80, '80', 80, null, 'perbandingan'],
			[480, 2023, 80, '80', null, null, 'perbandingan'],
			[496, 2023, 80, '80', null, null, 'perbandingan'],
			[514, 2023, 80, '80', 80, null, 'pengukuran'],
			[520, 2023, 80, '80', null, null, 'pengukuran']
		]);
	});
	it('profile: only kelurahan, area in km2, 131 staff', () => {
		expect(profil(f)).toEqual({
			penduduk: [102388, 253],
			penduduk_l: [50735, 253],
			penduduk_p: [51653, 253],
			jumlah_kelurahan: [8, 255],
			luas_km2: [35.28, 251],
			pegawai_total: [131, 174]
		});
	});
});

describe('puger-2023.txt', () => {
	const f = 'puger-2023.txt';
	it('identity', () => {
		expect(laporan(f)).toMatchObject({ kecamatan: 'Puger', kabupaten: 'Jember', tahun: 2023 });
	});
	it('Tabel 3.1: numbering prefixes "1 Presentase ..." are stripped', () => {
		cekIndikator(
			f,
			2023,
			[
				[428, 'Presentase Indikator Program yang Tercapai', 'indikator_program_tercapai', '90%', '90%', '100%'],
				[429, 'Indeks Kepuasan Masyarakat', 'ikm', '90', '81,9', '91%'],
				[430, 'Presentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan', 'fasilitasi_kesejahteraan', '100%', '100%', '100 %'],
				[
					431,
					'Presentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat',
					'penyelesaian_trantibum',
					'100 %',
					'100 %',
					'100 %'
				]
			],
			[
				[90, 90, 100],
				[90, 81.9, 91],
				[100, 100, 100],
				[100, 100, 100]
			]
		);
	});
	it('every IKM value, including "B (63)" in the ikhtisar and 2022 only in the text', () => {
		cekIkm(f, [
			[72, 2023, 63, 'B (63)', null, 'B', 'ikhtisar'],
			[429, 2023, 81.9, '81,9', 90, null, 'pengukuran'],
			[446, 2023, 81.9, '81,9', 90, null, 'perbandingan'],
			[462, 2023, 81.9, '81,9', null, null, 'perbandingan'],
			[475, 2023, 81.9, '81,9', null, null, 'perbandingan'],
			[484, 2022, 82.5, '82,5%', null, null, 'pengukuran'],
			[484, 2023, 81.9, '81,9 %', null, null, 'pengukuran']
		]);
	});
	it('profile: population stated number-first ("63.388 Jiwa penduduk laki laki")', () => {
		expect(profil(f)).toEqual({
			penduduk: [125331, 248],
			penduduk_l: [63388, 248],
			penduduk_p: [61943, 248],
			jumlah_desa: [12, 233],
			luas_km2: [29.11, 225],
			pegawai_total: [32, 149]
		});
	});
});

describe('all five reports', () => {
	const files = ['arjasa-2023.txt', 'balung-2020.txt', 'pakusari-2021.txt', 'patrang-2023.txt', 'puger-2023.txt'];
	it('every figure points at a line that exists and the line it quotes', () => {
		for (const f of files) {
			const l = laporan(f);
			const lines = teks(f).split('\n');
			for (const r of [...l.ikm, ...l.indikator, ...l.profil]) {
				expect(r.line).toBeGreaterThanOrEqual(1);
				expect(r.line).toBeLessThanOrEqual(lines.length);
				expect(r.raw).toBe(lines[r.line - 1].trim());
			}
			for (const p of l.peringatan) expect(p.line).toBeGreaterThanOrEqual(1);
		}
	});
});
