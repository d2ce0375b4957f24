/**
 * Every SQL builder of sql.ts, with representative arguments, on both DuckDB engines
 * (tests/fixtures/mesin.ts) over the dataset of the five reports: each engine must
 * accept every statement, and both must answer with the same rows in the same
 * order, since the browser re-runs on DuckDB-WASM what the prerender showed from
 * node-api. A builder added to sql.ts without an example here fails the first test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMasterData } from '../../scripts/master-data';
import { tulisDataset } from '../../scripts/write-parquet';
import { barisAudit } from '../../src/lib/audit/dataset';
import { extractLaporan } from '../../src/lib/lkip/extract';
import type { QueryRow, Executor, Manifest, QueryValue } from '../../src/lib/query/executor';
import * as q from '../../src/lib/query/sql';
import { barisDataset, type BarisPerTabel } from '../../src/lib/store/rows';
import { tabel } from '../../src/lib/store/schema';
import { MESIN, MESIN_TIMEOUT, type Mesin } from '../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'query-engines-'));
const teks = new Map(
	readdirSync('data/lkip')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => [f, readFileSync(join('data/lkip', f), 'utf8')])
);
const laporan = [...teks].map(([f, t]) => extractLaporan(t, f, ref));
// as the data build makes it, findings included
const data: BarisPerTabel = barisDataset(laporan, ref, [(ls, r) => barisAudit(ls, teks, r)]);
let manifest: Manifest;
const mesin: { m: Mesin; db: Executor }[] = [];

beforeAll(async () => {
	manifest = (await tulisDataset(tmp, data)) as unknown as Manifest;
	for (const m of MESIN) mesin.push({ m, db: await m.buka(tmp) });
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
	q.TABEL_UNGGAHAN.map((t) => [t, data[t.nama].filter((r) => r.file === DIUNGGAH)] as const)
		.filter(([, rs]) => rs.length > 0)
		.map(([t, rs]) => q.sqlSisipUnggahan(t, rs));
const kosongkanSemua = () => q.TABEL_UNGGAHAN.map(q.sqlKosongkanUnggahan);
const slugDiunggah = 'arjasa';

const CONTOH: Record<string, Contoh> = {
	sqlTabelUnggahan: () => [q.sqlTabelUnggahan(tabel('belanja')), 'SELECT count(*) AS n FROM belanja_unggahan'],
	sqlViewParquet: (berkas) => [q.sqlViewParquet('uji_parquet', berkas(manifest.tabel.ikm.parquet)), 'SELECT count(*) AS n FROM uji_parquet'],
	sqlViewKosong: () => [
		q.sqlViewKosong({ ...tabel('temuan'), nama: 'uji_kosong' }),
		'SELECT * FROM uji_kosong',
		`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'uji_kosong' ORDER BY ordinal_position`
	],
	sqlSiapkanTabel: (berkas) => [
		...q.sqlSiapkanTabel(tabel('belanja'), berkas(manifest.tabel.belanja.parquet)),
		'SELECT count(*) AS n, min(sumber) AS s FROM belanja'
	],
	sqlTahunLaporan: () => [q.sqlTahunLaporan()],
	sqlKpi: () => [q.sqlKpi(2023), q.sqlKpi(2021)],
	sqlPotong: () => [q.sqlPotong(q.sqlPeringkatIkm(2023), 1, 2), q.sqlPotong(q.sqlCapaianMatriks(2023), 1, 3)],
	sqlPeringkatIkm: () => [q.sqlPeringkatIkm(2023)],
	sqlSerapanKecamatan: () => [q.sqlSerapanKecamatan(2023)],
	sqlCapaianMatriks: () => [q.sqlCapaianMatriks(2023)],
	sqlDaftarKecamatan: () => [q.sqlDaftarKecamatan()],
	sqlCariKecamatan: () => [q.sqlCariKecamatan('pu', 20), q.sqlCariKecamatan('Puger', 20), q.sqlCariKecamatan("o'a%", 5), q.sqlCariKecamatan('35.09.22', 1)],
	sqlPeta: () => [q.sqlPeta(2023), q.sqlPeta(2021), q.sqlPeta(1990)],
	sqlCapaianRataKecamatan: () => SLUG.map(q.sqlCapaianRataKecamatan),
	sqlTrenIkm: () => [q.sqlTrenIkm(SLUG), q.sqlTrenIkm([])],
	sqlTrenSerapan: () => [q.sqlTrenSerapan(SLUG), q.sqlTrenSerapan([])],
	sqlKomposisiProgram: () => [q.sqlKomposisiProgram(SLUG, [2020, 2021, 2023])],
	sqlCapaianBerdampingan: () => [q.sqlCapaianBerdampingan(SLUG, [2020, 2021, 2023], null), q.sqlCapaianBerdampingan(SLUG, [2023], 'ikm')],
	sqlDaftarIndikator: () => [q.sqlDaftarIndikator()],
	sqlKecamatan: () => SLUG.map(q.sqlKecamatan),
	sqlLaporanKecamatan: () => SLUG.map(q.sqlLaporanKecamatan),
	sqlProfilKecamatan: () => SLUG.map(q.sqlProfilKecamatan),
	sqlIkmKecamatan: () => SLUG.map(q.sqlIkmKecamatan),
	sqlAnggaranTahunanKecamatan: () => SLUG.map(q.sqlAnggaranTahunanKecamatan),
	sqlIndikatorKecamatan: () => SLUG.map(q.sqlIndikatorKecamatan),
	sqlPohonAnggaran: () => SLUG.map(q.sqlPohonAnggaran),
	sqlBelanjaKecamatan: () => SLUG.map(q.sqlBelanjaKecamatan),
	sqlSkalaKecamatan: () => SLUG.map(q.sqlSkalaKecamatan),
	sqlPeringatanKecamatan: () => SLUG.map(q.sqlPeringatanKecamatan),
	sqlSlugKecamatan: () => [q.sqlSlugKecamatan()],
	// uploads: every table takes a row, the queries see it marked, and the upload tables empty again
	sqlSisipUnggahan: () => [
		...sisipSemua(),
		`SELECT count(*) AS n, count(DISTINCT file) AS berkas FROM laporan WHERE sumber = 'unggahan'`,
		q.sqlKpi(2023),
		q.sqlPeringkatIkm(2023),
		q.sqlSerapanKecamatan(2023),
		q.sqlCapaianMatriks(2023),
		q.sqlPeta(2023),
		q.sqlCapaianRataKecamatan(slugDiunggah),
		q.sqlTrenIkm([slugDiunggah]),
		q.sqlTrenSerapan([slugDiunggah]),
		q.sqlKomposisiProgram([slugDiunggah], [2023]),
		q.sqlCapaianBerdampingan([slugDiunggah], [2023], null),
		q.sqlLaporanKecamatan(slugDiunggah),
		q.sqlProfilKecamatan(slugDiunggah),
		q.sqlIkmKecamatan(slugDiunggah),
		q.sqlAnggaranTahunanKecamatan(slugDiunggah),
		q.sqlIndikatorKecamatan(slugDiunggah),
		q.sqlPohonAnggaran(slugDiunggah),
		q.sqlBelanjaKecamatan(slugDiunggah),
		q.sqlPeringatanKecamatan(slugDiunggah),
		q.sqlTemuanKecamatan(slugDiunggah),
		q.sqlEfisiensi(null, null),
		q.sqlEfisiensiSasaran(slugDiunggah),
		q.sqlMetodeIkm(slugDiunggah),
		q.sqlIkmUnsur(slugDiunggah),
		q.sqlPerPenduduk(null),
		q.sqlTemuan(),
		q.sqlSkorKualitas(),
		q.sqlSumberBaris(),
		...kosongkanSemua()
	],
	// a small limit, so rows are grouped several to a statement and a long value goes in parts
	sqlSisipUnggahanBertahap: () => [
		...q.TABEL_UNGGAHAN.flatMap((t) =>
			q.sqlSisipUnggahanBertahap(
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
	sqlKosongkanUnggahan: () => [...sisipSemua(), ...kosongkanSemua(), `SELECT count(*) AS n FROM ikm WHERE sumber = 'unggahan'`],
	sqlBarisAda: () => (['ikm', 'indikator', 'anggaran', 'laporan'] as const).map(q.sqlBarisAda),
	sqlTemuan: () => [q.sqlTemuan()],
	sqlSkorKualitas: () => [q.sqlSkorKualitas()],
	sqlSumberBaris: () => [q.sqlSumberBaris()],
	sqlTemuanKecamatan: () => SLUG.map(q.sqlTemuanKecamatan),
	sqlEfisiensi: () => [q.sqlEfisiensi(null, null), q.sqlEfisiensi(SLUG, [2023], 'ikm'), q.sqlEfisiensi([], null)],
	sqlEfisiensiSasaran: () => SLUG.map(q.sqlEfisiensiSasaran),
	sqlMetodeIkm: () => SLUG.map(q.sqlMetodeIkm),
	sqlIkmUnsur: () => SLUG.map(q.sqlIkmUnsur),
	sqlPerPenduduk: () => [q.sqlPerPenduduk(null), q.sqlPerPenduduk(SLUG, [2022, 2023])]
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
		const versi = await Promise.all(mesin.map(({ db }) => db.kueri('SELECT version() AS v')));
		expect(versi.map(([r]) => r.v)).toEqual([expect.stringMatching(/^v1\.5\./), expect.stringMatching(/^v0\.9\./)]);
	});

	test('every exported sql builder has an example here', () => {
		const pembangun = Object.entries(q)
			.filter(([nama, v]) => nama.startsWith('sql') && typeof v === 'function')
			.map(([nama]) => nama);
		expect(Object.keys(CONTOH).sort()).toEqual(pembangun.sort());
	});

	test.each(Object.keys(CONTOH))('%s: both engines accept it and answer alike', { timeout: MESIN_TIMEOUT }, async (nama) => {
		const jawaban: QueryRow[][][] = [];
		let pernyataan: string[] = [];
		for (const { m, db } of mesin) {
			pernyataan = CONTOH[nama]((b) => m.berkas(tmp, b));
			const hasil: QueryRow[][] = [];
			for (const sql of pernyataan) {
				hasil.push(
					biasaBaris(
						await db.kueri(sql).catch((e: Error) => {
							throw new Error(`${m.nama} menolak ${nama}: ${e.message}\n${sql}`);
						})
					)
				);
			}
			jawaban.push(hasil);
		}
		const [node, wasm] = jawaban;
		// an example that only returns nothing would compare nothing
		expect(node.some((rs) => rs.length > 0)).toBe(true);
		expect(wasm).toHaveLength(node.length);
		// each statement on its own, so a failure names the one that differs
		node.forEach((rs, i) => expect.soft(wasm[i], `pernyataan ${i + 1}: ${pernyataan[i].slice(0, 160)}`).toEqual(rs));
	});
});
