/**
 * Shared setup for the browser tests: the built site served by scripts/serve.ts on a
 * free port, Debian's Chromium through playwright-core, every request outside the
 * site's origin blocked and recorded, console errors collected.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, selectors, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { startServer } from '../../scripts/serve';

export const BUILD = resolve('build');
export const PHONE_SCREEN = { width: 360, height: 740 };
export const DESKTOP_SCREEN = { width: 1280, height: 900 };

export interface Site {
	url: string;
	server: Server;
	browser: Browser;
}

/** The one test-id attribute of the site: getByTestId('x') finds data-uji="x" (call before launching a browser). */
export function useTestIdAttribute(): void {
	selectors.setTestIdAttribute('data-uji');
}

export async function startSite(dir = BUILD): Promise<Site> {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`${dir}/index.html tidak ada: jalankan "npm run build" sebelum uji peramban`);
	}
	const { url, server } = await startServer(dir);
	useTestIdAttribute();
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	return { url, server, browser };
}

export async function stopSite(s: Site | undefined): Promise<void> {
	await s?.browser.close();
	await new Promise((ok) => (s ? s.server.close(ok) : ok(null)));
}

export interface Tab {
	page: Page;
	context: BrowserContext;
	/** console errors and uncaught exceptions */
	galat: string[];
	/** requests that tried to leave the site's origin */
	luar: string[];
	/** requests blocked on purpose (.wasm) */
	diblokir: string[];
}

export async function openTab(s: Site, options: { blokirWasm?: boolean; layar?: { width: number; height: number } } = {}): Promise<Tab> {
	const context = await s.browser.newContext({ viewport: options.layar ?? DESKTOP_SCREEN, acceptDownloads: true, locale: 'id-ID' });
	const origin = new URL(s.url).origin;
	const tab: Tab = { page: await context.newPage(), context, galat: [], luar: [], diblokir: [] };
	await context.route('**/*', (route) => {
		const u = new URL(route.request().url());
		if (u.origin !== origin) {
			tab.luar.push(u.href);
			return route.abort();
		}
		if (options.blokirWasm && u.pathname.endsWith('.wasm')) {
			tab.diblokir.push(u.href);
			return route.abort();
		}
		return route.continue();
	});
	tab.page.on('console', (m) => {
		if (m.type() !== 'error') return;
		// the browser reports the request we blocked on purpose; nothing else is allowed
		if (options.blokirWasm && m.text().startsWith('Failed to load resource') && m.location().url.endsWith('.wasm')) return;
		tab.galat.push(`${m.text()} (${m.location().url})`);
	});
	tab.page.on('pageerror', (e) => tab.galat.push(`pageerror: ${e.message}`));
	return tab;
}

export async function closeTab(tab: Tab): Promise<void> {
	await tab.context.close();
}

export async function takeScreenshot(page: Page, name: string): Promise<void> {
	const dir = resolve('test-results/screenshots');
	await mkdir(dir, { recursive: true });
	await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Rows of a built table, straight from its Parquet file (independent of the dashboard's SQL). */
export async function readTable(dir: string, sql: (file: (name: string) => string) => string): Promise<Record<string, unknown>[]> {
	const { readFile } = await import('node:fs/promises');
	const manifest = JSON.parse(await readFile(join(dir, 'data/manifest.json'), 'utf8'));
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	const file = (name: string) => `read_parquet('${join(dir, 'data', manifest.tabel[name].parquet).replaceAll("'", "''")}')`;
	const r = await conn.runAndReadAll(sql(file));
	return r.getRowObjectsJS() as Record<string, unknown>[];
}

/** "82,89" → 82.89 (id-ID display) */
export function idNumber(text: string): number {
	return Number(text.trim().replaceAll('.', '').replace(',', '.'));
}

/** The data rows of a DataTable inside `wadah`, as text cells (the Sumber column included). */
export async function tableRows(page: Page, container: string): Promise<string[][]> {
	return page
		.locator(`${container} table tbody tr`)
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

/**
 * One site and one tab for a whole test file (the upload and document tests): one
 * context, so IndexedDB persists across reloads as in a real browser profile.
 * Checking an upload starts DuckDB-WASM, which takes a while on a busy machine.
 * `siap` gets the site's address, the tab and its page once they are up.
 */
export function situsSatuTab(ready: (s: { url: string; page: Page; tab: Tab }) => void): void {
	let site: Site | undefined;
	let tab: Tab | undefined;
	beforeAll(async () => {
		site = await startSite();
		tab = await openTab(site);
		tab.page.setDefaultTimeout(90_000);
		ready({ url: site.url, page: tab.page, tab });
	});
	afterAll(async () => {
		if (tab) await closeTab(tab);
		await stopSite(site);
	});
}
