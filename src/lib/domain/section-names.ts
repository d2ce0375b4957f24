/** Readable names of the report sections a figure can come from (lkip/sections.ts `bagian`). */
const NAMA_BAGIAN: Record<string, string> = {
	ikhtisar: 'ikhtisar eksekutif',
	pengukuran: 'tabel pengukuran kinerja',
	perbandingan: 'tabel perbandingan',
	perjanjian_kinerja: 'perjanjian kinerja',
	rkt: 'RKT',
	renstra: 'Renstra',
	anggaran: 'tabel anggaran',
	penutup: 'penutup',
	narasi: 'uraian',
	lainnya: 'bagian lain'
};

export function sectionName(b: string): string {
	return NAMA_BAGIAN[b] ?? b;
}
