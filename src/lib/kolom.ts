/**
 * Table columns that several pages show with the same heading and format, so a
 * heading reads (and exports) the same everywhere. Page-specific columns stay on
 * their page.
 */
import type { KolomTabel } from './tabel';

export const KOLOM = {
	kecamatan: { kunci: 'kecamatan', label: 'Kecamatan', format: 'teks' },
	tahun: { kunci: 'tahun', label: 'Tahun', format: 'tahun' },
	pagu: { kunci: 'pagu', label: 'Pagu (Rp)', format: 'rupiah' },
	realisasiRupiah: { kunci: 'realisasi', label: 'Realisasi (Rp)', format: 'rupiah' },
	serapan: { kunci: 'serapan', label: 'Serapan', format: 'persen' },
	serapanKabupaten: { kunci: 'serapan_kabupaten', label: 'Serapan seluruh kecamatan', format: 'persen' },
	targetTercetak: { kunci: 'target_raw', label: 'Target tercetak', format: 'teks' },
	realisasiTercetak: { kunci: 'realisasi_raw', label: 'Realisasi tercetak', format: 'teks' },
	capaian: { kunci: 'capaian', label: 'Capaian', format: 'persen' },
	mutuTercetak: { kunci: 'mutu', label: 'Mutu tercetak', format: 'teks' },
	rataKabupaten: { kunci: 'rata_kabupaten', label: 'Rata-rata kabupaten', format: 'angka' },
	target: { kunci: 'target', label: 'Target', format: 'angka' }
} as const satisfies Record<string, KolomTabel>;
