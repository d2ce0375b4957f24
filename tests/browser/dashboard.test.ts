/**
 * The built dashboard in real Chromium: first views without WebAssembly, the real
 * IKM values of the reports, filters in the URL, provenance, downloads, escaping of
 * hostile names, and the 360 px layout. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { idNumber, BUILD, readTable, tableRows, openTab, stopSite, PHONE_SCREEN, startSite, takeScreenshot, closeTab, type Site, type Tab } from './site';

let situs: Site;
const tabs: Tab[] = [];

beforeAll(async () => {
	situs = await startSite();
});
afterAll(async () => {
	await stopSite(situs);
});
afterEach(async () => {
	// every test: no console errors, no request outside the site
	const rest = tabs.splice(0);
	for (const t of rest) await closeTab(t);
	for (const t of rest) {
		expect(t.galat, 'galat konsol').toEqual([]);
		expect(t.luar, 'permintaan ke luar situs').toEqual([]);
	}
});

async function tab(options?: Parameters<typeof openTab>[1]) {
	const t = await openTab(situs, options);
	tabs.push(t);
	return t;
}

/**
 * The IKM of 2023, the newest year with reports, as a person reads it in the
 * reports' measurement tables (Tabel 3.1, "IKM / Indeks Kepuasan Masyarakat  target  realisasi  capaian"):
 *   data/lkip/arjasa-2023.txt line 396   "IKM	85	82,89	97.5%"
 *   data/lkip/patrang-2023.txt line 441  "Indeks Kepuasan Masyarakat	80	80	100%"
 *   data/lkip/puger-2023.txt line 429    "2 Indeks Kepuasan Masyarakat	90	81,9	91%"
 * Balung (2020) and Pakusari (2021) print no 2023 figures.
 */
const TAHUN_TERBARU = 2023;
const IKM_2023 = new Map([
	['Arjasa', 82.89],
	['Patrang', 80],
	['Puger', 81.9]
]);

/**
 * The IKM of 2020, the oldest year with a report, as printed:
 *   data/lkip/balung-2020.txt line 321    "1 Nilai Survei Kepuasan Masyarakat (SKM)	80%	66%	66%" (target, realisasi, capaian)
 *   data/lkip/pakusari-2021.txt line 369  realisasi "Th. 2020" column of Tabel 3.2: "B 97,30"
 */
const TAHUN_TERLAMA = 2020;
const IKM_2020 = new Map([
	['Balung', 66],
	['Pakusari', 97.3]
]);

async function tahunLaporan(): Promise<number[]> {
	const rows = await readTable(BUILD, (f) => `SELECT DISTINCT tahun FROM ${f('laporan')} ORDER BY tahun`);
	return rows.map((r) => r.tahun as number);
}

async function slugDenganLaporan(): Promise<{ slug: string; kecamatan: string }[]> {
	return (await readTable(BUILD, (f) => `SELECT slug, kecamatan FROM ${f('kecamatan')} WHERE ada_laporan ORDER BY kode`)) as never;
}

async function slugTanpaLaporan(): Promise<string> {
	const r = await readTable(BUILD, (f) => `SELECT slug FROM ${f('kecamatan')} WHERE NOT ada_laporan ORDER BY kode LIMIT 1`);
	return r[0].slug as string;
}

/** The ranking table on the home page: [kecamatan, IKM] per row, and the source cell. */
async function peringkat(t: Tab) {
	const rows = await tableRows(t.page, '[data-uji=peringkat-ikm]');
	const source = await t.page.locator('[data-uji=peringkat-ikm] td.sumber summary').allTextContents();
	return rows.map((r, i) => ({ kecamatan: r[0], ikm: idNumber(r[1]), sumber: source[i] }));
}

/** Numbers printed on a report line, in Indonesian notation ("82,89", "1.234") */
function angkaDiBaris(line: string): number[] {
	return [...line.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
		const s = m[0];
		return /,\d+$/.test(s) ? Number(s.replaceAll('.', '').replace(',', '.')) : Number(s.replaceAll('.', ''));
	});
}

function barisLaporan(file: string, line: number): string {
	return readFileSync(join('data/lkip', file), 'utf8').split(/\r?\n/)[line - 1] ?? '';
}

describe('tampilan awal tanpa WebAssembly', () => {
	test('setiap halaman menampilkan angkanya walau semua berkas .wasm diblokir', async () => {
		const year = TAHUN_TERBARU;
		expect((await tahunLaporan()).at(-1)).toBe(year);
		const [kec] = await slugDenganLaporan();
		const tanpa = await slugTanpaLaporan();
		const t = await tab({ blokirWasm: true });

		await t.page.goto(`${situs.url}/`);
		const rows = await peringkat(t);
		expect(Object.fromEntries(rows.map((r) => [r.kecamatan, r.ikm]))).toEqual(Object.fromEntries(IKM_2023));
		await expect.poll(() => t.page.locator('[data-uji=kpi-laporan]').textContent()).toMatch(/\d+ dari 31/);
		// DuckDB is started when idle; with the wasm blocked the page says so and keeps its figures
		await t.page.locator('.status-mesin [role=alert]').waitFor({ timeout: 20_000 });
		expect(await t.page.locator('.status-mesin [role=alert]').textContent()).toContain('WebAssembly');
		expect(t.diblokir.length).toBeGreaterThan(0);
		expect((await peringkat(t)).length).toBe(rows.length);
		// a filter change cannot be served: the view, the choice and the address stay as they were
		const other = (await tahunLaporan()).find((x) => x !== year)!;
		await t.page.selectOption('select[name=tahun]', String(other));
		await expect.poll(() => t.page.locator('select[name=tahun]').inputValue(), { timeout: 20_000 }).toBe(String(year));
		expect(new URL(t.page.url()).search).toBe('');
		expect(await peringkat(t)).toEqual(rows);

		await t.page.goto(`${situs.url}/perbandingan`);
		const trend = await tableRows(t.page, '[data-uji=tren-ikm]');
		expect(trend.length).toBeGreaterThan(0);
		expect(new Set(trend.map((r) => r[0]))).toContain(kec.kecamatan);

		await t.page.goto(`${situs.url}/kecamatan/${kec.slug}`);
		expect(await t.page.locator('h1').textContent()).toContain(kec.kecamatan);
		expect(await t.page.locator('[data-uji=pohon-anggaran] tbody tr').count()).toBeGreaterThan(0);

		await t.page.goto(`${situs.url}/kecamatan/${tanpa}`);
		expect(await t.page.locator('[data-uji=tanpa-laporan]').textContent()).toContain('Belum ada Laporan Kinerja');
	});
});

describe('beranda', () => {
	test('peringkat IKM memuat nilai laporan yang sebenarnya, dengan baris sumbernya', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/`);
		const rows = await peringkat(t);
		expect(rows.length).toBeGreaterThan(0);
		// sorted best first
		expect(rows.map((r) => r.ikm)).toEqual([...rows.map((r) => r.ikm)].sort((a, b) => b - a));
		for (const r of rows) {
			// the cited report line prints the value shown
			const m = /^(.+) baris (\d+)$/.exec(r.sumber)!;
			expect(m, `sumber ${r.sumber}`).not.toBeNull();
			expect(angkaDiBaris(barisLaporan(m[1], Number(m[2])))).toContain(r.ikm);
		}
		// read by hand: Tabel 3.1 of the Arjasa 2023 report, line 396, IKM target 85, realisasi 82,89
		expect(barisLaporan('arjasa-2023.txt', 396)).toMatch(/IKM\t85\t82,89\t/);
		expect(rows.find((r) => r.kecamatan === 'Arjasa')?.ikm).toBe(82.89);
		await takeScreenshot(t.page, 'beranda-desktop');
	});

	test('unduhan CSV peringkat berisi baris yang diharapkan', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/`);
		const rows = await peringkat(t);
		const [unduhan] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('[data-uji=peringkat-ikm] button', { hasText: 'Unduh CSV' }).click()]);
		expect(unduhan.suggestedFilename()).toMatch(/\.csv$/);
		const csv = (await readFile((await unduhan.path())!, 'utf8')).replace(/^\uFEFF/, '');
		const lines = csv.trim().split(/\r?\n/);
		expect(lines[0]).toMatch(/^Kecamatan[,;]IKM/);
		expect(lines.length).toBe(rows.length + 1);
		rows.forEach((r, i) => {
			expect(lines[i + 1].startsWith(`${r.kecamatan},`) || lines[i + 1].startsWith(`"${r.kecamatan}"`)).toBe(true);
			expect(lines[i + 1]).toMatch(new RegExp(`[,;"]${String(r.ikm).replace('.', '[.,]')}[,;"]`));
		});
	});

	test('mengganti tahun memperbarui grafik dan alamat; alamat itu memulihkan tampilan', async () => {
		const other = TAHUN_TERLAMA;
		expect((await tahunLaporan())[0]).toBe(other);
		const t = await tab();
		// networkidle: the page is hydrated (and DuckDB-WASM has loaded) before we touch the filter
		await t.page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
		await t.page.selectOption('select[name=tahun]', String(other));
		await t.page.waitForURL(`**/?tahun=${other}`);
		await expect.poll(() => t.page.locator('[data-uji=peringkat-ikm] h2').textContent(), { timeout: 60_000 }).toContain(String(other));
		const rows = await peringkat(t);
		expect(Object.fromEntries(rows.map((r) => [r.kecamatan, r.ikm]))).toEqual(Object.fromEntries(IKM_2020));
		// the chart itself was redrawn: its aria description names the year
		await expect.poll(() => t.page.locator('[data-uji=peringkat-ikm] .grafik').getAttribute('aria-label')).toContain(String(other));

		const t2 = await tab();
		await t2.page.goto(t.page.url());
		await expect.poll(() => t2.page.locator('[data-uji=peringkat-ikm] h2').textContent(), { timeout: 60_000 }).toContain(String(other));
		expect(await peringkat(t2)).toEqual(rows);
		expect(await t2.page.locator('select[name=tahun]').inputValue()).toBe(String(other));
	});
});

describe('perbandingan', () => {
	test('memilih kecamatan memperbarui grafik dan alamat; alamat itu memulihkan tampilan', async () => {
		const kec = await slugDenganLaporan();
		expect(kec.length).toBeGreaterThan(1);
		const buang = kec[0];
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`, { waitUntil: 'networkidle' });
		const before = new Set((await tableRows(t.page, '[data-uji=tren-ikm]')).map((r) => r[0]));
		expect(before).toContain(buang.kecamatan);
		await t.page.locator(`input[name=kecamatan][value="${buang.slug}"]`).uncheck();
		await t.page.waitForURL(/kecamatan=/);
		const rest = kec.filter((k) => k.slug !== buang.slug).map((k) => k.slug);
		expect(new URL(t.page.url()).searchParams.get('kecamatan')?.split(',')).toEqual(rest);
		await expect.poll(async () => (await tableRows(t.page, '[data-uji=tren-ikm]')).map((r) => r[0]), { timeout: 60_000 }).not.toContain(buang.kecamatan);

		const t2 = await tab();
		await t2.page.goto(t.page.url());
		await expect.poll(async () => (await tableRows(t2.page, '[data-uji=tren-ikm]')).map((r) => r[0]), { timeout: 60_000 }).not.toContain(buang.kecamatan);
		expect(await t2.page.locator(`input[name=kecamatan][value="${buang.slug}"]`).isChecked()).toBe(false);
		await takeScreenshot(t2.page, 'perbandingan-desktop');
	});
});

describe('halaman kecamatan', () => {
	test('menampilkan pohon anggaran dan baris sumber setiap angka', async () => {
		const [kec] = await slugDenganLaporan();
		const t = await tab();
		await t.page.goto(`${situs.url}/kecamatan/${kec.slug}`);
		const tree = t.page.locator('[data-uji=pohon-anggaran]');
		expect(await tree.locator('tbody tr').count()).toBeGreaterThan(1);
		expect(await tree.locator('tbody tr.level-program').count()).toBeGreaterThan(0);
		const summary = tree.locator('tbody tr details.sumber summary').first();
		const text = (await summary.textContent())!;
		const m = /^(.+\.txt) baris (\d+)$/.exec(text.trim());
		expect(m, text).not.toBeNull();
		await summary.click();
		const raw = (await tree.locator('tbody tr details.sumber q').first().textContent())!;
		const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
		expect(norm(barisLaporan(m![1], Number(m![2])))).toContain(norm(raw));
		expect(await t.page.locator('[data-uji=indikator] tbody tr').count()).toBeGreaterThan(0);
		await takeScreenshot(t.page, `kecamatan-${kec.slug}-desktop`);
	});
	test('predikat menurut skala laporan sendiri, dengan baris skalanya, di samping predikat baku', async () => {
		// read off the reports by hand: the scale's first and last lines, its first label, and per
		// indicator row (in printed order) its capaian placed on that scale
		const AA = 'AA (Sangat Memuaskan)';
		const HARAPAN: { slug: string; file: string; skala: [number, number]; atas: string; predikat: string[] }[] = [
			// arjasa-2023.txt 364 "1. AA ➤ 90 - 100 Sangat Memuaskan" … 370; capaian 395–398: 100%, 97.5%, 100%, 100%
			{ slug: 'arjasa', file: 'arjasa-2023.txt', skala: [364, 370], atas: 'Sangat Memuaskan', predikat: [AA, AA, AA, AA] },
			// balung-2020.txt 292 "Lebih dari 100 % SANGAT BAIK" … 295; 293 "76 % s/d 100 % BAIK", 294 "55 % s/d 75 % CUKUP"; capaian 304: 66%, 305: 79%
			{ slug: 'balung', file: 'balung-2020.txt', skala: [292, 295], atas: 'SANGAT BAIK', predikat: ['CUKUP', 'BAIK'] },
			// pakusari-2021.txt 338–341, the same wording as Balung's; its capaian cells print words ("Baik", "Sangat Baik"), no figure to place
			{ slug: 'pakusari', file: 'pakusari-2021.txt', skala: [338, 341], atas: 'SANGAT BAIK', predikat: ['–', '–', '–'] },
			// patrang-2023.txt 409 "1. AA ➤ 90 - 100 Sangat Memuaskan" … 415; capaian 439–445: 100% ×4, 76,25% (411 "BB ➤ 70 - 80 Sangat Baik"), 100%
			{ slug: 'patrang', file: 'patrang-2023.txt', skala: [409, 415], atas: 'Sangat Memuaskan', predikat: [AA, AA, AA, AA, 'BB (Sangat Baik)', AA] },
			// puger-2023.txt 397 … 403, the same scale; capaian 428–431: 100%, 91%, 100 %, 100 %
			{ slug: 'puger', file: 'puger-2023.txt', skala: [397, 403], atas: 'Sangat Memuaskan', predikat: [AA, AA, AA, AA] }
		];
		const t = await tab();
		for (const h of HARAPAN) {
			await t.page.goto(`${situs.url}/kecamatan/${h.slug}`);
			const header = await t.page.locator('[data-uji=indikator] table thead th').allTextContents();
			const iLaporan = header.findIndex((k) => k.trim().startsWith('Predikat (skala laporan)'));
			const iBaku = header.findIndex((k) => k.trim().startsWith('Predikat skala baku'));
			expect(iBaku).toBeGreaterThan(-1);
			expect(iLaporan).toBe(iBaku + 1);
			expect(
				(await tableRows(t.page, '[data-uji=indikator]')).map((r) => r[iLaporan]),
				h.file
			).toEqual(h.predikat);
			const note = (await t.page.locator('p[data-uji=skala-laporan]').textContent())!.replace(/\s+/g, ' ');
			expect(note).toContain(`${h.file} baris ${h.skala[0]}–${h.skala[1]}`);
			expect(note).toContain(h.atas);
		}
	});
});

describe('tata letak', () => {
	test('di layar 360 px tidak ada gulir mendatar; potret tiap halaman', async () => {
		const [kec] = await slugDenganLaporan();
		const tanpa = await slugTanpaLaporan();
		const page: [string, string][] = [
			['beranda', '/'],
			['perbandingan', '/perbandingan'],
			[`kecamatan-${kec.slug}`, `/kecamatan/${kec.slug}`],
			[`kecamatan-${tanpa}`, `/kecamatan/${tanpa}`],
			['konsistensi', '/konsistensi'],
			['data-metode', '/data-metode'],
			['unggah', '/unggah']
		];
		const hp = await tab({ layar: PHONE_SCREEN });
		const desktop = await tab();
		for (const [name, path] of page) {
			// measured once the page has loaded what it draws (no fixed sleep)
			await hp.page.goto(`${situs.url}${path}`, { waitUntil: 'networkidle' });
			const width = await hp.page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `${path} selebar ${width}px`).toBeLessThanOrEqual(360);
			await takeScreenshot(hp.page, `${name}-hp`);
			await desktop.page.goto(`${situs.url}${path}`);
			await takeScreenshot(desktop.page, `${name}-desktop`);
		}
		// fourteen loads and full-page screenshots: a correctness test, given room on a loaded 2-core runner
	}, 300_000);
});

describe('nama yang berbahaya', () => {
	const JAHAT = '<img src=x onerror=window.__xss=1>';
	let dir: string;
	let situsJahat: Site;

	beforeAll(async () => {
		// a copy of the site whose data names one kecamatan and one indicator with HTML
		dir = await mkdtemp(join(tmpdir(), 'dasbor-xss-'));
		await cp(BUILD, dir, { recursive: true });
		const data = join(dir, 'data');
		const manifest = JSON.parse(await readFile(join(data, 'manifest.json'), 'utf8'));
		const [korban] = await slugDenganLaporan();
		const db = await DuckDBInstance.create(':memory:');
		const conn = await db.connect();
		const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
		// the summaries (summaries.ts) hold rows of their tables, names included, also in their year files
		const ringkasan = Object.entries((manifest.ringkasan ?? {}) as Record<string, { parquet: string; tahun?: Record<string, { parquet: string }> }>);
		const file: [string, { parquet: string }][] = [
			...Object.entries(manifest.tabel as Record<string, { parquet: string }>),
			...ringkasan,
			...ringkasan.flatMap(([name, r]) => Object.values(r.tahun ?? {}).map((t): [string, { parquet: string }] => [name, t])),
			// Beranda's published answers (home-answers.ts) hold the names their queries gave
			...Object.entries((manifest.jawaban ?? {}) as Record<string, { parquet: string }>)
		];
		for (const [name, info] of file) {
			const origin = join(data, info.parquet);
			const column = (await (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${q(origin)})`)).getRowObjectsJS()).map(
				(r) => r.column_name as string
			);
			const replace: string[] = [];
			if (column.includes('kecamatan')) replace.push(`CASE WHEN kecamatan = ${q(korban.kecamatan)} THEN ${q(JAHAT)} ELSE kecamatan END AS kecamatan`);
			// the indicator table and its summaries (indikator_capaian, indikator_angka)
			if (/^indikator(?:_|$)/.test(name) && column.includes('indikator')) replace.push(`${q(JAHAT)} || ' ' || indikator AS indikator`);
			// charts label indicators by the mapping's standard name: a hostile mapping file must not run either
			if (column.includes('indikator_baku')) replace.push(`${q(JAHAT)} || ' ' || indikator_baku AS indikator_baku`);
			// the capaian matrix's answer: the label (the standard name, else the printed one) and the printed name
			for (const c of ['label', 'tercetak']) if (name.startsWith('beranda_') && column.includes(c)) replace.push(`${q(JAHAT)} || ' ' || ${c} AS ${c}`);
			if (!replace.length) continue;
			const baru = info.parquet.replace(/\.parquet$/, '.xss.parquet');
			await conn.run(`COPY (SELECT * REPLACE (${replace.join(', ')}) FROM read_parquet(${q(origin)})) TO ${q(join(data, baru))} (FORMAT PARQUET)`);
			info.parquet = baru;
		}
		await writeFile(join(data, 'manifest.json'), JSON.stringify(manifest));
		// the precompressed copies would be served instead of the rewritten manifest (absent ones are fine)
		for (const z of ['.br', '.gz']) await rm(join(data, `manifest.json${z}`), { force: true });
		situsJahat = await startSite(dir);
	});
	afterAll(async () => {
		await stopSite(situsJahat);
		await rm(dir, { recursive: true, force: true });
	});

	test('tampil sebagai teks di tabel, label dan tooltip grafik, dan tidak menjalankan apa pun', async () => {
		const t = await openTab(situsJahat);
		tabs.push(t);
		const year = (await tahunLaporan()).at(-1)!;
		// a chosen year makes the page query the (hostile) data with DuckDB-WASM
		await t.page.goto(`${situsJahat.url}/?tahun=${year}`);
		await expect.poll(async () => (await tableRows(t.page, '[data-uji=peringkat-ikm]')).map((r) => r[0]), { timeout: 60_000 }).toContain(JAHAT);
		await expect.poll(async () => (await tableRows(t.page, '[data-uji=capaian]')).some((r) => r[1].startsWith(JAHAT)), { timeout: 10_000 }).toBe(true);
		// hover over the charts so ECharts draws its HTML tooltips with the names
		const tooltip: string[] = [];
		for (const cell of ['[data-uji=peringkat-ikm] .grafik', '[data-uji=capaian] .grafik']) {
			const grafik = t.page.locator(cell);
			await grafik.scrollIntoViewIfNeeded();
			const kotak = (await grafik.boundingBox())!;
			for (let y = 0.05; y < 1; y += 0.06) {
				for (const x of [0.3, 0.6]) {
					await t.page.mouse.move(kotak.x + kotak.width * x, kotak.y + kotak.height * y);
					tooltip.push(await grafik.evaluate((g) => [...g.querySelectorAll('div')].map((d) => d.textContent ?? '').join(' ')));
				}
			}
		}
		expect(tooltip.filter((x) => x.includes(JAHAT)).length).toBeGreaterThan(0);
		expect(await t.page.locator('img[src="x"]').count()).toBe(0);
		expect(await t.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	});
});
