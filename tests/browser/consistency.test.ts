/**
 * The Konsistensi data page in Chromium, on the built site (npm run build): open a finding and
 * see both source passages side by side. Puger 2023 prints kegiatan 4 with realisasi
 * 180.480.000 in Tabel 3.8 (line 767) and 171.480.000 in Tabel 3.6 (line 611).
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve';
import { useTestIdAttribute } from './site';

let server: Server;
let ASAL: string;
let browser: Browser;

beforeAll(async () => {
	({ server, url: ASAL } = await startServer('build'));
	useTestIdAttribute();
	browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
});

afterAll(async () => {
	await browser?.close();
	await new Promise((ok) => server?.close(ok));
});

describe('Konsistensi data', () => {
	it('opens a cross-table finding and shows both passages with the differing figures highlighted', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&aturan=beda_antarbagian`);
		const temuan = page.getByTestId('temuan').filter({ hasText: '611' });
		await expect.poll(() => temuan.count()).toBe(1);
		await temuan.click();
		const petikan = page.getByTestId('petikan');
		await expect.poll(() => petikan.count()).toBe(2);
		const teks = await petikan.allInnerTexts();
		expect(teks.some((t) => t.includes('171.480.000') && t.includes('611'))).toBe(true);
		expect(teks.some((t) => t.includes('180.480.000') && t.includes('767'))).toBe(true);
		const sorot = await page.locator('[data-uji="petikan"] mark').allInnerTexts();
		expect(sorot).toContain('171.480.000');
		expect(sorot).toContain('180.480.000');
		// the opened finding is in the URL, so the link reproduces the view
		expect(page.url()).toContain('buka=');
		await page.close();
	});

	it('filters by severity and ranks reports by their quality score', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi`);
		const semua = await page.getByTestId('temuan').count();
		await page.selectOption('select[name="tingkat"]', 'tinggi');
		await expect.poll(() => page.getByTestId('temuan').count()).toBeLessThan(semua);
		expect(page.url()).toContain('tingkat=tinggi');
		const baris = await page.locator('[data-uji="peringkat-skor"] tbody tr').count();
		expect(baris).toBe(5);
		await page.close();
	});

	it('opens a grouped finding: one wrong figure as the cause, the failed checks as its consequences', async () => {
		// Puger 2023 (P1–P3 of expected-findings): Tabel 3.8 line 776 prints kegiatan 1 with pagu
		// 1.086.960.000 and realisasi 1.089.285.000; its one sub kegiatan (line 777) 1.086.960.000, and
		// program 2 (line 775) realisasi 1.089.285.000 = 1.086.960.000 + 2.325.000 (kegiatan 2, line 778).
		// So realisasi 1.089.285.000 on line 776 is the one wrong figure: it breaks the kegiatan sum,
		// the program sum and realisasi <= pagu.
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&tahun=2023`);
		const grup = page.getByTestId('temuan').filter({ has: page.getByTestId('lencana-sebab') });
		await expect.poll(() => grup.count()).toBe(1);
		// the badge is shown in capitals (CSS); its text says one cause, three consequences
		expect((await grup.innerText()).toLowerCase()).toContain('satu sebab · 3 akibat');
		// the consequences are not listed again as findings of their own
		const semua = await page.getByTestId('temuan').allInnerTexts();
		expect(semua.filter((t) => t.includes('Koordinasi Kegiatan Pemberdayaan Desa') && t.includes('melebihi pagu'))).toEqual([]);
		await grup.click();
		const sebab = page.getByTestId('sebab');
		await expect.poll(() => sebab.count()).toBe(1);
		const teksSebab = await sebab.innerText();
		expect(teksSebab).toContain('baris 776');
		expect(teksSebab).toContain('Rp 1.089.285.000');
		expect(teksSebab).toContain('Rp 1.086.960.000');
		const akibat = await page.getByTestId('akibat').allInnerTexts();
		expect(akibat).toHaveLength(3);
		// program 2 (line 775): realisasi 1.089.285.000 printed vs its kegiatan 1.089.285.000 + 2.325.000 = 1.091.610.000
		expect(akibat.some((t) => t.includes('Rp 1.091.610.000'))).toBe(true);
		// kegiatan 1: 1.089.285.000 vs its sub 1.086.960.000, and realisasi above pagu
		expect(akibat.some((t) => t.includes('Jumlah anggaran tidak sama dengan rincian') && t.includes('Rp 1.086.960.000'))).toBe(true);
		expect(akibat.some((t) => t.includes('melebihi pagu'))).toBe(true);
		await page.close();
	});

	it('shows findings beside the figures of the kecamatan page, linking to the filtered list', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/kecamatan/puger`);
		const lencana = page.getByTestId('temuan-badge');
		await expect.poll(() => lencana.count()).toBeGreaterThan(0);
		await lencana.first().click();
		await page.waitForURL(/\/konsistensi\?kecamatan=Puger/);
		await expect.poll(() => page.getByTestId('temuan').count()).toBeGreaterThan(0);
		const teks = await page.getByTestId('temuan').allInnerTexts();
		expect(teks.every((t) => t.includes('Puger'))).toBe(true);
		await page.close();
	});
});

describe('Lembar Temuan', () => {
	it('downloads the letter of the chosen kecamatan and year with each finding and its place', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&tahun=2023`);
		const tombol = page.getByTestId('unduh-surat');
		await expect.poll(() => tombol.count()).toBe(1);
		await page.selectOption('select[name="format-surat"]', 'txt');
		const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol.click()]);
		expect(unduhan.suggestedFilename()).toBe('lembar-temuan-puger-2023.txt');
		const path = await unduhan.path();
		const { readFileSync } = await import('node:fs');
		const surat = readFileSync(path, 'utf8');
		expect(surat).toContain('Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan Puger Tahun 2023');
		expect(surat).toContain('Camat Puger');
		// P6 of expected-findings: kegiatan 4 realisasi 171.480.000 (line 611) vs 180.480.000 (line 767)
		expect(surat).toContain('baris 611');
		expect(surat).toContain('171.480.000');
		// P18: RKT output 7 Paket (line 872) vs 1 Paket (line 607)
		expect(surat).toMatch(/target_keluaran[\s\S]*baris 607; baris 872/);
		expect(surat).toContain('Skor kualitas data:');
		// the group of line 776 (P1–P3) is one item with its consequences under it
		expect(surat).toMatch(/\d+\. Satu angka yang salah membuat beberapa pemeriksaan gagal[\s\S]*?baris 776[\s\S]*?Akibatnya \(3 pemeriksaan/);
		await page.close();
	});

	it('downloads the letter as PDF (the default) and as XLSX, with the findings and the score calculation', async () => {
		const { readFileSync } = await import('node:fs');
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&tahun=2023`);
		const tombol = page.getByTestId('unduh-surat');
		await expect.poll(() => tombol.count()).toBe(1);
		const [pdf] = await Promise.all([page.waitForEvent('download'), tombol.click()]);
		expect(pdf.suggestedFilename()).toBe('lembar-temuan-puger-2023.pdf');
		const bytes = new Uint8Array(readFileSync(await pdf.path()));
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
		let teks = '';
		for (let p = 1; p <= doc.numPages; p++) teks += (await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + ' ';
		teks = teks.replace(/\s+/g, ' ');
		expect(teks).toContain('LEMBAR TEMUAN KONSISTENSI DATA');
		expect(teks).toContain('Kecamatan Puger Tahun 2023');
		// P6: kegiatan 4 realisasi 171.480.000 on line 611 vs 180.480.000 on line 767
		expect(teks).toContain('baris 611');
		expect(teks).toContain('171.480.000');
		expect(teks).toContain('Skor kualitas data:');
		expect(teks).toMatch(/= 100 × \(\d+ - \d+\) ÷ \d+ = \d+(,\d)?/);

		await page.selectOption('select[name="format-surat"]', 'xlsx');
		const [xlsx] = await Promise.all([page.waitForEvent('download'), tombol.click()]);
		expect(xlsx.suggestedFilename()).toBe('lembar-temuan-puger-2023.xlsx');
		const { unzipSync, strFromU8 } = await import('fflate');
		const isi = unzipSync(new Uint8Array(readFileSync(await xlsx.path())));
		const lembar = strFromU8(isi['xl/worksheets/sheet1.xml']);
		expect(lembar).toContain('sebab_angka');
		expect(lembar).toContain('akibat (dihitung bersama sebabnya)');
		expect(lembar).toContain('baris 611');
		expect(strFromU8(isi['xl/worksheets/sheet2.xml'])).toContain('Skor kualitas data:');
		await page.close();
	});

	it('asks for a kecamatan and a year before offering the letter', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger`);
		await expect.poll(() => page.getByText('Pilih kecamatan dan tahun untuk mengunduh Lembar Temuan').count()).toBe(1);
		expect(await page.getByTestId('unduh-surat').count()).toBe(0);
		await page.close();
	});
});
