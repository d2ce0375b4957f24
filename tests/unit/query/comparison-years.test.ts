/**
 * The per-year comparisons a kecamatan page shows (src/lib/query/comparison-years.ts):
 * the data build publishes them once (`pembanding_tahun`), and the kecamatan page
 * reads that small file beside its own kecamatan's part instead of every kecamatan's
 * rows (issue 10). Over the invented dataset of tests/fixtures/dataset-sample.ts
 * (three reports; each also states last year's IKM and budget), written by the real
 * writer in parts of four kecamatan:
 *
 * - the published answer holds the figures worked out by hand from the fixture, and
 *   equals the same answer computed over the whole tables, on both engines;
 * - a kecamatan page's comparisons from it equal those computed over every kecamatan;
 * - the page's files are its part and small files, never a whole summary, also after
 *   the home page ran on the same engine; with an upload in this browser the
 *   comparisons are computed again and count the uploaded kecamatan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDataset, type Manifest } from '../../../scripts/write-parquet';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { openWasmNode } from '../../../src/lib/query/duckdb-wasm-node';
import type { Executor } from '../../../src/lib/query/executor';
import { sqlPublishedComparisons } from '../../../src/lib/query/comparison-years';
import { homeScope, loadHome, loadKecamatan } from '../../../src/lib/query/page-data';
import { homeQueries } from '../../../src/lib/query/home-answers';
import { loadKecamatanTemuan } from '../../../src/lib/query/consistency';
import { partIndex } from '../../../src/lib/query/partitions';
import { SUMMARIES } from '../../../src/lib/query/summaries';
import * as q from '../../../src/lib/query/sql';
import { roundedRows, sampleStoredRows, uploadPatrangIkm } from '../../fixtures/sample-stored';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

/*
 * Worked out from dataset-sample.ts. IKM, one per kecamatan and year (each report's own,
 * and the year before as its comparison table states it, ikm − 2,5):
 *   2021 Balung 77,6; 2022 Arjasa 80,39, Puger 84,18, Balung 80,1; 2023 Arjasa 82,89, Puger 86,68.
 * Budget totals (the report's total row; the year before from anggaran_tahun_lain: pagu − 100 juta,
 * realisasi − 200 juta), all of the whole budget:
 *   2021 Balung 1.900.000.000 / 1.500.000.000;
 *   2022 Arjasa 3.221.456.789 / 2.700.123.456, Puger 4.000.000.000 / 3.750.000.000, Balung 2.000.000.000 / 1.700.000.000;
 *   2023 Arjasa 3.321.456.789 / 2.900.123.456, Puger 4.100.000.000 / 3.950.000.000.
 * Capaian per report (2023 Arjasa and Puger, 2022 Balung): the mean of SAKIP 102,86 and IKM ÷ 85 × 100;
 * a quadrant point needs a capaian and a serapan of the same year.
 */
const capaian = (ikm: number) => (102.86 + (ikm / 85) * 100) / 2;
const serapan = (realisasi: number, pagu: number) => (realisasi * 100) / pagu;
const median2 = (a: number, b: number) => (a + b) / 2;
const EXPECTED = [
	{
		tahun: 2021,
		ikm_jumlah: 1,
		ikm_total: 77.6,
		serapan_jumlah: 1,
		serapan_pagu: 1_900_000_000,
		serapan_realisasi: 1_500_000_000,
		median_capaian: null,
		median_serapan: null,
		jumlah_tahun: 0
	},
	{
		tahun: 2022,
		ikm_jumlah: 3,
		ikm_total: 80.39 + 84.18 + 80.1,
		serapan_jumlah: 3,
		serapan_pagu: 3_221_456_789 + 4_000_000_000 + 2_000_000_000,
		serapan_realisasi: 2_700_123_456 + 3_750_000_000 + 1_700_000_000,
		median_capaian: capaian(80.1),
		median_serapan: serapan(1_700_000_000, 2_000_000_000),
		jumlah_tahun: 1
	},
	{
		tahun: 2023,
		ikm_jumlah: 2,
		ikm_total: 82.89 + 86.68,
		serapan_jumlah: 2,
		serapan_pagu: 3_321_456_789 + 4_100_000_000,
		serapan_realisasi: 2_900_123_456 + 3_950_000_000,
		median_capaian: median2(capaian(82.89), capaian(86.68)),
		median_serapan: median2(serapan(2_900_123_456, 3_321_456_789), serapan(3_950_000_000, 4_100_000_000)),
		jumlah_tahun: 2
	}
];

const dir = mkdtempSync(join(tmpdir(), 'pembanding-'));
let manifest: Manifest;
beforeAll(async () => {
	// data/kecamatan.csv's 31 kecamatan cut every 4: eight parts
	manifest = await writeDataset(dir, sampleStoredRows(), {}, {}, {}, { kecamatanPerPart: 4 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLUG = ['arjasa', 'puger', 'balung', 'patrang'];

describe.each(ENGINES.map((m) => [m.nama, m] as const))('%s', (_nama, engine) => {
	let db: Executor;
	beforeAll(async () => {
		db = await engine.open(dir);
	}, ENGINE_TIMEOUT);

	test(
		'the published answer holds the figures worked out by hand, and those computed over the whole tables',
		async () => {
			expect(manifest.jawaban?.pembanding_tahun?.baris).toBe(3);
			const published = await db.query(sqlPublishedComparisons());
			expect(published.map((r) => r.tahun)).toEqual([2021, 2022, 2023]);
			for (const [i, e] of EXPECTED.entries()) {
				const r = published[i];
				// counts and rupiah exact
				for (const k of ['ikm_jumlah', 'serapan_jumlah', 'serapan_pagu', 'serapan_realisasi', 'jumlah_tahun'] as const)
					expect(r[k], `${e.tahun} ${k}`).toBe(e[k]);
				for (const k of ['ikm_total', 'median_capaian', 'median_serapan'] as const)
					if (e[k] === null) expect(r[k], `${e.tahun} ${k}`).toBeNull();
					else expect(r[k] as number, `${e.tahun} ${k}`).toBeCloseTo(e[k], 9);
			}
			expect(roundedRows(published)).toEqual(roundedRows(await db.query(q.sqlComparisonYears())));
		},
		ENGINE_TIMEOUT
	);

	test(
		"a kecamatan's comparisons from the published answer are those over every kecamatan",
		async () => {
			for (const slug of SLUG) {
				for (const [published, computed] of [
					[q.sqlKecamatanIkm(slug, true), q.sqlKecamatanIkm(slug)],
					[q.sqlKecamatanAnnualAnggaran(slug, true), q.sqlKecamatanAnnualAnggaran(slug)],
					[q.sqlEfficiency([slug], null, null, true), q.sqlEfficiency([slug], null)]
				])
					expect(roundedRows(await db.query(published)), slug).toEqual(roundedRows(await db.query(computed)));
			}
			const d = await loadKecamatan(db, 'arjasa');
			const ikm = Object.fromEntries(d.ikm.map((r) => [r.tahun, r]));
			// the others only: 2023 Puger; 2022 Puger and Balung
			expect([ikm[2023].jumlah_lain, ikm[2022].jumlah_lain]).toEqual([1, 2]);
			expect(ikm[2023].rata_lain).toBeCloseTo(86.68, 10);
			expect(ikm[2022].rata_lain).toBeCloseTo((84.18 + 80.1) / 2, 10);
			const ang = Object.fromEntries(d.anggaranTahunan.map((r) => [r.tahun, r]));
			expect(ang[2023].serapan_lain).toBeCloseTo(serapan(3_950_000_000, 4_100_000_000), 10);
			expect(ang[2022].serapan_lain).toBeCloseTo(serapan(3_750_000_000 + 1_700_000_000, 4_000_000_000 + 2_000_000_000), 10);
			expect([ang[2023].jumlah_lain, ang[2022].jumlah_lain]).toEqual([1, 2]);
			// Balung alone in 2021: no others, not itself
			const balung = await loadKecamatan(db, 'balung');
			const b2021 = balung.anggaranTahunan.find((r) => r.tahun === 2021)!;
			expect([b2021.serapan_lain, b2021.jumlah_lain]).toEqual([null, 0]);
			expect(balung.ikm.find((r) => r.tahun === 2021)).toMatchObject({ rata_lain: null, jumlah_lain: 0 });
			const e2023 = d.efisiensi.find((r) => r.tahun === 2023)!;
			expect(e2023.jumlah_tahun).toBe(2);
			expect(e2023.median_serapan).toBeCloseTo(EXPECTED[2].median_serapan!, 9);
		},
		ENGINE_TIMEOUT
	);
});

describe('what a kecamatan page reads in the browser', () => {
	/** Every whole summary file the manifest names: the whole one and its year files. */
	function wholeSummaryFiles(): string[] {
		return Object.values(manifest.ringkasan ?? {}).flatMap((r) => [r.parquet, ...Object.values(r.tahun ?? {}).map((t) => t.parquet)]);
	}

	test(
		'its part of the tables and summaries, the published comparisons, never a whole summary; the answers of whole tables',
		async () => {
			const node = await openNode(dir);
			const dibaca: string[] = [];
			const wasm = await openWasmNode(dir, dibaca);
			const slug = 'arjasa';
			const [kec] = await node.query(q.sqlKecamatan(slug));
			const i = partIndex(manifest.bagian!.awal, kec.kode as string);
			const [lazy, temuan] = await Promise.all([loadKecamatan(wasm, slug), loadKecamatanTemuan(wasm, slug)]);
			expect(lazy).toEqual(await loadKecamatan(node, slug));
			expect(temuan).toEqual(await loadKecamatanTemuan(node, slug));
			expect(lazy.ikm.length).toBeGreaterThan(0);
			// the summaries it reads, each in its kecamatan's part
			const partOf = (name: string) => manifest.ringkasan![name].bagian![i].parquet;
			const read = wasm.registeredParts();
			for (const r of ['ikm_pilihan', 'anggaran_pokok', 'anggaran_kutipan', 'indikator_angka']) expect(read[r], r).toEqual([partOf(r)]);
			for (const f of wholeSummaryFiles()) expect(dibaca, f).not.toContain(f);
			expect(dibaca).toContain(manifest.jawaban!.pembanding_tahun.parquet);
			// a part file read is the kecamatan's part
			for (const f of dibaca) if (/\.b\d+\./.test(f)) expect(f).toMatch(new RegExp(`\\.b${i}\\.`));
			// another kecamatan in another part, on the same engine: still the answers of whole tables
			for (const other of ['puger', 'balung']) expect(await loadKecamatan(wasm, other)).toEqual(await loadKecamatan(node, other));
			for (const f of wholeSummaryFiles()) expect(dibaca, f).not.toContain(f);
		},
		ENGINE_TIMEOUT
	);

	test(
		"after the home page's queries computed on the same engine: a summary's year files and a kecamatan's part in one view, each row once",
		async () => {
			const node = await openNode(dir);
			const dibaca: string[] = [];
			const wasm = await openWasmNode(dir, dibaca);
			expect(await loadHome(wasm)).toEqual(await loadHome(node));
			// computed, as while this browser holds uploads (published, they read Beranda's answers only)
			for (const sql of Object.values(homeQueries(2023, false))) await wasm.query(sql, homeScope(2023));
			// they read year files (2023 and 2022) of ikm_pilihan; Balung's 2021 is in its part only
			expect(dibaca.some((f) => /^ikm_pilihan\.t2023\./.test(f))).toBe(true);
			for (const slug of ['balung', 'arjasa']) expect(await loadKecamatan(wasm, slug)).toEqual(await loadKecamatan(node, slug));
			// a pick (the IKM of a year, a budget total) would hide a row read twice: the views' rows themselves
			for (const r of SUMMARIES.filter((x) => x.bagian))
				for (const slug of ['balung', 'arjasa']) {
					const sql = `SELECT s.tahun_laporan, count(*) AS n FROM ${r.nama} s JOIN kecamatan k ON k.kode = s.kode_kecamatan
						WHERE k.slug = ${q.litText(slug)} GROUP BY ALL ORDER BY 1`;
					const [k] = await node.query(q.sqlKecamatan(slug));
					const rows = await wasm.query(sql, { kode: [k.kode as string] });
					expect(rows.length, `${r.nama} ${slug}`).toBeGreaterThan(0);
					expect(rows, `${r.nama} ${slug}`).toEqual(await node.query(sql));
				}
			const whole = SUMMARIES.map((r) => manifest.ringkasan![r.nama].parquet);
			for (const f of whole) expect(dibaca, f).not.toContain(f);
		},
		ENGINE_TIMEOUT
	);

	test(
		'with an upload in this browser the comparisons are computed again, and count the uploaded kecamatan',
		async () => {
			const wasm = await openWasmNode(dir);
			const before = await loadKecamatan(wasm, 'arjasa');
			expect(before.ikm.find((r) => r.tahun === 2023)!.jumlah_lain).toBe(1);
			// Patrang's IKM of 2023, 90, uploaded here (a report the site does not publish)
			await uploadPatrangIkm(wasm);
			const after = await loadKecamatan(wasm, 'arjasa');
			const r2023 = after.ikm.find((r) => r.tahun === 2023)!;
			expect(r2023.jumlah_lain).toBe(2);
			expect(r2023.rata_lain).toBeCloseTo((86.68 + 90) / 2, 10);
		},
		ENGINE_TIMEOUT
	);
});
