/**
 * The pages issue 12 added, on the site `npm run build` made from the five reports
 * (build/: the real boundaries, so the map can draw; the synthetic scales of
 * browser.ts have kecamatan codes no boundary file knows). For each page, cold (new
 * context, empty cache) and warm (reload), the time from navigation start to its
 * first chart on screen (the earlier of its prerendered image painted, read by Element Timing,
 * and the chart drawn; the drawn time alone is reported too, as "interaktif"):
 *   - Ringkasan: the kecamatan map (Figur `grafik-digambar` mark, detail `peta-…`)
 *   - Perbandingan: the efficiency quadrant (detail `kuadran-efisiensi`)
 *   - Kecamatan saya (?kode=35.09.22): no chart; the `kecamatan-saya-tampil` mark the page
 *     sets once the chosen kecamatan's figures are on screen
 * against the static-JSON lower bound (bench/batas-bawah/: ECharts drawing one chart from a
 * JSON file, nothing else), built here from the same dataset, for the same chart: the map
 * against the bound that fetches and registers the same boundaries and draws the same map,
 * the quadrant against the quadrant, Perbandingan's first chart (the IKM trend) against the
 * trend. Kecamatan saya draws no chart; it is read against the
 * IKM ranking's bound, the first chart of browser.ts. It also says whether each page's
 * prerendered HTML already holds its figures (the first view needs no DuckDB).
 *
 * Run: `npm run build` first, then `npm run bench -- halaman-baru`. BENCH_ULANG loads per mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../scripts/serve';
import { imagePainted, persentil } from './browser';
import { ROOT, bangunBatasBawahKe, WORK_DIR } from './site';

export const nama = 'halaman-baru';

const BUILD = join(ROOT, 'build');
const BATAS_MS = 60_000;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

interface Halaman {
	label: string;
	path: string;
	tanda: string;
	/** the lower bound it is read against: bench/batas-bawah's ?grafik= */
	batas: 'peringkat' | 'peta' | 'tren' | 'kuadran';
	/** the mark's detail starts with this (a Figur's file name) */
	detail?: string;
	/** prerendered HTML file and a text the first view must hold */
	html: string;
	isi: RegExp;
}

const BATAS: Halaman['batas'][] = ['peringkat', 'peta', 'tren', 'kuadran'];

const HALAMAN: Halaman[] = [
	{ label: 'Ringkasan: peta', path: '/', tanda: 'grafik-digambar', batas: 'peta', detail: 'peta-', html: 'index.html', isi: /data-uji="peta"[\s\S]*82,89/ },
	// the page's first chart (the IKM trend) is its first view; the quadrant, the view issue 12 added, is third in reading order
	{
		label: 'Perbandingan: grafik pertama',
		path: '/perbandingan',
		tanda: 'grafik-pertama',
		batas: 'tren',
		html: 'perbandingan.html',
		isi: /data-uji="tren-ikm"[\s\S]*data-uji="kuadran"/
	},
	{
		label: 'Perbandingan: kuadran',
		path: '/perbandingan',
		tanda: 'grafik-digambar',
		batas: 'kuadran',
		detail: 'kuadran-efisiensi',
		html: 'perbandingan.html',
		isi: /data-uji="kuadran"[\s\S]*85,47%/
	},
	// the chosen kecamatan is in the query string, which a static page cannot prerender: its figures ship as page data
	{
		label: 'Kecamatan saya',
		path: '/kecamatan-saya?kode=35.09.22',
		tanda: 'kecamatan-saya-tampil',
		batas: 'peringkat',
		html: 'kecamatan-saya.html',
		isi: /82\.89/
	}
];

async function tanda(page: Page, t: string, detail: string | undefined): Promise<number> {
	// functions, not strings: the site's CSP refuses eval
	const arg = { t, d: detail ?? '' };
	await page.waitForFunction(({ t, d }) => performance.getEntriesByName(t).some((e) => String((e as PerformanceMark).detail ?? '').startsWith(d)), arg, {
		timeout: BATAS_MS,
		polling: 20
	});
	return page.evaluate(({ t, d }) => performance.getEntriesByName(t).find((e) => String((e as PerformanceMark).detail ?? '').startsWith(d))!.startTime, arg);
}

interface Hasil {
	label: string;
	/** the bound this row is read against (the bounds' own rows: themselves) */
	batas: Halaman['batas'];
	dingin: number | null;
	hangat: number | null;
	/** cold, the chart drawn by ECharts (the image, if any, not counted) */
	interaktif: number | null;
	prarender: boolean;
	galat: string[];
}

export async function jalankan(): Promise<Record<string, unknown>> {
	if (!existsSync(join(BUILD, 'index.html'))) {
		// the other benchmarks build their own sites; this one measures the real build, which only `npm run build` makes
		console.log('\nHalaman baru issue 12: dilewati, build/ belum ada (jalankan `npm run build` dulu).');
		return { dilewati: 'build/ belum ada' };
	}
	const ulang = Number(process.env.BENCH_ULANG ?? 3);
	const bawahDir = join(WORK_DIR, 'batas-bawah-lima');
	await bangunBatasBawahKe(bawahDir, join(BUILD, 'data'), join(ROOT, 'src/lib'));
	const site = await startServer(BUILD, 0);
	const lower = await startServer(bawahDir, 0);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	const measure = async (url: string, t: string, detail?: string) => {
		const dingin: number[] = [];
		const hangat: number[] = [];
		const interaktif: number[] = [];
		const galat: string[] = [];
		// the earlier of the page's prerendered image of this chart painted and the chart drawn
		const shown = async (page: Page) => {
			const drawn = await tanda(page, t, detail);
			const image = await imagePainted(page, detail ?? '');
			return { drawn, first: image === null ? drawn : Math.min(image, drawn) };
		};
		for (let i = 0; i < ulang; i++) {
			const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			try {
				const page = await ctx.newPage();
				await page.goto(url, { waitUntil: 'commit', timeout: BATAS_MS });
				const cold = await shown(page);
				dingin.push(cold.first);
				interaktif.push(cold.drawn);
				await page.reload({ waitUntil: 'commit', timeout: BATAS_MS });
				hangat.push((await shown(page)).first);
			} catch (e) {
				galat.push((e as Error).message.split('\n')[0]);
			} finally {
				await ctx.close();
			}
		}
		return { dingin: persentil(dingin, 0.5), hangat: persentil(hangat, 0.5), interaktif: persentil(interaktif, 0.5), galat };
	};
	const result: Hasil[] = [];
	try {
		for (const g of BATAS) {
			const b = await measure(`${lower.url}/?grafik=${g}`, 'grafik-pertama');
			result.push({ label: `batas bawah: ${g}`, batas: g, ...b, prarender: true });
		}
		for (const h of HALAMAN) {
			const m = await measure(`${site.url}${h.path}`, h.tanda, h.detail);
			result.push({ label: h.label, batas: h.batas, ...m, prarender: h.isi.test(readFileSync(join(BUILD, h.html), 'utf8')) });
		}
	} finally {
		await browser.close();
		site.server.close();
		lower.server.close();
	}
	const ms = (x: number | null) => (x === null ? '–' : `${Math.round(x)} ms`);
	const bawahnya = (h: Hasil) => result.find((b) => b.label === `batas bawah: ${h.batas}`)!;
	const rasio = (a: number | null, b: number | null) => (a === null || !b ? '–' : `×${(a / b).toFixed(1)}`);
	console.log(`\nHalaman baru issue 12 (build/, median dari ${ulang} muat; dingin = konteks baru, hangat = muat ulang):`);
	for (const h of result) {
		const b = bawahnya(h);
		console.log(
			`  ${h.label.padEnd(26)} dingin ${ms(h.dingin).padStart(8)} (${rasio(h.dingin, b.dingin)})  interaktif ${ms(h.interaktif).padStart(8)} (${rasio(h.interaktif, b.interaktif)})  hangat ${ms(h.hangat).padStart(8)} (${rasio(h.hangat, b.hangat)})${h === b ? '' : `  dibanding batas bawah ${h.batas}`}  angka di HTML prarender: ${h.prarender ? 'ya' : 'tidak'}${h.galat.length ? `  galat: ${h.galat[0]}` : ''}`
		);
	}
	for (const h of result.filter((x) => !x.label.startsWith('batas bawah'))) {
		const b = bawahnya(h);
		console.log(
			`bench halaman-baru page=${JSON.stringify(h.label)} bound=${h.batas} first_chart_ms=${h.dingin === null ? 'NA' : Math.round(h.dingin)} bound_ms=${b.dingin === null ? 'NA' : Math.round(b.dingin)} first_chart_ratio=${h.dingin === null || !b.dingin ? 'NA' : (h.dingin / b.dingin).toFixed(2)} interactive_ms=${h.interaktif === null ? 'NA' : Math.round(h.interaktif)} prerendered=${h.prarender}`
		);
	}
	return { ulang, hasil: result };
}
