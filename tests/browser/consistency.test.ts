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
		const quote = page.getByTestId('petikan');
		await expect.poll(() => quote.count()).toBe(2);
		const text = await quote.allInnerTexts();
		expect(text.some((t) => t.includes('171.480.000') && t.includes('611'))).toBe(true);
		expect(text.some((t) => t.includes('180.480.000') && t.includes('767'))).toBe(true);
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
		const all = await page.getByTestId('temuan').count();
		await page.selectOption('select[name="tingkat"]', 'tinggi');
		await expect.poll(() => page.getByTestId('temuan').count()).toBeLessThan(all);
		expect(page.url()).toContain('tingkat=tinggi');
		const line = await page.locator('[data-uji="peringkat-skor"] tbody tr').count();
		expect(line).toBe(5);
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
		const group = page.getByTestId('temuan').filter({ has: page.getByTestId('lencana-sebab') });
		await expect.poll(() => group.count()).toBe(1);
		// the badge is shown in capitals (CSS); its text says one cause, three consequences
		expect((await group.innerText()).toLowerCase()).toContain('satu sebab · 3 akibat');
		// the consequences are not listed again as findings of their own
		const all = await page.getByTestId('temuan').allInnerTexts();
		expect(all.filter((t) => t.includes('Koordinasi Kegiatan Pemberdayaan Desa') && t.includes('melebihi pagu'))).toEqual([]);
		await group.click();
		const cause = page.getByTestId('sebab');
		await expect.poll(() => cause.count()).toBe(1);
		const teksSebab = await cause.innerText();
		expect(teksSebab).toContain('baris 776');
		expect(teksSebab).toContain('Rp 1.089.285.000');
		expect(teksSebab).toContain('Rp 1.086.960.000');
		const effect = await page.getByTestId('akibat').allInnerTexts();
		expect(effect).toHaveLength(3);
		// program 2 (line 775): realisasi 1.089.285.000 printed vs its kegiatan 1.089.285.000 + 2.325.000 = 1.091.610.000
		expect(effect.some((t) => t.includes('Rp 1.091.610.000'))).toBe(true);
		// kegiatan 1: 1.089.285.000 vs its sub 1.086.960.000, and realisasi above pagu
		expect(effect.some((t) => t.includes('Jumlah anggaran tidak sama dengan rincian') && t.includes('Rp 1.086.960.000'))).toBe(true);
		expect(effect.some((t) => t.includes('melebihi pagu'))).toBe(true);
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
		const text = await page.getByTestId('temuan').allInnerTexts();
		expect(text.every((t) => t.includes('Puger'))).toBe(true);
		await page.close();
	});
});

describe('Lembar Temuan', () => {
	it('downloads the letter of the chosen kecamatan and year with each finding and its place', async () => {
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&tahun=2023`);
		const button = page.getByTestId('unduh-surat');
		await expect.poll(() => button.count()).toBe(1);
		await page.selectOption('select[name="format-surat"]', 'txt');
		const [unduhan] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(unduhan.suggestedFilename()).toBe('lembar-temuan-puger-2023.txt');
		const path = await unduhan.path();
		const { readFileSync } = await import('node:fs');
		const letter = readFileSync(path, 'utf8');
		expect(letter).toContain('Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan Puger Tahun 2023');
		expect(letter).toContain('Camat Puger');
		// P6 of expected-findings: kegiatan 4 realisasi 171.480.000 (line 611) vs 180.480.000 (line 767)
		expect(letter).toContain('baris 611');
		expect(letter).toContain('171.480.000');
		// P18: RKT output 7 Paket (line 872) vs 1 Paket (line 607)
		expect(letter).toMatch(/target_keluaran[\s\S]*baris 607; baris 872/);
		expect(letter).toContain('Skor kualitas data:');
		// the group of line 776 (P1–P3) is one item with its consequences under it
		expect(letter).toMatch(/\d+\. Satu angka yang salah membuat beberapa pemeriksaan gagal[\s\S]*?baris 776[\s\S]*?Akibatnya \(3 pemeriksaan/);
		await page.close();
	});

	it('downloads the letter as PDF (the default) and as XLSX, with the findings and the score calculation', async () => {
		const { readFileSync } = await import('node:fs');
		const page = await browser.newPage();
		await page.goto(`${ASAL}/konsistensi?kecamatan=Puger&tahun=2023`);
		const button = page.getByTestId('unduh-surat');
		await expect.poll(() => button.count()).toBe(1);
		const [pdf] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(pdf.suggestedFilename()).toBe('lembar-temuan-puger-2023.pdf');
		const bytes = new Uint8Array(readFileSync(await pdf.path()));
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
		let text = '';
		for (let p = 1; p <= doc.numPages; p++) text += (await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + ' ';
		text = text.replace(/\s+/g, ' ');
		expect(text).toContain('LEMBAR TEMUAN KONSISTENSI DATA');
		expect(text).toContain('Kecamatan Puger Tahun 2023');
		// P6: kegiatan 4 realisasi 171.480.000 on line 611 vs 180.480.000 on line 767
		expect(text).toContain('baris 611');
		expect(text).toContain('171.480.000');
		expect(text).toContain('Skor kualitas data:');
		expect(text).toMatch(/= 100 × \(\d+ - \d+\) ÷ \d+ = \d+(,\d)?/);

		await page.selectOption('select[name="format-surat"]', 'xlsx');
		const [xlsx] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(xlsx.suggestedFilename()).toBe('lembar-temuan-puger-2023.xlsx');
		const { unzipSync, strFromU8 } = await import('fflate');
		const content = unzipSync(new Uint8Array(readFileSync(await xlsx.path())));
		const lembar = strFromU8(content['xl/worksheets/sheet1.xml']);
		expect(lembar).toContain('sebab_angka');
		expect(lembar).toContain('akibat (dihitung bersama sebabnya)');
		expect(lembar).toContain('baris 611');
		expect(strFromU8(content['xl/worksheets/sheet2.xml'])).toContain('Skor kualitas data:');
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
