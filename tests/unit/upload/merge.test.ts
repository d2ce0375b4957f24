/**
 * Uploaded rows beside the published data: the same views and queries the
 * dashboard runs, on both DuckDB engines (tests/fixtures/engines.ts; uploads live
 * only in the browser's DuckDB-WASM), over a dataset built from real reports,
 * with a CSV upload added.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { writeDataset } from '../../../scripts/write-parquet';
import { extractReport } from '../../../src/lib/lkip/extract';
import type { Executor } from '../../../src/lib/query/executor';
import {
	sqlKecamatanAnnualAnggaran,
	sqlIkmRanking,
	sqlKecamatanSerapan,
	sqlSkorKualitas,
	sqlRowSource,
	sqlTemuan,
	sqlSerapanTrend
} from '../../../src/lib/query/sql';
import { datasetRows } from '../../../src/lib/store/rows';
import { uploadRows, attachUploads } from '../../../src/lib/upload/merge';
import { uploadMark } from '../../../src/lib/table-view';
import { readBytes } from '../../../src/lib/upload/import-file';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'gabung-'));

beforeAll(async () => {
	const laporan = ['arjasa-2023.txt', 'puger-2023.txt'].map((f) => extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref));
	await writeDataset(tmp, datasetRows(laporan, ref));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const csv = (t: string) => new TextEncoder().encode(t);

describe.each(ENGINES)('$nama', { timeout: ENGINE_TIMEOUT }, ({ open }) => {
	let db: Executor;
	beforeAll(async () => {
		db = await open(tmp);
	}, 60_000);

	describe('data unggahan di samping data terbit', () => {
		it('shows an uploaded kecamatan in the IKM ranking, marked, and takes it out again', async () => {
			const before = await db.query(sqlIkmRanking(2023));
			expect(before.map((r) => r.kecamatan)).not.toContain('Silo');
			expect(before.every((r) => r.unggahan === false)).toBe(true);

			const h = readBytes('ikm-2023.csv', csv('kecamatan;tahun;target;realisasi;mutu\nSilo;2023;85;91,25;A\n'), ref);
			expect(h.barisDiterima).toEqual([2]);
			const { baris: row, masalah: problem } = uploadRows(h.laporan, ref);
			expect(problem).toEqual([]);
			await attachUploads(db, row);

			const after = await db.query(sqlIkmRanking(2023));
			const silo = after.find((r) => r.kecamatan === 'Silo');
			expect(silo).toMatchObject({ realisasi: 91.25, unggahan: true, file: 'ikm-2023.csv', line: 2, slug: 'silo' });
			expect(after[0].kecamatan).toBe('Silo');
			expect((await db.query(`SELECT ada_laporan FROM kecamatan WHERE kecamatan = 'Silo'`))[0].ada_laporan).toBe(true);

			await attachUploads(db, uploadRows([], ref).baris);
			expect((await db.query(sqlIkmRanking(2023))).map((r) => r.kecamatan)).toEqual(before.map((r) => r.kecamatan));
		});

		it('keeps uploaded rupiah exact as BIGINT', async () => {
			const h = readBytes(
				'anggaran.csv',
				csv('kecamatan,tahun,level,uraian,pagu,realisasi\nSilo,2024,total,Jumlah,9.007.199.254.740.991,"9.007.199.254.740.990"\n'),
				ref
			);
			await attachUploads(db, uploadRows(h.laporan, ref).baris);
			const [r] = await db.query(`SELECT pagu, realisasi, sumber, typeof(pagu) AS tipe FROM anggaran WHERE kecamatan = 'Silo'`);
			expect(r).toEqual({ pagu: 9_007_199_254_740_991, realisasi: 9_007_199_254_740_990, sumber: 'unggahan', tipe: 'BIGINT' });
			await attachUploads(db, uploadRows([], ref).baris);
		});

		it('marks uploaded serapan in every budget query, published rows unmarked', async () => {
			const text = 'kecamatan;tahun;level;uraian;pagu;realisasi\nSilo;2023;total;Jumlah;2.000.000.000;1.900.000.000\n';
			const h = readBytes('anggaran-silo.csv', csv(text), ref);
			await attachUploads(db, uploadRows(h.laporan, ref, new Map([['anggaran-silo.csv', h.teks!]])).baris);

			const serapan = await db.query(sqlKecamatanSerapan(2023));
			expect(serapan.find((r) => r.kecamatan === 'Silo')).toMatchObject({ serapan: 95, unggahan: true, file: 'anggaran-silo.csv', line: 2 });
			expect(serapan.filter((r) => r.kecamatan !== 'Silo').every((r) => r.unggahan === false)).toBe(true);
			expect(await db.query(sqlKecamatanAnnualAnggaran('silo'))).toMatchObject([{ tahun: 2023, serapan: 95, unggahan: true }]);
			const trend = await db.query(sqlSerapanTrend(['silo', 'arjasa']));
			expect(trend.find((r) => r.kecamatan === 'Silo')?.unggahan).toBe(true);
			expect(trend.find((r) => r.kecamatan === 'Arjasa')?.unggahan).toBe(false);
			const gabungan = trend.find((r) => r.rata === true && r.tahun === 2023);
			expect(gabungan?.unggahan).toBe(true);
			expect(uploadMark(gabungan)).toBe('termasuk data unggahan');
			await attachUploads(db, uploadRows([], ref).baris);
		});

		it('audits an uploaded LKIP text and lists its findings and score beside the published ones', async () => {
			const name = 'kencong-2022-pipa.txt';
			const h = readBytes(name, readFileSync(join('tests/fixtures/lkip', name)), ref);
			expect(h.laporan).toHaveLength(1);
			const terbit = await db.query(sqlTemuan());

			// without its text (an upload kept by an older version) the report is shown but not audited
			await attachUploads(db, uploadRows(h.laporan, ref).baris);
			expect(await db.query(sqlTemuan())).toEqual(terbit);

			await attachUploads(db, uploadRows(h.laporan, ref, new Map([[name, h.teks!]])).baris);
			const temuan = (await db.query(sqlTemuan())).filter((t) => t.kecamatan === 'Kencong');
			// the fixture states the 2022 IKM target as 82 and as 79,50, and prints "98,5,1"
			expect(temuan.map((t) => t.aturan).sort()).toEqual(['angka_rusak', 'target_beda']);
			expect(temuan.every((t) => t.unggahan === true && t.file === name && t.tahun === 2022)).toBe(true);
			expect((await db.query(sqlTemuan())).filter((t) => t.kecamatan !== 'Kencong')).toEqual(terbit);

			const score = (await db.query(sqlSkorKualitas())).find((s) => s.kecamatan === 'Kencong');
			expect(score).toMatchObject({ tahun: 2022, unggahan: true, gagal: 2 });
			const kutip = (await db.query(sqlRowSource())).filter((b) => b.file === name);
			const baris52 = readFileSync(join('tests/fixtures/lkip', name), 'utf8').split(/\r?\n/)[51];
			expect(kutip.find((b) => b.line === 52)).toEqual({ file: name, line: 52, page: null, letak: null, teks: baris52, unggahan: true });
			await attachUploads(db, uploadRows([], ref).baris);
		});
	});
});
