/** Hand-built reports and reference for the store tests (independent of the extractor). */
import type { Report, MasterData } from '../../../src/lib/lkip/types';

export const MASTER: MasterData = {
	kecamatan: [
		{ kode: '35.09.22', nama: 'Arjasa', slug: 'arjasa', desa: 6, kelurahan: 0 },
		{ kode: '35.09.20', nama: 'Patrang', slug: 'patrang', desa: 0, kelurahan: 8 },
		{ kode: '35.09.08', nama: 'Puger', slug: 'puger', desa: 12, kelurahan: 0 }
	],
	indikator: []
};

export function laporan(file: string, kecamatan: string | null, tahun: number | null): Report {
	return {
		file,
		kecamatan,
		kabupaten: 'Jember',
		tahun,
		ikm: [
			{
				tahun: 2022,
				target: 80,
				realisasi: 84.5,
				mutu: 'B',
				target_raw: '80',
				realisasi_raw: '84,50',
				bagian: 'perbandingan',
				line: 120,
				raw: '2022 80 84,50'
			},
			{
				tahun: tahun ?? 2023,
				target: 82,
				realisasi: 86.34,
				mutu: null,
				target_raw: '82',
				realisasi_raw: '86,34',
				bagian: 'pengukuran',
				line: 300,
				raw: 'IKM 82 86,34'
			}
		],
		indikator: [
			{
				tahun: tahun ?? 2023,
				no: 1,
				sasaran: 'Meningkatnya kualitas pelayanan',
				indikator: 'Indeks Kepuasan Masyarakat',
				kunci: 'ikm',
				target: 82,
				realisasi: 86.34,
				capaian: 105.29,
				target_raw: '82',
				realisasi_raw: '86,34',
				capaian_raw: '105,29%',
				satuan: 'indeks',
				line: 300,
				raw: 'IKM 82 86,34 105,29%'
			},
			{
				tahun: tahun ?? 2023,
				no: 2,
				sasaran: null,
				indikator: '=HYPERLINK("http://x")',
				kunci: null,
				target: null,
				realisasi: null,
				capaian: null,
				target_raw: 'B',
				realisasi_raw: 'BB (80)',
				capaian_raw: '-',
				satuan: 'huruf',
				line: 301,
				raw: 'Nilai SAKIP B BB (80)'
			}
		],
		anggaran: [
			{
				level: 'total',
				urutan: 1,
				kode: null,
				uraian: 'Jumlah',
				program: null,
				kegiatan: null,
				pagu: 3316970181,
				realisasi: 3216970181,
				persen: 96.99,
				pagu_raw: 'Rp. 3.316.970.181,00',
				realisasi_raw: '3.216.970.181',
				persen_raw: '96,99%',
				line: 500,
				raw: 'Jumlah 3.316.970.181'
			},
			{
				level: 'program',
				urutan: 2,
				kode: '1',
				uraian: 'Program Penunjang',
				program: null,
				kegiatan: null,
				pagu: 9_007_199_254_740_991,
				realisasi: null,
				persen: null,
				pagu_raw: '9.007.199.254.740.991',
				realisasi_raw: null,
				persen_raw: null,
				line: 501,
				raw: 'Program Penunjang'
			}
		],
		belanja: [{ jenis: 'operasi', uraian: 'Belanja Operasi', pagu: 3000000000, realisasi: 2900000000, line: 510, raw: 'Belanja Operasi' }],
		anggaran_tahun_lain: [{ tahun: 2022, pagu: 3100000000, realisasi: 3000000000, persen: 96.77, bagian: 'narasi', line: 520, raw: 'tahun 2022 ...' }],
		profil: [
			{ atribut: 'penduduk', nilai: 90000, line: 40, raw: 'jumlah penduduk 90.000 jiwa' },
			{ atribut: 'luas_km2', nilai: 36.99, line: 41, raw: 'luas 36,99 km2' }
		],
		indikator_tak_dikenal: ['=HYPERLINK("http://x")'],
		peringatan: [{ line: 77, pesan: 'angka "337.369.33" tidak dikenali' }],
		skala: [
			{ kode: null, label: 'SANGAT BAIK', bawah: 100, atas: null, line: 292, raw: '1.\tLebih dari 100 %\tSANGAT BAIK' },
			{ kode: null, label: 'BAIK', bawah: 76, atas: 100, line: 293, raw: '2.\t76 % s/d 100 %\tBAIK' },
			{ kode: null, label: 'KURANG', bawah: null, atas: 55, line: 294, raw: '3.\tKurang dari 55 %\tKURANG' }
		],
		capaian_maks_100: tahun === 2023 ? { line: 372, raw: 'capaian lebih dari 100% termasuk pada angka capaian kinerja 100%' } : null
	};
}
