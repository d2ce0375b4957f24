/**
 * The Lembar Temuan. Findings are built by hand (one from a PDF with its page, one from a text
 * report); the calculation line is worked out here: checks 10 × 3 + 5 × 2 = 40 weight,
 * findings 1 × 3 + 1 × 2 = 5, so 100 × (40 − 5) ÷ 40 = 87,5.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evidencePlace, temuanLetter, type LetterTemuan } from '../../../src/lib/audit/letter';

const temuan: LetterTemuan[] = [
	{
		aturan: 'hitungan_indikator',
		tingkat: 'sedang',
		pesan: 'Baris 40 menyebut 5 indikator, padahal tabel pengukuran memuat 4 indikator. Periksa uraian atau tabel pengukuran kinerja.',
		nilai: 5,
		seharusnya: 4,
		lines: [12, 40],
		bukti: [
			{ line: 12, raw: '1\tIndeks Kepuasan Masyarakat\t85\t82\t96,47%' },
			{ line: 40, raw: 'Dari 5 (lima) indikator kinerja ...' }
		]
	},
	{
		aturan: 'jumlah_anggaran',
		tingkat: 'tinggi',
		pesan: 'Program "Program Pelayanan": pagu tercetak Rp 1.250.000, tetapi jumlah 2 rincian di bawahnya Rp 1.200.000.',
		nilai: 1_250_000,
		seharusnya: 1_200_000,
		lines: [775, 776],
		bukti: [
			{ line: 775, raw: 'I\tProgram Pelayanan\t1.250.000\t1.000.000\t80%', page: 21, letak: 'halaman 21' },
			{ line: 776, raw: '\tKegiatan A\t700.000\t600.000\t85,71%', page: 21, letak: 'halaman 21' }
		]
	}
];

const skor = {
	skor: 87.5,
	diperiksa: 15,
	gagal: 2,
	rincian: [
		{ aturan: 'jumlah_anggaran', diperiksa: 10, temuan: 1 },
		{ aturan: 'hitungan_indikator', diperiksa: 5, temuan: 1 }
	]
};

describe('Lembar Temuan', () => {
	const letter = temuanLetter({
		file: 'lkip-sukamaju-2024.pdf',
		kecamatan: 'Sukamaju',
		kabupaten: 'Contoh',
		tahun: 2024,
		temuan,
		skor,
		tanggal: new Date(Date.UTC(2025, 2, 3)),
		tempat: 'Contoh'
	});

	it('names the place: the page when known, else the line', () => {
		expect(evidencePlace({ line: 775, raw: '', letak: 'halaman 21' })).toBe('halaman 21 (baris 775)');
		expect(evidencePlace({ line: 12, raw: '' })).toBe('baris 12');
		expect(letter).toContain('Letak: halaman 21 (baris 775); halaman 21 (baris 776).');
		expect(letter).toContain('Letak: baris 12; baris 40.');
	});

	it('lists high severity first, with rule, printed lines, figures and what to check', () => {
		const satu = letter.indexOf('1. Jumlah anggaran tidak sama dengan rincian (aturan jumlah_anggaran; tingkat tinggi)');
		const dua = letter.indexOf('2. Jumlah indikator dalam uraian tidak sesuai tabel pengukuran (aturan hitungan_indikator; tingkat sedang)');
		expect(satu).toBeGreaterThan(0);
		expect(dua).toBeGreaterThan(satu);
		expect(letter).toContain('- halaman 21 (baris 775): "I | Program Pelayanan | 1.250.000 | 1.000.000 | 80%"');
		expect(letter).toContain('Angka tercetak: Rp 1.250.000; menurut hitungan atau sumber lain: Rp 1.200.000.');
		expect(letter).toContain('Angka tercetak: 5; menurut hitungan atau sumber lain: 4.');
		expect(letter).toContain('Yang perlu diperiksa: Hitung ulang jumlah rincian');
		expect(letter).toContain('terdapat 2 hal yang tidak saling sesuai (tingkat tinggi 1, sedang 1, rendah 0)');
	});

	it('shows the score with its calculation', () => {
		expect(letter).toContain('Skor kualitas data: 87,5 dari 100 (15 pemeriksaan, 2 temuan).');
		expect(letter).toContain('= 100 × (40 − 5) ÷ 40 = 87,5');
		expect(letter).toContain('- jumlah_anggaran (bobot 3): 10 pemeriksaan, 1 temuan');
	});

	it('is addressed to the camat and dated', () => {
		expect(letter).toMatch(
			/^LEMBAR TEMUAN KONSISTENSI DATA\nLaporan Kinerja Instansi Pemerintah \(LKIP\) Kecamatan Sukamaju Tahun 2024\nBerkas: lkip-sukamaju-2024\.pdf/
		);
		expect(letter).toContain('Camat Sukamaju');
		expect(letter).toContain('Contoh, 3 Maret 2025');
		expect(letter).toContain('Badan Perencanaan Pembangunan Daerah Kabupaten Contoh');
	});

	it('says so when nothing was found', () => {
		const empty = temuanLetter({
			file: 'a.txt',
			kecamatan: 'Sukamaju',
			tahun: 2024,
			temuan: [],
			skor: { skor: 100, diperiksa: 3, gagal: 0 },
			tanggal: new Date(Date.UTC(2025, 0, 1))
		});
		expect(empty).toContain('tidak ditemukan angka yang saling bertentangan');
		expect(empty).not.toContain('1. ');
	});
});

describe('lkip surat', () => {
	it('writes one letter per report as text, naming the finding lines of the report', () => {
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkip-cli.ts', 'surat', 'data/lkip/balung-2020.txt'], {
			encoding: 'utf8',
			maxBuffer: 16 << 20
		});
		expect(r.status).toBe(0);
		expect(r.stdout.startsWith('LEMBAR TEMUAN KONSISTENSI DATA\nLaporan Kinerja Instansi Pemerintah (LKIP) Kecamatan Balung Tahun 2020')).toBe(true);
		// B6 of expected-findings: "1 (satu) indikator kinerja dari 1 (satu) sasaran" on line 311 vs two indicators
		expect(r.stdout).toContain('Letak: baris 304; baris 305; baris 311.');
		// B4: total pagu 400.000.000 on line 454 vs the programs
		expect(r.stdout).toContain('baris 454');
	});

	it('refuses to run without a file', () => {
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkip-cli.ts', 'surat'], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('lkip surat: sebutkan minimal satu berkas');
	});
});
