/**
 * Table columns that several pages show with the same heading and format, so a
 * heading reads (and exports) the same everywhere. Page-specific columns stay on
 * their page.
 */
import type { TableColumn } from './table-view';

export const COLUMNS = {
	kecamatan: { kunci: 'kecamatan', label: 'Kecamatan', format: 'teks' },
	tahun: { kunci: 'tahun', label: 'Tahun', format: 'tahun' },
	pagu: { kunci: 'pagu', label: 'Pagu (Rp)', format: 'rupiah', istilah: 'Pagu anggaran' },
	realisasiRupiah: { kunci: 'realisasi', label: 'Realisasi (Rp)', format: 'rupiah', istilah: 'Realisasi anggaran' },
	serapan: { kunci: 'serapan', label: 'Serapan', format: 'persen', istilah: 'Serapan anggaran' },
	serapanGabungan: { kunci: 'serapan_gabungan', label: 'Serapan gabungan kecamatan berlaporan', format: 'persen' },
	serapanLain: { kunci: 'serapan_lain', label: 'Serapan gabungan kecamatan lain', format: 'persen' },
	targetTercetak: { kunci: 'target_raw', label: 'Target tercetak', format: 'teks' },
	realisasiTercetak: { kunci: 'realisasi_raw', label: 'Realisasi tercetak', format: 'teks' },
	capaian: { kunci: 'capaian', label: 'Capaian', format: 'persen', istilah: 'Capaian' },
	mutuTercetak: { kunci: 'mutu', label: 'Mutu tercetak', format: 'teks', istilah: 'Mutu pelayanan' },
	rataKecamatan: { kunci: 'rata_kecamatan', label: 'Rata-rata kecamatan berlaporan', format: 'indeks' },
	rataLain: { kunci: 'rata_lain', label: 'Rata-rata kecamatan lain', format: 'indeks' },
	jumlahRata: { kunci: 'jumlah_rata', label: 'Jumlah kecamatan dihitung', format: 'angka' },
	jumlahLain: { kunci: 'jumlah_lain', label: 'Jumlah kecamatan lain', format: 'angka' },
	ikm: { kunci: 'realisasi', label: 'IKM', format: 'indeks', istilah: 'IKM' },
	target: { kunci: 'target', label: 'Target', format: 'indeks' },
	cakupan: { kunci: 'cakupan_label', label: 'Cakupan anggaran', format: 'teks' },
	// the kabupaten's IKM as the reports print it (domain/ikm-kabupaten.ts), with its places
	ikmKabupaten: { kunci: 'ikm_kabupaten', label: 'IKM kabupaten (tercetak di laporan)', format: 'indeks' },
	ikmKabupatenSumber: { kunci: 'ikm_kabupaten_sumber', label: 'IKM kabupaten tercetak di', format: 'teks' },
	ikmKabupatenBeda: { kunci: 'ikm_kabupaten_beda', label: 'IKM kabupaten menurut laporan lain', format: 'teks' },
	// the report's other printed values of the same IKM (ikm.beda, domain/ikm-choice.ts)
	ikmBeda: { kunci: 'beda', label: 'Nilai lain di laporan yang sama', format: 'teks' },
	// the change against the previous year (sql.ts `selisih`): a column the table sorts by
	selisihIkm: { kunci: 'selisih', label: 'Perubahan dari tahun sebelumnya (poin IKM)', format: 'angka' },
	selisihPersen: { kunci: 'selisih', label: 'Perubahan dari tahun sebelumnya (poin persen)', format: 'angka' },
	// when the kecamatan compared are not the same in both years, or the method changed
	catatanSelisih: { kunci: 'catatan_selisih', label: 'Catatan perubahan', format: 'teks' },
	caraUkur: { kunci: 'cara_ukur', label: 'Cara IKM diukur', format: 'teks' },
	mutuBaku: { kunci: 'mutu_baku', label: 'Mutu (PermenPAN-RB 14/2017)', format: 'teks', istilah: 'Mutu pelayanan' }
} as const satisfies Record<string, TableColumn>;
