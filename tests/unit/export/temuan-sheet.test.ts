/**
 * The Lembar Temuan as Markdown, XLSX and PDF (src/lib/export/temuan-sheet.ts), shared by
 * `lkip audit --format` and the Konsistensi page. The letter is built from hand-made findings:
 * one cause (a kegiatan realisasi typed Rp 1.250.000 where its two sub kegiatan add to
 * Rp 1.200.000) with two consequences, and one finding on its own. The score line is worked out
 * here: checks of weight 40, failures 3 (the group, tinggi) + 2 (the sedang finding) = 5, so
 * 100 × (40 − 5) ÷ 40 = 87,5.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LetterContent, LetterTemuan } from '../../../src/lib/audit/letter';
import { readLetterFormat, letterMarkdown, letterPdf, letterText, letterXlsx, pdfText } from '../../../src/lib/export/temuan-sheet';

const temuan: LetterTemuan[] = [
	{
		no: 1,
		aturan: 'sebab_angka',
		tingkat: 'tinggi',
		peran: 'sebab',
		kelompok: 1,
		pesan:
			'Kegiatan "Pelayanan Loket" (baris 31): realisasi tercetak Rp 1.250.000 diduga salah. Bila angka ini Rp 1.200.000, 2 pemeriksaan yang kini gagal menjadi cocok.',
		nilai: 1_250_000,
		seharusnya: 1_200_000,
		lines: [30, 31, 32, 33],
		bukti: [
			{ line: 31, raw: '1.1\tKegiatan Pelayanan Loket\t1.300.000\t1.250.000\t96,15%', page: 12, letak: 'halaman 12' },
			{ line: 32, raw: '1.1.1\tSub Kegiatan Antrean <b>Daring</b>\t800.000\t750.000\t93,75%', page: 12, letak: 'halaman 12' }
		]
	},
	{
		no: 2,
		aturan: 'jumlah_anggaran',
		tingkat: 'tinggi',
		peran: 'akibat',
		kelompok: 1,
		pesan: 'Kegiatan "Pelayanan Loket": realisasi tercetak Rp 1.250.000, tetapi jumlah 2 rincian di bawahnya Rp 1.200.000.',
		nilai: 1_250_000,
		seharusnya: 1_200_000,
		lines: [31, 32, 33],
		bukti: [{ line: 31, raw: '1.1\tKegiatan Pelayanan Loket\t1.300.000\t1.250.000\t96,15%', page: 12, letak: 'halaman 12' }]
	},
	{
		no: 3,
		aturan: 'jumlah_anggaran',
		tingkat: 'tinggi',
		peran: 'akibat',
		kelompok: 1,
		pesan: 'Program "Pelayanan Publik": realisasi tercetak Rp 2.200.000, tetapi jumlah 2 rincian di bawahnya Rp 2.250.000.',
		nilai: 2_200_000,
		seharusnya: 2_250_000,
		lines: [30, 31, 34],
		bukti: [{ line: 30, raw: '1\tProgram Pelayanan Publik\t2.300.000\t2.200.000\t95,65%', page: 12, letak: 'halaman 12' }]
	},
	{
		no: 4,
		aturan: 'rerata_daftar',
		tingkat: 'sedang',
		peran: null,
		kelompok: null,
		pesan: 'Rata-rata tercetak 95% − tetapi rerata butirnya 92,5% (≠).',
		nilai: 95,
		seharusnya: 92.5,
		lines: [50],
		bukti: [{ line: 50, raw: 'rata-rata capaian 95%', page: 14, letak: 'halaman 14' }]
	}
];

const isi: LetterContent = {
	file: 'lkip-sukamaju-2024.pdf',
	kecamatan: 'Sukamaju',
	kabupaten: 'Contoh',
	tahun: 2024,
	temuan,
	skor: { skor: 87.5, diperiksa: 20, gagal: 2, bobot_periksa: 40, bobot_gagal: 5 },
	tanggal: new Date(Date.UTC(2025, 2, 3)),
	tempat: 'Contoh'
};

describe('letter text: a group by cause', () => {
	const text = letterText([isi]);
	it('lists the cause once with its consequences under it, not as findings of their own', () => {
		// two items in the letter: the group (tinggi) and the sedang finding
		expect(text).toContain('terdapat 2 hal yang tidak saling sesuai (tingkat tinggi 1, sedang 1, rendah 0)');
		expect(text).toContain('1. Satu angka yang salah membuat beberapa pemeriksaan gagal (aturan sebab_angka; tingkat tinggi)');
		expect(text).toContain('   Akibatnya (2 pemeriksaan gagal karena angka ini; dihitung satu kali):');
		expect(text).toContain('   1a. Jumlah anggaran tidak sama dengan rincian (aturan jumlah_anggaran; tingkat tinggi)');
		expect(text).toContain('   1b. Jumlah anggaran tidak sama dengan rincian');
		expect(text).toContain('2. Rata-rata tidak sesuai daftar yang dirangkumnya (aturan rerata_daftar; tingkat sedang)');
		expect(text).not.toMatch(/^3\. /m);
	});
	it('shows the calculation from the published weights', () => {
		expect(text).toContain('Skor kualitas data: 87,5 dari 100 (20 pemeriksaan, 2 temuan).');
		expect(text).toContain('= 100 × (40 − 5) ÷ 40 = 87,5');
		expect(text).toContain('satu kelompok sebab-akibat dihitung satu kali dengan tingkat penyebabnya');
	});
});

describe('Markdown', () => {
	const md = letterMarkdown([isi, { ...isi, file: 'lkip-sukamaju-2023.pdf', tahun: 2023, temuan: [], skor: { skor: 100, diperiksa: 3, gagal: 0 } }]);
	it('one section per report, findings as headings, consequences one level down', () => {
		expect(md.match(/^# LEMBAR TEMUAN KONSISTENSI DATA$/gm)).toHaveLength(2);
		expect(md).toContain('**Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan Sukamaju Tahun 2024**');
		expect(md).toContain('### 1. Satu angka yang salah membuat beberapa pemeriksaan gagal');
		expect(md).toContain('#### 1a. Jumlah anggaran tidak sama dengan rincian');
		expect(md).toContain('- Letak: halaman 12 (baris 31); halaman 12 (baris 32)');
		expect(md).toContain('- Angka tercetak: Rp 1.250.000; menurut hitungan atau sumber lain: Rp 1.200.000');
		expect(md).toContain('tidak ditemukan angka yang saling bertentangan');
	});
	it('escapes what would become markup, so a printed line shows as printed', () => {
		// the raw cell "<b>Daring</b>" of line 32 is an html tag the letter strips; a pipe would start a table
		expect(md).toContain('1.1.1 \\| Sub Kegiatan Antrean Daring \\| 800.000');
		expect(md).not.toMatch(/<b>/);
	});
});

describe('XLSX', () => {
	const isiXlsx = unzipSync(letterXlsx([isi]));
	const text = (n: string) => strFromU8(isiXlsx[n]);
	it('two sheets: the findings and the score with its calculation', () => {
		expect(text('xl/workbook.xml')).toContain(
			'<sheet name="Lembar Temuan" sheetId="1" r:id="rId1"/><sheet name="Skor kualitas data" sheetId="2" r:id="rId2"/>'
		);
		expect(text('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
		const score = text('xl/worksheets/sheet2.xml');
		expect(score).toContain('= 100 × (40 − 5) ÷ 40 = 87,5');
	});
	it('one row per finding, consequences after their cause, amounts as numbers', () => {
		const s = text('xl/worksheets/sheet1.xml');
		const lines = [...s.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)].map((m) => m[2]);
		// header + cause + 2 consequences + the sedang finding
		expect(lines).toHaveLength(5);
		expect(lines[1]).toContain('sebab (satu angka yang salah)');
		expect(lines[2]).toContain('akibat (dihitung bersama sebabnya)');
		expect(lines[2]).toContain('>1a<');
		expect(lines[3]).toContain('>1b<');
		// Rp 1.250.000 printed, Rp 1.200.000 by the sum: numbers, not text
		expect(lines[1]).toMatch(/<c r="K2"[^>]*><v>1250000<\/v><\/c><c r="L2"[^>]*><v>1200000<\/v><\/c>/);
		expect(lines[1]).toContain('halaman 12 (baris 31)');
	});
});

describe('PDF', () => {
	it('maps signs Helvetica cannot print, never dropping one silently', () => {
		expect(pdfText('100 × (40 − 5) ÷ 40 ≠ 90 ≤ 95')).toBe('100 × (40 - 5) ÷ 40 != 90 <= 95');
		expect(pdfText('Rp 1.250.000 … “Baik”')).toBe('Rp 1.250.000 … “Baik”');
		expect(pdfText('日')).toBe('?');
	});

	it('prints the letter: every finding with its place, and the score', async () => {
		const bytes = await letterPdf([isi, { ...isi, tahun: 2023, temuan: [], skor: null }]);
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
		let all = '';
		for (let p = 1; p <= doc.numPages; p++) {
			const c = await (await doc.getPage(p)).getTextContent();
			all += c.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join('') + '\n';
		}
		// the second report starts on its own page
		expect(doc.numPages).toBeGreaterThanOrEqual(2);
		const flat = all.replace(/\s+/g, ' ');
		expect(flat).toContain('LEMBAR TEMUAN KONSISTENSI DATA');
		expect(flat).toContain('Kecamatan Sukamaju Tahun 2024');
		expect(flat).toContain('1. Satu angka yang salah membuat beberapa pemeriksaan gagal (aturan sebab_angka; tingkat tinggi)');
		expect(flat).toContain('1a. Jumlah anggaran tidak sama dengan rincian');
		expect(flat).toContain('Letak: halaman 12 (baris 31); halaman 12 (baris 32).');
		expect(flat).toContain('= 100 × (40 - 5) ÷ 40 = 87,5');
		expect(flat).toContain('Kecamatan Sukamaju Tahun 2023');
		expect(flat).toContain('Skor kualitas data: tidak dapat dihitung');
	}, 60_000);
});

describe('lkip audit --format', () => {
	const cli = (...a: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkip-cli.ts', 'audit', ...a], { encoding: 'utf8', maxBuffer: 32 << 20 });

	it('reads the format names it knows, case-insensitively', () => {
		expect(readLetterFormat('PDF')).toBe('pdf');
		expect(readLetterFormat('.xlsx')).toBe('xlsx');
		expect(readLetterFormat('docx')).toBeNull();
	});

	it('refuses an unknown format in Indonesian, naming the valid ones', () => {
		const r = cli('--format', 'docx', 'data/lkip/balung-2020.txt');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('lkip audit: format "docx" tidak dikenal; pilih salah satu: json, pdf, xlsx, md, txt');
		expect(r.stdout).toBe('');
		const tanpa = cli('--format');
		expect(tanpa.status).toBe(2);
		expect(tanpa.stderr).toContain('--format perlu nilai');
	}, 60_000);

	it('writes the Lembar Temuan as Markdown on stdout and as XLSX into a file', () => {
		const md = cli('--format', 'md', 'data/lkip/balung-2020.txt');
		expect(md.status).toBe(0);
		expect(md.stdout).toContain('**Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan Balung Tahun 2020**');
		// B4 of expected-findings: the total pagu 400.000.000 on line 454 is not the sum of the programs
		expect(md.stdout).toContain('baris 454');
		expect(md.stdout).toContain('## Skor kualitas data');
		const dir = mkdtempSync(join(tmpdir(), 'lkip-audit-'));
		const x = cli('--format=xlsx', '-o', join(dir, 'lt.xlsx'), 'data/lkip/balung-2020.txt');
		expect(x.status).toBe(0);
		expect(x.stderr).toContain('ditulis ke');
		const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'lt.xlsx'))))['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('Kecamatan Balung Tahun 2020');
		expect(sheet).toContain('jumlah_anggaran');
		// JSON stays the default
		const json = cli('data/lkip/balung-2020.txt');
		expect(Array.isArray(JSON.parse(json.stdout))).toBe(true);
	}, 120_000);
});
