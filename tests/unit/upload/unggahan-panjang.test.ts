/**
 * A budget upload with a total row and 500 kegiatan made the browser's engine
 * fail with "memory access out of bounds": the rows went into DuckDB as INSERTs
 * of 500 rows each, 125 KB of SQL, and DuckDB-WASM 1.28 copies a statement's
 * text onto its 64 KB wasm stack. The statements are now bounded in bytes, not
 * rows; a row too long for one statement goes in parts. Run on both engines
 * (tests/fixtures/engines.ts), the WASM one being the browser's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { writeDataset } from '../../../scripts/write-parquet';
import { extractReport } from '../../../src/lib/lkip/extract';
import { MAX_STATEMENT_BYTES, utf8Length, type Executor } from '../../../src/lib/query/executor';
import { MAX_INSERT_BYTES, sqlKpi } from '../../../src/lib/query/sql';
import { loadHome } from '../../../src/lib/query/page-data';
import { datasetRows } from '../../../src/lib/store/rows';
import { uploadRows, attachUploads, uploadStatements } from '../../../src/lib/upload/merge';
import { readBytes } from '../../../src/lib/upload/import-file';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'unggahan-panjang-'));

beforeAll(async () => {
	const laporan = ['arjasa-2023.txt'].map((f) => extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref));
	await writeDataset(tmp, datasetRows(laporan, ref));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A budget CSV: one total row, then `n` kegiatan of Rp 1.000.000 pagu and Rp 900.000 realisasi each. */
function csvAnggaran(n: number): string {
	const rupiah = (x: number) => x.toLocaleString('id-ID');
	const lines = ['kecamatan;tahun;level;uraian;pagu;realisasi', `Silo;2024;total;Jumlah;${rupiah(n * 1_000_000)};${rupiah(n * 900_000)}`];
	for (let i = 0; i < n; i++) lines.push(`Silo;2024;kegiatan;Kegiatan nomor ${i + 1};1.000.000;900.000`);
	return lines.join('\n') + '\n';
}

function unggahan(name: string, text: string) {
	const h = readBytes(name, new TextEncoder().encode(text), ref);
	expect(h.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
	return uploadRows(h.laporan, ref, new Map([[name, h.teks!]])).baris;
}

describe('every upload statement fits DuckDB-WASM', () => {
	it('no statement passes the byte limit, however many rows and however long a value', () => {
		// 3 bytes per character in UTF-8, a quote doubled in SQL, and a surrogate pair at every part's edge
		const length = 'ǅ’'.repeat(40_000) + "'" + '😀'.repeat(30_000);
		const row = unggahan('anggaran.csv', csvAnggaran(5000));
		row.anggaran[7].uraian = length;
		const perintah = uploadStatements(row);
		expect(perintah.length).toBeGreaterThan(100);
		expect(Math.max(...perintah.map(utf8Length))).toBeLessThanOrEqual(MAX_INSERT_BYTES);
	});
});

describe.each(ENGINES)('$nama', { timeout: ENGINE_TIMEOUT }, ({ open }) => {
	let db: Executor;
	beforeAll(async () => {
		db = await open(tmp);
	}, 60_000);

	it.each([500, 5000])('a budget upload of a total row and %i kegiatan goes in whole, and the home page shows it', async (n) => {
		await attachUploads(db, unggahan(`anggaran-${n}.csv`, csvAnggaran(n)));
		const [k] = await db.query(
			`SELECT count(*) AS n, sum(pagu) AS pagu, sum(realisasi) AS realisasi FROM anggaran WHERE sumber = 'unggahan' AND level = 'kegiatan'`
		);
		// exact sums arrive as a number while they are safe integers
		expect(k).toEqual({ n, pagu: n * 1_000_000, realisasi: n * 900_000 });
		const [kpi] = await db.query(sqlKpi(2024));
		// the total row as printed: n × Rp 1.000.000, of which 90% spent
		expect(kpi.pagu).toBe(n * 1_000_000);
		expect(kpi.serapan as number).toBeCloseTo(90, 9);
		const home = await loadHome(db, { tahun: 2024 });
		expect(home.tahun).toBe(2024);
		await attachUploads(db, uploadRows([], ref).baris);
		expect(await db.query(`SELECT count(*) AS n FROM anggaran WHERE sumber = 'unggahan'`)).toEqual([{ n: 0 }]);
	});

	it('a value longer than a statement arrives whole and unchanged', async () => {
		const length = 'Kegiatan ' + 'ǅ’'.repeat(40_000) + "'s" + '😀'.repeat(30_000) + ' selesai';
		// a CSV cell is at most 1000 characters, but a printed line of an uploaded LKIP text is not bounded: put one in directly
		const row = unggahan('panjang.csv', csvAnggaran(3));
		row.anggaran[2].uraian = length;
		row.anggaran[2].raw = `Silo;2024;kegiatan;${length};1.000.000;900.000`;
		await attachUploads(db, row);
		const rows = await db.query(`SELECT uraian, raw FROM anggaran WHERE sumber = 'unggahan' AND level = 'kegiatan' ORDER BY line`);
		expect(rows.map((r) => r.uraian)).toEqual(['Kegiatan nomor 1', length, 'Kegiatan nomor 3']);
		expect(rows[1].raw).toBe(`Silo;2024;kegiatan;${length};1.000.000;900.000`);
		await attachUploads(db, uploadRows([], ref).baris);
	});
});

const WASM = ENGINES.find((m) => m.nama.includes('WASM'))!;

describe(WASM.nama, { timeout: ENGINE_TIMEOUT }, () => {
	it('a statement too long for the engine is refused with a message, and the engine keeps answering', async () => {
		const db = await WASM.open(tmp);
		const sql = `SELECT length('${'x'.repeat(MAX_STATEMENT_BYTES)}') AS n`;
		await expect(db.query(sql)).rejects.toThrow(/Perintah SQL terlalu panjang untuk mesin data di peramban/);
		expect(await db.query('SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
	});
});
