/**
 * Words of the analytic views, in one place: how an IKM was measured (the method
 * codes the extractor gives, lkip/ikm-method.ts) and the four quadrants of
 * efficiency (capaian against serapan, each against the kabupaten median). sql.ts
 * writes the quadrant names into its rows; pages and exports show them as they are.
 */
import type { IkmMethod } from '../lkip/types';

export const IKM_METHOD_NAMES: Record<IkmMethod, string> = {
	sukma_e: 'aplikasi SUKMA-e',
	bappeda: 'survei oleh Bappeda',
	universitas: 'survei oleh perguruan tinggi',
	manual: 'survei manual kecamatan'
};

/** What a page says for an IKM whose report names no method. */
export const METHOD_NOT_STATED = 'cara pengukuran tidak disebut';

/** The quadrants, by capaian (tinggi: at or above the median) and serapan. */
export const QUADRANTS = {
	tinggi_tinggi: 'capaian tinggi, serapan tinggi: sesuai rencana',
	tinggi_rendah: 'capaian tinggi, serapan rendah: hemat',
	rendah_tinggi: 'capaian rendah, serapan tinggi: boros',
	rendah_rendah: 'capaian rendah, serapan rendah: tertinggal'
} as const;

/** A kecamatan alone in its year has no median to stand against. */
export const OWN_QUADRANT = 'satu-satunya kecamatan tahun itu: belum ada pembanding';

/** Per-capita and normalised figures: their column, heading and unit, in the order the pages offer them. */
export const NORMAL_SIZE = [
	{ kunci: 'pagu_per_penduduk', label: 'Pagu per penduduk', satuan: 'rupiah' },
	{ kunci: 'realisasi_per_penduduk', label: 'Realisasi per penduduk', satuan: 'rupiah' },
	{ kunci: 'pegawai_per_1000', label: 'Pegawai per 1.000 penduduk', satuan: 'angka' },
	{ kunci: 'pagu_per_desa', label: 'Pagu per desa/kelurahan', satuan: 'rupiah' },
	{ kunci: 'kepadatan', label: 'Kepadatan (jiwa per km²)', satuan: 'angka' }
] as const;
export type NormalSize = (typeof NORMAL_SIZE)[number]['kunci'];
