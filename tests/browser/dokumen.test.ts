/**
 * Reports as they are published, in real Chromium against the built site: a Word
 * and a PDF report uploaded on the upload page show their figures marked as
 * uploaded; a figure's source says where it was printed ("halaman N" for a PDF)
 * and opens the original there: the PDF page drawn with the line outlined and the
 * printed figure marked, a Word or text report at its line. A PDF with images only
 * (a scan) is refused with the message that it has no text. Expected figures are
 * read off the fixture texts (tests/fixtures/lkip/), which the documents were made from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { barisTabel, bukaTab, hentikanSitus, mulaiSitus, potret, tutupTab, type Situs, type Tab } from './situs';

let situs: Situs;
let tab: Tab;
let url: string;
let page: Page;

beforeAll(async () => {
	situs = await mulaiSitus();
	url = situs.url;
	tab = await bukaTab(situs);
	page = tab.page;
	page.setDefaultTimeout(90_000);
});

afterAll(async () => {
	if (tab) await tutupTab(tab);
	await hentikanSitus(situs);
});

const DIR = 'tests/fixtures/documents';

async function unggah(nama: string, mimeType: string) {
	await page.goto(`${url}/unggah`);
	await page.locator('[data-uji="input-berkas"]:not([disabled])').setInputFiles({ name: nama, mimeType, buffer: await readFile(`${DIR}/${nama}`) });
	const hasil = page.locator('[data-uji="hasil-unggah"]', { hasText: nama }).first();
	await hasil.waitFor();
	return hasil;
}

async function tambahkan(nama: string) {
	const hasil = await unggah(nama, nama.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	await hasil.locator('[data-uji="tambahkan"]').click();
	await page.locator('[data-uji="daftar-unggahan"]', { hasText: nama }).waitFor();
	return hasil;
}

/** the kecamatan page's IKM-per-year table, once the re-query with uploads has drawn it */
async function ikmTahunan(slug: string, tahun: string): Promise<string[]> {
	await page.goto(`${url}/kecamatan/${slug}`);
	await page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: 'data unggahan' }).first().waitFor({ timeout: 90_000 });
	const baris = await barisTabel(page, '[data-uji="ikm-tahunan"]');
	return baris.find((r) => r[0] === tahun)!;
}

async function bukaSumber(tahun: string) {
	const tr = page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: tahun }).filter({ hasText: 'data unggahan' }).first();
	await tr.locator('details.sumber summary').click();
	await tr.getByRole('link', { name: 'Lihat di dokumen asli' }).click();
	await page.waitForURL(/\/dokumen\?/);
}

describe('laporan sebagai dokumen', () => {
	it('a Word report: figures marked as uploaded, its source opens the document at the table row', async () => {
		const hasil = await tambahkan('silo-2024-halaman.docx');
		// silo-2024-halaman.txt line 37 (measurement table) and 58: IKM 2024 "B 87,25" against a target of 85
		expect(await hasil.locator('[data-uji="ringkasan"]').textContent()).toMatch(/^Silo 2024: \d+ angka terbaca\.$/);
		const ikm = await ikmTahunan('silo', '2024');
		expect(ikm[1]).toBe('87,25');
		expect(ikm.join(' ')).toMatch(/silo-2024-halaman\.docx tabel \d+, baris \d+/);

		await bukaSumber('2024');
		await page.locator('[data-uji="teks-sumber"] li.terpilih').waitFor();
		expect(await page.locator('[data-uji="judul-sumber"]').innerText()).toMatch(/silo-2024-halaman\.docx, tabel \d+, baris \d+/);
		expect(await page.locator('[data-uji="teks-sumber"] li.terpilih').innerText()).toContain('87,25');
		await potret(page, 'dokumen-docx');
		expect(tab.galat).toEqual([]);
	});

	it('a published text report: its source opens the text at that line', async () => {
		await page.goto(`${url}/kecamatan/puger`);
		const tr = page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: '2023' }).first();
		await tr.locator('details.sumber summary').click();
		const sumber = await tr.locator('details.sumber summary').innerText();
		const line = Number(/baris (\d+)/.exec(sumber)![1]);
		await tr.getByRole('link', { name: 'Lihat di dokumen asli' }).click();
		await page.waitForURL(/\/dokumen\?/);
		const terpilih = page.locator('[data-uji="teks-sumber"] li.terpilih');
		await terpilih.waitFor();
		// the highlighted line is that line of the published text, as printed
		const teks = (await readFile('data/lkip/puger-2023.txt', 'utf8')).split(/\r?\n/)[line - 1];
		expect(await terpilih.getAttribute('value')).toBe(String(line));
		expect((await terpilih.innerText()).replace(/\s+/g, ' ')).toContain(teks.replace(/\s+/g, ' ').trim().slice(0, 30));
		expect(tab.galat).toEqual([]);
	});
});
