/**
 * Reports as they are published, in real Chromium against the built site: a Word
 * and a PDF report uploaded on the upload page show their figures marked as
 * uploaded; a figure's source says where it was printed ("halaman N" for a PDF)
 * and opens the original there: the PDF page drawn with the line outlined and the
 * printed figure marked, a Word or text report at its line. A PDF with images only
 * (a scan) is refused with the message that it has no text. Expected figures are
 * read off the fixture texts (tests/fixtures/lkip/), which the documents were made from.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { tableRows, takeScreenshot, situsSatuTab, type Tab } from './site';

let url: string;
let page: Page;
let tab: Tab;
situsSatuTab((s) => ({ url, page, tab } = s));

const DIR = 'tests/fixtures/documents';

async function unggah(name: string, mimeType: string) {
	await page.goto(`${url}/unggah`);
	await page.locator('[data-uji="input-berkas"]:not([disabled])').setInputFiles({ name, mimeType, buffer: await readFile(`${DIR}/${name}`) });
	const result = page.locator('[data-uji="hasil-unggah"]', { hasText: name }).first();
	await result.waitFor();
	return result;
}

async function tambahkan(name: string) {
	const result = await unggah(name, name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
	await result.locator('[data-uji="tambahkan"]').click();
	await page.locator('[data-uji="daftar-unggahan"]', { hasText: name }).waitFor();
	return result;
}

/** the kecamatan page's IKM-per-year table, once the re-query with uploads has drawn it */
async function ikmTahunan(slug: string, year: string): Promise<string[]> {
	await page.goto(`${url}/kecamatan/${slug}`);
	await page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: 'data unggahan' }).first().waitFor({ timeout: 90_000 });
	const rows = await tableRows(page, '[data-uji="ikm-tahunan"]');
	return rows.find((r) => r[0] === year)!;
}

async function bukaSumber(year: string) {
	const tr = page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: year }).filter({ hasText: 'data unggahan' }).first();
	await tr.locator('details.sumber summary').click();
	await tr.getByRole('link', { name: 'Lihat di dokumen asli' }).click();
	await page.waitForURL(/\/dokumen\?/);
}

/** A "scan": one page holding only an image (grey stripes, as a scanned page looks to a text reader), no text layer. */
async function pdfPindaian(): Promise<Buffer> {
	const w = 120;
	const h = 160;
	const crc = (b: Buffer) => {
		let c = ~0;
		for (const x of b) {
			c ^= x;
			for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
		}
		return ~c >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const t = Buffer.concat([Buffer.from(type), data]);
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const c = Buffer.alloc(4);
		c.writeUInt32BE(crc(t));
		return Buffer.concat([len, t, c]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr[8] = 8; // 8-bit grey
	const raw = Buffer.alloc((w + 1) * h);
	for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = y % 12 < 2 && x > 10 && x < 110 ? 40 : 245;
	const png = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
	const pdf = await PDFDocument.create();
	const img = await pdf.embedPng(png);
	for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
	return Buffer.from(await pdf.save());
}

describe('laporan sebagai dokumen', () => {
	it('a PDF report: its IKM in the ranking marked as uploaded; its source opens the PDF page with the line marked', async () => {
		const name = 'kencong-2022-pipa.libreoffice.pdf';
		const result = await tambahkan(name);
		expect(await result.locator('[data-uji="ringkasan"]').textContent()).toMatch(/^Kencong 2022: \d+ angka terbaca\.$/);

		// kencong-2022-pipa.txt line 15 and its measurement table (line 48): IKM 2022 realisasi 84,12
		await page.goto(`${url}/?tahun=2022`);
		await page.waitForFunction(() => /Kencong\s+84,12/.test(document.body.innerText), null, { timeout: 90_000 });
		expect(await page.locator('body').innerText()).toContain('data unggahan');

		const ikm = await ikmTahunan('kencong', '2022');
		expect(ikm[1]).toBe('84,12');
		const halaman = Number(/kencong-2022-pipa\.libreoffice\.pdf halaman (\d+)/.exec(ikm.join(' '))?.[1]);
		expect(halaman).toBeGreaterThan(0);

		await bukaSumber('2022');
		await page.locator('[data-uji="sorot-baris"]').waitFor();
		expect(await page.locator('[data-uji="judul-sumber"]').innerText()).toContain(`${name}, halaman ${halaman}`);
		expect(await page.locator('[data-uji="nomor-halaman"]').innerText()).toMatch(new RegExp(`^Halaman ${halaman} dari \\d+$`));
		expect(await page.locator('[data-uji="baris-dibaca"]').innerText()).toContain('84,12');
		await takeScreenshot(page, 'dokumen-pdf');
		// the outline sits on the drawn page, not beside it
		const canvas = (await page.locator('[data-uji="kanvas-pdf"]').boundingBox())!;
		const sorot = (await page.locator('[data-uji="sorot-baris"]').boundingBox())!;
		expect(sorot.width).toBeGreaterThan(10);
		expect(sorot.y).toBeGreaterThanOrEqual(canvas.y - 5);
		expect(sorot.y + sorot.height).toBeLessThanOrEqual(canvas.y + canvas.height + 5);
		// something was drawn: the canvas is not blank
		const tinta = await page.locator('[data-uji="kanvas-pdf"]').evaluate((c: HTMLCanvasElement) => {
			const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 0; i < d.length; i += 4) if (d[i] < 128) n++;
			return n;
		});
		expect(tinta).toBeGreaterThan(500);
		expect(tab.galat).toEqual([]);
	});

	it('a scanned PDF (images only) is refused: it has no text, and the report must be typed or OCR-ed', async () => {
		await page.goto(`${url}/unggah`);
		await page
			.locator('[data-uji="input-berkas"]:not([disabled])')
			.setInputFiles({ name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: await pdfPindaian() });
		const result = page.locator('[data-uji="hasil-unggah"]', { hasText: 'pindaian.pdf' }).first();
		await result.waitFor();
		const problem = await result.locator('[data-uji="tabel-masalah"]').innerText();
		expect(problem).toMatch(/halaman 1[–-]2/);
		expect(problem).toMatch(/OCR/);
		expect(await result.locator('[data-uji="tambahkan"]').count()).toBe(0);
		// earlier uploads are kept
		expect(await page.locator('[data-uji="daftar-unggahan"]').innerText()).toContain('kencong-2022-pipa.libreoffice.pdf');
	});

	it('a Word report: figures marked as uploaded, its source opens the document at the table row', async () => {
		const result = await tambahkan('silo-2024-halaman.docx');
		// silo-2024-halaman.txt line 37 (measurement table) and 58: IKM 2024 "B 87,25" against a target of 85
		expect(await result.locator('[data-uji="ringkasan"]').textContent()).toMatch(/^Silo 2024: \d+ angka terbaca\.$/);
		const ikm = await ikmTahunan('silo', '2024');
		expect(ikm[1]).toBe('87,25');
		expect(ikm.join(' ')).toMatch(/silo-2024-halaman\.docx tabel \d+, baris \d+/);

		await bukaSumber('2024');
		await page.locator('[data-uji="teks-sumber"] li.terpilih').waitFor();
		expect(await page.locator('[data-uji="judul-sumber"]').innerText()).toMatch(/silo-2024-halaman\.docx, tabel \d+, baris \d+/);
		expect(await page.locator('[data-uji="teks-sumber"] li.terpilih').innerText()).toContain('87,25');
		await takeScreenshot(page, 'dokumen-docx');
		expect(tab.galat).toEqual([]);
	});

	it('a published text report: its source opens the text at that line', async () => {
		await page.goto(`${url}/kecamatan/puger`);
		const tr = page.locator('[data-uji="ikm-tahunan"] tbody tr', { hasText: '2023' }).first();
		await tr.locator('details.sumber summary').click();
		const source = await tr.locator('details.sumber summary').innerText();
		const line = Number(/baris (\d+)/.exec(source)![1]);
		await tr.getByRole('link', { name: 'Lihat di dokumen asli' }).click();
		await page.waitForURL(/\/dokumen\?/);
		const selected = page.locator('[data-uji="teks-sumber"] li.terpilih');
		await selected.waitFor();
		// the highlighted line is that line of the published text, as printed
		const text = (await readFile('data/lkip/puger-2023.txt', 'utf8')).split(/\r?\n/)[line - 1];
		expect(await selected.getAttribute('value')).toBe(String(line));
		expect((await selected.innerText()).replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim().slice(0, 30));
		expect(tab.galat).toEqual([]);
	});
});
