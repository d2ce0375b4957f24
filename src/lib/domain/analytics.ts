/**
 * Words of the analytic views, in one place: how an IKM was measured (the method
 * codes the extractor gives, lkip/ikm-metode.ts) and the four quadrants of
 * efficiency (capaian against serapan, each against the kabupaten median). sql.ts
 * writes the quadrant names into its rows; pages and exports show them as they are.
 */
import type { MetodeIkm } from '../lkip/types';

export const NAMA_METODE_IKM: Record<MetodeIkm, string> = {
	sukma_e: 'aplikasi SUKMA-e',
	bappeda: 'survei oleh Bappeda',
	universitas: 'survei oleh perguruan tinggi',
	manual: 'survei manual kecamatan'
};

/** What a page says for an IKM whose report names no method. */
export const METODE_TIDAK_DISEBUT = 'cara pengukuran tidak disebut';

/** The quadrants, by capaian (tinggi: at or above the median) and serapan. */
export const KUADRAN = {
	tinggi_tinggi: 'capaian tinggi, serapan tinggi: sesuai rencana',
	tinggi_rendah: 'capaian tinggi, serapan rendah: hemat',
	rendah_tinggi: 'capaian rendah, serapan tinggi: boros',
	rendah_rendah: 'capaian rendah, serapan rendah: tertinggal'
} as const;

/** A kecamatan alone in its year has no median to stand against. */
export const KUADRAN_SENDIRI = 'satu-satunya kecamatan tahun itu: belum ada pembanding';

/** Per-capita and normalised figures: their column, heading and unit, in the order the pages offer them. */
export const UKURAN_NORMAL = [
	{ kunci: 'pagu_per_penduduk', label: 'Pagu per penduduk', satuan: 'rupiah' },
	{ kunci: 'realisasi_per_penduduk', label: 'Realisasi per penduduk', satuan: 'rupiah' },
	{ kunci: 'pegawai_per_1000', label: 'Pegawai per 1.000 penduduk', satuan: 'angka' },
	{ kunci: 'pagu_per_desa', label: 'Pagu per desa/kelurahan', satuan: 'rupiah' },
	{ kunci: 'kepadatan', label: 'Kepadatan (jiwa per km²)', satuan: 'angka' }
] as const;
export type UkuranNormal = (typeof UKURAN_NORMAL)[number]['kunci'];
