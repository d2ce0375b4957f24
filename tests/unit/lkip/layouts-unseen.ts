/**
 * Four LKIP reports in layouts the five real ones do not use, for kecamatan and
 * years that are in no other fixture; every figure below was read off the
 * fixture text by hand (issue 8: unseen text layouts must give every headline
 * figure and at least 95% of all figures).
 *
 * - ledokombo-2023-layout.txt: as `pdftotext -layout` prints a Word PDF: a cover,
 *   form feeds, a running header and page numbers, cells wrapped onto the next
 *   line in the name columns, right-aligned amounts, Permendagri 90 codes
 *   (7.01.01 / 7.01.01.2.01 / 7.01.01.2.01.0001), a table over a page break.
 * - mumbulsari-2022-html.txt: html tables with rowspan and colspan, a
 *   measurement table closed and reopened at a page break with a rowspan still
 *   open, a budget table reopened with its header repeated, I / 1 / a numbering.
 * - sukorambi-2024-tab.txt: tab rows, each sasaran on a line of its own over its
 *   indicators, English number format (1,234,567.00 and 87.14), bold programs
 *   and no codes below them.
 * - sumberjambe-2023-pdftotext.txt: generated (scripts/fixtures/lkip-pdftotext.sh):
 *   html laid out by LibreOffice as a PDF, then `pdftotext -layout`: cells centred
 *   vertically, justified cell text, a grid of its own on every page.
 *
 * Only the figures are listed (the coverage measure of tests/unit/document/figures.ts
 * ignores positions); the tests check lines separately.
 */
import { emptyReport } from '../../../src/lib/lkip/empty-report';
import type { AnggaranRecord, ProfilAttribute, Section, IkmRecord, IndikatorRecord, Report, AnggaranLevel, Satuan } from '../../../src/lib/lkip/types';

type Ikm = [tahun: number, target: number | null, realisasi: number | null, mutu: string | null, bagian: Section];
type Ind = [sasaran: string, indikator: string, kunci: string | null, target: number | null, realisasi: number | null, capaian: number | null, satuan: Satuan];
type Ang = [level: AnggaranLevel, kode: string | null, uraian: string, pagu: number, realisasi: number, persen: number];
type Atl = [tahun: number, pagu: number | null, realisasi: number | null, persen: number | null, bagian: Section];

interface Harapan {
	file: string;
	kecamatan: string;
	tahun: number;
	ikm: Ikm[];
	indikator: Ind[];
	anggaran: Ang[];
	tahunLain: Atl[];
	profil: Partial<Record<ProfilAttribute, number>>;
}

/** The expected report, as a Laporan with blank positions, so figures() can compare it. */
export function expectedReport(h: Harapan): Report {
	const l = emptyReport(h.file, h.kecamatan, h.tahun, 'Jember');
	const posisi = { line: 0, raw: '' };
	l.ikm = h.ikm.map(([tahun, target, realisasi, mutu, bagian]): IkmRecord => ({
		tahun,
		target,
		realisasi,
		mutu,
		bagian,
		target_raw: null,
		realisasi_raw: null,
		...posisi
	}));
	l.indikator = h.indikator.map(([sasaran, indikator, kunci, target, realisasi, capaian, satuan], n): IndikatorRecord => ({
		tahun: h.tahun,
		no: n + 1,
		sasaran,
		indikator,
		kunci,
		target,
		realisasi,
		capaian,
		satuan,
		target_raw: '',
		realisasi_raw: '',
		capaian_raw: '',
		...posisi
	}));
	let program: string | null = null;
	let kegiatan: string | null = null;
	l.anggaran = h.anggaran.map(([level, kode, uraian, pagu, realisasi, persen], n): AnggaranRecord => {
		const parent = { program: level === 'total' || level === 'program' ? null : program, kegiatan: level === 'subkegiatan' ? kegiatan : null };
		if (level === 'program') [program, kegiatan] = [uraian, null];
		if (level === 'kegiatan') kegiatan = uraian;
		return { level, urutan: n + 1, kode, uraian, ...parent, pagu, realisasi, persen, pagu_raw: null, realisasi_raw: null, persen_raw: null, ...posisi };
	});
	l.anggaran_tahun_lain = h.tahunLain.map(([tahun, pagu, realisasi, persen, bagian]) => ({ tahun, pagu, realisasi, persen, bagian, ...posisi }));
	const order: ProfilAttribute[] = ['penduduk', 'penduduk_l', 'penduduk_p', 'jumlah_desa', 'jumlah_kelurahan', 'luas_km2', 'pegawai_total'];
	l.profil = order.flatMap((atribut) => (h.profil[atribut] === undefined ? [] : [{ atribut, nilai: h.profil[atribut]!, ...posisi }]));
	return l;
}

export const EXPECTED: Harapan[] = [
	{
		file: 'ledokombo-2023-layout.txt',
		kecamatan: 'Ledokombo',
		tahun: 2023,
		ikm: [
			[2023, 84, 86.12, 'B', 'ikhtisar'],
			[2023, 84, 86.12, null, 'pengukuran'],
			[2022, null, 83.47, null, 'pengukuran']
		],
		indikator: [
			['Meningkatnya kualitas pelayanan publik kecamatan', 'Indeks Kepuasan Masyarakat (IKM)', 'ikm', 84, 86.12, 102.52, 'indeks'],
			[
				'Meningkatnya akuntabilitas kinerja perangkat daerah',
				'Nilai Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)',
				'nilai_sakip',
				70,
				72,
				102.86,
				'huruf'
			],
			[
				'Terwujudnya ketentraman dan ketertiban umum',
				'Persentase penyelesaian pelanggaran ketentraman dan ketertiban umum',
				'penyelesaian_trantibum',
				100,
				94,
				94,
				'%'
			],
			[
				'Meningkatnya kualitas penyelenggaraan pemerintahan desa',
				'Persentase desa yang menyampaikan laporan penyelenggaraan pemerintahan desa tepat waktu',
				null,
				100,
				90,
				90,
				'%'
			]
		],
		anggaran: [
			['total', null, 'JUMLAH', 3264071200, 3126191671, 95.78],
			['program', '7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 2844621200, 2710841671, 95.3],
			['kegiatan', '7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 16250000, 15870000, 97.66],
			['subkegiatan', '7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 9850000, 9720000, 98.68],
			['subkegiatan', '7.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 6400000, 6150000, 96.09],
			['kegiatan', '7.01.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 2418306200, 2297114853, 94.99],
			['subkegiatan', '7.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 2418306200, 2297114853, 94.99],
			['kegiatan', '7.01.01.2.06', 'Administrasi Umum Perangkat Daerah', 59875000, 58820500, 98.24],
			['subkegiatan', '7.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 38275000, 37940500, 99.13],
			['subkegiatan', '7.01.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 21600000, 20880000, 96.67],
			['kegiatan', '7.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 243920000, 236016318, 96.76],
			['subkegiatan', '7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 57920000, 52416318, 90.5],
			['subkegiatan', '7.01.01.2.08.0004', 'Penyediaan Jasa Pelayanan Umum Kantor', 186000000, 183600000, 98.71],
			['kegiatan', '7.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 106270000, 103020000, 96.94],
			[
				'subkegiatan',
				'7.01.01.2.09.0002',
				'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
				31470000,
				28905000,
				91.85
			],
			['subkegiatan', '7.01.01.2.09.0009', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 74800000, 74115000, 99.08],
			['program', '7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 246000000, 244650000, 99.45],
			['kegiatan', '7.01.02.2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 246000000, 244650000, 99.45],
			['subkegiatan', '7.01.02.2.01.0001', 'Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan', 246000000, 244650000, 99.45],
			['program', '7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 61250000, 59820000, 97.67],
			['kegiatan', '7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', 61250000, 59820000, 97.67],
			[
				'subkegiatan',
				'7.01.03.2.01.0001',
				'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
				18500000,
				18500000,
				100.0
			],
			['subkegiatan', '7.01.03.2.01.0004', 'Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 42750000, 41320000, 96.65],
			['program', '7.01.04', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 112200000, 110880000, 98.82],
			['kegiatan', '7.01.04.2.01', 'Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum', 112200000, 110880000, 98.82],
			[
				'subkegiatan',
				'7.01.04.2.01.0001',
				'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
				112200000,
				110880000,
				98.82
			]
		],
		tahunLain: [
			[2023, 3264071200, 3126191671, 95.78, 'ikhtisar'],
			[2022, 3105902000, 2987440125, 96.19, 'anggaran']
		],
		profil: { penduduk: 67214, penduduk_l: 33108, penduduk_p: 34106, jumlah_desa: 10, luas_km2: 146.92, pegawai_total: 31 }
	},
	{
		file: 'mumbulsari-2022-html.txt',
		kecamatan: 'Mumbulsari',
		tahun: 2022,
		ikm: [
			[2022, 83, 85.37, null, 'ikhtisar'],
			[2022, 83, 85.37, null, 'pengukuran'],
			[2020, null, 80.64, 'B', 'pengukuran'],
			[2021, null, 82.91, 'B', 'pengukuran'],
			[2022, null, 85.37, 'B', 'pengukuran']
		],
		indikator: [
			['Meningkatnya kualitas pelayanan kepada masyarakat', 'Indeks Kepuasan Masyarakat', 'ikm', 83, 85.37, 102.86, 'indeks'],
			[
				'Meningkatnya kualitas pelayanan kepada masyarakat',
				'Persentase pelayanan administrasi kependudukan yang diterbitkan sesuai SOP',
				'pelayanan_administrasi',
				100,
				97.5,
				97.5,
				'%'
			],
			['Meningkatnya kualitas pelayanan kepada masyarakat', 'Persentase pengaduan masyarakat yang ditindaklanjuti', null, 100, 95, 95, '%'],
			['Meningkatnya akuntabilitas kinerja kecamatan', 'Nilai SAKIP Kecamatan', 'nilai_sakip', 65, 67, 103.08, 'huruf'],
			[
				'Terjaganya ketentraman dan ketertiban umum',
				'Persentase penyelesaian gangguan ketentraman dan ketertiban umum',
				'penyelesaian_trantibum',
				100,
				92.31,
				92.31,
				'%'
			]
		],
		anggaran: [
			['total', null, 'JUMLAH', 2422704300, 2328815820, 96.12],
			['program', 'I', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2074704300, 1984990820, 95.68],
			['kegiatan', '1', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 12000000, 11850000, 98.75],
			['subkegiatan', 'a', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 7200000, 7050000, 97.92],
			['subkegiatan', 'b', 'Evaluasi Kinerja Perangkat Daerah', 4800000, 4800000, 100.0],
			['kegiatan', '2', 'Administrasi Keuangan Perangkat Daerah', 1987654300, 1902118450, 95.7],
			['subkegiatan', 'a', 'Penyediaan Gaji dan Tunjangan ASN', 1987654300, 1902118450, 95.7],
			['kegiatan', '3', 'Administrasi Umum Perangkat Daerah', 27950000, 27396500, 98.02],
			['subkegiatan', 'a', 'Penyediaan Bahan Logistik Kantor', 18350000, 17984000, 98.01],
			['subkegiatan', 'b', 'Penyediaan Barang Cetakan dan Penggandaan', 9600000, 9412500, 98.05],
			['kegiatan', '4', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 47100000, 43625870, 92.62],
			['subkegiatan', 'a', 'Penyediaan Jasa Surat Menyurat', 2400000, 2400000, 100.0],
			['subkegiatan', 'b', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 44700000, 41225870, 92.23],
			['program', 'II', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 223500000, 221080000, 98.92],
			['kegiatan', '1', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 198500000, 196730000, 99.11],
			['subkegiatan', 'a', 'Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan', 198500000, 196730000, 99.11],
			[
				'kegiatan',
				'2',
				'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan',
				25000000,
				24350000,
				97.4
			],
			[
				'subkegiatan',
				'a',
				'Pelaksanaan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan',
				25000000,
				24350000,
				97.4
			],
			['program', 'III', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 36900000, 35805000, 97.03],
			['kegiatan', '1', 'Koordinasi Kegiatan Pemberdayaan Desa', 36900000, 35805000, 97.03],
			['subkegiatan', 'a', 'Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 36900000, 35805000, 97.03],
			['program', 'IV', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 87600000, 86940000, 99.25],
			['kegiatan', '1', 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', 87600000, 86940000, 99.25],
			[
				'subkegiatan',
				'a',
				'Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan',
				87600000,
				86940000,
				99.25
			]
		],
		tahunLain: [
			[2022, 2422704300, 2328815820, 96.12, 'ikhtisar'],
			[2021, 2367000000, 2251380615, null, 'anggaran']
		],
		profil: { penduduk: 60209, penduduk_l: 29682, penduduk_p: 30527, jumlah_desa: 7, luas_km2: 95.13, pegawai_total: 26 }
	},
	{
		file: 'sukorambi-2024-tab.txt',
		kecamatan: 'Sukorambi',
		tahun: 2024,
		ikm: [
			[2024, 85, 87.14, 'B', 'ikhtisar'],
			[2024, 85, 87.14, null, 'pengukuran'],
			[2022, null, 84.21, null, 'perbandingan'],
			[2023, null, 85.9, null, 'perbandingan'],
			[2024, 85, 87.14, null, 'perbandingan']
		],
		indikator: [
			['Meningkatnya kualitas pelayanan publik di Kecamatan Sukorambi', 'Indeks Kepuasan Masyarakat (IKM)', 'ikm', 85, 87.14, 102.52, 'indeks'],
			[
				'Meningkatnya kualitas pelayanan publik di Kecamatan Sukorambi',
				'Persentase dokumen administrasi kependudukan yang diterbitkan tepat waktu',
				null,
				100,
				98.2,
				98.2,
				'%'
			],
			['Meningkatnya kinerja dan akuntabilitas perangkat daerah', 'Nilai SAKIP Kecamatan', 'nilai_sakip', 68, 69.5, 102.21, 'huruf'],
			['Meningkatnya kinerja dan akuntabilitas perangkat daerah', 'Persentase indikator program yang tercapai', 'indikator_program_tercapai', 100, 90, 90, '%'],
			[
				'Terciptanya ketentraman dan ketertiban masyarakat',
				'Persentase penanganan gangguan ketentraman dan ketertiban yang diselesaikan',
				'penyelesaian_trantibum',
				100,
				100,
				100,
				'%'
			],
			['Terciptanya ketentraman dan ketertiban masyarakat', 'Jumlah surat izin keramaian yang diterbitkan', null, 1200, 1315, 109.58, 'dokumen']
		],
		anggaran: [
			['total', null, 'JUMLAH', 2738560400, 2645612962, 96.61],
			['program', '1', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 2390860400, 2301062962, 96.24],
			['kegiatan', null, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 13700000, 13550000, 98.91],
			['subkegiatan', null, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 8450000, 8450000, 100.0],
			['subkegiatan', null, 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 5250000, 5100000, 97.14],
			['kegiatan', null, 'Administrasi Keuangan Perangkat Daerah', 2156780400, 2071455318, 96.04],
			['subkegiatan', null, 'Penyediaan Gaji dan Tunjangan ASN', 2156780400, 2071455318, 96.04],
			['kegiatan', null, 'Administrasi Barang Milik Daerah pada Perangkat Daerah', 3600000, 3540000, 98.33],
			['subkegiatan', null, 'Penatausahaan Barang Milik Daerah pada SKPD', 3600000, 3540000, 98.33],
			['kegiatan', null, 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 216780000, 212517644, 98.03],
			['subkegiatan', null, 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 52380000, 49917644, 95.3],
			['subkegiatan', null, 'Penyediaan Jasa Pelayanan Umum Kantor', 164400000, 162600000, 98.91],
			['program', '2', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 214800000, 212955000, 99.14],
			['kegiatan', null, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 214800000, 212955000, 99.14],
			['subkegiatan', null, 'Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan', 214800000, 212955000, 99.14],
			['program', '3', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 36900000, 36315000, 98.41],
			['kegiatan', null, 'Koordinasi Kegiatan Pemberdayaan Desa', 36900000, 36315000, 98.41],
			['subkegiatan', null, 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 15600000, 15600000, 100.0],
			['subkegiatan', null, 'Pembinaan Teknis Penyelenggaraan Pemerintahan Desa', 21300000, 20715000, 97.25],
			['program', '4', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 96000000, 95280000, 99.25],
			['kegiatan', null, 'Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum', 96000000, 95280000, 99.25],
			[
				'subkegiatan',
				null,
				'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
				96000000,
				95280000,
				99.25
			]
		],
		tahunLain: [
			[2024, 2738560400, 2645612962, 96.61, 'ikhtisar'],
			[2023, 2702450000, 2590114870, 95.84, 'anggaran']
		],
		profil: { penduduk: 41276, penduduk_l: 20338, penduduk_p: 20938, jumlah_desa: 5, luas_km2: 45.48, pegawai_total: 24 }
	},
	{
		file: 'sumberjambe-2023-pdftotext.txt',
		kecamatan: 'Sumberjambe',
		tahun: 2023,
		ikm: [
			[2023, 82, 84.66, 'B', 'ikhtisar'],
			[2023, 82, 84.66, null, 'pengukuran'],
			[2021, null, 81.02, 'B', 'pengukuran'],
			[2022, null, 82.75, 'B', 'pengukuran'],
			[2023, null, 84.66, 'B', 'pengukuran']
		],
		indikator: [
			[
				'Meningkatnya kualitas pelayanan administrasi dan pelayanan publik di wilayah Kecamatan Sumberjambe',
				'Indeks Kepuasan Masyarakat (IKM)',
				'ikm',
				82,
				84.66,
				103.24,
				'indeks'
			],
			[
				'Meningkatnya kualitas pelayanan administrasi dan pelayanan publik di wilayah Kecamatan Sumberjambe',
				'Persentase pelayanan perizinan dan non perizinan yang diselesaikan sesuai standar pelayanan',
				'pelayanan_administrasi',
				100,
				96,
				96,
				'%'
			],
			['Meningkatnya akuntabilitas kinerja perangkat daerah', 'Nilai Evaluasi SAKIP Kecamatan', 'nilai_sakip', 70, 68.5, 97.86, 'nilai'],
			[
				'Meningkatnya ketentraman dan ketertiban umum',
				'Persentase penyelesaian pelanggaran ketentraman dan ketertiban umum',
				'penyelesaian_trantibum',
				100,
				100,
				100,
				'%'
			],
			['Meningkatnya kapasitas penyelenggaraan pemerintahan desa', 'Persentase desa yang menetapkan APBDes tepat waktu', 'dokumen_desa', 100, 88.89, 88.89, '%']
		],
		anggaran: [
			['total', null, 'JUMLAH', 3619723750, 3487867158, 96.36],
			['program', '1', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 3090473750, 2964727658, 95.93],
			['kegiatan', null, 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 18150000, 17975000, 99.04],
			['subkegiatan', null, 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 11250000, 11075000, 98.44],
			['subkegiatan', null, 'Evaluasi Kinerja Perangkat Daerah', 6900000, 6900000, 100.0],
			['kegiatan', null, 'Administrasi Keuangan Perangkat Daerah', 2608618750, 2493682116, 95.59],
			['subkegiatan', null, 'Penyediaan Gaji dan Tunjangan ASN', 2604118750, 2489302116, 95.59],
			['subkegiatan', null, 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD', 4500000, 4380000, 97.33],
			['kegiatan', null, 'Administrasi Umum Perangkat Daerah', 65915000, 63705750, 96.65],
			['subkegiatan', null, 'Penyediaan Peralatan dan Perlengkapan Kantor', 29840000, 29115500, 97.57],
			['subkegiatan', null, 'Penyediaan Bahan Logistik Kantor', 16275000, 15960250, 98.07],
			['subkegiatan', null, 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 19800000, 18630000, 94.09],
			['kegiatan', null, 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 266640000, 261607392, 98.11],
			['subkegiatan', null, 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 61440000, 58207392, 94.74],
			['subkegiatan', null, 'Penyediaan Jasa Pelayanan Umum Kantor', 205200000, 203400000, 99.12],
			['kegiatan', null, 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 131150000, 127757400, 97.41],
			[
				'subkegiatan',
				null,
				'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
				38650000,
				35912400,
				92.92
			],
			['subkegiatan', null, 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 92500000, 91845000, 99.29],
			['program', '2', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', 318600000, 315723000, 99.1],
			['kegiatan', null, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 287400000, 285108000, 99.2],
			['subkegiatan', null, 'Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan', 287400000, 285108000, 99.2],
			[
				'kegiatan',
				null,
				'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan',
				31200000,
				30615000,
				98.12
			],
			[
				'subkegiatan',
				null,
				'Pelaksanaan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan',
				31200000,
				30615000,
				98.12
			],
			['program', '3', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 71250000, 69937500, 98.16],
			['kegiatan', null, 'Koordinasi Kegiatan Pemberdayaan Desa', 71250000, 69937500, 98.16],
			['subkegiatan', null, 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', 22950000, 22950000, 100.0],
			['subkegiatan', null, 'Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', 48300000, 46987500, 97.28],
			['program', '4', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 124800000, 123264000, 98.77],
			['kegiatan', null, 'Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum', 124800000, 123264000, 98.77],
			[
				'subkegiatan',
				null,
				'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
				124800000,
				123264000,
				98.77
			],
			['program', '5', 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA', 14600000, 14215000, 97.36],
			['kegiatan', null, 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa', 14600000, 14215000, 97.36],
			['subkegiatan', null, 'Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa', 14600000, 14215000, 97.36]
		],
		tahunLain: [
			[2023, 3619723750, 3487867158, 96.36, 'ikhtisar'],
			[2022, 3498116000, 3351905220, 95.82, 'anggaran']
		],
		profil: { penduduk: 62874, penduduk_l: 30912, penduduk_p: 31962, jumlah_desa: 9, luas_km2: 138.52, pegawai_total: 29 }
	}
];
