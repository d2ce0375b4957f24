/**
 * How budget programs are compared across kecamatan: the rule the budget reader
 * (lkip/anggaran-tree.ts, lkip/anggaran.ts mapProgram) and the composition
 * query (query/sql.ts sqlKomposisiProgram) apply, as "Data & metode" prints it.
 */

/** The mapping file a non-programmer extends (format in its header). */
export const PROGRAM_FILE = 'data/program.csv';

export const PROGRAM_RULE = {
	judul: 'Program anggaran yang disejajarkan',
	isi:
		`Nama program yang tercetak dipetakan ke kode program Permendagri 90/2019 (urusan 7.01 Kecamatan) dengan berkas ${PROGRAM_FILE}: setiap baris berisi kode, nama baku, dan kata kunci yang harus ada dalam nama tercetak; huruf besar/kecil, urutan kata, dan kata "Program" di depan tidak berpengaruh, dan aturan pertama yang cocok dipakai. ` +
		'Kode itu disimpan pada setiap baris anggaran (kolom kode_program dan program_baku tabel anggaran: milik baris program itu sendiri, atau program induknya). Program yang tidak cocok dengan aturan mana pun tetap disimpan dengan nama tercetaknya dan kode kosong, dan didaftar sebagai program tak dikenal. ' +
		'Grafik susunan anggaran per program menyejajarkan program menurut kodenya, dengan nama baku; nama tercetaknya tetap ada di tabel. ' +
		'Tidak setiap baris bernomor di atas adalah program: bila baris-baris program lain menyebut dirinya program, baris yang mengulang nama kegiatan dari program itu, atau baris tanpa nama program dalam kelompok belanja sendiri (mis. BELANJA MODAL) yang tidak memuat program, dibaca sebagai kegiatan, dan baris di bawahnya satu tingkat lebih dalam (sub kegiatan, lalu rincian belanja); kegiatan itu tidak dihitung sebagai program.'
};
