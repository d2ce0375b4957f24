/**
 * Issue 10 item 4 at Jember's scale, on the built site: the lists that are bounded past
 * one kabupaten still show all 31 kecamatan of data/kecamatan.csv, each linking to its
 * own prerendered page; and the page that shows a kecamatan past that bound
 * (/kecamatan?kode=) renders the same kecamatan page from DuckDB-WASM.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openTab, stopSite, startSite, closeTab, type Site, type Tab } from './site';

/** the 31 kecamatan as the master list names them (kode,nama,desa,kelurahan) */
const DAFTAR = readFileSync('data/kecamatan.csv', 'utf8')
	.trim()
	.split(/\r?\n/)
	.slice(1)
	.map((l) => {
		const [kode, nama] = l.split(',');
		return { kode, nama };
	});

let situs: Site;
const tabs: Tab[] = [];
beforeAll(async () => {
	situs = await startSite();
});
afterAll(async () => {
	await stopSite(situs);
});
afterEach(async () => {
	const rest = tabs.splice(0);
	for (const t of rest) await closeTab(t);
	for (const t of rest) {
		expect(t.galat, 'galat konsol').toEqual([]);
		expect(t.luar, 'permintaan ke luar situs').toEqual([]);
	}
});
async function tab() {
	const t = await openTab(situs);
	tabs.push(t);
	return t;
}

describe('daftar kecamatan di skala Jember', () => {
	test('the master list has 31 kecamatan', () => {
		expect(DAFTAR).toHaveLength(31);
	});

	test('Ringkasan: "Semua kecamatan" lists all 31, each linking to its own page, with no note of a cut', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/`);
		const link = t.page.locator('[data-uji=semua-kecamatan] li a');
		const name = (await link.allTextContents()).map((s) => s.trim());
		expect([...name].sort()).toEqual(DAFTAR.map((k) => k.nama).sort());
		// resolved: the prerendered links are relative to the page
		const jalur = await link.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(jalur.filter((h) => !/^\/kecamatan\/[a-z-]+$/.test(h))).toEqual([]);
		expect(await t.page.locator('[data-uji=daftar-terpotong]').count()).toBe(0);
		// the chooser offers every name
		expect(await t.page.locator('[data-uji=kecamatan-saya-beranda] datalist option').count()).toBe(31);
		// a link opens the prerendered page
		await link.filter({ hasText: /^Puger$/ }).click();
		await t.page.waitForURL(/\/kecamatan\/puger$/);
		expect(await t.page.locator('h1').textContent()).toContain('Puger');
	});

	test('Perbandingan offers all 31 as checkboxes and no search to add more', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`);
		expect(await t.page.locator('input[name=kecamatan]').count()).toBe(31);
		expect(await t.page.locator('[data-uji=kecamatan-terpotong]').count()).toBe(0);
		expect(await t.page.getByText('Tambah kecamatan lain').count()).toBe(0);
	});
});

describe('/kecamatan?kode=', () => {
	test('shows the kecamatan page of that code, queried in the browser', async () => {
		const puger = DAFTAR.find((k) => k.nama === 'Puger')!;
		const t = await tab();
		await t.page.goto(`${situs.url}/kecamatan?kode=${puger.kode}`);
		await t.page.locator('h1', { hasText: 'Puger' }).waitFor({ timeout: 90_000 });
		// Puger's reports carry a budget tree (puger-2023.txt)
		expect(await t.page.locator('[data-uji=pohon-anggaran] tbody tr').count()).toBeGreaterThan(0);
	});

	test('an unknown code says so, in words', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/kecamatan?kode=99.99.99`);
		await t.page.getByText('Tidak ada kecamatan dengan kode "99.99.99"').waitFor({ timeout: 90_000 });
	});
});
