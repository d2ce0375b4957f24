/**
 * The kecamatan map on Ringkasan and the "Kecamatan saya" page, in Chromium on the
 * built site (`npm run build` first).
 *
 * Expected figures are read by hand from the report texts in data/lkip/:
 * - arjasa-2023.txt line 396 (Tabel 3.1): IKM realisasi 82,89; capaian 100%, 97.5%, 100%, 100%
 *   (line 399: "RATA RATA CAPAIAN 99,38%"); line 707: JUMLAH 3.585.414.963 / 3.064.347.153 = 85,47;
 *   line 416: IKM 2021 80,37, 2022 83,24.
 * - patrang-2023.txt line 441: IKM 80 (capaian 100%, 100%, 100%, 100%, 76,25%, 100% on lines 439–445,
 *   "RATA RATA CAPAIAN 96%"); line 846: JUMLAH 15.170.568.935 / 12.564.365.145 = 82,82.
 * - puger-2023.txt line 429: IKM 81,9 (capaian 100%, 91%, 100 %, 100 % on lines 428–431);
 *   line 791: JUMLAH 4.060.244.146 / 3.648.593.974 = 89,86%.
 * - balung-2020.txt line 304: SKM realisasi 66% (capaian 66%), line 305: capaian 79%; line 454: TOTAL 400.000.000 / 337.369.343 = 84%.
 * - pakusari-2021.txt line 369: SKM 2020 97,30 and 2021 86,68.
 * Colours: the IKM grades of PermenPAN-RB 14/2017 (A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; D below)
 * and the capaian bands of the heatmap (< 75, 75–90, 90–100, 100–120, ≥ 120), as lib/map.ts
 * documents them; written out here so a change of colour or band fails this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD, openTab, stopSite, PHONE_SCREEN, startSite, takeScreenshot, closeTab, type Site, type Tab } from './site';

const WARNA = {
	ikmA: '#2166ac',
	ikmB: '#92c5de',
	ikmC: '#f4a582',
	bawah75: '#d6604d',
	c75_90: '#f4a582',
	c90_100: '#fddbc7',
	belum: '#d9d9d9'
};

interface Fitur {
	kode: string;
	nama: string;
	lat: number;
	lng: number;
}

type Cincin = number[][];

function luas(c: Cincin): number {
	let a = 0;
	for (let i = 0, j = c.length - 1; i < c.length; j = i++) a += (c[j][0] + c[i][0]) * (c[j][1] - c[i][1]);
	return Math.abs(a / 2);
}

function di(c: Cincin, x: number, y: number): boolean {
	let ya = false;
	for (let i = 0, j = c.length - 1; i < c.length; j = i++) {
		const [xi, yi] = c[i];
		const [xj, yj] = c[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) ya = !ya;
	}
	return ya;
}

function jarakTepi(c: Cincin, x: number, y: number): number {
	let min = Infinity;
	for (let i = 0, j = c.length - 1; i < c.length; j = i++) {
		const [ax, ay] = c[j];
		const [bx, by] = c[i];
		const dx = bx - ax;
		const dy = by - ay;
		const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
		min = Math.min(min, Math.hypot(x - ax - t * dx, y - ay - t * dy));
	}
	return min;
}

/**
 * A point well inside each kecamatan (the label point of the source file can fall in the
 * sea for a kecamatan with islands): the grid point of its largest ring farthest from its edges.
 */
function titikDalam(geometri: { type: string; coordinates: unknown }): { lng: number; lat: number } {
	const cincin: Cincin[] = geometri.type === 'Polygon' ? [(geometri.coordinates as Cincin[])[0]] : (geometri.coordinates as Cincin[][]).map((p) => p[0]);
	const besar = cincin.reduce((a, b) => (luas(b) > luas(a) ? b : a));
	const xs = besar.map((p) => p[0]);
	const ys = besar.map((p) => p[1]);
	let best = { lng: 0, lat: 0, d: -1 };
	for (let i = 1; i < 40; i++)
		for (let j = 1; j < 40; j++) {
			const x = Math.min(...xs) + ((Math.max(...xs) - Math.min(...xs)) * i) / 40;
			const y = Math.min(...ys) + ((Math.max(...ys) - Math.min(...ys)) * j) / 40;
			if (!di(besar, x, y)) continue;
			const d = jarakTepi(besar, x, y);
			if (d > best.d) best = { lng: x, lat: y, d };
		}
	return { lng: best.lng, lat: best.lat };
}

const manifest = () => JSON.parse(readFileSync(join(BUILD, 'data/manifest.json'), 'utf8'));
const fitur = (): Fitur[] =>
	JSON.parse(readFileSync(join(BUILD, 'data', manifest().aset['peta-kecamatan.json']), 'utf8')).features.map(
		(f: { properties: Fitur; geometry: { type: string; coordinates: unknown } }) => ({ ...f.properties, ...titikDalam(f.geometry) })
	);

let situs: Site;
beforeAll(async () => {
	situs = await startSite();
}, 60_000);
afterAll(async () => {
	await stopSite(situs);
});

function hex(rgb: number[]): string {
	return `#${rgb
		.slice(0, 3)
		.map((v) => v.toString(16).padStart(2, '0'))
		.join('')}`;
}

function dekat(a: string, b: string): boolean {
	const p = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
	return p(a).every((v, i) => Math.abs(v - p(b)[i]) <= 4);
}

/** Waits for the map to be drawn, then the colour at each kecamatan's label point and that point on the page. */
async function warnaPeta(tab: Tab): Promise<Map<string, { warna: string; sekitar: string[]; x: number; y: number }>> {
	const point = fitur();
	await expect
		.poll(() => tab.page.locator('[data-uji=peta] .grafik').evaluate((el) => !!(el as unknown as { grafikEcharts?: unknown }).grafikEcharts), {
			timeout: 30_000
		})
		.toBe(true);
	// drawn once the boundaries are registered: a label point then has a pixel position
	await expect
		.poll(
			() =>
				tab.page.locator('[data-uji=peta] .grafik').evaluate((el, p) => {
					const c = (el as unknown as { grafikEcharts: { convertToPixel(f: object, v: number[]): number[] | undefined } }).grafikEcharts;
					try {
						return Array.isArray(c.convertToPixel({ seriesIndex: 0 }, [p.lng, p.lat]));
					} catch {
						return false;
					}
				}, point[0]),
			{ timeout: 30_000 }
		)
		.toBe(true);
	// ECharts' entry animation over and its last frame painted: zrender has no clip left and no refresh pending
	await expect
		.poll(
			() =>
				tab.page.locator('[data-uji=peta] .grafik').evaluate((el) => {
					const zr = (el as unknown as { grafikEcharts: { getZr(): { animation: { isFinished(): boolean }; _needsRefresh?: boolean } } }).grafikEcharts.getZr();
					return zr.animation.isFinished() && !zr._needsRefresh;
				}),
			{ timeout: 30_000 }
		)
		.toBe(true);
	const result = await tab.page.locator('[data-uji=peta] .grafik').evaluate((el, all) => {
		const c = (el as unknown as { grafikEcharts: { convertToPixel(f: object, v: number[]): number[] } }).grafikEcharts;
		const canvas = el.querySelector('canvas')!;
		const ctx = canvas.getContext('2d')!;
		const rasio = canvas.width / canvas.getBoundingClientRect().width;
		const kotak = canvas.getBoundingClientRect();
		return all.map((f) => {
			const [x, y] = c.convertToPixel({ seriesIndex: 0 }, [f.lng, f.lat]);
			const px = Math.round(x * rasio);
			const py = Math.round(y * rasio);
			const d = ctx.getImageData(px, py, 1, 1).data;
			// the square around the point: a hatch shows as some darker pixels among the grey
			const r = Math.round(6 * rasio);
			const a = ctx.getImageData(px - r, py - r, 2 * r + 1, 2 * r + 1).data;
			const sekitar: number[][] = [];
			for (let i = 0; i < a.length; i += 4) sekitar.push([a[i], a[i + 1], a[i + 2]]);
			return { kode: f.kode, rgb: [d[0], d[1], d[2]], sekitar, x: kotak.left + x, y: kotak.top + y };
		});
	}, point);
	return new Map(result.map((h) => [h.kode, { warna: hex(h.rgb), sekitar: h.sekitar.map(hex), x: h.x, y: h.y }]));
}

/** A hatch line pixel over the light grey: clearly darker in every channel (the grey is #d9d9d9). */
const gelap = (h: string) => [1, 3, 5].every((i) => parseInt(h.slice(i, i + 2), 16) < 0xb8);

function periksaWarna(color: Map<string, { warna: string; sekitar: string[] }>, harapan: Record<string, string>) {
	expect(color.size).toBe(31);
	for (const [code, w] of color) {
		const mau = harapan[code];
		if (mau) {
			expect(dekat(w.warna, mau), `${code}: ${w.warna}, seharusnya ${mau}`).toBe(true);
			continue;
		}
		// no report: grey with diagonal hatching (lines 2 px in 6), so the state does not rest on colour alone;
		// a border crossing the square is one line, far less than the hatch's share
		const abu = w.sekitar.filter((x) => dekat(x, WARNA.belum)).length / w.sekitar.length;
		const arsir = w.sekitar.filter(gelap).length / w.sekitar.length;
		expect(abu, `${code}: tidak abu-abu (${w.warna})`).toBeGreaterThan(0.2);
		expect(arsir, `${code}: abu-abu tanpa arsir`).toBeGreaterThan(0.15);
	}
}

const ARJASA = '35.09.22';
const PATRANG = '35.09.20';
const PUGER = '35.09.08';
const BALUNG = '35.09.10';
const PAKUSARI = '35.09.24';

describe('peta kecamatan di Ringkasan', () => {
	test('tabel kembarannya ada di HTML prarender: 31 kecamatan, angka laporan, dan "belum ada laporan"', async () => {
		const html = await (await fetch(`${situs.url}/`)).text();
		const start = html.indexOf('data-uji="peta"');
		expect(start).toBeGreaterThan(0);
		const section = html.slice(start, html.indexOf('data-uji="kredit-peta"', start));
		expect(section.match(/<\/tr>/g)?.length).toBe(32); // heading + 31 kecamatan
		expect(section).toContain('/kecamatan/arjasa');
		expect(section).toContain('82,89');
		expect(section.match(/belum ada laporan tahun 2023/g)?.length).toBe(28);
	});

	test('31 kecamatan berwarna sesuai angka laporan; tooltip, klik, dan tabel sama', async () => {
		const t = await openTab(situs);
		try {
			await t.page.goto(`${situs.url}/`);
			// 2023, IKM: Arjasa 82,89, Patrang 80, Puger 81,9 are all grade B; the other 28 have no report
			let color = await warnaPeta(t);
			periksaWarna(color, { [ARJASA]: WARNA.ikmB, [PATRANG]: WARNA.ikmB, [PUGER]: WARNA.ikmB });
			await takeScreenshot(t.page, 'peta-ikm-2023');

			const rows = await t.page.locator('[data-uji=peta] table tbody tr').evaluateAll((trs) =>
				trs.map((tr) => ({
					sel: [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()),
					href: tr.querySelector('a')?.getAttribute('href') ?? ''
				}))
			);
			expect(rows).toHaveLength(31);
			const arjasa = rows.find((b) => b.sel[0] === 'Arjasa')!;
			expect(arjasa.sel.slice(1, 3)).toEqual([ARJASA, '82,89']);
			expect(arjasa.sel[3]).toMatch(/^B Baik/);
			expect(arjasa.sel[4]).toContain('arjasa-2023.txt');
			expect(arjasa.href).toMatch(/\/kecamatan\/arjasa$/);
			expect(rows.find((b) => b.sel[0] === 'Jombang')!.sel[3]).toBe('belum ada laporan tahun 2023');
			expect(rows.filter((b) => b.sel[3] === 'belum ada laporan tahun 2023')).toHaveLength(28);

			// mean capaian: Arjasa 99,375, Patrang 96,04, Puger 97,75, all in 90–100%
			await t.page.getByRole('radio', { name: 'Capaian kinerja rata-rata' }).check();
			color = await warnaPeta(t);
			periksaWarna(color, { [ARJASA]: WARNA.c90_100, [PATRANG]: WARNA.c90_100, [PUGER]: WARNA.c90_100 });
			expect(await t.page.locator('[data-uji=peta] table tbody tr', { hasText: 'Arjasa' }).textContent()).toContain('99,38%');

			// serapan: Arjasa 85,47, Patrang 82,82, Puger 89,86, all in 75–90%
			await t.page.getByRole('radio', { name: 'Serapan anggaran' }).check();
			color = await warnaPeta(t);
			periksaWarna(color, { [ARJASA]: WARNA.c75_90, [PATRANG]: WARNA.c75_90, [PUGER]: WARNA.c75_90 });

			// tooltip: the figure and its source
			await t.page.getByRole('radio', { name: 'IKM (kepuasan masyarakat)' }).check();
			color = await warnaPeta(t);
			const a = color.get(ARJASA)!;
			const tip = t.page.locator('[data-uji=peta] .grafik div', { hasText: 'Klik untuk membuka' }).last();
			// hover again on every try: a pointer that arrived while the map was still redrawing (the measure
			// just changed) shows no tooltip until it moves
			const hover = (x: number, y: number) => async () => {
				await t.page.mouse.move(x + 2, y);
				await t.page.mouse.move(x, y);
				return (await tip.count()) ? ((await tip.textContent()) ?? '') : '';
			};
			await expect.poll(hover(a.x, a.y), { timeout: 10_000 }).toContain('Arjasa');
			const text = (await tip.textContent()) ?? '';
			expect(text).toContain('82,89');
			expect(text).toContain('arjasa-2023.txt');
			expect(text).toContain('396');
			const j = color.get('35.09.01')!;
			await expect.poll(hover(j.x, j.y), { timeout: 10_000 }).toContain('Jombang');
			expect(await tip.textContent()).toContain('belum ada laporan tahun 2023');

			// click opens the kecamatan's page
			await t.page.mouse.click(a.x, a.y);
			await t.page.waitForURL(/\/kecamatan\/arjasa$/, { timeout: 15_000 });
			expect(t.galat).toEqual([]);
			expect(t.luar).toEqual([]);
		} finally {
			await closeTab(t);
		}
	}, 120_000);

	test('tahun 2020: Balung IKM 66 (C), Pakusari 97,30 dikutip laporan 2021 (A); capaian Balung 66% di bawah 75%', async () => {
		const t = await openTab(situs);
		try {
			await t.page.goto(`${situs.url}/?tahun=2020`);
			await expect.poll(() => t.page.locator('[data-uji=peta] h2').textContent(), { timeout: 60_000 }).toContain('2020');
			let color = await warnaPeta(t);
			periksaWarna(color, { [BALUNG]: WARNA.ikmC, [PAKUSARI]: WARNA.ikmA });
			// balung-2020.txt lines 304–305: capaian 66% and 79%: mean 72,50, below 75%
			await t.page.getByRole('radio', { name: 'Capaian kinerja rata-rata' }).check();
			color = await warnaPeta(t);
			periksaWarna(color, { [BALUNG]: WARNA.bawah75 });
			expect(await t.page.locator('[data-uji=peta] table tbody tr', { hasText: 'Balung' }).textContent()).toContain('72,50%');
			// Pakusari has no 2020 report of its own: its capaian row says so, its IKM (quoted) is shown
			expect(await t.page.locator('[data-uji=peta] table tbody tr', { hasText: 'Pakusari' }).textContent()).toContain('belum ada laporan tahun 2020');
			expect(t.galat).toEqual([]);
		} finally {
			await closeTab(t);
		}
	}, 120_000);
});

async function pelanggaranAxe(tab: Tab): Promise<string[]> {
	// evaluated through the DevTools protocol: the site's CSP rightly refuses an injected <script>
	await tab.page.evaluate(axe.source);
	const result = await tab.page.evaluate(async () => {
		const r = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
	});
	return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
}

describe('Kecamatan saya', () => {
	test('dari beranda: ketik nama, buka halaman dengan kode Kemendagri di alamat', async () => {
		const t = await openTab(situs);
		try {
			await t.page.goto(`${situs.url}/`);
			const kotak = t.page.getByLabel('Ketik atau pilih kecamatan Anda');
			await kotak.fill('arjasa');
			await t.page.locator('[data-uji=kecamatan-saya-beranda] button', { hasText: 'Lihat' }).click();
			await t.page.waitForURL(/\/kecamatan-saya\?kode=35\.09\.22$/, { timeout: 15_000 });
			await expect.poll(() => t.page.locator('[data-uji=kecamatan-saya] h2').textContent()).toBe('Kecamatan Arjasa');
			// a name outside the list is said, not guessed
			await t.page.goto(`${situs.url}/`);
			await t.page.getByLabel('Ketik atau pilih kecamatan Anda').fill('Sukamaju');
			await t.page.locator('[data-uji=kecamatan-saya-beranda] button', { hasText: 'Lihat' }).click();
			await expect
				.poll(() => t.page.locator('[data-uji=kecamatan-saya-beranda] [role=status]').textContent())
				.toContain('"Sukamaju" tidak ada di daftar 31 kecamatan');
		} finally {
			await closeTab(t);
		}
	}, 60_000);

	test('di layar 360 px: tiga angka dengan arti, tren, pembanding dan sumber; tanpa gulir mendatar; satu halaman A4', async () => {
		// the kecamatan is in the query string, which a static page cannot prerender: every kecamatan's figures ship in
		// the prerendered page's data (no DuckDB, no further request), drawn at hydration
		const html = await (await fetch(`${situs.url}/kecamatan-saya?kode=${ARJASA}`)).text();
		expect(html).toContain('82.89');
		expect(html).toContain('3585414963');
		const t = await openTab(situs, { layar: PHONE_SCREEN });
		try {
			await t.page.goto(`${situs.url}/kecamatan-saya?kode=${ARJASA}`);
			const saya = t.page.locator('[data-uji=kecamatan-saya]');
			await expect.poll(() => saya.getAttribute('data-kode')).toBe(ARJASA);
			const ikm = await saya.locator('[data-uji=figur-ikm]').textContent();
			expect(ikm).toContain('82,89');
			expect(ikm).toContain('B (Baik)');
			// line 416: 2021 80,37, 2022 83,24; 2023 is 0,35 lower than 2022
			expect(ikm).toMatch(/2021: 80,37 → 2022: 83,24 → 2023: 82,89/);
			expect(ikm).toContain('turun 0,35 poin dari 2022');
			// the other kecamatan with a 2023 IKM: Patrang 80 and Puger 81,9, mean 80,95
			expect(ikm).toContain('lebih tinggi dari rata-rata 2 kecamatan lain tahun 2023 (80,95)');
			expect(ikm).toContain('arjasa-2023.txt');
			const capaian = await saya.locator('[data-uji=figur-capaian]').textContent();
			expect(capaian).toContain('99,38%');
			expect(capaian).toContain('4 indikator');
			// Patrang 96,04 and Puger 97,75: mean 96,90
			expect(capaian).toContain('lebih tinggi dari rata-rata 2 kecamatan lain tahun 2023 (96,90%)');
			const serapan = await saya.locator('[data-uji=figur-serapan]').textContent();
			expect(serapan).toContain('85,47%');
			// the others' rupiah together: (12.564.365.145 + 3.648.593.974) / (15.170.568.935 + 4.060.244.146)
			const other = ((12564365145 + 3648593974) / (15170568935 + 4060244146)) * 100;
			expect(serapan).toContain(
				`gabungan 2 kecamatan lain tahun 2023 (${other.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%)`
			);
			expect(serapan).toContain('arjasa-2023.txt');

			const width = await t.page.evaluate(() => {
				const s = document.scrollingElement!;
				return { scroll: s.scrollWidth, client: s.clientWidth };
			});
			expect(width.scroll).toBeLessThanOrEqual(width.client);
			await takeScreenshot(t.page, 'kecamatan-saya-360');

			await t.page.emulateMedia({ media: 'print' });
			const pdf = await t.page.pdf({ format: 'A4', printBackground: true });
			expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
			expect(t.galat).toEqual([]);
		} finally {
			await closeTab(t);
		}
	}, 90_000);

	test('kecamatan tanpa laporan: apa artinya, tanpa angka', async () => {
		const t = await openTab(situs, { layar: PHONE_SCREEN });
		try {
			await t.page.goto(`${situs.url}/kecamatan-saya?kecamatan=jombang`);
			await expect.poll(() => t.page.locator('[data-uji=kecamatan-saya]').getAttribute('data-kode')).toBe('35.09.01');
			// the address is rewritten to the code, so the shared link names the kecamatan by it
			await expect.poll(() => new URL(t.page.url()).search).toBe('?kode=35.09.01');
			expect(await t.page.locator('[data-uji=belum-ada-laporan]').textContent()).toContain('Belum ada laporan kinerja (LKIP) Kecamatan Jombang');
			expect(await t.page.locator('[data-uji=figur-ikm]').count()).toBe(0);
			const pdf = await t.page.pdf({ format: 'A4' });
			expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
		} finally {
			await closeTab(t);
		}
	}, 60_000);

	test('axe-core: tidak ada pelanggaran serius atau kritis di Kecamatan saya dan Ringkasan', async () => {
		const t = await openTab(situs);
		try {
			await t.page.goto(`${situs.url}/kecamatan-saya?kode=${ARJASA}`);
			await expect.poll(() => t.page.locator('[data-uji=kecamatan-saya]').getAttribute('data-kode')).toBe(ARJASA);
			expect(await pelanggaranAxe(t)).toEqual([]);
			await t.page.goto(`${situs.url}/`);
			await warnaPeta(t);
			expect(await pelanggaranAxe(t)).toEqual([]);
		} finally {
			await closeTab(t);
		}
	}, 90_000);
});
