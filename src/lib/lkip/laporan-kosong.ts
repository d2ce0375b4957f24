/** A report with identity only: the start for reports assembled from CSV rows or built in tests. */
import type { Laporan } from './types';

export function laporanKosong(file: string, kecamatan: string | null, tahun: number | null, kabupaten: string | null = null): Laporan {
	return {
		file,
		kecamatan,
		kabupaten,
		tahun,
		ikm: [],
		indikator: [],
		anggaran: [],
		belanja: [],
		anggaran_tahun_lain: [],
		profil: [],
		indikator_tak_dikenal: [],
		peringatan: [],
		skala: [],
		capaian_maks_100: null
	};
}
