/**
 * The published dataset: every Parquet table in static/data/, its columns, their
 * DuckDB types and what they mean. The data build creates tables from this, the
 * "Data & metode" page prints it as the data dictionary, and tests check the
 * files against it. Change a column here and everything follows.
 *
 * Rupiah columns are BIGINT: exact integers, never floats.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'INTEGER[]';

export interface ColumnDef {
	nama: string;
	tipe: ColumnType;
	/** NOT NULL in the build: a row without it fails the build, naming file and line */
	wajib?: boolean;
	keterangan: string;
}

export interface TableDef {
	nama: string;
	keterangan: string;
	kolom: ColumnDef[];
}

/** Where a line was printed in the original PDF or Word document; empty for a text report, whose line is the place. */
const letak: ColumnDef[] = [
	{ nama: 'page', tipe: 'INTEGER', keterangan: 'Halaman di dokumen PDF asli (mulai 1); kosong untuk Word dan teks' },
	{
		nama: 'letak',
		tipe: 'VARCHAR',
		keterangan: 'Letak di dokumen asli sebagaimana dibaca orang: "halaman 21" (PDF), "tabel 3, baris 5" atau "paragraf 40" (Word); kosong untuk teks'
	}
];

const sumber: ColumnDef[] = [
	{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
	{ nama: 'line', tipe: 'INTEGER', wajib: true, keterangan: 'Nomor baris di berkas sumber (mulai 1)' },
	{ nama: 'raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks baris sebagaimana tercetak' },
	...letak
];

const laporanKey: ColumnDef[] = [
	{ nama: 'laporan_id', tipe: 'VARCHAR', wajib: true, keterangan: 'Kunci laporan: slug kecamatan dan tahun, mis. "contoh-2023"' },
	{ nama: 'kecamatan', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama kecamatan (baku, dari daftar 31 kecamatan)' },
	// queries join kecamatan by code: names are spelled differently across sources
	{ nama: 'kode_kecamatan', tipe: 'VARCHAR', wajib: true, keterangan: 'Kode Kemendagri kecamatan (kunci penghubung ke tabel kecamatan)' },
	{ nama: 'tahun_laporan', tipe: 'INTEGER', wajib: true, keterangan: 'Tahun kinerja yang dilaporkan' }
];

export const TABLES: TableDef[] = [
	{
		nama: 'laporan',
		keterangan: 'Satu baris per LKIP yang diolah.',
		kolom: [
			{ nama: 'laporan_id', tipe: 'VARCHAR', wajib: true, keterangan: 'Kunci laporan' },
			{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
			{ nama: 'format', tipe: 'VARCHAR', wajib: true, keterangan: 'Bentuk berkas sumber: pdf, docx (Word) atau txt (teks)' },
			{ nama: 'jumlah_halaman', tipe: 'INTEGER', keterangan: 'Jumlah halaman dokumen PDF; kosong untuk Word dan teks' },
			{ nama: 'kecamatan', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama kecamatan (baku)' },
			{ nama: 'kode_kecamatan', tipe: 'VARCHAR', keterangan: 'Kode Kemendagri kecamatan' },
			{ nama: 'kabupaten', tipe: 'VARCHAR', keterangan: 'Kabupaten sebagaimana tercetak' },
			{ nama: 'tahun', tipe: 'INTEGER', wajib: true, keterangan: 'Tahun kinerja yang dilaporkan' },
			{ nama: 'jumlah_indikator', tipe: 'INTEGER', wajib: true, keterangan: 'Baris tabel pengukuran kinerja yang terbaca' },
			{ nama: 'jumlah_anggaran', tipe: 'INTEGER', wajib: true, keterangan: 'Baris realisasi anggaran yang terbaca' },
			{ nama: 'jumlah_peringatan', tipe: 'INTEGER', wajib: true, keterangan: 'Bagian yang tidak dapat dibaca pengekstrak' },
			{ nama: 'capaian_maks_100', tipe: 'BOOLEAN', wajib: true, keterangan: 'Apakah laporan menyatakan capaian di atas 100% dihitung 100%' },
			{ nama: 'capaian_maks_100_line', tipe: 'INTEGER', keterangan: 'Baris pernyataan batas 100% itu, bila ada' },
			{ nama: 'capaian_maks_100_raw', tipe: 'VARCHAR', keterangan: 'Teks baris pernyataan batas 100% itu, bila ada' },
			{
				nama: 'cakupan_anggaran',
				tipe: 'VARCHAR',
				wajib: true,
				keterangan: 'Cakupan total anggaran laporan: seluruh (seluruh belanja) atau belanja_langsung (hanya belanja langsung; aturan di Data & metode)'
			}
		]
	},
	{
		nama: 'ikm',
		keterangan: 'Setiap nilai IKM/SKM yang dinyatakan laporan, untuk setiap tahun yang disebut, beserta lokasinya.',
		kolom: [
			...laporanKey,
			{ nama: 'tahun', tipe: 'INTEGER', wajib: true, keterangan: 'Tahun nilai IKM' },
			{ nama: 'target', tipe: 'DOUBLE', keterangan: 'Target IKM (skala 0–100)' },
			{ nama: 'realisasi', tipe: 'DOUBLE', keterangan: 'Nilai IKM yang dicapai (skala 0–100)' },
			{ nama: 'mutu', tipe: 'VARCHAR', keterangan: 'Huruf mutu tercetak (A–D), bila ada' },
			{ nama: 'target_raw', tipe: 'VARCHAR', keterangan: 'Teks target tercetak' },
			{ nama: 'realisasi_raw', tipe: 'VARCHAR', keterangan: 'Teks realisasi tercetak' },
			{ nama: 'bagian', tipe: 'VARCHAR', wajib: true, keterangan: 'Bagian laporan tempat nilai dinyatakan' },
			{
				nama: 'dipilih',
				tipe: 'BOOLEAN',
				wajib: true,
				keterangan: 'Nilai IKM tahun ini yang dipakai dari laporan ini (aturan di Data & metode: nilai yang paling sering tercetak)'
			},
			{
				nama: 'beda',
				tipe: 'VARCHAR',
				keterangan: 'Pada nilai yang dipakai: nilai lain yang dicetak laporan yang sama untuk tahun itu, dan letaknya; kosong bila semuanya sama'
			},
			{
				nama: 'mutu_permenpan',
				tipe: 'VARCHAR',
				keterangan: 'Mutu pelayanan (A–D) menurut PermenPAN-RB 14/2017 dari nilai realisasi, dihitung sekali saat data dibangun; kosong bila tidak ada nilai'
			},
			{
				nama: 'metode',
				tipe: 'VARCHAR',
				keterangan:
					'Cara IKM diukur menurut pernyataan laporan yang terdekat: sukma_e, bappeda, universitas, manual; kosong bila laporan tidak menyebutnya (tabel ikm_metode)'
			},
			{ nama: 'metode_line', tipe: 'INTEGER', keterangan: 'Baris pernyataan cara pengukuran itu' },
			...sumber
		]
	},
	{
		nama: 'indikator',
		keterangan: 'Tabel pengukuran kinerja tahun laporan: sasaran, indikator, target, realisasi, capaian.',
		kolom: [
			...laporanKey,
			{ nama: 'no', tipe: 'INTEGER', wajib: true, keterangan: 'Urutan baris di tabel' },
			{ nama: 'sasaran', tipe: 'VARCHAR', keterangan: 'Sasaran strategis' },
			{ nama: 'indikator', tipe: 'VARCHAR', wajib: true, keterangan: 'Indikator sasaran sebagaimana tercetak' },
			{ nama: 'kunci', tipe: 'VARCHAR', keterangan: 'Kunci indikator baku (data/indikator.csv); kosong bila tidak dikenali' },
			{
				nama: 'indikator_baku',
				tipe: 'VARCHAR',
				keterangan: 'Nama baku indikator itu (kolom label di data/indikator.csv), sama untuk setiap laporan; kosong bila tidak dikenali'
			},
			{ nama: 'target', tipe: 'DOUBLE', keterangan: 'Target (angka)' },
			{ nama: 'realisasi', tipe: 'DOUBLE', keterangan: 'Realisasi (angka)' },
			{ nama: 'capaian', tipe: 'DOUBLE', keterangan: 'Capaian tercetak (%)' },
			{ nama: 'target_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks target tercetak' },
			{ nama: 'realisasi_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks realisasi tercetak' },
			{ nama: 'capaian_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks capaian tercetak' },
			{ nama: 'satuan', tipe: 'VARCHAR', keterangan: 'Satuan: %, indeks, dokumen, huruf, nilai' },
			...sumber
		]
	},
	{
		nama: 'skala_predikat',
		keterangan:
			'Skala predikat capaian yang dinyatakan laporan itu sendiri (mis. "AA 90 - 100 Sangat Memuaskan"), satu baris per tingkat; kosong bila laporan tidak mencetak skala.',
		kolom: [
			...laporanKey,
			{ nama: 'urutan', tipe: 'INTEGER', wajib: true, keterangan: 'Urutan tingkat sebagaimana tercetak (mulai 1)' },
			{ nama: 'kode', tipe: 'VARCHAR', keterangan: 'Kode tercetak (mis. AA, BB), bila ada' },
			{ nama: 'label', tipe: 'VARCHAR', wajib: true, keterangan: 'Predikat sebagaimana tercetak' },
			{ nama: 'bawah', tipe: 'DOUBLE', keterangan: 'Batas bawah tercetak; kosong bila terbuka ("Kurang dari 55 %")' },
			{ nama: 'atas', tipe: 'DOUBLE', keterangan: 'Batas atas tercetak; kosong bila terbuka ("Lebih dari 100 %")' },
			...sumber
		]
	},
	{
		nama: 'anggaran',
		keterangan: 'Realisasi anggaran tahun laporan sebagai pohon: total, program, kegiatan, sub kegiatan.',
		kolom: [
			...laporanKey,
			{ nama: 'urutan', tipe: 'INTEGER', wajib: true, keterangan: 'Urutan baris di pohon anggaran' },
			{
				nama: 'level',
				tipe: 'VARCHAR',
				wajib: true,
				keterangan: 'total, program, kegiatan, subkegiatan, atau rincian (rekening belanja di bawah sub kegiatan)'
			},
			{ nama: 'kode', tipe: 'VARCHAR', keterangan: 'Penomoran tercetak' },
			{ nama: 'uraian', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama program/kegiatan/sub kegiatan' },
			{ nama: 'program', tipe: 'VARCHAR', keterangan: 'Program induk' },
			{ nama: 'kegiatan', tipe: 'VARCHAR', keterangan: 'Kegiatan induk' },
			{
				nama: 'kode_program',
				tipe: 'VARCHAR',
				keterangan:
					'Kode program Permendagri 90/2019 dari program baris ini (data/program.csv; aturan di Data & metode); kosong bila nama program tidak dikenali'
			},
			{ nama: 'program_baku', tipe: 'VARCHAR', keterangan: 'Nama program baku untuk kode itu (data/program.csv)' },
			{ nama: 'pagu', tipe: 'BIGINT', keterangan: 'Pagu anggaran (rupiah)' },
			{ nama: 'realisasi', tipe: 'BIGINT', keterangan: 'Realisasi anggaran (rupiah)' },
			{ nama: 'persen', tipe: 'DOUBLE', keterangan: 'Persentase serapan tercetak' },
			{
				nama: 'serapan',
				tipe: 'DOUBLE',
				keterangan: 'Serapan (%) = realisasi × 100 ÷ pagu, dihitung dasbor dari rupiah tercetak; kosong bila pagu kosong atau tidak positif'
			},
			{ nama: 'pagu_raw', tipe: 'VARCHAR', keterangan: 'Teks pagu tercetak' },
			{ nama: 'realisasi_raw', tipe: 'VARCHAR', keterangan: 'Teks realisasi tercetak' },
			{ nama: 'persen_raw', tipe: 'VARCHAR', keterangan: 'Teks persentase tercetak' },
			...sumber
		]
	},
	{
		nama: 'belanja',
		keterangan: 'Komposisi belanja (operasi/modal, atau langsung/tidak langsung pada laporan lama).',
		kolom: [
			...laporanKey,
			{ nama: 'jenis', tipe: 'VARCHAR', wajib: true, keterangan: 'operasi, modal, pegawai, barang_jasa, langsung, tidak_langsung, lainnya' },
			{ nama: 'uraian', tipe: 'VARCHAR', wajib: true, keterangan: 'Uraian tercetak' },
			{ nama: 'pagu', tipe: 'BIGINT', keterangan: 'Pagu (rupiah)' },
			{ nama: 'realisasi', tipe: 'BIGINT', keterangan: 'Realisasi (rupiah)' },
			{
				nama: 'serapan',
				tipe: 'DOUBLE',
				keterangan: 'Serapan (%) = realisasi × 100 ÷ pagu, dihitung dasbor dari rupiah tercetak; kosong bila pagu kosong atau tidak positif'
			},
			...sumber
		]
	},
	{
		nama: 'anggaran_tahun_lain',
		keterangan: 'Total anggaran tahun lain yang disebut dalam teks (mis. perbandingan dengan tahun sebelumnya).',
		kolom: [
			...laporanKey,
			{ nama: 'tahun', tipe: 'INTEGER', wajib: true, keterangan: 'Tahun anggaran yang disebut' },
			{ nama: 'pagu', tipe: 'BIGINT', keterangan: 'Pagu (rupiah)' },
			{ nama: 'realisasi', tipe: 'BIGINT', keterangan: 'Realisasi (rupiah)' },
			{ nama: 'persen', tipe: 'DOUBLE', keterangan: 'Persentase tercetak' },
			{
				nama: 'serapan',
				tipe: 'DOUBLE',
				keterangan: 'Serapan (%) = realisasi × 100 ÷ pagu, dihitung dasbor dari rupiah tercetak; kosong bila pagu kosong atau tidak positif'
			},
			{ nama: 'bagian', tipe: 'VARCHAR', wajib: true, keterangan: 'Bagian laporan' },
			...sumber
		]
	},
	{
		nama: 'profil',
		keterangan: 'Profil kecamatan: penduduk, desa/kelurahan, luas, pegawai. Satu baris per atribut, dengan sumbernya.',
		kolom: [
			...laporanKey,
			{ nama: 'atribut', tipe: 'VARCHAR', wajib: true, keterangan: 'penduduk, penduduk_l, penduduk_p, jumlah_desa, jumlah_kelurahan, luas_km2, pegawai_total' },
			{ nama: 'nilai', tipe: 'DOUBLE', wajib: true, keterangan: 'Nilai' },
			{ nama: 'tahun_data', tipe: 'INTEGER', keterangan: 'Tahun data sebagaimana tercetak bersama angkanya; kosong bila tidak dicetak' },
			{ nama: 'sumber_data', tipe: 'VARCHAR', keterangan: 'Sumber data sebagaimana tercetak ("Sumber: ..."); kosong bila tidak dicetak' },
			...sumber
		]
	},
	{
		nama: 'kecamatan',
		keterangan: 'Ke-31 kecamatan Kabupaten Jember, dengan ketersediaan laporan.',
		kolom: [
			{ nama: 'kode', tipe: 'VARCHAR', wajib: true, keterangan: 'Kode Kemendagri' },
			{ nama: 'kecamatan', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama kecamatan' },
			{ nama: 'slug', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama untuk alamat halaman' },
			{ nama: 'jumlah_desa', tipe: 'INTEGER', wajib: true, keterangan: 'Jumlah desa (referensi Kemendagri)' },
			{ nama: 'jumlah_kelurahan', tipe: 'INTEGER', wajib: true, keterangan: 'Jumlah kelurahan (referensi Kemendagri)' },
			{ nama: 'ada_laporan', tipe: 'BOOLEAN', wajib: true, keterangan: 'Apakah ada LKIP yang diolah' },
			{ nama: 'tahun_laporan', tipe: 'INTEGER[]', wajib: true, keterangan: 'Tahun-tahun LKIP yang tersedia' }
		]
	},
	{
		nama: 'peringatan',
		keterangan: 'Bagian laporan yang tidak dapat dibaca pengekstrak (angka rusak, tabel tak terbaca).',
		kolom: [
			...laporanKey,
			{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
			{ nama: 'line', tipe: 'INTEGER', wajib: true, keterangan: 'Nomor baris' },
			...letak,
			{ nama: 'pesan', tipe: 'VARCHAR', wajib: true, keterangan: 'Pesan' }
		]
	}
];

/** The kabupaten's IKM as the reports print it (lkip/ikm-kabupaten.ts): the reference the dashboard names with its source. */
TABLES.push({
	nama: 'ikm_kabupaten',
	keterangan:
		'IKM kabupaten sebagaimana dicetak laporan kecamatan (mis. "IKM Kabupaten Jember tahun 2023 … 86,34"), satu baris per pernyataan, dengan letaknya; aturan pemakaiannya di Data & metode.',
	kolom: [
		...laporanKey,
		{ nama: 'tahun', tipe: 'INTEGER', wajib: true, keterangan: 'Tahun nilai IKM kabupaten' },
		{ nama: 'kabupaten', tipe: 'VARCHAR', keterangan: 'Nama kabupaten sebagaimana tercetak sesudah kata "Kabupaten", bila ada' },
		{ nama: 'realisasi', tipe: 'DOUBLE', wajib: true, keterangan: 'Nilai IKM kabupaten (skala 0–100)' },
		{ nama: 'realisasi_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks nilai tercetak' },
		{ nama: 'bagian', tipe: 'VARCHAR', wajib: true, keterangan: 'Bagian laporan tempat nilai dinyatakan' },
		...sumber
	]
});

/**
 * The audit's tables (src/lib/audit): findings with their evidence, a quality score per report,
 * and the source lines the findings point to (with two lines of context), so the
 * "Konsistensi data" page can show the passages without shipping whole reports.
 */
TABLES.push(
	{
		nama: 'temuan',
		keterangan: 'Temuan audit konsistensi: angka yang tidak cocok di dalam satu laporan atau antarlaporan, dengan buktinya.',
		kolom: [
			...laporanKey,
			{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
			{ nama: 'no', tipe: 'INTEGER', wajib: true, keterangan: 'Nomor urut temuan dalam laporan' },
			{ nama: 'aturan', tipe: 'VARCHAR', wajib: true, keterangan: 'Kode aturan audit (lihat docs/audit-aturan.md)' },
			{ nama: 'judul_aturan', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama aturan audit' },
			{ nama: 'tingkat', tipe: 'VARCHAR', wajib: true, keterangan: 'Tingkat keparahan: tinggi, sedang, rendah' },
			{ nama: 'pesan', tipe: 'VARCHAR', wajib: true, keterangan: 'Apa yang berbeda dan seberapa besar' },
			{ nama: 'nilai', tipe: 'DOUBLE', keterangan: 'Angka sebagaimana tercetak' },
			{ nama: 'seharusnya', tipe: 'DOUBLE', keterangan: 'Angka menurut sumber lain atau hitungan' },
			{ nama: 'lines', tipe: 'INTEGER[]', wajib: true, keterangan: 'Semua nomor baris sumber yang terlibat' },
			{ nama: 'kelompok', tipe: 'INTEGER', keterangan: 'Nomor (no) temuan penyebab bila temuan ini satu kelompok sebab-akibat; kosong bila berdiri sendiri' },
			{
				nama: 'peran',
				tipe: 'VARCHAR',
				keterangan:
					'sebab (satu angka yang salah) atau akibat (pemeriksaan yang gagal karenanya, dihitung satu kali di bawah sebabnya); kosong bila berdiri sendiri'
			},
			{
				nama: 'bukti',
				tipe: 'VARCHAR',
				wajib: true,
				keterangan: 'Baris sumber yang terlibat, JSON [{line, raw, page, letak}] (page dan letak kosong untuk teks)'
			},
			{
				nama: 'rujukan',
				tipe: 'VARCHAR',
				wajib: true,
				keterangan:
					'Angka laporan yang dirujuk temuan, JSON [{tabel, kunci, tahun}]: tabel data (ikm, indikator, anggaran, belanja, anggaran_tahun_lain), kunci barisnya dalam laporan (ikm: tahun; indikator: no; anggaran: urutan; belanja: jenis; anggaran_tahun_lain: tahun) dan tahun angkanya'
			}
		]
	},
	{
		nama: 'skor_kualitas',
		keterangan: 'Skor kualitas data per laporan: bagian pemeriksaan audit yang lolos, diberi bobot menurut tingkat keparahan (tinggi 3, sedang 2, rendah 1).',
		kolom: [
			...laporanKey,
			{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
			{ nama: 'skor', tipe: 'DOUBLE', keterangan: 'Skor 0–100; kosong bila tidak ada yang dapat diperiksa' },
			{ nama: 'diperiksa', tipe: 'INTEGER', wajib: true, keterangan: 'Jumlah pemeriksaan' },
			{ nama: 'gagal', tipe: 'INTEGER', wajib: true, keterangan: 'Jumlah temuan yang dihitung (satu kelompok sebab-akibat dihitung satu kali)' },
			{ nama: 'tinggi', tipe: 'INTEGER', wajib: true, keterangan: 'Temuan tingkat tinggi' },
			{ nama: 'sedang', tipe: 'INTEGER', wajib: true, keterangan: 'Temuan tingkat sedang' },
			{ nama: 'rendah', tipe: 'INTEGER', wajib: true, keterangan: 'Temuan tingkat rendah' },
			{
				nama: 'bobot_periksa',
				tipe: 'INTEGER',
				wajib: true,
				keterangan: 'Bobot semua pemeriksaan (tinggi 3, sedang 2, rendah 1); skor = 100 × (bobot_periksa − bobot_gagal) ÷ bobot_periksa'
			},
			{ nama: 'bobot_gagal', tipe: 'INTEGER', wajib: true, keterangan: 'Bobot pemeriksaan yang gagal' }
		]
	},
	{
		nama: 'sumber_baris',
		keterangan: 'Baris teks laporan yang dirujuk temuan, dengan dua baris konteks di atas dan di bawahnya.',
		kolom: [
			...laporanKey,
			{ nama: 'file', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama berkas LKIP sumber' },
			{ nama: 'line', tipe: 'INTEGER', wajib: true, keterangan: 'Nomor baris (mulai 1)' },
			...letak,
			{ nama: 'teks', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks baris apa adanya (boleh kosong)' }
		]
	}
);

/** What the reports say about efficiency and about how their IKM was measured (issue 12). */
TABLES.push(
	{
		nama: 'efisiensi',
		keterangan: 'Tabel efisiensi penggunaan sumber daya laporan: per sasaran, capaian kinerja dan serapan anggaran sebagaimana tercetak.',
		kolom: [
			...laporanKey,
			{ nama: 'no', tipe: 'INTEGER', wajib: true, keterangan: 'Urutan baris di tabel' },
			{ nama: 'sasaran', tipe: 'VARCHAR', wajib: true, keterangan: 'Sasaran sebagaimana tercetak' },
			{ nama: 'capaian', tipe: 'DOUBLE', keterangan: 'Capaian kinerja tercetak (%)' },
			{ nama: 'serapan', tipe: 'DOUBLE', keterangan: 'Serapan anggaran tercetak (%)' },
			{ nama: 'capaian_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks capaian tercetak' },
			{ nama: 'serapan_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks serapan tercetak' },
			{ nama: 'tingkat', tipe: 'VARCHAR', keterangan: 'Tingkat efisiensi menurut laporan (mis. "Efisien"), sebagaimana tercetak' },
			...sumber
		]
	},
	{
		nama: 'ikm_metode',
		keterangan: 'Pernyataan laporan tentang cara IKM diukur: metode atau lembaga, jumlah responden, periode survei.',
		kolom: [
			...laporanKey,
			{
				nama: 'metode',
				tipe: 'VARCHAR',
				keterangan:
					'sukma_e (aplikasi SUKMA-e), bappeda, universitas (perguruan tinggi), manual (survei manual kecamatan); kosong bila baris hanya menyebut responden atau periode'
			},
			{ nama: 'lembaga', tipe: 'VARCHAR', keterangan: 'Kata yang menyebut metode atau lembaganya, sebagaimana tercetak' },
			{ nama: 'jumlah_responden', tipe: 'INTEGER', keterangan: 'Jumlah responden tercetak' },
			{ nama: 'periode', tipe: 'VARCHAR', keterangan: 'Periode survei tercetak' },
			...sumber
		]
	},
	{
		nama: 'ikm_unsur',
		keterangan:
			'Nilai setiap unsur survei kepuasan masyarakat, bila laporan mencetak tabelnya: satu baris per unsur, pada skala laporan itu sendiri (NRR 1–4 atau 25–100), dengan predikat tercetaknya.',
		kolom: [
			...laporanKey,
			{ nama: 'tabel_line', tipe: 'INTEGER', wajib: true, keterangan: 'Baris kepala tabel nilai unsur (baris satu tabel berbagi nilai ini)' },
			{ nama: 'no', tipe: 'INTEGER', wajib: true, keterangan: 'Urutan unsur di tabelnya (mulai 1)' },
			{ nama: 'unsur', tipe: 'VARCHAR', wajib: true, keterangan: 'Nama unsur sebagaimana tercetak' },
			{ nama: 'nilai', tipe: 'DOUBLE', wajib: true, keterangan: 'Nilai unsur yang dibaca, pada skala tercetak (tidak diubah)' },
			{ nama: 'nilai_raw', tipe: 'VARCHAR', wajib: true, keterangan: 'Teks nilai unsur tercetak' },
			{ nama: 'predikat', tipe: 'VARCHAR', keterangan: 'Predikat atau mutu unsur tercetak; kosong bila tabel tidak mencetaknya' },
			...sumber
		]
	}
);

export function tabel(name: string): TableDef {
	const t = TABLES.find((x) => x.nama === name);
	if (!t) throw new Error(`tabel tidak dikenal: ${name}`);
	return t;
}
