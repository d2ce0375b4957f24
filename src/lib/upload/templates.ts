/**
 * The CSV templates users fill in: one per table (ikm, indikator, anggaran).
 * This list is the single definition: the importer reads columns from it, the
 * "Unggah data" page prints it as documentation, and the downloadable template
 * (header plus one example row) is generated from it.
 */
import { BOM, csvCell } from '../export/csv';

export type TemplateColumnKind =
	| 'kecamatan' // one of the 31 names
	| 'tahun' // four-digit year
	| 'bulat' // whole number (row order)
	| 'ikm' // index 0–100, Indonesian or plain decimals
	| 'persen' // percentage, "%" optional
	| 'nilai' // indicator value: number, percentage, letter grade or "4 Dok"
	| 'rupiah' // whole rupiah, thousands with "." or ","
	| 'mutu' // A, B, C or D
	| 'level' // total, program, kegiatan, subkegiatan
	| 'satuan'
	| 'teks';

export interface TemplateColumn {
	nama: string;
	jenis: TemplateColumnKind;
	wajib: boolean;
	keterangan: string;
	contoh: string;
}

export type TemplateName = 'ikm' | 'indikator' | 'anggaran';

export interface Template {
	tabel: TemplateName;
	judul: string;
	keterangan: string;
	kolom: TemplateColumn[];
}

const kecamatan: TemplateColumn = {
	nama: 'kecamatan',
	jenis: 'kecamatan',
	wajib: true,
	keterangan: 'Nama kecamatan, salah satu dari 31 kecamatan Kabupaten Jember',
	contoh: 'Sukowono'
};
const tahun: TemplateColumn = { nama: 'tahun', jenis: 'tahun', wajib: true, keterangan: 'Tahun kinerja yang dilaporkan', contoh: '2024' };

export const TEMPLATES: Template[] = [
	{
		tabel: 'ikm',
		judul: 'Indeks Kepuasan Masyarakat (IKM)',
		keterangan: 'Satu baris per kecamatan per tahun.',
		kolom: [
			kecamatan,
			tahun,
			{ nama: 'target', jenis: 'ikm', wajib: false, keterangan: 'Target IKM, skala 0–100', contoh: '85' },
			{
				nama: 'realisasi',
				jenis: 'ikm',
				wajib: true,
				keterangan: 'Nilai IKM yang dicapai, skala 0–100 (boleh kosong bila hanya ada huruf mutu)',
				contoh: '86,34'
			},
			{ nama: 'mutu', jenis: 'mutu', wajib: false, keterangan: 'Huruf mutu pelayanan A, B, C atau D', contoh: 'B' }
		]
	},
	{
		tabel: 'indikator',
		judul: 'Indikator kinerja',
		keterangan: 'Satu baris per indikator pada tabel pengukuran kinerja.',
		kolom: [
			kecamatan,
			tahun,
			{ nama: 'no', jenis: 'bulat', wajib: false, keterangan: 'Nomor urut di tabel (kosong: urutan baris)', contoh: '1' },
			{ nama: 'sasaran', jenis: 'teks', wajib: false, keterangan: 'Sasaran strategis', contoh: 'Meningkatnya kualitas pelayanan publik' },
			{ nama: 'indikator', jenis: 'teks', wajib: true, keterangan: 'Nama indikator sebagaimana tercetak', contoh: 'Indeks Kepuasan Masyarakat' },
			{ nama: 'target', jenis: 'nilai', wajib: true, keterangan: 'Target: angka, persen, huruf (B) atau jumlah (4 Dok)', contoh: '85' },
			{ nama: 'realisasi', jenis: 'nilai', wajib: true, keterangan: 'Realisasi, dalam bentuk yang sama dengan target', contoh: '86,34' },
			{ nama: 'capaian', jenis: 'persen', wajib: false, keterangan: 'Capaian (%) sebagaimana tercetak', contoh: '101,58' },
			{
				nama: 'satuan',
				jenis: 'satuan',
				wajib: false,
				keterangan: 'Satuan: %, indeks, dokumen, huruf, nilai atau lainnya (kosong: dikenali dari nilai)',
				contoh: 'indeks'
			}
		]
	},
	{
		tabel: 'anggaran',
		judul: 'Realisasi anggaran',
		keterangan: 'Satu baris per total, program, kegiatan atau sub kegiatan. Rupiah tanpa sen.',
		kolom: [
			kecamatan,
			tahun,
			{ nama: 'level', jenis: 'level', wajib: true, keterangan: 'total, program, kegiatan atau subkegiatan', contoh: 'program' },
			{ nama: 'kode', jenis: 'teks', wajib: false, keterangan: 'Penomoran tercetak', contoh: '1' },
			{
				nama: 'uraian',
				jenis: 'teks',
				wajib: true,
				keterangan: 'Nama program/kegiatan/sub kegiatan',
				contoh: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'
			},
			{ nama: 'program', jenis: 'teks', wajib: false, keterangan: 'Program induk (untuk kegiatan dan sub kegiatan)', contoh: '' },
			{ nama: 'kegiatan', jenis: 'teks', wajib: false, keterangan: 'Kegiatan induk (untuk sub kegiatan)', contoh: '' },
			{ nama: 'pagu', jenis: 'rupiah', wajib: true, keterangan: 'Pagu anggaran dalam rupiah, mis. 1.250.000.000', contoh: '1.250.000.000' },
			{ nama: 'realisasi', jenis: 'rupiah', wajib: true, keterangan: 'Realisasi anggaran dalam rupiah', contoh: '3.216.970.181' },
			{ nama: 'persen', jenis: 'persen', wajib: false, keterangan: 'Persentase serapan sebagaimana tercetak', contoh: '96,99' }
		]
	}
];

export function template(name: TemplateName): Template {
	return TEMPLATES.find((t) => t.tabel === name)!;
}

/**
 * The downloadable template: BOM, header, one example row. Separated by ";"
 * because Excel in an Indonesian locale (comma decimals) opens such a file
 * straight into columns; the importer accepts "," as well.
 */
export function templateText(t: Template): string {
	const baris = (cell: string[]) => cell.map(csvCell).join(';');
	return BOM + baris(t.kolom.map((k) => k.nama)) + '\r\n' + baris(t.kolom.map((k) => k.contoh)) + '\r\n';
}

export function templateFileName(t: Template): string {
	return `templat-${t.tabel}.csv`;
}
