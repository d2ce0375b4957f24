/**
 * The first charts drawn into the prerendered HTML (chart-image.ts, Figure.svelte `prarender`),
 * in Chromium on the built site (`npm run build` first): without JavaScript the reader sees
 * Ringkasan's map and IKM ranking and Perbandingan's IKM trend as images the browser could
 * decode; with JavaScript each image gives way to the drawn chart; a phone shows none (drawn
 * for the desktop column, its text would be unreadably small); the browser bundle does not
 * carry the SVG renderer that drew them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD, closeTab, openTab, PHONE_SCREEN, startSite, stopSite, type Site } from './site';

let s: Site;
beforeAll(async () => {
	s = await startSite();
}, 60_000);
afterAll(async () => {
	await stopSite(s);
});

/** Each prerendered chart image of the page: its file name, decoded size and box on screen. */
async function images(path: string, javaScript: boolean, layar = { width: 1280, height: 900 }) {
	const context = await s.browser.newContext({ javaScriptEnabled: javaScript, viewport: layar });
	try {
		const page = await context.newPage();
		await page.goto(`${s.url}${path}`, { waitUntil: 'load' });
		const found = await page.locator('img.awal').evaluateAll((list) =>
			list.map((el) => {
				const img = el as HTMLImageElement;
				const box = img.getBoundingClientRect();
				return {
					name: img
						.getAttribute('elementtiming')
						?.replace(/^grafik-awal:/, '')
						.replace(/-\d{4}$/, ''),
					width: img.naturalWidth,
					height: img.naturalHeight,
					shown: getComputedStyle(img).display !== 'none' && box.width > 0 && box.height > 0
				};
			})
		);
		return { found, page, context };
	} catch (e) {
		await context.close();
		throw e;
	}
}

describe('charts drawn into the prerendered pages', () => {
	test('without JavaScript, Ringkasan shows its map and IKM ranking as images the browser decoded', async () => {
		const { found, context } = await images('/', false);
		await context.close();
		// a broken SVG decodes to 0 × 0: the map's is 1100 × 420 (chart-image.ts PRERENDER_WIDTH, KecamatanMap's height)
		expect(found).toEqual([
			{ name: 'peta-ikm', width: 1100, height: 420, shown: true },
			{ name: 'peringkat-ikm', width: 1100, height: expect.any(Number), shown: true }
		]);
		expect(found[1].height).toBeGreaterThan(0);
	});

	test('without JavaScript, Perbandingan shows its IKM trend and its quadrant', async () => {
		const { found, context } = await images('/perbandingan', false);
		await context.close();
		expect(found.map((f) => f.name)).toEqual(['tren-ikm', 'kuadran-efisiensi']);
		for (const f of found) expect(f.width * f.height).toBeGreaterThan(0);
	});

	test('on a phone the images are not shown', async () => {
		const { found, context } = await images('/', false, PHONE_SCREEN);
		await context.close();
		expect(found.length).toBe(2);
		expect(found.map((f) => f.shown)).toEqual([false, false]);
	});

	test('with JavaScript, each image gives way to the drawn chart', async () => {
		const tab = await openTab(s);
		try {
			await tab.page.goto(`${s.url}/`);
			const peta = tab.page.locator('[data-uji=peta] .grafik');
			await expect.poll(() => peta.locator('canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
			await expect.poll(() => peta.locator('img.awal').count(), { timeout: 30_000 }).toBe(0);
			const ranking = tab.page.locator('[data-uji=peringkat-ikm] .grafik');
			await ranking.scrollIntoViewIfNeeded();
			await expect.poll(() => ranking.locator('img.awal').count(), { timeout: 30_000 }).toBe(0);
			expect(await ranking.locator('canvas').count()).toBeGreaterThan(0);
			expect(tab.galat).toEqual([]);
		} finally {
			await closeTab(tab);
		}
	});

	test('the browser bundle carries no SVG renderer', () => {
		// zrender's SVG painter writes this attribute on its root; the canvas renderer never does
		const marker = 'baseProfile';
		const svgPainter =
			readFileSync(join('node_modules/zrender/lib/svg/core.js'), 'utf8') + readFileSync(join('node_modules/zrender/lib/svg/Painter.js'), 'utf8');
		expect(svgPainter).toContain(marker);
		const dir = join(BUILD, '_app/immutable');
		const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((f) => readFileSync(join(dir, f), 'utf8').includes(marker))).toEqual([]);
	});
});
