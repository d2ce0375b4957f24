/**
 * Budget part of a LKIP: the realisation tree of the report year, the belanja
 * split and budget totals of other years stated in the text.
 */
import type {
	AnggaranRecord,
	AnggaranTahunLainRecord,
	BelanjaRecord,
	KonteksEkstraksi,
	Peringatan
} from './types';
import type { barisSemua } from './table';

export interface HasilAnggaran {
	anggaran: AnggaranRecord[];
	belanja: BelanjaRecord[];
	anggaran_tahun_lain: AnggaranTahunLainRecord[];
	peringatan: Peringatan[];
}

export function extractAnggaran(rows: ReturnType<typeof barisSemua>, ctx: KonteksEkstraksi): HasilAnggaran {
	void rows;
	void ctx;
	return { anggaran: [], belanja: [], anggaran_tahun_lain: [], peringatan: [] };
}
