/**
 * The upload feature in real Chromium against the built site: a valid CSV shows
 * its kecamatan in the IKM ranking, a partly broken one lists row errors while
 * offering the valid rows, uploads survive a reload and go when removed, and the
 * Content-Security-Policy blocks an injected inline script. Uploaded figures show,
 * marked, on every page at first view (Beranda, Perbandingan, Kecamatan,
 * Konsistensi with the upload's audit findings); the CSV templates download as
 * documented; a kecamatan page prints without controls.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tableRows, takeScreenshot, situsSatuTab, type Tab } from './site';

let url: string;
let page: Page;
let tab: Tab;
situsSatuTab((s) => ({ url, page, tab } = s));

const CSV_VALID = 'kecamatan;tahun;target;realisasi;mutu\nSilo;2023;85;99,5;A\n';
const CSV_ANGGARAN =
	'kecamatan;tahun;level;uraian;pagu;realisasi\nSilo;2023;total;Jumlah;2.000.000.000;1.900.000.000\nSilo;2023;program;Program Penunjang;1.500.000.000;1.450.000.000\nSilo;2023;program;Program Pelayanan;500.000.000;450.000.000\n';
const CSV_RUSAK = 'kecamatan;tahun;target;realisasi;mutu\nSumberjambe;2023;85;97,25;A\nSumbersary;2023;85;80;B\nLedokombo;2023;85;120;A\n';

/** the picker is enabled once the page is hydrated: a file given earlier would have no handler */
async function pilihBerkas(name: string, mimeType: string, content: string) {
	await page.locator('[data-uji="input-berkas"]:not([disabled])').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

async function unggah(name: string, content: string) {
	await pilihBerkas(name, 'text/csv', content);
	await page.locator('[data-uji="hasil-unggah"]', { hasText: name }).first().waitFor();
}

/**
 * Beranda at first view, after the re-query that uploads start: `tunggu` is what
 * only that re-query brings (the prerendered view, shown first, cannot hold it).
 */
async function peringkat(tunggu: RegExp): Promise<string> {
	await page.goto(`${url}/`);
	await page.waitForFunction((t) => new RegExp(t).test(document.body.innerText), tunggu.source, { timeout: 90_000 });
	await page.waitForFunction(() => !document.body.innerText.includes('Memperbarui…'), null, { timeout: 90_000 });
	return page.locator('body').innerText();
}

/**
 * Beranda for 2023 as DuckDB-WASM answers it with whatever IndexedDB holds: a link
 * naming the year hides the figures (html.memuat-tautan) until the engine has
 * queried them, so what this returns never is the prerendered page.
 */
async function berandaDariMesin(): Promise<string> {
	await page.goto(`${url}/?tahun=2023`);
	// after 30 s the page shows the default with a note (tautan-gagal), and drops the note once the engine answers
	await page.waitForFunction(() => !/memuat-tautan|tautan-gagal/.test(document.documentElement.className), null, { timeout: 120_000 });
	return page.locator('[data-uji="tampilan-tautan"]').innerText();
}

describe('unggah data', () => {
	it('adds a valid CSV and shows its kecamatan in the IKM ranking, marked as uploaded', async () => {
		await page.goto(`${url}/unggah`);
		await expect(page.locator('[data-uji="tanpa-unggahan"]').textContent()).resolves.toContain('Belum ada data unggahan');
		const before = await berandaDariMesin();
		expect(before).not.toMatch(/Silo\s+99,5/);
		await page.goto(`${url}/unggah`);
		await unggah('ikm-silo.csv', CSV_VALID);
		const result = page.locator('[data-uji="hasil-unggah"]', { hasText: 'ikm-silo.csv' });
		await expect(result.locator('[data-uji="ringkasan"]').textContent()).resolves.toBe('1 baris valid, 0 baris bermasalah.');
		await result.locator('[data-uji="tambahkan"]').click();
		await page.locator('[data-uji="daftar-unggahan"]', { hasText: 'ikm-silo.csv' }).waitFor();

		const text = await peringkat(/Silo\s+99,5/);
		expect(text).toMatch(/Silo\s+99,5/);
		expect(text).toContain('data unggahan');
	});

	it('lists the row errors of a partly broken CSV and offers its valid rows', async () => {
		await page.goto(`${url}/unggah`);
		await unggah('ikm-rusak.csv', CSV_RUSAK);
		const result = page.locator('[data-uji="hasil-unggah"]', { hasText: 'ikm-rusak.csv' });
		await expect(result.locator('[data-uji="ringkasan"]').textContent()).resolves.toBe('1 baris valid, 2 baris bermasalah.');
		const table = await result.locator('[data-uji="tabel-masalah"]').innerText();
		expect(table).toContain('Baris 3, kolom "kecamatan": "Sumbersary" bukan nama kecamatan di Kabupaten Jember; mungkin maksudnya "Sumbersari"?');
		expect(table).toContain('Baris 4, kolom "realisasi": IKM 120 di luar skala 0–100');
		await expect(result.locator('[data-uji="tambahkan"]').textContent()).resolves.toContain('Tambahkan baris yang valid (1)');
	});

	it('keeps the upload across a reload and removes it on request', async () => {
		await page.goto(`${url}/unggah`);
		await page.reload();
		const list = page.locator('[data-uji="daftar-unggahan"]');
		await list.waitFor();
		expect(await list.innerText()).toContain('ikm-silo.csv');

		await page.getByRole('button', { name: 'Hapus ikm-silo.csv' }).click();
		await page.locator('[data-uji="tanpa-unggahan"]').waitFor();
		await page.reload();
		await page.locator('[data-uji="tanpa-unggahan"]').waitFor();
		expect(await berandaDariMesin()).not.toMatch(/Silo\s+99,5/);
	});

	it('the Content-Security-Policy blocks an injected inline script and reports it', async () => {
		await page.goto(`${url}/unggah`);
		const result = await page.evaluate(async () => {
			const laporan: string[] = [];
			// the violation report is dispatched after the blocked script; wait for it, not for a fixed time
			const dilaporkan = new Promise<void>((ok) =>
				document.addEventListener('securitypolicyviolation', (e) => {
					laporan.push(`${e.violatedDirective} ${e.blockedURI}`);
					ok();
				})
			);
			(window as unknown as { __disuntik?: boolean }).__disuntik = false;
			const s = document.createElement('script');
			s.textContent = 'window.__disuntik = true;';
			document.body.append(s);
			await dilaporkan;
			return { jalan: (window as unknown as { __disuntik?: boolean }).__disuntik, laporan };
		});
		expect(result.jalan).toBe(false);
		expect(result.laporan.some((l) => l.startsWith('script-src') && l.includes('inline'))).toBe(true);
	});

	it('marks uploaded serapan on Beranda at first view: table column and KPI tile (chart labels: tests/unit/charts.test.ts)', async () => {
		// Silo has no published report: its serapan can only come from this upload
		await page.goto(`${url}/unggah`);
		await unggah('anggaran-silo.csv', CSV_ANGGARAN);
		const result = page.locator('[data-uji="hasil-unggah"]', { hasText: 'anggaran-silo.csv' });
		await expect(result.locator('[data-uji="ringkasan"]').textContent()).resolves.toBe('3 baris valid, 0 baris bermasalah.');
		await result.locator('[data-uji="tambahkan"]').click();
		await page.locator('[data-uji="daftar-unggahan"]', { hasText: 'anggaran-silo.csv' }).waitFor();

		await peringkat(/termasuk 1 kecamatan data unggahan/);
		const serapan = page.locator('[data-uji="serapan"]');
		await serapan.locator('summary', { hasText: 'Tabel data' }).click();
		const header = await serapan.locator('table thead th').allTextContents();
		const origin = header.findIndex((h) => h.includes('Asal data'));
		expect(origin, header.join(' | ')).toBeGreaterThan(0);
		const rows = await tableRows(page, '[data-uji="serapan"]');
		const silo = rows.find((r) => r[0] === 'Silo')!;
		// 1.900.000.000 of 2.000.000.000
		expect(silo.slice(1, 4)).toEqual(['Rp 2.000.000.000', 'Rp 1.900.000.000', '95,00%']);
		expect(silo[origin]).toBe('data unggahan');
		expect(rows.filter((r) => r[0] !== 'Silo').every((r) => r[origin] !== 'data unggahan')).toBe(true);
		expect(await page.locator('[data-uji="kpi"]').innerText()).toContain('termasuk 1 kecamatan data unggahan');
		await takeScreenshot(page, 'unggah-beranda-serapan');
	});

	it('audits an uploaded LKIP: Konsistensi lists its findings marked, the kecamatan page shows its figures', async () => {
		const name = 'kencong-2022-pipa.txt';
		const text = await readFile(`tests/fixtures/lkip/${name}`, 'utf8');
		await page.goto(`${url}/unggah`);
		await pilihBerkas(name, 'text/plain', text);
		const result = page.locator('[data-uji="hasil-unggah"]', { hasText: name });
		await result.waitFor();
		expect(await result.locator('[data-uji="ringkasan"]').textContent()).toMatch(/^Kencong 2022: \d+ angka terbaca\.$/);
		await result.locator('[data-uji="tambahkan"]').click();
		await page.locator('[data-uji="daftar-unggahan"]', { hasText: name }).waitFor();

		// Konsistensi is prerendered without uploads: the findings come from the re-query
		await page.goto(`${url}/konsistensi`);
		await page.locator('[data-uji="tanda-unggahan"]').first().waitFor({ timeout: 90_000 });
		const temuan = page.locator('[data-uji="temuan"]', { hasText: 'Kencong 2022' });
		const list = await temuan.allInnerTexts();
		// the fixture states the 2022 IKM target as 82 (lines 15, 37, 48) and 79,50 (line 61), and prints a capaian "98,5,1" (line 52)
		expect(list.length).toBe(2);
		expect(list.every((t) => t.includes('(data unggahan)'))).toBe(true);
		expect(list.some((t) => t.includes('79,50') && t.includes('baris 15, 37, 48, 61'))).toBe(true);
		expect(list.some((t) => t.includes('98,5,1') && t.includes('baris 52'))).toBe(true);
		const score = await page.locator('[data-uji="peringkat-skor"]').innerText();
		expect(score).toMatch(/Kencong 2022 \(data unggahan: kencong-2022-pipa\.txt\)\s+[\d,]+\s+\d+\s+2 \(0\/2\/0\)/);
		// the passage is the uploaded text's own line
		await temuan.filter({ hasText: '98,5,1' }).click();
		const quote = await page.locator('[data-uji="petikan"]').first().innerText();
		expect(quote).toContain(text.split(/\r?\n/)[51].trim().slice(0, 40));
		await takeScreenshot(page, 'unggah-konsistensi');

		// Kencong has no published report: its prerendered page says so until the re-query shows the upload
		await page.goto(`${url}/kecamatan/kencong`);
		await page.locator('.ubin', { hasText: 'IKM terakhir' }).waitFor({ timeout: 90_000 });
		const ubin = await page.locator('.ubin', { hasText: 'IKM terakhir' }).innerText();
		expect(ubin).toContain('IKM terakhir (2022)');
		expect(ubin).toContain('84,12');
		expect(ubin).toContain('data unggahan');
		expect(await page.locator('[data-uji="tanpa-laporan"]').count()).toBe(0);
		expect(await page.locator('.pengantar').first().innerText()).toContain(`tahun 2022 (${name}, data unggahan)`);
		const ikm = await tableRows(page, '[data-uji="ikm-tahunan"]');
		const ikm2022 = ikm.find((r) => r[0] === '2022')!;
		expect(ikm2022[1]).toBe('84,12');
		expect(ikm2022).toContain('data unggahan');
		const indikator = await tableRows(page, '[data-uji="indikator"]');
		expect(indikator.length).toBe(6);
		expect(indikator.every((r) => r.includes('data unggahan'))).toBe(true);
	});

	it('Kecamatan saya shows an uploaded report of a kecamatan without a published one, marked as upload', async () => {
		// Kencong (35.09.02) has no published report: the prerendered page says so, the re-query with the upload shows it
		const html = await (await fetch(`${url}/kecamatan-saya?kode=35.09.02`)).text();
		expect(html).not.toContain('84,12');
		await page.setViewportSize({ width: 360, height: 740 });
		try {
			await page.goto(`${url}/kecamatan-saya?kode=35.09.02`);
			const ikm = page.locator('[data-uji="figur-ikm"]');
			await ikm.waitFor({ timeout: 90_000 });
			// kencong-2022-pipa.txt line 15: "Pada tahun 2022 realisasi IKM Kecamatan Kencong sebesar 84,12 dari target 82"
			const text = await ikm.innerText();
			expect(text).toContain('84,12');
			expect(text).toContain('tahun 2022');
			expect(await ikm.locator('[data-uji="tanda-unggahan"]').innerText()).toContain('data unggahan');
			expect(text).toContain('kencong-2022-pipa.txt');
			expect(await page.locator('[data-uji="belum-ada-laporan"]').count()).toBe(0);
			// every figure shown comes from the upload, and each says so
			const figur = page.locator('[data-uji^="figur-"]');
			for (let i = 0; i < (await figur.count()); i++) {
				const f = figur.nth(i);
				if (await f.locator('[data-uji="nilai"]').count()) expect(await f.locator('[data-uji="tanda-unggahan"]').count()).toBe(1);
			}
			const width = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
			expect(width.scroll).toBeLessThanOrEqual(width.client);
			// a kecamatan with a published report and no upload carries no upload mark
			await page.goto(`${url}/kecamatan-saya?kode=35.09.22`);
			await expect.poll(() => page.locator('[data-uji="figur-ikm"]').innerText(), { timeout: 30_000 }).toContain('82,89');
			expect(await page.locator('[data-uji="tanda-unggahan"]').count()).toBe(0);
		} finally {
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	});

	it('shows the uploads marked on Perbandingan at first view', async () => {
		await page.goto(`${url}/perbandingan`);
		const trend = page.locator('[data-uji="tren-serapan"]');
		await page.waitForFunction(() => document.querySelector('[data-uji="tren-serapan"]')?.textContent?.includes('Silo'), null, { timeout: 90_000 });
		await trend.locator('summary', { hasText: 'Tabel data' }).click();
		const rows = await tableRows(page, '[data-uji="tren-serapan"]');
		expect(rows.find((r) => r[0] === 'Silo')).toContain('data unggahan');
		expect(rows.find((r) => r[0] === 'Gabungan kecamatan berlaporan' && r[1] === '2023')).toContain('termasuk data unggahan');
		expect(await page.locator('[data-uji="penyaring"]').innerText()).toContain('Kencong');
	});

	it('prints a kecamatan page with its tables and without buttons or navigation', async () => {
		await page.goto(`${url}/kecamatan/kencong`);
		await page.locator('.ubin', { hasText: 'IKM terakhir' }).waitFor({ timeout: 90_000 });
		await page.emulateMedia({ media: 'print' });
		try {
			expect(await page.locator('nav').isVisible()).toBe(false);
			// column headings are sort buttons and stay as headings; every other button goes
			const button = await page
				.locator('button:not(th button)')
				.evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.textContent));
			expect(button).toEqual([]);
			expect(await page.locator('button:not(th button)').count()).toBeGreaterThan(3);
			for (const container of ['[data-uji="ikm-tahunan"]', '[data-uji="indikator"]', '[data-uji="anggaran-tahunan"]']) {
				expect(await page.locator(`${container} table`).first().isVisible(), container).toBe(true);
			}
			expect(await page.locator('[data-uji="indikator"] table tbody tr').count()).toBe(6);
			await takeScreenshot(page, 'unggah-kecamatan-cetak');
		} finally {
			await page.emulateMedia({ media: 'screen' });
		}
	});

	it('downloads each CSV template as documented: header and one example row', async () => {
		await page.goto(`${url}/unggah`);
		const section = page.locator('section[aria-labelledby="judul-templat"]');
		const button = section.locator('button', { hasText: /^Unduh templat-/ });
		expect(await button.count()).toBe(3);
		for (let i = 0; i < 3; i++) {
			// the documentation table right before the button: column names and examples
			const dok = await section
				.locator('table')
				.nth(i)
				.locator('tbody tr')
				.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
			const [unduhan] = await Promise.all([page.waitForEvent('download'), button.nth(i).click()]);
			expect(unduhan.suggestedFilename()).toMatch(/^templat-(ikm|indikator|anggaran)\.csv$/);
			const content = await readFile((await unduhan.path())!, 'utf8');
			expect(content.startsWith('\uFEFF')).toBe(true);
			// ';'-separated; a cell holding a comma (86,34) is quoted
			const cell = (line: string) => line.split(';').map((c) => (/^".*"$/.test(c) ? c.slice(1, -1).replaceAll('""', '"') : c));
			const [header, contoh, end, ...lebih] = content.slice(1).split('\r\n');
			expect([end, lebih]).toEqual(['', []]);
			expect(cell(header)).toEqual(dok.map((r) => r[0]));
			expect(cell(contoh)).toEqual(dok.map((r) => r[3]));
		}
	});

	it('removes the uploads and every page is back to the published data, with no request off the site', async () => {
		// the control: with the uploads kept, the engine's view of 2023 marks Silo's uploaded budget
		expect(await berandaDariMesin()).toContain('data unggahan');
		await page.goto(`${url}/unggah`);
		for (const name of ['anggaran-silo.csv', 'kencong-2022-pipa.txt']) {
			await page.getByRole('button', { name: `Hapus ${name}` }).click();
			await page.locator('[data-uji="daftar-unggahan"]', { hasText: name }).waitFor({ state: 'detached' });
		}
		await page.locator('[data-uji="tanpa-unggahan"]').waitFor();
		// the prerendered pages never hold uploads: only the engine's answer can show they are gone
		const beranda = await berandaDariMesin();
		expect(beranda).not.toContain('data unggahan');
		expect(tab.luar).toEqual([]);
		// the CSP test above makes the browser report its blocked inline script; nothing else may fail
		expect(tab.galat.filter((g) => !g.startsWith('Executing inline script violates'))).toEqual([]);
	});
});
