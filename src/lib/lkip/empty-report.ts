/** A report with identity only: the start for reports assembled from CSV rows or built in tests. */
import type { Report } from './types';

export function emptyReport(file: string, kecamatan: string | null, tahun: number | null, kabupaten: string | null = null): Report {
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
