/**
 * Every broken file in tests/fixtures/rusak/ with the exact messages the user
 * reads on the "Unggah data" page, and which data lines are offered / refused.
 * Messages are "g " (galat: row not added) or "p " (peringatan: row added).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../scripts/pdfjs-node';
import { readMasterData } from '../../../scripts/master-data';
import { readUploadedFile, readBytes, type UploadResult } from '../../../src/lib/upload/import-file';
import { problemText } from '../../../src/lib/upload/problems';
import type { ExistingData } from '../../../src/lib/upload/duplicates';
import { extractReport } from '../../../src/lib/lkip/extract';

const DIR = join(__dirname, '../../fixtures/rusak');
const ref = readMasterData();
const TAHUN_INI = new Date().getFullYear();

/** What the dashboard already holds, for the "duplicate of a published row" case. */
const ADA: ExistingData = {
	ikm: [
		{ kecamatan: 'Arjasa', tahun: 2023, realisasi: 86.34, mutu: 'B', file: 'arjasa-2023.txt', line: 120 },
		{ kecamatan: 'Patrang', tahun: 2023, realisasi: 88.1, mutu: 'A', file: 'patrang-2023.txt', line: 77 }
	]
};

interface Harapan {
	pesan: string[];
	diterima?: number[];
	ditolak?: number[];
}

const KORPUS: Record<string, Harapan> = {
	'angka-ambigu.csv': {
		pesan: [
			'p Baris 3, kolom "realisasi": "1,234.5" ditulis dengan format Inggris (koma ribuan, titik desimal), berbeda dari baris lain; dibaca sebagai 1.234,5',
			'g Baris 3, kolom "realisasi": IKM 1.234,5 di luar skala 0–100',
			'g Baris 4, kolom "realisasi": "1.234" ambigu (ribuan atau pecahan?): berkas ini memakai koma desimal (mis. baris 2: "86,34") dan juga titik desimal (mis. baris 3: "1,234.5"); pakai satu format angka di seluruh berkas dan tulis ribuan tanpa pemisah, mis. "1234"'
		],
		diterima: [2],
		ditolak: [3, 4]
	},
	'angka-inggris.csv': {
		pesan: ['p Baris 2, kolom "realisasi": "1,250" dibaca sebagai 1.250 (ribuan), karena berkas ini memakai titik desimal (mis. baris 2: "1.5")'],
		diterima: [2, 3]
	},
	'ansi.csv': {
		pesan: ['g Berkas bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252); simpan ulang sebagai "CSV UTF-8" atau teks UTF-8']
	},
	'baris-tidak-rata.csv': {
		pesan: ['g Baris 2: berisi 3 kolom, seharusnya 5 (kecamatan;tahun;target;realisasi;mutu); periksa pemisah kolom dan tanda kutip'],
		diterima: [3],
		ditolak: [2]
	},
	'biner.csv': { pesan: ['g Berkas biner, bukan teks (byte NUL pada posisi 16); unggah CSV atau teks LKIP'] },
	'bom.csv': { pesan: [], diterima: [2] },
	'crlf.csv': { pesan: [], diterima: [2, 3] },
	'duplikat-terbit.csv': {
		pesan: [
			'g Baris 2: sudah ada di data dasbor (arjasa-2023.txt baris 120); baris ini tidak ditambahkan agar tidak terhitung dua kali',
			'p Baris 3: data dasbor untuk IKM Patrang 2023 mencatat angka lain (patrang-2023.txt baris 77); keduanya ditampilkan, yang ini ditandai "data unggahan"'
		],
		diterima: [3, 4],
		ditolak: [2]
	},
	'duplikat.csv': {
		pesan: [
			'g Baris 3: sama dengan baris 2 (program "Program Pelayanan" Arjasa 2024); baris ini tidak ditambahkan',
			'g Baris 4: program "program  pelayanan" Arjasa 2024 sudah ada di baris 2 dengan angka lain; hanya baris 2 yang ditambahkan'
		],
		diterima: [2],
		ditolak: [3, 4]
	},
	'excel-berganti-nama.csv': {
		pesan: ['g Berkas Excel/Word/ZIP; simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)", atau beri dokumen Word akhiran .docx']
	},
	'gambar.png': {
		pesan: ['g Jenis berkas ".png" tidak didukung; unggah LKIP sebagai PDF (.pdf), Word (.docx) atau teks (.txt), atau CSV (.csv) sesuai templat']
	},
	'hanya-judul.csv': { pesan: ['g Berkas hanya berisi baris judul; tidak ada baris data di bawahnya'] },
	'html-di-nama.csv': {
		pesan: [
			'p Baris 2, kolom "uraian": memuat tag HTML "<script>"; ditampilkan sebagai teks biasa, tidak dijalankan',
			'g Baris 3, kolom "kecamatan": "<img src=x onerror=alert(1)>" bukan nama kecamatan di Kabupaten Jember'
		],
		diterima: [2],
		ditolak: [3]
	},
	'ikm-120.csv': {
		pesan: ['g Baris 2, kolom "realisasi": IKM 120 di luar skala 0–100', 'g Baris 3, kolom "realisasi": IKM -3 di luar skala 0–100'],
		ditolak: [2, 3]
	},
	'judul-salah.csv': {
		pesan: [
			'g Baris 1: baris judul "nama,nilai" tidak memuat nama kolom templat; baris pertama harus berisi nama kolom, mis. "kecamatan;tahun;target;realisasi;mutu" (unduh templat di halaman ini)'
		]
	},
	'kecamatan-salah.csv': {
		pesan: [
			'g Baris 2, kolom "kecamatan": "Sumbersary" bukan nama kecamatan di Kabupaten Jember; mungkin maksudnya "Sumbersari"?',
			'g Baris 4, kolom "kecamatan": "Jakarta Selatan" bukan nama kecamatan di Kabupaten Jember'
		],
		diterima: [3],
		ditolak: [2, 4]
	},
	'kolom-ganda.csv': { pesan: ['g Baris 1, kolom "realisasi": kolom ini muncul dua kali di baris judul'] },
	'kolom-hilang.csv': {
		pesan: [
			'g Baris 1, kolom "pagu": kolom wajib tidak ada di baris judul (templat anggaran: kecamatan, tahun, level, kode, uraian, program, kegiatan, pagu, realisasi, persen)'
		]
	},
	'kolom-tidak-dikenal.csv': {
		pesan: [
			'p Baris 1, kolom "keterangan": kolom tidak dikenal di templat ikm dan isinya diabaikan (kolom templat: kecamatan, tahun, target, realisasi, mutu)'
		],
		diterima: [2]
	},
	'koma-tanpa-kutip.csv': {
		pesan: ['g Baris 2: berisi 5 kolom, seharusnya 4; nilai yang memuat pemisah "," (mis. angka 86,34) harus diapit tanda kutip (")'],
		diterima: [3],
		ditolak: [2]
	},
	'kosong-spasi.csv': { pesan: ['g Berkas kosong: tidak ada baris judul maupun data'] },
	'kosong.csv': { pesan: ['g Berkas kosong (0 byte)'] },
	'kutip-tidak-ditutup.csv': {
		pesan: ['g Baris 3: tanda kutip (") dibuka tetapi tidak ditutup; baris 3–4 terbaca sebagai satu sel dan tidak ditambahkan'],
		diterima: [2],
		ditolak: [3]
	},
	'level-salah.csv': {
		pesan: ['g Baris 2, kolom "level": "bidang" bukan level anggaran (total, program, kegiatan atau subkegiatan)'],
		diterima: [3],
		ditolak: [2]
	},
	'mutu-salah.csv': {
		pesan: ['g Baris 2, kolom "mutu": "E" bukan huruf mutu (A, B, C atau D)', 'g Baris 3, kolom "realisasi": isi nilai IKM atau huruf mutu; keduanya kosong'],
		ditolak: [2, 3]
	},
	'pagu-negatif.csv': { pesan: ['g Baris 2, kolom "pagu": pagu tidak boleh negatif ("-1.000.000")'], ditolak: [2] },
	'pdf-berganti-nama.txt': { pesan: ['g Berkas PDF dengan akhiran lain; beri nama berakhiran .pdf lalu unggah lagi'] },
	'pemisah-tab.csv': { pesan: ['g Baris 1: kolom dipisah dengan tab; gunakan koma (,) atau titik koma (;) sebagai pemisah kolom'] },
	'realisasi-melebihi-pagu.csv': {
		pesan: ['p Baris 2, kolom "realisasi": realisasi Rp 1.500.000 melebihi pagu Rp 1.000.000; periksa kembali angkanya'],
		diterima: [2]
	},
	'rumus.csv': {
		pesan: [
			'p Baris 2, kolom "uraian": diawali "=" seperti rumus spreadsheet; disimpan sebagai teks dan dinetralkan saat diekspor ke CSV',
			'p Baris 3, kolom "uraian": diawali "@" seperti rumus spreadsheet; disimpan sebagai teks dan dinetralkan saat diekspor ke CSV'
		],
		diterima: [2, 3]
	},
	'sen-rupiah.csv': {
		pesan: ['g Baris 2, kolom "pagu": "1.234,5" memuat sen; tulis rupiah tanpa sen (bilangan bulat)', 'g Baris 3, kolom "pagu": "12,5,3" bukan angka rupiah'],
		ditolak: [2, 3]
	},
	'tahun-salah.csv': {
		pesan: [
			`g Baris 2, kolom "tahun": "20234" bukan tahun laporan yang sah (empat angka, 2000–${TAHUN_INI})`,
			`g Baris 3, kolom "tahun": "1999" bukan tahun laporan yang sah (empat angka, 2000–${TAHUN_INI})`
		],
		ditolak: [2, 3]
	},
	'teks-di-angka.csv': { pesan: ['g Baris 2, kolom "realisasi": "sembilan puluh" bukan angka'], diterima: [3], ditolak: [2] },
	'utf16.csv': { pesan: ['g Berkas memakai pengodean UTF-16; simpan ulang sebagai "CSV UTF-8" atau teks UTF-8'] }
};

function baca(name: string): UploadResult {
	return readBytes(name, new Uint8Array(readFileSync(join(DIR, name))), ref, name.includes('terbit') ? ADA : {});
}

const ringkas = (h: UploadResult) => h.masalah.map((m) => `${m.tingkat === 'galat' ? 'g' : 'p'} ${problemText(m)}`);

describe('korpus berkas rusak', () => {
	it('has at least 25 files, each with its expectation', () => {
		const file = readdirSync(DIR).sort();
		expect(file.length).toBeGreaterThanOrEqual(25);
		expect(file.filter((b) => !(b in KORPUS) && !(b in KORPUS_LKIP))).toEqual([]);
	});

	for (const [name, h] of Object.entries(KORPUS)) {
		it(name, () => {
			const result = baca(name);
			expect(ringkas(result)).toEqual(h.pesan);
			expect(result.barisDiterima).toEqual(h.diterima ?? []);
			expect(result.barisDitolak).toEqual(h.ditolak ?? []);
			// nothing silently dropped: every data line is either offered or listed with a galat
			for (const n of result.barisDitolak) expect(result.masalah.some((m) => m.baris === n && m.tingkat === 'galat')).toBe(true);
			// offered lines and records agree
			const rekaman = result.laporan.flatMap((l) => [...l.ikm, ...l.indikator, ...l.anggaran]).map((r) => r.line);
			expect(rekaman.sort((a, b) => a - b)).toEqual(result.barisDiterima);
		});
	}
});

describe('nilai yang terbaca', () => {
	it('reads Indonesian and English files to the same numbers', () => {
		const bom = baca('bom.csv').laporan[0];
		expect(bom.ikm[0]).toMatchObject({ tahun: 2024, target: 85, realisasi: 86.34, mutu: 'B', line: 2 });
		const en = baca('angka-inggris.csv').laporan.flatMap((l) => l.indikator.map((i) => i.realisasi));
		expect(en).toEqual([1250, 1234.5]);
	});

	it('keeps rupiah exact and groups rows into one report per kecamatan and year', () => {
		const h = baca('rumus.csv');
		expect(h.laporan.map((l) => [l.kecamatan, l.tahun, l.anggaran[0].pagu])).toEqual([
			['Arjasa', 2024, 1_000_000],
			['Balung', 2024, 1_000_000]
		]);
		expect(h.laporan[0].anggaran[0].uraian).toBe('=HYPERLINK("http://contoh.invalid","klik")');
	});
});

describe('batas ukuran', () => {
	it('refuses a 50 MB file by its size, before reading it', async () => {
		const besar = new File([new Uint8Array(50 * 1024 * 1024).fill(0x41)], 'besar.csv');
		let dibaca = false;
		const file = { name: besar.name, size: besar.size, arrayBuffer: () => ((dibaca = true), besar.arrayBuffer()) };
		const h = await readUploadedFile(file, ref, {}, { pdfjs: loadPdfjsForNode });
		expect(ringkas(h)).toEqual(['g Berkas terlalu besar (50 MB); batasnya 10 MB. Pecah berkas menjadi beberapa bagian']);
		expect(dibaca).toBe(false);
	});

	it('reads a file just under the limit (worst case: every row a duplicate)', { timeout: 60_000 }, async () => {
		const line = 'Arjasa;2024;85;86,34;B\n';
		const content = 'kecamatan;tahun;target;realisasi;mutu\n' + line.repeat(Math.floor((9.9 * 1024 * 1024) / line.length));
		const h = await readUploadedFile(new File([content], 'hampir-batas.csv'), ref, {}, { pdfjs: loadPdfjsForNode });
		expect(h.barisDiterima).toEqual([2]);
		expect(h.barisDitolak.length).toBeGreaterThan(400_000);
		expect(problemText(h.masalah[0])).toBe('Baris 3: sama dengan baris 2 (IKM Arjasa 2024); baris ini tidak ditambahkan');
	});
});

/**
 * LKIP texts go through the data build's extractor: the importer's own verdict
 * is asserted exactly, and every warning of the extractor must reach the user.
 */
const KORPUS_LKIP: Record<string, { pesan: string | RegExp; tingkat: 'galat' | 'peringatan'; laporan: number }> = {
	'bukan-lkip.txt': {
		tingkat: 'galat',
		pesan: 'Nama kecamatan dan tahun laporan tidak ditemukan; berkas ini tampaknya bukan LKIP kecamatan',
		laporan: 0
	},
	'lkip-tanpa-tabel.txt': {
		tingkat: 'galat',
		pesan: 'Laporan Arjasa 2024 terbaca, tetapi tidak ada tabel IKM, pengukuran kinerja maupun realisasi anggaran yang dapat dibaca',
		laporan: 0
	},
	'lkip-terpotong.txt': {
		tingkat: 'peringatan',
		// cut off before the budget chapter; how much of the rest is read is the extractor's business
		pesan:
			/^Laporan Arjasa 2023: terbaca \d+ nilai IKM, \d+ indikator, 0 baris anggaran; tidak ada (IKM maupun |pengukuran kinerja maupun )*realisasi anggaran yang terbaca \(laporan mungkin terpotong atau tabelnya tidak dikenali\)$/,
		laporan: 1
	}
};

describe('korpus LKIP rusak', () => {
	for (const [name, h] of Object.entries(KORPUS_LKIP)) {
		it(name, () => {
			const text = readFileSync(join(DIR, name), 'utf8');
			const result = baca(name);
			expect(result.tabel).toBe('lkip');
			expect(result.laporan.length).toBe(h.laporan);
			expect(result.masalah[0]).toMatchObject({ tingkat: h.tingkat, baris: null });
			if (typeof h.pesan === 'string') expect(problemText(result.masalah[0])).toBe(h.pesan);
			else expect(problemText(result.masalah[0])).toMatch(h.pesan);
			const dariEkstraktor = extractReport(text, name, ref).peringatan.map((p) => `Baris ${p.line}: ${p.pesan}`);
			const visible = result.masalah.map(problemText);
			for (const p of dariEkstraktor) expect(visible).toContain(p);
		});
	}

	it('refuses a report the dashboard already has', () => {
		const h = readBytes('salinan.txt', new Uint8Array(readFileSync(join(__dirname, '../../../data/lkip/puger-2023.txt'))), ref, {
			laporan: [{ laporan_id: 'puger-2023', file: 'puger-2023.txt' }]
		});
		expect(h.laporan).toEqual([]);
		expect(problemText(h.masalah[0])).toBe('Laporan Puger 2023 sudah ada di dasbor (puger-2023.txt); tidak ditambahkan agar tidak terhitung dua kali');
	});

	it('offers a real report that is not yet in the dashboard', () => {
		const h = readBytes('patrang-2023.txt', new Uint8Array(readFileSync(join(__dirname, '../../../data/lkip/patrang-2023.txt'))), ref);
		expect(h.laporan.map((l) => [l.kecamatan, l.tahun])).toEqual([['Patrang', 2023]]);
		expect(h.laporan[0].indikator.length).toBeGreaterThan(0);
	});
});
