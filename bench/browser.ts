/**
 * The dashboard in a real browser: for three synthetic scales (31, 664 and 7.277
 * kecamatan × 10 years), the home page in headless Debian Chromium, cold (new
 * context, empty cache) and warm (reload in the same context):
 *   - time to first chart: when the first chart is on screen, which is the earlier of the
 *     prerendered chart image painted (Element Timing, `grafik-awal:` images, chart-image.ts)
 *     and the `grafik-pertama` mark Figur sets after its first setOption; the latter is
 *     also reported alone, as the first chart that answers the pointer ("interaktif")
 *   - time until DuckDB answers: the `duckdb-siap` mark (the page's own queries answered by
 *     DuckDB-WASM once, so the tables they read are in; before issue 10: every table loaded),
 *     and, earlier, its first answer to any query (`duckdb-jawaban-pertama`, lazy-tables.ts)
 *   - filter-change latency: from changing the year to the ranking redrawn for that
 *     year (`grafik-digambar` mark), median and p95 over BENCH_GANTI changes
 *   - bytes over the network as the server sent them (headers + compressed bodies),
 *     split html / js / wasm / data / other
 * and, in the same run, two lower bounds with the ratios dashboard ÷ lower bound:
 * the same first chart drawn from a static JSON file (bench/batas-bawah/), and a
 * bare page (bench/batas-interaksi/: DuckDB-WASM + ECharts, no SvelteKit) that runs
 * the home page's SQL on the same Parquet files and redraws the same charts for the
 * same year change. After the report, one `bench <skala> …` line per scale (the
 * form issue 10 fixes, for other tools to read).
 *
 * The site is built per scale by bench/site.ts and served by scripts/serve.ts
 * (brotli). Every request outside the site's origin is blocked at DNS level
 * (--host-resolver-rules): Playwright's request routing would disable the HTTP
 * cache and so falsify the warm measurements.
 *
 * Environment: BENCH_SKALA (e.g. "jember,jatim"), BENCH_ULANG (loads per mode, default 3),
 * BENCH_GANTI (filter changes, default 20), BENCH_BANGUN=0 (reuse the last built site).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve';
import { writeSynthetic } from '../scripts/synth';
import { ROOT, buildSite, WORK_DIR } from './site';

export const nama = 'browser';

export interface Skala {
	nama: string;
	label: string;
	kecamatan: number;
	/** prerender only these pages (see bench/site.ts); undefined = the whole site */
	hanya?: string[];
	/** loads per mode, when fewer than BENCH_ULANG keep the run within CI time */
	ulang?: number;
}

/**
 * Only Jember's scale is built whole; the larger scales prerender only the measured
 * home page and Perbandingan (whose HTML size is reported), to keep the run short.
 * The whole site at those scales is `npm run bench -- prerender` (bench/prerender.ts).
 */
export const SKALA: Skala[] = [
	{ nama: 'jember', label: '31 × 10 (Jember)', kecamatan: 31 },
	{ nama: 'jatim', label: '664 × 10 (Jawa Timur)', kecamatan: 664, hanya: ['/', '/perbandingan'] },
	{ nama: 'indonesia', label: '7.277 × 10 (Indonesia)', kecamatan: 7277, hanya: ['/', '/perbandingan'], ulang: 1 }
];
const TAHUN = 10;
/** generous: at 7.277 kecamatan DuckDB-WASM loads tens of MB of Parquet */
const BATAS_MS = 180_000;
/** filter changes stop after this much time: fewer samples rather than a run of hours */
const ANGGARAN_GANTI_MS = 120_000;

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];

type Jenis = 'html' | 'js' | 'wasm' | 'data' | 'lain';
type Byte = Record<Jenis, number>;

interface Muat {
	/** ms from navigation start to the first chart on screen (a prerendered image or drawn) */
	grafikPertama: number | null;
	/** ms from navigation start to the first chart drawn by ECharts in the page */
	grafikInteraktif: number | null;
	duckdbSiap: number | null;
	/** ms from navigation start to DuckDB's first answer (`duckdb-jawaban-pertama`, lazy-tables.ts); dashboard only */
	duckdbPertama: number | null;
	/** bytes of responses finished by the first chart */
	byteGrafik: number;
	/** bytes of everything finished by the end of the measurement (DuckDB ready) */
	byte: Byte;
	galat?: string;
}

interface Ganti {
	median: number | null;
	p95: number | null;
	n: number;
	galat?: string;
}

interface HasilMode {
	muat: Muat[];
	ganti?: Ganti;
}

export interface HasilSkala {
	skala: string;
	kecamatan: number;
	ulang: number;
	detikData: number;
	detikBuild: number;
	detikPadat: number;
	dasbor: { dingin: HasilMode; hangat: HasilMode };
	batasBawah: { dingin: HasilMode; hangat: HasilMode };
	/** the bare DuckDB-WASM + ECharts page: the interaction lower bound */
	interaksi: { dingin: HasilMode; hangat: HasilMode };
	diblokir: string[];
	galatKonsol: string[];
	/** bytes of the prerendered HTML of the pages that list kecamatan (uncompressed, brotli) */
	html: Record<string, { byte: number | null; br: number | null }>;
}

function jenis(url: string): Jenis {
	const p = new URL(url, 'http://x').pathname;
	if (p.endsWith('.wasm')) return 'wasm';
	if (/\.m?js$/.test(p)) return 'js';
	if (p.startsWith('/data/') || /\.(parquet|json|csv)$/.test(p)) return 'data';
	if (p.endsWith('.html') || !/\.[a-z0-9]+$/i.test(p)) return 'html';
	return 'lain';
}

function byteKosong(): Byte {
	return { html: 0, js: 0, wasm: 0, data: 0, lain: 0 };
}

function jumlah(b: Byte): number {
	return b.html + b.js + b.wasm + b.data + b.lain;
}

export function persentil(xs: number[], p: number): number | null {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const i = (s.length - 1) * p;
	const lo = Math.floor(i);
	return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/**
 * Counts what the server actually sends, per response: header and (compressed)
 * body bytes as written to the socket, and when. Browser-side sizes are wrong for
 * the cases that matter here: Playwright reports cache hits and revalidations with
 * negative or stale sizes, and DuckDB's worker fetches outside the page's target.
 * A response served from the browser's cache never reaches the server: 0 bytes.
 */
class Jaringan {
	private catatan: { url: string; akhir: number; byte: number }[] = [];
	constructor(server: Server) {
		server.on('request', (req: IncomingMessage, res: ServerResponse) => {
			const start = req.socket.bytesWritten;
			res.on('finish', () => this.catatan.push({ url: req.url ?? '/', akhir: Date.now(), byte: req.socket.bytesWritten - start }));
		});
	}
	mulaiBaru(): void {
		this.catatan = [];
	}
	/** Bytes by kind, of responses finished by `sampai` (epoch ms; undefined = all so far). */
	byte(sampai?: number): Byte {
		const b = byteKosong();
		for (const c of this.catatan) if (sampai === undefined || c.akhir <= sampai) b[jenis(c.url)] += c.byte;
		return b;
	}
}

/** Page calls have no timeout of their own, and a page whose main thread is stuck never answers. */
async function dalamBatas<T>(p: Promise<T>, ms: number, apa: string): Promise<T> {
	let t: NodeJS.Timeout | undefined;
	const habis = new Promise<never>((_, gagal) => {
		t = setTimeout(() => gagal(new Error(`${apa}: tidak selesai dalam ${Math.round(ms / 1000)} s`)), ms);
	});
	try {
		return await Promise.race([p, habis]);
	} finally {
		clearTimeout(t);
	}
}

async function tandaMs(page: Page, namaTanda: string, limit: number): Promise<number> {
	return dalamBatas(
		(async () => {
			await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, namaTanda, { timeout: limit, polling: 20 });
			return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, namaTanda);
		})(),
		limit + 5000,
		`tanda ${namaTanda}`
	);
}

/**
 * When the first prerendered chart image (`elementtiming="grafik-awal:<file>"`, Figure.svelte)
 * whose file name starts with `prefix` was painted, ms from navigation start; null when the
 * page painted none. Asked after the chart itself is drawn, by when any such image has long
 * been painted: Element Timing keeps the entries for a buffered observer, which gets them
 * in its first callback; with no entries there is no callback, hence the short wait.
 */
export function imagePainted(page: Page, prefix = ''): Promise<number | null> {
	return page.evaluate(
		(p) =>
			new Promise<number | null>((ok) => {
				const po = new PerformanceObserver((list) => {
					const t = list
						.getEntries()
						.filter((e) => (e as PerformanceEntry & { identifier?: string }).identifier?.startsWith(`grafik-awal:${p}`))
						.map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
					if (t.length) {
						po.disconnect();
						ok(Math.min(...t));
					}
				});
				po.observe({ type: 'element', buffered: true });
				setTimeout(() => {
					po.disconnect();
					ok(null);
				}, 250);
			}),
		prefix
	);
}

async function ukurMuat(page: Page, jar: Jaringan, open: () => Promise<unknown>, tungguDuckdb: boolean): Promise<Muat> {
	jar.mulaiBaru();
	const result: Muat = { grafikPertama: null, grafikInteraktif: null, duckdbSiap: null, duckdbPertama: null, byteGrafik: 0, byte: byteKosong() };
	try {
		await dalamBatas(open(), BATAS_MS, 'navigasi');
		result.grafikInteraktif = await tandaMs(page, 'grafik-pertama', BATAS_MS);
		const image = await dalamBatas(imagePainted(page), 30_000, 'gambar prarender');
		result.grafikPertama = image === null ? result.grafikInteraktif : Math.min(image, result.grafikInteraktif);
		const origin = await dalamBatas(
			page.evaluate(() => performance.timeOrigin),
			30_000,
			'timeOrigin'
		);
		result.byteGrafik = jumlah(jar.byte(origin + result.grafikPertama));
		if (tungguDuckdb) {
			result.duckdbSiap = await tandaMs(page, 'duckdb-siap', BATAS_MS);
			// set before duckdb-siap on the dashboard; the bare page has no such mark
			result.duckdbPertama = await page.evaluate(() => performance.getEntriesByName('duckdb-jawaban-pertama')[0]?.startTime ?? null);
		}
		// late arrivals (favicon, prefetches) before counting the total
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
		result.byte = jar.byte();
	} catch (e) {
		result.galat = (e as Error).message.split('\n')[0];
	}
	return result;
}

/**
 * In the page: change the year, resolve with ms until the ranking for that year is
 * drawn. A string, not a function: tsx's transpiler would add helpers the page lacks.
 */
const GANTI_TAHUN = `async ({ tahun, batas }) => {
	const sel = document.querySelector('select[name="tahun"]');
	const t0 = performance.now();
	const detail = 'peringkat-ikm-' + tahun;
	sel.value = tahun;
	sel.dispatchEvent(new Event('change', { bubbles: true }));
	for (;;) {
		const m = performance.getEntriesByName('grafik-digambar').find((e) => e.startTime >= t0 && e.detail === detail);
		if (m) return m.startTime - t0;
		if (performance.now() - t0 > batas) throw new Error('grafik tahun ' + tahun + ' tidak digambar dalam ' + batas + ' ms');
		await new Promise((ok) => setTimeout(ok, 5));
	}
}`;

/** Changes the home page's year `n` times; ms from the change to the ranking redrawn for that year. */
async function ukurGanti(page: Page, n: number): Promise<Ganti> {
	const time: number[] = [];
	try {
		const choice = await dalamBatas(
			page.$$eval('select[name="tahun"] option', (os) => os.map((o) => (o as HTMLOptionElement).value)),
			30_000,
			'daftar tahun'
		);
		let current = await dalamBatas(
			page.$eval('select[name="tahun"]', (s) => (s as HTMLSelectElement).value),
			30_000,
			'tahun terpilih'
		);
		if (choice.length < 2) return { median: null, p95: null, n: 0, galat: 'kurang dari dua tahun untuk dipilih' };
		const start = Date.now();
		for (let i = 0; i < n && Date.now() - start < ANGGARAN_GANTI_MS; i++) {
			const other = choice.filter((t) => t !== current);
			const tahun = other[i % other.length];
			const ms = (await dalamBatas(
				page.evaluate(`(${GANTI_TAHUN})(${JSON.stringify({ tahun, batas: BATAS_MS })})`),
				BATAS_MS + 5000,
				`ganti ke tahun ${tahun}`
			)) as number;
			time.push(ms);
			current = tahun;
		}
	} catch (e) {
		return { median: persentil(time, 0.5), p95: persentil(time, 0.95), n: time.length, galat: (e as Error).message.split('\n')[0] };
	}
	return { median: persentil(time, 0.5), p95: persentil(time, 0.95), n: time.length };
}

interface Catatan {
	diblokir: Set<string>;
	galatKonsol: string[];
}

async function konteksBaru(browser: Browser, origin: string, cat: Catatan): Promise<{ ctx: BrowserContext; page: Page }> {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	ctx.on('request', (r) => {
		const u = r.url();
		if (/^https?:/.test(u) && new URL(u).origin !== origin) cat.diblokir.add(u);
	});
	const page = await ctx.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error') cat.galatKonsol.push(`${m.text().slice(0, 200)} (${m.location().url})`);
	});
	page.on('pageerror', (e) => cat.galatKonsol.push(e.message.slice(0, 200)));
	page.on('response', (r) => {
		if (r.status() >= 400) cat.galatKonsol.push(`${r.status()} ${r.url()}`);
	});
	return { ctx, page };
}

async function ukurHalaman(
	browser: Browser,
	jar: Jaringan,
	origin: string,
	path: string,
	ulang: number,
	replace: number,
	/** wait for the `duckdb-siap` mark (pages that run DuckDB) */
	duckdb: boolean,
	cat: Catatan
): Promise<{ dingin: HasilMode; hangat: HasilMode }> {
	const dingin: HasilMode = { muat: [] };
	const hangat: HasilMode = { muat: [] };
	for (let u = 0; u < ulang; u++) {
		const { ctx, page } = await konteksBaru(browser, origin, cat);
		try {
			const d = await ukurMuat(page, jar, () => page.goto(origin + path, { waitUntil: 'commit', timeout: BATAS_MS }), duckdb);
			dingin.muat.push(d);
			// a page that did not draw in time would only time out again: no warm load, no filter changes
			if (d.galat) break;
			if (replace > 0 && u === 0) {
				dingin.ganti = await ukurGanti(page, replace);
				// a filter change writes the year into the address; the warm load is of the page
				// as first visited, not of /?tahun=…, which the cache has never seen
				await page.evaluate(`history.replaceState(history.state, '', ${JSON.stringify(path)})`);
			}
			hangat.muat.push(await ukurMuat(page, jar, () => page.reload({ waitUntil: 'commit', timeout: BATAS_MS }), duckdb));
			if (replace > 0 && u === 0) hangat.ganti = await ukurGanti(page, replace);
		} finally {
			await dalamBatas(ctx.close(), 30_000, 'menutup konteks').catch(() => {});
		}
	}
	return { dingin, hangat };
}

/** The synthetic dataset of a scale, regenerated only when the generator or writer changed. */
export async function dataset(s: Skala): Promise<{ dir: string; detik: number }> {
	const dir = join(WORK_DIR, `data-${s.nama}`);
	const source = [
		'scripts/synth.ts',
		'src/lib/store/synth.ts',
		'src/lib/store/rows.ts',
		'src/lib/store/schema.ts',
		'scripts/write-parquet.ts',
		'src/lib/query/summaries.ts',
		'src/lib/query/partitions.ts',
		// the published answers: the years (sql.ts sqlReportYears), the per-year comparisons (sqlComparisonYears), Beranda's per year
		'src/lib/query/published-answers.ts',
		'src/lib/query/published-years.ts',
		'src/lib/query/comparison-years.ts',
		'src/lib/query/home-answers.ts',
		'src/lib/query/limits.ts',
		'src/lib/query/sql.ts',
		'src/lib/query/duckdb-node.ts'
	];
	const h = createHash('sha256').update(`${s.kecamatan}×${TAHUN}`);
	for (const f of source) h.update(readFileSync(join(ROOT, f)));
	const key = h.digest('hex');
	const berkasKunci = join(WORK_DIR, `data-${s.nama}.kunci`);
	if (existsSync(join(dir, 'manifest.json')) && existsSync(berkasKunci) && readFileSync(berkasKunci, 'utf8') === key) {
		return { dir, detik: 0 };
	}
	const start = performance.now();
	// a fixed last year: the same dataset whatever the date
	await writeSynthetic({ kecamatan: s.kecamatan, tahun: TAHUN, outDir: dir, seed: 1, tahunAkhir: 2024 });
	writeFileSync(berkasKunci, key);
	return { dir, detik: (performance.now() - start) / 1000 };
}

const ukuranBerkas = (f: string) => (existsSync(f) ? statSync(f).size : null);

/** The prerendered pages that list kecamatan (issue 10 item 4), as built. */
function ukuranHtml(dir: string): HasilSkala['html'] {
	const page = { beranda: 'index.html', perbandingan: 'perbandingan.html' };
	return Object.fromEntries(Object.entries(page).map(([n, f]) => [n, { byte: ukuranBerkas(join(dir, f)), br: ukuranBerkas(join(dir, `${f}.br`)) }]));
}

async function ukurSkala(browser: Browser, s: Skala, ulang: number, replace: number): Promise<HasilSkala> {
	console.log(`\n[${s.label}] data sintetis…`);
	const data = await dataset(s);
	console.log(`[${s.label}] membangun situs${s.hanya ? ` (prerender hanya ${s.hanya.join(', ')})` : ''}…`);
	// BENCH_BANGUN=0: measure the site the previous run built (same code), e.g. to repeat a run disturbed by load
	const old = join(WORK_DIR, `situs-${s.nama}/build`);
	const site =
		process.env.BENCH_BANGUN === '0' && existsSync(join(old, 'index.html'))
			? { dir: old, detikBuild: 0, detikPadat: 0 }
			: await buildSite({ nama: s.nama, dataDir: data.dir, hanya: s.hanya });
	const { url, server } = await startServer(site.dir, 0);
	const cat: Catatan = { diblokir: new Set(), galatKonsol: [] };
	try {
		console.log(`[${s.label}] mengukur di ${url}…`);
		const jar = new Jaringan(server);
		const dasbor = await ukurHalaman(browser, jar, url, '/', ulang, replace, true, cat);
		const batasBawah = await ukurHalaman(browser, jar, url, '/batas-bawah/', ulang, 0, false, cat);
		// its filter changes are the bound; one load per mode is enough for them
		const interaksi = await ukurHalaman(browser, jar, url, '/batas-interaksi/', 1, replace, true, cat);
		return {
			skala: s.label,
			kecamatan: s.kecamatan,
			ulang,
			detikData: data.detik,
			detikBuild: site.detikBuild,
			detikPadat: site.detikPadat,
			dasbor,
			batasBawah,
			interaksi,
			diblokir: [...cat.diblokir],
			html: ukuranHtml(site.dir),
			galatKonsol: cat.galatKonsol
		};
	} finally {
		server.close();
	}
}

// ---- report -------------------------------------------------------------------

const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
function byteTeks(n: number | null | undefined): string {
	if (n === null || n === undefined) return '–';
	if (n < 1024) return `${n} B`;
	if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
	return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}
const rasio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? '–' : `×${(a / b).toFixed(1)}`);
function med(m: Muat[], f: (x: Muat) => number | null): number | null {
	return persentil(
		m
			.filter((x) => !x.galat)
			.map(f)
			.filter((x): x is number => x !== null),
		0.5
	);
}

function tabel(rows: string[][]): string {
	const width = rows[0].map((_, i) => Math.max(...rows.map((b) => b[i].length)));
	return rows.map((b) => b.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ')).join('\n');
}

export function laporan(result: HasilSkala[]): string {
	const rows: string[][] = [
		[
			'Skala',
			'Halaman',
			'Grafik pertama',
			'Grafik interaktif',
			'DuckDB jawaban pertama',
			'DuckDB siap',
			'Ganti filter med',
			'p95',
			'Byte s/d grafik',
			'Byte total',
			'html',
			'js',
			'wasm',
			'data',
			'lain'
		]
	];
	const rasioBaris: string[][] = [
		['Skala', 'Mode', 'Grafik pertama', 'Grafik interaktif', 'Byte s/d grafik', 'Byte total (dengan DuckDB)', 'Ganti filter med', 'p95']
	];
	const error: string[] = [];
	for (const h of result) {
		for (const mode of ['dingin', 'hangat'] as const) {
			for (const [label, hm] of [
				['dasbor', h.dasbor[mode]],
				['batas bawah', h.batasBawah[mode]],
				['batas interaksi', h.interaksi[mode]]
			] as const) {
				const m = hm.muat;
				const b = (k: Jenis) => med(m, (x) => x.byte[k]);
				rows.push([
					h.skala,
					`${label}, ${mode}`,
					ms(med(m, (x) => x.grafikPertama)),
					ms(med(m, (x) => x.grafikInteraktif)),
					label === 'dasbor' ? ms(med(m, (x) => x.duckdbPertama)) : '',
					label === 'batas bawah' ? '' : ms(med(m, (x) => x.duckdbSiap)),
					hm.ganti ? ms(hm.ganti.median) : '',
					hm.ganti ? ms(hm.ganti.p95) : '',
					byteTeks(med(m, (x) => x.byteGrafik)),
					byteTeks(med(m, (x) => jumlah(x.byte))),
					byteTeks(b('html')),
					byteTeks(b('js')),
					byteTeks(b('wasm')),
					byteTeks(b('data')),
					byteTeks(b('lain'))
				]);
				for (const x of m) if (x.galat) error.push(`${h.skala}, ${label}, ${mode}: ${x.galat}`);
				if (hm.ganti?.galat) error.push(`${h.skala}, ${label}, ${mode}, ganti filter: ${hm.ganti.galat}`);
			}
			const d = h.dasbor[mode].muat;
			const l = h.batasBawah[mode].muat;
			rasioBaris.push([
				h.skala,
				mode,
				rasio(
					med(d, (x) => x.grafikPertama),
					med(l, (x) => x.grafikPertama)
				),
				rasio(
					med(d, (x) => x.grafikInteraktif),
					med(l, (x) => x.grafikInteraktif)
				),
				rasio(
					med(d, (x) => x.byteGrafik),
					med(l, (x) => x.byteGrafik)
				),
				rasio(
					med(d, (x) => jumlah(x.byte)),
					med(l, (x) => jumlah(x.byte))
				),
				rasio(h.dasbor[mode].ganti?.median ?? null, h.interaksi[mode].ganti?.median ?? null),
				rasio(h.dasbor[mode].ganti?.p95 ?? null, h.interaksi[mode].ganti?.p95 ?? null)
			]);
		}
		if (h.diblokir.length) error.push(`${h.skala}: ${h.diblokir.length} permintaan ke luar situs diblokir, mis. ${h.diblokir[0]}`);
		if (h.galatKonsol.length) error.push(`${h.skala}: ${h.galatKonsol.length} galat konsol, mis. ${h.galatKonsol[0]}`);
	}
	const persiapan = result
		.map(
			(h) =>
				`  ${h.skala}: n = ${h.ulang}, ganti filter ${h.dasbor.dingin.ganti?.n ?? 0}× dingin, ${h.dasbor.hangat.ganti?.n ?? 0}× hangat; data ${h.detikData ? `${h.detikData.toFixed(0)} s` : 'dari cache'}, build ${h.detikBuild.toFixed(0)} s, kompresi ${h.detikPadat.toFixed(0)} s`
		)
		.join('\n');
	return [
		'Dasbor di Chromium headless (median dari n muat per mode, n di bawah Persiapan; dingin = konteks baru tanpa cache,',
		'hangat = muat ulang dalam konteks yang sama; waktu dari awal navigasi; byte = terkirim lewat jaringan, terkompresi, termasuk header):',
		tabel(rows),
		'',
		'Grafik pertama = grafik pertama di layar: gambar prarender (Element Timing) atau grafik ECharts, mana yang lebih dulu;',
		'grafik interaktif = grafik pertama yang digambar ECharts di halaman (menjawab penunjuk).',
		'Rasio dasbor ÷ batas bawah (grafik pertama dan byte: grafik yang sama dari JSON statis, tanpa SvelteKit dan DuckDB;',
		'ganti filter: halaman polos DuckDB-WASM + ECharts dengan SQL, berkas Parquet dan grafik yang sama):',
		tabel(rasioBaris),
		'',
		'Persiapan:',
		persiapan,
		...(error.length ? ['', 'Catatan/galat:', ...error.map((g) => `  ${g}`)] : [])
	].join('\n');
}

/** The scale's key in the `bench` line: the Skala name of its label. */
function kunciSkala(h: HasilSkala): string {
	return SKALA.find((s) => s.label === h.skala)?.nama ?? h.skala;
}

/**
 * One line per scale in the form issue 10 fixes, for other tools to read:
 * ratios are dashboard ÷ lower bound from this run (first chart: static JSON;
 * filter: the bare DuckDB page, after the cold load); times in ms; bytes as the
 * server sent them, cold visit and warm reload of the home page. "NA" when not measured.
 */
export function barisBench(h: HasilSkala): string {
	const angka = (x: number | null | undefined, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? 'NA' : x.toFixed(d));
	const bagi = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || !b ? null : a / b);
	const dm = h.dasbor.dingin;
	const gd = dm.ganti;
	const gi = h.interaksi.dingin.ganti;
	const pertama = bagi(
		med(dm.muat, (x) => x.grafikPertama),
		med(h.batasBawah.dingin.muat, (x) => x.grafikPertama)
	);
	return [
		`bench ${kunciSkala(h)}`,
		`first_chart_ratio=${angka(pertama, 2)}`,
		`filter_median_ratio=${angka(bagi(gd?.median, gi?.median), 2)}`,
		`filter_median_ms=${angka(gd?.median)}`,
		`filter_p95_ms=${angka(gd?.p95)}`,
		`ready_ms=${angka(med(dm.muat, (x) => x.duckdbSiap))}`,
		`cold_bytes=${angka(med(dm.muat, (x) => jumlah(x.byte)))}`,
		`warm_bytes=${angka(med(h.dasbor.hangat.muat, (x) => jumlah(x.byte)))}`
	].join(' ');
}

export async function jalankan(): Promise<Record<string, unknown>> {
	const ulang = Number(process.env.BENCH_ULANG ?? 3);
	const replace = Number(process.env.BENCH_GANTI ?? 20);
	const selected = process.env.BENCH_SKALA?.split(',').map((s) => s.trim());
	const scale = selected ? SKALA.filter((s) => selected.includes(s.nama)) : SKALA;
	if (!scale.length) throw new Error(`BENCH_SKALA tidak cocok; pilihan: ${SKALA.map((s) => s.nama).join(', ')}`);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	const result: HasilSkala[] = [];
	const gagal: { skala: string; pesan: string }[] = [];
	try {
		for (const s of scale) {
			// one scale failing (a build error, a crash) must not lose the others
			try {
				const h = await ukurSkala(browser, s, Math.min(ulang, s.ulang ?? ulang), replace);
				result.push(h);
				if (scale.length > 1) console.log(`\n${laporan([h])}`);
			} catch (e) {
				gagal.push({ skala: s.label, pesan: (e as Error).message.slice(0, 2000) });
			}
		}
	} finally {
		await browser.close();
	}
	if (result.length) console.log(`\n=== Semua skala ===\n${laporan(result)}`);
	for (const g of gagal) console.log(`\nSkala ${g.skala} GAGAL diukur: ${g.pesan}`);
	if (result.length) console.log(`\n${result.map(barisBench).join('\n')}`);
	for (const h of result) {
		const text = Object.entries(h.html ?? {}).map(([n, u]) => `${n}_byte=${u.byte ?? 'NA'} ${n}_br=${u.br ?? 'NA'}`);
		console.log(`html ${kunciSkala(h)} ${text.join(' ')}`);
	}
	if (gagal.length) process.exitCode = 1;
	return { ulang, ganti: replace, skala: result, gagal };
}
