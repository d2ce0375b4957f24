/**
 * The upload feature in real Chromium against the built site: a valid CSV shows
 * its kecamatan in the IKM ranking, a partly broken one lists row errors while
 * offering the valid rows, uploads survive a reload and go when removed, and the
 * Content-Security-Policy blocks an injected inline script.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulaiServer } from '../../scripts/serve';

let server: Server;
let url: string;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;

beforeAll(async () => {
	({ server, url } = await mulaiServer('build'));
	browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	// one context for the whole file: IndexedDB persists across reloads within it, as in a real browser profile
	ctx = await browser.newContext();
	page = await ctx.newPage();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((ok) => server?.close(ok));
});

const CSV_VALID = 'kecamatan;tahun;target;realisasi;mutu\nSilo;2023;85;99,5;A\n';
const CSV_RUSAK = 'kecamatan;tahun;target;realisasi;mutu\nSumberjambe;2023;85;97,25;A\nSumbersary;2023;85;80;B\nLedokombo;2023;85;120;A\n';

async function unggah(nama: string, isi: string) {
	await page.locator('[data-uji="input-berkas"]').setInputFiles({ name: nama, mimeType: 'text/csv', buffer: Buffer.from(isi) });
	await page.locator('[data-uji="hasil-unggah"]', { hasText: nama }).first().waitFor();
}

async function peringkat(): Promise<string> {
	await page.goto(`${url}/`);
	// the page re-queries DuckDB when uploads exist; wait for the engine
	await page.waitForFunction(() => document.body.innerText.includes('Menampilkan tahun'), null, { timeout: 90_000 });
	await page.waitForTimeout(300);
	await page.waitForFunction(() => !document.body.innerText.includes('Memperbarui…'), null, { timeout: 90_000 });
	return page.locator('body').innerText();
}

describe('unggah data', () => {
	it('adds a valid CSV and shows its kecamatan in the IKM ranking, marked as uploaded', async () => {
		await page.goto(`${url}/unggah`);
		await expect(page.locator('[data-uji="tanpa-unggahan"]').textContent()).resolves.toContain('Belum ada data unggahan');
		const sebelum = await peringkat();
		expect(sebelum).not.toMatch(/Silo\s+99,5/);
		await page.goto(`${url}/unggah`);
		await unggah('ikm-silo.csv', CSV_VALID);
		const hasil = page.locator('[data-uji="hasil-unggah"]', { hasText: 'ikm-silo.csv' });
		await expect(hasil.locator('[data-uji="ringkasan"]').textContent()).resolves.toBe('1 baris valid, 0 baris bermasalah.');
		await hasil.locator('[data-uji="tambahkan"]').click();
		await page.locator('[data-uji="daftar-unggahan"]', { hasText: 'ikm-silo.csv' }).waitFor();

		const teks = await peringkat();
		expect(teks).toMatch(/Silo\s+99,5/);
		expect(teks).toContain('data unggahan');
	});

	it('lists the row errors of a partly broken CSV and offers its valid rows', async () => {
		await page.goto(`${url}/unggah`);
		await unggah('ikm-rusak.csv', CSV_RUSAK);
		const hasil = page.locator('[data-uji="hasil-unggah"]', { hasText: 'ikm-rusak.csv' });
		await expect(hasil.locator('[data-uji="ringkasan"]').textContent()).resolves.toBe('1 baris valid, 2 baris bermasalah.');
		const tabel = await hasil.locator('[data-uji="tabel-masalah"]').innerText();
		expect(tabel).toContain('Baris 3, kolom "kecamatan": "Sumbersary" bukan nama kecamatan di Kabupaten Jember; mungkin maksudnya "Sumbersari"?');
		expect(tabel).toContain('Baris 4, kolom "realisasi": IKM 120 di luar skala 0–100');
		await expect(hasil.locator('[data-uji="tambahkan"]').textContent()).resolves.toContain('Tambahkan baris yang valid (1)');
	});

	it('keeps the upload across a reload and removes it on request', async () => {
		await page.goto(`${url}/unggah`);
		await page.reload();
		const daftar = page.locator('[data-uji="daftar-unggahan"]');
		await daftar.waitFor();
		expect(await daftar.innerText()).toContain('ikm-silo.csv');

		await page.getByRole('button', { name: 'Hapus ikm-silo.csv' }).click();
		await page.locator('[data-uji="tanpa-unggahan"]').waitFor();
		await page.reload();
		await page.locator('[data-uji="tanpa-unggahan"]').waitFor();
		expect(await peringkat()).not.toMatch(/Silo\s+99,5/);
	});

	it('the Content-Security-Policy blocks an injected inline script and reports it', async () => {
		await page.goto(`${url}/unggah`);
		const hasil = await page.evaluate(async () => {
			const laporan: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) => laporan.push(`${e.violatedDirective} ${e.blockedURI}`));
			(window as unknown as { __disuntik?: boolean }).__disuntik = false;
			const s = document.createElement('script');
			s.textContent = 'window.__disuntik = true;';
			document.body.append(s);
			await new Promise((ok) => setTimeout(ok, 200));
			return { jalan: (window as unknown as { __disuntik?: boolean }).__disuntik, laporan };
		});
		expect(hasil.jalan).toBe(false);
		expect(hasil.laporan.some((l) => l.startsWith('script-src') && l.includes('inline'))).toBe(true);
	});
});
