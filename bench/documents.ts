/**
 * Document reading speed: every PDF and DOCX fixture (tests/fixtures/documents/,
 * not the broken ones) read by src/lib/document in Node, median of several runs
 * after one warm-up, as pages per second; then the same documents read in
 * headless Chromium by the site's own viewer (/dokumen, pdf.js with its worker
 * from our build), timed by the page's `baca-dokumen` measure. A DOCX has no
 * pages of its own: its rate is given in the pages of the PDF made from the same
 * report (same name stem), so the two formats compare.
 *
 * The browser part needs a built site (`npm run build`); the documents are served
 * to it through the test browser's routing, as if the build had published them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve';
import { readDocument } from '../src/lib/document/read';
import { loadPdfjsForNode } from '../scripts/pdfjs-node';

export const nama = 'dokumen';

const DIR = 'tests/fixtures/documents';
const ULANG = 5;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "puger-2023.lo.docx" and "puger-2023.pdfkit.pdf" are the same report */
const stem = (f: string) => f.slice(0, f.indexOf('.'));

interface Hasil {
	file: string;
	format: string;
	halaman: number | null;
	medianMs: number;
	halamanPerDetik: number | null;
}

/** the same documents through the site's viewer in Chromium; null when there is no build */
async function diPeramban(files: string[], halamanPdf: Map<string, number>): Promise<Hasil[] | null> {
	if (!existsSync('build/index.html')) {
		console.log('  (peramban dilewati: jalankan "npm run build" dulu)');
		return null;
	}
	const { url, server } = await startServer('build');
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const result: Hasil[] = [];
	try {
		for (const f of files) {
			const time: number[] = [];
			let halaman: number | null = null;
			for (let i = 0; i < 3; i++) {
				const context = await browser.newContext();
				await context.route('**/data/manifest.json', async (route) => {
					const m = await (await route.fetch()).json();
					await route.fulfill({ json: { ...m, dokumen: { ...m.dokumen, [f]: `bench/${f}` } } });
				});
				await context.route(`**/data/bench/${f}`, (route) => route.fulfill({ body: readFileSync(join(DIR, f)) }));
				const page = await context.newPage();
				await page.goto(`${url}/dokumen?berkas=${encodeURIComponent(f)}&baris=1`);
				const ms = await page.waitForFunction(() => performance.getEntriesByName('baca-dokumen')[0]?.duration, null, { timeout: 120_000 });
				time.push((await ms.jsonValue()) as number);
				halaman = f.endsWith('.pdf') ? Number((/dari (\d+)/.exec(await page.locator('[data-uji="nomor-halaman"]').innerText()) ?? [])[1]) : null;
				await context.close();
			}
			const m = median(time);
			const p = halaman ?? halamanPdf.get(stem(f)) ?? null;
			result.push({ file: f, format: f.endsWith('.pdf') ? 'pdf' : 'docx', halaman, medianMs: m, halamanPerDetik: p ? (p * 1000) / m : null });
		}
	} finally {
		await browser.close();
		server.close();
	}
	return result;
}

function cetak(title: string, result: Hasil[]): { pdf: number | null; docx: number | null } {
	console.log(title);
	for (const h of result)
		console.log(
			`  ${h.file.padEnd(34)} ${h.format.padEnd(5)} ${String(h.halaman ?? '–').padStart(4)} hlm ${h.medianMs.toFixed(1).padStart(8)} ms  ${h.halamanPerDetik ? `${h.halamanPerDetik.toFixed(0).padStart(5)} hlm/detik` : ''}`
		);
	const perFormat = (fmt: string) => {
		const xs = result.filter((h) => h.format === fmt && h.halamanPerDetik);
		return xs.length ? median(xs.map((h) => h.halamanPerDetik!)) : null;
	};
	const summary = { pdf: perFormat('pdf'), docx: perFormat('docx') };
	console.log(`  median halaman/detik: PDF ${summary.pdf?.toFixed(0) ?? '–'}, DOCX ${summary.docx?.toFixed(0) ?? '–'} (DOCX dalam halaman PDF-nya)`);
	return summary;
}

export async function jalankan(): Promise<Record<string, unknown>> {
	const files = readdirSync(DIR)
		.filter((f) => /\.(pdf|docx)$/i.test(f))
		.sort();
	const node: Hasil[] = [];
	const halamanPdf = new Map<string, number>();
	for (const f of files) {
		const byte = new Uint8Array(readFileSync(join(DIR, f)));
		const read = () => readDocument(byte.slice(), { pdfjs: loadPdfjsForNode });
		const doc = await read();
		const time: number[] = [];
		for (let i = 0; i < ULANG; i++) {
			const start = performance.now();
			await read();
			time.push(performance.now() - start);
		}
		const ms = median(time);
		if (doc.pages) halamanPdf.set(stem(f), doc.pages);
		node.push({ file: f, format: doc.format, halaman: doc.pages, medianMs: ms, halamanPerDetik: doc.pages ? (doc.pages * 1000) / ms : null });
	}
	for (const h of node) if (h.format === 'docx' && halamanPdf.has(stem(h.file))) h.halamanPerDetik = (halamanPdf.get(stem(h.file))! * 1000) / h.medianMs;
	const ringkasNode = cetak(`Membaca dokumen di Node (median ${ULANG} kali):`, node);
	const peramban = await diPeramban(files, halamanPdf);
	const ringkasPeramban = peramban ? cetak('Membaca dokumen di Chromium, penampil /dokumen (median 3 kali, konteks baru):', peramban) : null;
	return { node, peramban, halamanPerDetik: { node: ringkasNode, peramban: ringkasPeramban } };
}
