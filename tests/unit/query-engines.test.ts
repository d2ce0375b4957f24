/**
 * Every SQL builder of sql.ts, with representative arguments, on both DuckDB engines
 * (tests/fixtures/engines.ts) over the dataset of the five reports: each engine must
 * accept every statement, and both must answer with the same rows in the same
 * order, since the browser re-runs on DuckDB-WASM what the prerender showed from
 * node-api. A builder added to sql.ts without an example here fails the first test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMasterData } from '../../scripts/master-data';
import { writeDataset } from '../../scripts/write-parquet';
import { auditRows } from '../../src/lib/audit/dataset';
import { extractReport } from '../../src/lib/lkip/extract';
import type { QueryRow, Executor, Manifest, QueryValue } from '../../src/lib/query/executor';
import * as q from '../../src/lib/query/sql';
import { datasetRows, type RowsByTable } from '../../src/lib/store/rows';
import { tabel } from '../../src/lib/store/schema';
import { ENGINES, ENGINE_TIMEOUT, type Engine } from '../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'query-engines-'));
const teks = new Map(
	readdirSync('data/lkip')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => [f, readFileSync(join('data/lkip', f), 'utf8')])
);
const laporan = [...teks].map(([f, t]) => extractReport(t, f, ref));
// as the data build makes it, findings included
const data: RowsByTable = datasetRows(laporan, ref, [(ls, r) => auditRows(ls, teks, r)]);
let manifest: Manifest;
const mesin: { m: Engine; db: Executor }[] = [];

beforeAll(async () => {
	manifest = (await writeDataset(tmp, data)) as unknown as Manifest;
	for (const m of ENGINES) mesin.push({ m, db: await m.open(tmp) });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The statements to run for one builder; `berkas` names a published file as the engine's executor registered it. */
type Contoh = (berkas: (nama: string) => string) => string[];

const SLUG = ['arjasa', 'puger', 'balung', 'pakusari', 'patrang'];
/*
 * An upload of a report the site already publishes: every row of one report goes
 * through a literal of its column's type, and each figure then exists twice, so a
 * query that picks one of two equal rows must pick the same on both engines.
 */
const DIUNGGAH = 'arjasa-2023.txt';
const sisipSemua = () =>
	q.UPLOAD_TABLES.map((t) => [t, data[t.nama].filter((r) => r.file === DIUNGGAH)] as const)
		.filter(([, rs]) => rs.length > 0)
		.map(([t, rs]) => q.sqlInsertUpload(t, rs));
const kosongkanSemua = () => q.UPLOAD_TABLES.map(q.sqlClearUploads);
const slugDiunggah = 'arjasa';

const CONTOH: Record<string, Contoh> = {
	sqlUploadTable: () => [q.sqlUploadTable(tabel('belanja')), 'SELECT count(*) AS n FROM belanja_unggahan'],
	sqlViewParquet: (file) => [q.sqlViewParquet('uji_parquet', file(manifest.tabel.ikm.parquet)), 'SELECT count(*) AS n FROM uji_parquet'],
	sqlEmptyView: () => [
		q.sqlEmptyView({ ...tabel('temuan'), nama: 'uji_kosong' }),
		'SELECT * FROM uji_kosong',
		`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'uji_kosong' ORDER BY ordinal_position`
	],
	sqlPrepareTable: (file) => [
		...q.sqlPrepareTable(tabel('belanja'), file(manifest.tabel.belanja.parquet)),
		'SELECT count(*) AS n, min(sumber) AS s FROM belanja'
	],
	sqlReportYears: () => [q.sqlReportYears()],
	sqlKpi: () => [q.sqlKpi(2023), q.sqlKpi(2021)],
	sqlSlice: () => [q.sqlSlice(q.sqlIkmRanking(2023), 1, 2), q.sqlSlice(q.sqlCapaianMatrix(2023), 1, 3)],
	sqlIkmRanking: () => [q.sqlIkmRanking(2023)],
	sqlKecamatanSerapan: () => [q.sqlKecamatanSerapan(2023)],
	sqlCapaianMatrix: () => [q.sqlCapaianMatrix(2023)],
	sqlKecamatanList: () => [q.sqlKecamatanList()],
	sqlSearchKecamatan: () => [
		q.sqlSearchKecamatan('pu', 20),
		q.sqlSearchKecamatan('Puger', 20),
		q.sqlSearchKecamatan("o'a%", 5),
		q.sqlSearchKecamatan('35.09.22', 1)
	],
	sqlMap: () => [q.sqlMap(2023), q.sqlMap(2021), q.sqlMap(1990)],
	sqlKecamatanAverageCapaian: () => SLUG.map(q.sqlKecamatanAverageCapaian),
	sqlIkmTrend: () => [q.sqlIkmTrend(SLUG), q.sqlIkmTrend([])],
	sqlSerapanTrend: () => [q.sqlSerapanTrend(SLUG), q.sqlSerapanTrend([])],
	sqlProgramComposition: () => [q.sqlProgramComposition(SLUG, [2020, 2021, 2023])],
	sqlCapaianSideBySide: () => [q.sqlCapaianSideBySide(SLUG, [2020, 2021, 2023], null), q.sqlCapaianSideBySide(SLUG, [2023], 'ikm')],
	sqlIndikatorList: () => [q.sqlIndikatorList()],
	sqlKecamatan: () => SLUG.map(q.sqlKecamatan),
	sqlKecamatanReports: () => SLUG.map(q.sqlKecamatanReports),
	sqlKecamatanProfil: () => SLUG.map(q.sqlKecamatanProfil),
	// computed over every kecamatan, and from the published per-year comparisons
	sqlKecamatanIkm: () => SLUG.flatMap((s) => [q.sqlKecamatanIkm(s), q.sqlKecamatanIkm(s, true)]),
	sqlKecamatanAnnualAnggaran: () => SLUG.flatMap((s) => [q.sqlKecamatanAnnualAnggaran(s), q.sqlKecamatanAnnualAnggaran(s, true)]),
	sqlComparisonYears: () => [q.sqlComparisonYears()],
	sqlKecamatanIndikator: () => SLUG.map(q.sqlKecamatanIndikator),
	sqlAnggaranTree: () => SLUG.map(q.sqlAnggaranTree),
	sqlKecamatanBelanja: () => SLUG.map(q.sqlKecamatanBelanja),
	sqlKecamatanScale: () => SLUG.map(q.sqlKecamatanScale),
	sqlKecamatanPeringatan: () => SLUG.map(q.sqlKecamatanPeringatan),
	sqlKecamatanSlugs: () => [q.sqlKecamatanSlugs()],
	// uploads: every table takes a row, the queries see it marked, and the upload tables empty again
	sqlInsertUpload: () => [
		...sisipSemua(),
		`SELECT count(*) AS n, count(DISTINCT file) AS berkas FROM laporan WHERE sumber = 'unggahan'`,
		q.sqlKpi(2023),
		q.sqlIkmRanking(2023),
		q.sqlKecamatanSerapan(2023),
		q.sqlCapaianMatrix(2023),
		q.sqlMap(2023),
		q.sqlKecamatanAverageCapaian(slugDiunggah),
		q.sqlIkmTrend([slugDiunggah]),
		q.sqlSerapanTrend([slugDiunggah]),
		q.sqlProgramComposition([slugDiunggah], [2023]),
		q.sqlCapaianSideBySide([slugDiunggah], [2023], null),
		q.sqlKecamatanReports(slugDiunggah),
		q.sqlKecamatanProfil(slugDiunggah),
		q.sqlKecamatanIkm(slugDiunggah),
		q.sqlKecamatanAnnualAnggaran(slugDiunggah),
		q.sqlKecamatanIndikator(slugDiunggah),
		q.sqlAnggaranTree(slugDiunggah),
		q.sqlKecamatanBelanja(slugDiunggah),
		q.sqlKecamatanPeringatan(slugDiunggah),
		q.sqlKecamatanTemuan(slugDiunggah),
		q.sqlEfficiency(null, null),
		q.sqlSasaranEfficiency(slugDiunggah),
		q.sqlIkmMethod(slugDiunggah),
		q.sqlIkmUnsur(slugDiunggah),
		q.sqlPerCapita(null),
		q.sqlTemuan(),
		q.sqlSkorKualitas(),
		q.sqlRowSource(),
		...kosongkanSemua()
	],
	// a small limit, so rows are grouped several to a statement and a long value goes in parts
	sqlInsertUploadBatches: () => [
		...q.UPLOAD_TABLES.flatMap((t) =>
			q.sqlInsertUploadBatches(
				t,
				data[t.nama].filter((r) => r.file === DIUNGGAH),
				2048
			)
		),
		`SELECT count(*) AS n, sum(length(teks)) AS panjang FROM sumber_baris WHERE sumber = 'unggahan'`,
		`SELECT count(*) AS n, sum(length(raw)) AS panjang FROM anggaran WHERE sumber = 'unggahan'`,
		q.sqlTemuan(),
		...kosongkanSemua()
	],
	sqlClearUploads: () => [...sisipSemua(), ...kosongkanSemua(), `SELECT count(*) AS n FROM ikm WHERE sumber = 'unggahan'`],
	sqlRowsPresent: () => (['ikm', 'indikator', 'anggaran', 'laporan'] as const).map(q.sqlRowsPresent),
	sqlTemuan: () => [q.sqlTemuan()],
	sqlSkorKualitas: () => [q.sqlSkorKualitas()],
	sqlRowSource: () => [q.sqlRowSource()],
	sqlKecamatanTemuan: () => SLUG.map(q.sqlKecamatanTemuan),
	sqlEfficiency: () => [q.sqlEfficiency(null, null), q.sqlEfficiency(SLUG, [2023], 'ikm'), q.sqlEfficiency([], null), q.sqlEfficiency(SLUG, null, null, true)],
	sqlSasaranEfficiency: () => SLUG.map(q.sqlSasaranEfficiency),
	sqlIkmMethod: () => SLUG.map(q.sqlIkmMethod),
	sqlIkmUnsur: () => SLUG.map(q.sqlIkmUnsur),
	sqlPerCapita: () => [q.sqlPerCapita(null), q.sqlPerCapita(SLUG, [2022, 2023])]
};

/**
 * The two engines may round a DOUBLE aggregate differently in its last bits
 * (summation order); twelve significant digits is far below any shown figure.
 */
function biasa(v: QueryValue): QueryValue {
	if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
	if (Array.isArray(v)) return v.map(biasa);
	return v;
}
const biasaBaris = (rs: QueryRow[]) => rs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, biasa(v)])));

describe('setiap pembangun SQL di kedua mesin', () => {
	test('the two engines are the two versions named: node-api 1.5 and DuckDB-WASM 1.28 (DuckDB 0.9)', async () => {
		const versi = await Promise.all(mesin.map(({ db }) => db.query('SELECT version() AS v')));
		expect(versi.map(([r]) => r.v)).toEqual([expect.stringMatching(/^v1\.5\./), expect.stringMatching(/^v0\.9\./)]);
	});

	test('every exported sql builder has an example here', () => {
		const pembangun = Object.entries(q)
			.filter(([name, v]) => name.startsWith('sql') && typeof v === 'function')
			.map(([name]) => name);
		expect(Object.keys(CONTOH).sort()).toEqual(pembangun.sort());
	});

	test.each(Object.keys(CONTOH))('%s: both engines accept it and answer alike', { timeout: ENGINE_TIMEOUT }, async (name) => {
		const jawaban: QueryRow[][][] = [];
		let statement: string[] = [];
		for (const { m, db } of mesin) {
			statement = CONTOH[name]((b) => m.file(tmp, b));
			const result: QueryRow[][] = [];
			for (const sql of statement) {
				result.push(
					biasaBaris(
						await db.query(sql).catch((e: Error) => {
							throw new Error(`${m.nama} menolak ${name}: ${e.message}\n${sql}`);
						})
					)
				);
			}
			jawaban.push(result);
		}
		const [node, wasm] = jawaban;
		// an example that only returns nothing would compare nothing
		expect(node.some((rs) => rs.length > 0)).toBe(true);
		expect(wasm).toHaveLength(node.length);
		// each statement on its own, so a failure names the one that differs
		node.forEach((rs, i) => expect.soft(wasm[i], `pernyataan ${i + 1}: ${statement[i].slice(0, 160)}`).toEqual(rs));
	});
});
