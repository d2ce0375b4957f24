/**
 * The long-list limits of src/lib/query/limits.ts, on both DuckDB engines, on an invented dataset with more
 * kecamatan than a chart draws or a page ships: charts get both ends of the ranking,
 * tables their first rows and the true totals, downloads every row; Perbandingan
 * starts with a few kecamatan; filter lists are asked once per engine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Executor } from '../../src/lib/query/executor';
import { TABLE_ROWS, tailNote, COMPARE_DEFAULT, CHART_TAIL } from '../../src/lib/query/limits';
import { forgetList, loadHome, loadFullList, loadComparison } from '../../src/lib/query/page-data';
import { sqlKecamatanList, sqlReportYears } from '../../src/lib/query/sql';
import { sqlPublishedYears } from '../../src/lib/query/published-years';
import { writeTestDataset } from '../fixtures/dataset';
import { largeDataset, largeKecamatan } from '../fixtures/dataset-large';
import { ENGINES, ENGINE_TIMEOUT } from '../fixtures/engines';

const JUMLAH = 250;
const semua = largeKecamatan(JUMLAH);
const tahun2023 = semua.filter((k) => k.tahun === 2023);
// the same limits on the engine of the prerender and that of the browser
for (const mesin of ENGINES)
	describe(mesin.nama, { timeout: ENGINE_TIMEOUT }, () => {
		let dir: string;
		let db: Executor;

		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'dasbor-batas-'));
			await writeTestDataset(dir, largeDataset(JUMLAH));
			db = await mesin.open(dir);
		}, 120_000);
		afterAll(async () => {
			await rm(dir, { recursive: true, force: true });
		});

		/** names of the n best and n worst by `nilai`, best first */
		function ujung(value: (k: (typeof semua)[number]) => number, n = CHART_TAIL): string[] {
			const sorted = [...tahun2023].sort((a, b) => value(b) - value(a)).map((k) => k.kecamatan);
			return [...sorted.slice(0, n), ...sorted.slice(-n)];
		}

		describe('batas daftar panjang', () => {
			test('the dataset is larger than both limits', () => {
				expect(tahun2023.length).toBeGreaterThan(TABLE_ROWS);
				expect(tahun2023.length).toBeGreaterThan(2 * CHART_TAIL);
			});

			test('IKM ranking: the chart draws the best and worst 15, the table its first 200 rows, the download all', async () => {
				const d = await loadHome(db, { tahun: 2023 });
				const p = d.peringkatIkm;
				expect(p.grafik.map((r) => r.kecamatan)).toEqual(ujung((k) => k.ikm));
				expect(p.jumlahKecamatan).toBe(tahun2023.length);
				expect(p.tabel.length).toBe(TABLE_ROWS);
				expect(p.jumlahBaris).toBe(tahun2023.length);
				const sorted = [...tahun2023].sort((a, b) => b.ikm - a.ikm);
				expect(p.tabel.map((r) => r.kecamatan)).toEqual(sorted.slice(0, TABLE_ROWS).map((k) => k.kecamatan));
				// the average is over every kecamatan, not only those shipped
				const average = tahun2023.reduce((s, k) => s + k.ikm, 0) / tahun2023.length;
				expect(p.grafik[0].rata_kecamatan).toBeCloseTo(average, 9);
				const complete = await loadFullList(db, 'peringkatIkm', 2023);
				expect(complete.map((r) => r.kecamatan)).toEqual(sorted.map((k) => k.kecamatan));
			});

			test('serapan: both ends in the chart, kabupaten serapan from every kecamatan', async () => {
				const p = (await loadHome(db, { tahun: 2023 })).serapan;
				expect(p.grafik.map((r) => r.kecamatan)).toEqual(ujung((k) => k.serapan));
				expect(p.tabel.length).toBe(TABLE_ROWS);
				expect(p.jumlahBaris).toBe(tahun2023.length);
				const kab = (tahun2023.reduce((s, k) => s + Math.round(k.serapan * 10_000_000), 0) * 100) / (tahun2023.length * 1_000_000_000);
				expect(p.grafik[0].serapan_gabungan).toBeCloseTo(kab, 9);
				expect(await loadFullList(db, 'serapan', 2023)).toHaveLength(tahun2023.length);
			});

			test('capaian heatmap: rows of the 15 best and 15 worst kecamatan by mean capaian; table capped by rows', async () => {
				const p = (await loadHome(db, { tahun: 2023 })).capaian;
				const diGrafik = new Set(p.grafik.map((r) => r.kecamatan as string));
				expect([...diGrafik].sort()).toEqual(ujung((k) => k.capaian).sort());
				expect(p.grafik.length).toBe(2 * CHART_TAIL * 2); // two indicators each
				expect(p.jumlahKecamatan).toBe(tahun2023.length);
				expect(p.tabel.length).toBe(TABLE_ROWS);
				expect(p.jumlahBaris).toBe(2 * tahun2023.length);
				expect(await loadFullList(db, 'capaian', 2023)).toHaveLength(2 * tahun2023.length);
			});

			test('the chart note says how many are drawn, only when some are left out', () => {
				expect(tailNote(2 * CHART_TAIL)).toBeNull();
				expect(tailNote(7277)).toBe('Menampilkan 15 teratas dan 15 terbawah dari 7.277 kecamatan; tabel lengkap di bawah.');
			});
		});

		describe('perbandingan bawaan', () => {
			test('with many kecamatan, the default compares the few with the newest reports', async () => {
				const d = await loadComparison(db);
				const terbaru = semua
					.filter((k) => k.tahun === 2024)
					.slice(0, COMPARE_DEFAULT)
					.map((k) => k.slug);
				expect(d.kecamatan).toEqual(terbaru);
				expect(d.trenIkm.filter((r) => !r.rata).map((r) => r.slug)).toEqual(terbaru);
				// the user's choice still wins, however many
				const pilih = semua.slice(0, 12).map((k) => k.slug);
				expect((await loadComparison(db, { kecamatan: pilih })).kecamatan).toEqual(pilih);
			});
		});

		describe('daftar pilihan diingat per mesin', () => {
			test('a filter change asks only the queries that depend on it', async () => {
				const base = await mesin.open(dir);
				const ditanya: string[] = [];
				const count: Executor = { query: (sql) => (ditanya.push(sql), base.query(sql)) };
				const berapa = (sql: string) => ditanya.filter((s) => s === sql).length;
				await loadHome(count, { tahun: 2023 });
				await loadHome(count, { tahun: 2024 });
				await loadComparison(count);
				// the published years (no uploads: the published answer), asked once
				expect(berapa(sqlPublishedYears())).toBe(1);
				expect(berapa(sqlReportYears())).toBe(0);
				expect(berapa(sqlKecamatanList())).toBe(1);
				// new data (uploads replaced): asked again
				forgetList(count);
				await loadHome(count, { tahun: 2023 });
				expect(berapa(sqlPublishedYears())).toBe(2);
			});
		});
	});
