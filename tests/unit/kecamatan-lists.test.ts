/**
 * Pages that list kecamatan, past one kabupaten (issue 10 item 4): on an invented
 * dataset of 250 kecamatan with reports and 150 without, the home page, Perbandingan and
 * Kecamatan saya ship at most DAFTAR_KECAMATAN rows of each list with the true count,
 * link to the one page /kecamatan?kode=, and their server-rendered HTML does not grow
 * with the number of kecamatan; the chooser finds the rest by query. At a kabupaten's
 * size (31) every kecamatan is listed and linked to its own page, as before.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Beranda from '../../src/routes/+page.svelte';
import Perbandingan from '../../src/routes/perbandingan/+page.svelte';
import type { Executor } from '../../src/lib/query/executor';
import { KECAMATAN_LIST_UP_TO, KECAMATAN_PAGES_UP_TO, MAP_UP_TO, KECAMATAN_SUGGESTIONS, kecamatanHref } from '../../src/lib/query/limits';
import {
	kecamatanByKode,
	loadComparison,
	loadHome,
	loadKecamatanByKode,
	loadKecamatanSuggestions,
	loadMyKecamatan,
	loadKecamatanSummary
} from '../../src/lib/query/page-data';
import { findKecamatanRow } from '../../src/lib/my-kecamatan';
import { writeTestDataset } from '../fixtures/dataset';
import { largeDataset } from '../fixtures/dataset-large';
import { ENGINES } from '../fixtures/engines';

/** `berlaporan` kecamatan with a report (dataset-large.ts), then `tanpa` without, codes 5001… */
function data(berlaporan: number, tanpa: number) {
	const d = largeDataset(berlaporan);
	for (let i = 1; i <= tanpa; i++) {
		const no = String(i).padStart(3, '0');
		d.kecamatan.push({
			kode: `5${no}`,
			kecamatan: `Tanpa Laporan ${no}`,
			slug: `tanpa-laporan-${no}`,
			jumlah_desa: 3,
			jumlah_kelurahan: 0,
			ada_laporan: false,
			tahun_laporan: []
		});
	}
	return d;
}

const dirs: string[] = [];
async function tulis(berlaporan: number, tanpa: number): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'dasbor-daftar-'));
	dirs.push(dir);
	await writeTestDataset(dir, data(berlaporan, tanpa));
	return dir;
}

// the datasets are written once; each engine opens them
let dirBesar: string;
let dirLebihBesar: string;
let dirKabupaten: string;
beforeAll(async () => {
	[dirBesar, dirLebihBesar, dirKabupaten] = await Promise.all([tulis(250, 150), tulis(500, 300), tulis(31, 0)]);
}, 180_000);
afterAll(async () => {
	for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const htmlBeranda = async (db: Executor) =>
	render(Beranda, { props: { data: { awal: await loadHome(db, { tahun: 2023 }), berkasPeta: null, berkasLisensiPeta: null } } as never }).body;
const htmlPerbandingan = async (db: Executor) => render(Perbandingan, { props: { data: { awal: await loadComparison(db) } } as never }).body;

/** the part of the page from `data-uji="<uji>"` to the end of its section */
function bagian(html: string, uji: string): string {
	const start = html.indexOf(`data-uji="${uji}"`);
	expect(start, uji).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</section>', start));
}
const tautan = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1], nama: m[2] }));

test('the limits are below the dataset, so the test can fail', () => {
	expect(KECAMATAN_LIST_UP_TO).toBeLessThan(250);
	expect(KECAMATAN_PAGES_UP_TO).toBeLessThan(400);
	// the map links /kecamatan/<slug>: it draws no more kecamatan than get such a page
	expect(MAP_UP_TO).toBeLessThanOrEqual(KECAMATAN_PAGES_UP_TO);
});

// every query once per engine (tests/fixtures/engines.ts), with the same expected values
for (const mesin of ENGINES)
	describe(mesin.nama, () => {
		let besar: Executor;
		let lebihBesar: Executor;
		let kabupaten: Executor;
		beforeAll(async () => {
			[besar, lebihBesar, kabupaten] = await Promise.all([mesin.open(dirBesar), mesin.open(dirLebihBesar), mesin.open(dirKabupaten)]);
		}, 180_000);

		describe('past one kabupaten: bounded lists', { timeout: 90_000 }, () => {
			test('home data: the first rows of each list and the true counts', async () => {
				const d = await loadHome(besar, { tahun: 2023 });
				expect(d.jumlahKecamatan).toBe(400);
				expect(d.kecamatan).toHaveLength(KECAMATAN_LIST_UP_TO);
				expect(d.kecamatan.map((k) => k.kode)).toEqual(Array.from({ length: KECAMATAN_LIST_UP_TO }, (_, i) => String(i + 1).padStart(3, '0')));
				expect(d.tanpaLaporan.jumlah).toBe(150);
				expect(d.tanpaLaporan.baris).toHaveLength(KECAMATAN_LIST_UP_TO);
				expect(d.tanpaLaporan.baris.every((k) => !k.ada_laporan)).toBe(true);
				// every seventh kecamatan reports 2024 only (dataset-large.ts): 36 of 250 have nothing for 2023
				expect(d.belumTahunIni.jumlah).toBe(36);
				expect(d.belumTahunIni.baris.map((k) => k.slug)).toContain('kecamatan-001');
			});

			test('home HTML: lists bounded, links to /kecamatan?kode=, a note with the count, and no growth with the dataset', async () => {
				const html = await htmlBeranda(besar);
				const all = tautan(bagian(html, 'semua-kecamatan'));
				expect(all.filter((t) => t.href.includes('/kecamatan'))).toHaveLength(KECAMATAN_LIST_UP_TO);
				expect(all[0]).toEqual({ href: '/kecamatan?kode=001', nama: 'Kecamatan 001' });
				expect(bagian(html, 'semua-kecamatan')).toContain('Menampilkan 100 dari 400 kecamatan');
				const tanpa = bagian(html, 'tanpa-laporan');
				expect(tanpa).toContain('150 dari 400 kecamatan belum punya LKIP');
				expect(tautan(tanpa).filter((t) => t.href.startsWith('/kecamatan?kode=5'))).toHaveLength(KECAMATAN_LIST_UP_TO);
				// the chooser's datalist holds the shipped rows only
				expect((bagian(html, 'kecamatan-saya-beranda').match(/<option /g) ?? []).length).toBeLessThanOrEqual(KECAMATAN_LIST_UP_TO);
				// twice the kecamatan, about the same page (names one digit longer at most)
				const dua = await htmlBeranda(lebihBesar);
				expect(dua.length).toBeLessThan(html.length * 1.05);
				// the charts' data tables (BARIS_TABEL rows each) are most of it; the lists add at most DAFTAR_KECAMATAN rows each
				expect(html.length).toBeLessThan(1024 * 1024);
				// and the data SvelteKit serializes into it
				const jsonBesar = JSON.stringify(await loadHome(besar, { tahun: 2023 })).length;
				const jsonDua = JSON.stringify(await loadHome(lebihBesar, { tahun: 2023 })).length;
				expect(jsonDua).toBeLessThan(jsonBesar * 1.05);
			});

			test('Perbandingan: the first checkboxes, the chosen ones too, and the chooser beside them', async () => {
				const d = await loadComparison(besar);
				expect(d.kecamatanTersedia).toHaveLength(KECAMATAN_LIST_UP_TO);
				expect([d.jumlahBerlaporan, d.jumlahTanpaLaporan]).toEqual([250, 150]);
				// a choice past the checkboxes shipped is offered too, so it can be unticked
				const jauh = await loadComparison(besar, { kecamatan: ['kecamatan-240', 'tanpa-laporan-150'] });
				expect(jauh.kecamatan).toEqual(['kecamatan-240', 'tanpa-laporan-150']);
				expect(jauh.kecamatanTersedia.map((k) => k.slug)).toEqual(expect.arrayContaining(['kecamatan-240', 'tanpa-laporan-150']));
				expect(jauh.kecamatanTersedia).toHaveLength(KECAMATAN_LIST_UP_TO + 2);
				const html = await htmlPerbandingan(besar);
				expect((html.match(/name="kecamatan" value=/g) ?? []).length).toBe(KECAMATAN_LIST_UP_TO);
				expect(html).toContain('data-uji="kecamatan-terpotong"');
				expect(html).toContain('Tambah kecamatan lain');
				const dua = await htmlPerbandingan(lebihBesar);
				expect(dua.length).toBeLessThan(html.length * 1.05);
			});

			test('Kecamatan saya ships the first kecamatan for the chooser and no figures; one is asked by its slug', async () => {
				const d = await loadMyKecamatan(besar);
				expect(d.jumlahKecamatan).toBe(400);
				expect(d.kecamatan).toHaveLength(KECAMATAN_LIST_UP_TO);
				expect(d.ringkasan).toEqual({});
				const r = await loadKecamatanSummary(besar, 'kecamatan-240');
				// dataset-large.ts: kecamatan i (from 0) has IKM 60 + ((i·37) mod 250)·0,1; i = 239 gives 60 + 93·0,1
				expect(r?.ikm.map((x) => x.realisasi)).toEqual([expect.closeTo(69.3, 9)]);
			});

			test('the chooser finds any kecamatan by part of its name, its code or its slug', async () => {
				const suggestion = await loadKecamatanSuggestions(besar, 'kecamatan 2');
				expect(suggestion).toHaveLength(KECAMATAN_SUGGESTIONS);
				expect(suggestion.every((k) => String(k.kecamatan).startsWith('Kecamatan 2'))).toBe(true);
				// an exact name comes first, whatever its code
				expect((await loadKecamatanSuggestions(besar, 'TANPA LAPORAN 150'))[0].slug).toBe('tanpa-laporan-150');
				expect((await loadKecamatanSuggestions(besar, '240')).map((k) => k.kode)).toContain('240');
				expect((await loadKecamatanSuggestions(besar, 'kecamatan-240'))[0].kode).toBe('240');
				// quotes and LIKE wildcards are text, not SQL
				expect(await loadKecamatanSuggestions(besar, "o'%_")).toEqual([]);
				expect(await loadKecamatanSuggestions(besar, '  ')).toEqual([]);
				// a suggestion "Name (code)" names its kecamatan even when names repeat
				const dua = [
					{ kode: '1', kecamatan: 'Sama', slug: 'sama' },
					{ kode: '2', kecamatan: 'Sama', slug: 'sama-2' }
				];
				expect(findKecamatanRow(dua, 'Sama (2)')?.slug).toBe('sama-2');
				expect(findKecamatanRow(dua, 'Sama (3)')).toBeNull();
			});

			test('/kecamatan?kode= finds its kecamatan by code', async () => {
				expect((await kecamatanByKode(besar, '240'))?.slug).toBe('kecamatan-240');
				const d = await loadKecamatanByKode(besar, '240');
				expect(d?.kecamatan?.slug).toBe('kecamatan-240');
				expect(d?.ikm).toHaveLength(1);
				expect(await loadKecamatanByKode(besar, '99.99')).toBeNull();
				expect(kecamatanHref({ slug: 'a', kode: '35.09.22' }, KECAMATAN_PAGES_UP_TO + 1)).toBe('/kecamatan?kode=35.09.22');
			});
		});

		describe('a kabupaten (31): every kecamatan, as before', { timeout: 90_000 }, () => {
			test('home lists all 31, each linking to its own page, without a note', async () => {
				const html = await htmlBeranda(kabupaten);
				const all = tautan(bagian(html, 'semua-kecamatan'));
				expect(all).toHaveLength(31);
				expect(all.every((t, i) => t.href === `/kecamatan/kecamatan-${String(i + 1).padStart(3, '0')}`)).toBe(true);
				expect(html).not.toContain('data-uji="daftar-terpotong"');
				expect((bagian(html, 'kecamatan-saya-beranda').match(/<option /g) ?? []).length).toBe(31);
			});

			test('Perbandingan offers all 31 and no chooser', async () => {
				const html = await htmlPerbandingan(kabupaten);
				expect((html.match(/name="kecamatan" value=/g) ?? []).length).toBe(31);
				expect(html).not.toContain('Tambah kecamatan lain');
				const saya = await loadMyKecamatan(kabupaten);
				expect([saya.kecamatan.length, Object.keys(saya.ringkasan).length]).toEqual([31, 31]);
				expect(kecamatanHref({ slug: 'puger', kode: '35.09.05' }, 31)).toBe('/kecamatan/puger');
			});
		});
	});
