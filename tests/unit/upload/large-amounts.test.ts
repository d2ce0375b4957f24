/**
 * Issue 14, item 4: two valid uploads whose pagu sum passes 2^53. The kabupaten
 * totals were cast to BIGINT and turned into a JavaScript number only when safe,
 * so the home page's query failed and the page kept the wrong year without a word.
 * Sums are HUGEINT in SQL now (DuckDB-WASM 1.28 sends it as Arrow Decimal128,
 * node-api as a bigint) and arrive as an exact bigint on both engines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { writeDataset } from '../../../scripts/write-parquet';
import { formatRupiah } from '../../../src/lib/format';
import { extractReport } from '../../../src/lib/lkip/extract';
import type { Executor } from '../../../src/lib/query/executor';
import { loadHome } from '../../../src/lib/query/page-data';
import { sqlKpi, sqlSerapanTrend } from '../../../src/lib/query/sql';
import { uploadRows, attachUploads } from '../../../src/lib/upload/merge';
import { readBytes } from '../../../src/lib/upload/import-file';
import { datasetRows } from '../../../src/lib/store/rows';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'jumlah-besar-'));

beforeAll(async () => {
	const laporan = ['arjasa-2023.txt'].map((f) => extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref));
	await writeDataset(tmp, datasetRows(laporan, ref));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// 2^53 - 1 and 2^53 - 2: each a safe integer, as the upload accepts them; their sum is not
const SILO = 'kecamatan,tahun,level,uraian,pagu,realisasi\nSilo,2024,total,Jumlah,9.007.199.254.740.991,9.007.199.254.740.990\n';
const TEMPUREJO = 'kecamatan;tahun;level;uraian;pagu;realisasi\nTempurejo;2024;total;Jumlah;9.007.199.254.740.990;4.503.599.627.370.495\n';
// worked by hand: 9007199254740991 + 9007199254740990, and 9007199254740990 + 4503599627370495
const PAGU = 18_014_398_509_481_981n;
const REALISASI = 13_510_798_882_111_485n;

describe.each(ENGINES)('$nama', { timeout: ENGINE_TIMEOUT }, ({ open }) => {
	let db: Executor;
	beforeAll(async () => {
		db = await open(tmp);
		const uploads = [readBytes('silo.csv', new TextEncoder().encode(SILO), ref), readBytes('tempurejo.csv', new TextEncoder().encode(TEMPUREJO), ref)];
		for (const u of uploads) expect(u.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
		await attachUploads(
			db,
			uploadRows(
				uploads.flatMap((u) => u.laporan),
				ref
			).baris
		);
	}, 60_000);

	it('sums pagu and realisasi exactly past 2^53', async () => {
		const [kpi] = await db.query(sqlKpi(2024));
		expect(kpi.pagu).toBe(PAGU);
		expect(kpi.realisasi).toBe(REALISASI);
		expect(formatRupiah(kpi.pagu as bigint, false)).toBe('Rp 18.014.398.509.481.981');
		expect(kpi.serapan as number).toBeCloseTo(75, 9);
	});

	it('the kabupaten line of the serapan trend is exact too', async () => {
		const average = (await db.query(sqlSerapanTrend(['silo']))).find((r) => r.rata === true && r.tahun === 2024);
		expect(average).toMatchObject({ pagu: PAGU, realisasi: REALISASI, jumlah_rata: 2 });
	});

	it("the home page opens on the uploads' year with the exact total", async () => {
		const d = await loadHome(db, { tahun: 2024 });
		expect(d.tahun).toBe(2024);
		expect(d.kpi?.pagu).toBe(PAGU);
		expect(d.tahunTersedia).toContain(2024);
	});

	it('a safe sum stays a number', async () => {
		const [kpi] = await db.query(sqlKpi(2023));
		expect(typeof kpi.pagu).toBe('number');
	});
});
