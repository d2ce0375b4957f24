/**
 * Beranda's published answers (src/lib/query/home-answers.ts): the data build runs the
 * home page's queries of every year and writes their rows, so a year change reads a
 * few rows instead of computing over every kecamatan (issue 10). Over the invented
 * dataset of tests/fixtures/dataset-sample.ts (three reports; each also states last
 * year's IKM and budget), written by the real writer:
 *
 * - the answers hold the figures worked out by hand from the fixture, rupiah exact;
 * - for every year, each answer equals the query computed over the tables, column for
 *   column and type for type (a sum of rupiah stays HUGEINT, not a DOUBLE), on both engines;
 * - in the browser's engine Beranda reads the answers and none of the tables behind them;
 * - with an upload in this browser Beranda computes again, and counts the upload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDataset, type Manifest } from '../../../scripts/write-parquet';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { openWasmNode } from '../../../src/lib/query/duckdb-wasm-node';
import type { Executor } from '../../../src/lib/query/executor';
import { homeQueries, type HomeQueries } from '../../../src/lib/query/home-answers';
import { forgetList, homeAnswered, loadHome } from '../../../src/lib/query/page-data';
import * as q from '../../../src/lib/query/sql';
import { roundedRows, sampleStoredRows, uploadPatrangIkm } from '../../fixtures/sample-stored';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const PARTS = ['kpi', 'peringkatIkm', 'serapan', 'capaian', 'peta'] as const satisfies readonly (keyof HomeQueries)[];

const dir = mkdtempSync(join(tmpdir(), 'beranda-jawaban-'));
let manifest: Manifest;
beforeAll(async () => {
	manifest = await writeDataset(dir, sampleStoredRows());
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/*
 * Worked out from dataset-sample.ts for 2023 (Arjasa's and Puger's reports):
 * IKM Arjasa 82,89, Puger 86,68; in 2022 Arjasa 80,39, Puger 84,18 (and Balung 80,1).
 * Whole budgets: Arjasa 3.321.456.789 / 2.900.123.456, Puger 4.100.000.000 / 3.950.000.000.
 */
describe.each(ENGINES.map((m) => [m.nama, m] as const))('%s', (_nama, engine) => {
	let db: Executor;
	beforeAll(async () => {
		db = await engine.open(dir);
	}, ENGINE_TIMEOUT);

	test(
		'the answers of 2023 hold the figures worked out by hand, and Beranda reads them',
		async () => {
			expect(await homeAnswered(db)).toBe(true);
			const sql = homeQueries(2023, true);
			const [kpi] = await db.query(sql.kpi);
			expect(kpi.pagu).toBe(3_321_456_789 + 4_100_000_000);
			expect(kpi.realisasi).toBe(2_900_123_456 + 3_950_000_000);
			expect(kpi.serapan as number).toBeCloseTo(((2_900_123_456 + 3_950_000_000) * 100) / (3_321_456_789 + 4_100_000_000), 10);
			expect(kpi.ikm_median as number).toBeCloseTo((82.89 + 86.68) / 2, 10);
			// the change over the same two kecamatan (Balung had no 2023 report)
			expect([kpi.ikm_sama_jumlah, kpi.ikm_median_lalu_sama]).toEqual([2, expect.closeTo((80.39 + 84.18) / 2, 10)]);
			const ikm = await db.query(sql.peringkatIkm);
			expect(ikm.map((r) => [r.slug, r.realisasi, r.peringkat])).toEqual([
				['puger', 86.68, 1],
				['arjasa', 82.89, 2]
			]);
			const serapan = await db.query(sql.serapan);
			expect(serapan.map((r) => [r.slug, r.pagu, r.realisasi])).toEqual([
				['puger', 4_100_000_000, 3_950_000_000],
				['arjasa', 3_321_456_789, 2_900_123_456]
			]);
			const home = await loadHome(db, { tahun: 2023 });
			expect(home.kpi).toEqual(kpi);
			expect(home.peringkatIkm.grafik.map((r) => r.slug)).toEqual(['puger', 'arjasa']);
		},
		ENGINE_TIMEOUT
	);

	test(
		'every year: each answer is the computed query, column for column and type for type',
		async () => {
			const years = (await db.query(q.sqlReportYears())).map((r) => r.tahun);
			expect(years.length).toBeGreaterThan(2);
			expect(manifest.jawaban?.beranda_kpi?.baris).toBe(years.length);
			for (const y of years) {
				const published = homeQueries(y, true);
				const computed = homeQueries(y, false);
				for (const p of PARTS) {
					const a = await db.query(published[p]);
					expect(roundedRows(a), `${y} ${p}`).toEqual(roundedRows(await db.query(computed[p])));
					const type = async (s: string) => (await db.query(`DESCRIBE ${s}`)).map((r) => `${r.column_name} ${r.column_type}`);
					expect(await type(published[p]), `${y} ${p}`).toEqual(await type(computed[p]));
				}
			}
			// the years with figures have rows; a year's answer is only that year's
			const [n] = await db.query(homeQueries(2023, true).peringkatIkm);
			expect(n.tahun).toBe(2023);
		},
		ENGINE_TIMEOUT
	);
});

describe('Beranda in the browser engine', () => {
	test(
		'reads the answers, the kecamatan list and the years, and no table or summary behind the answers',
		async () => {
			const dibaca: string[] = [];
			const wasm = await openWasmNode(dir, dibaca);
			expect(await loadHome(wasm)).toEqual(await loadHome(await openNode(dir)));
			for (const name of ['beranda_kpi', 'beranda_ikm', 'beranda_serapan', 'beranda_capaian', 'beranda_peta'])
				expect(dibaca, name).toContain(manifest.jawaban![name].parquet);
			for (const name of ['ikm_pilihan', 'anggaran_pokok', 'anggaran_kutipan', 'indikator_capaian'])
				expect(
					dibaca.filter((f) => f.startsWith(`${name}.`)),
					name
				).toEqual([]);
			for (const name of ['ikm', 'anggaran', 'indikator', 'ikm_kabupaten']) expect(wasm.terdaftar(), name).not.toContain(name);
		},
		ENGINE_TIMEOUT
	);

	test(
		'with an upload in this browser it computes again, and the upload counts',
		async () => {
			const wasm = await openWasmNode(dir);
			expect((await loadHome(wasm, { tahun: 2023 })).kpi?.ikm_jumlah).toBe(2);
			// Patrang's IKM of 2023, 90, uploaded here (a report the site does not publish)
			await uploadPatrangIkm(wasm);
			// as the upload layer does when it replaces the uploads (upload/merge.ts)
			forgetList(wasm);
			expect(await homeAnswered(wasm)).toBe(false);
			const after = await loadHome(wasm, { tahun: 2023 });
			expect([after.kpi?.ikm_jumlah, after.kpi?.ikm_unggahan]).toEqual([3, 1]);
			expect(after.peringkatIkm.grafik.map((r) => r.slug)).toEqual(['patrang', 'puger', 'arjasa']);
		},
		ENGINE_TIMEOUT
	);
});
