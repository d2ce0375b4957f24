/**
 * Tables register when a query first reads them (src/lib/query/lazy-tables.ts):
 * which tables a statement names, that a query registers only those, and that the
 * lazy DuckDB-WASM executor answers a page's queries exactly as the node engine,
 * which registers every table up front.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { tulisDataset } from '../../../scripts/write-parquet';
import { barisAudit } from '../../../src/lib/audit/dataset';
import { extractLaporan } from '../../../src/lib/lkip/extract';
import { barisDataset } from '../../../src/lib/store/rows';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { bukaWasmNode } from '../../../src/lib/query/duckdb-wasm-node';
import { eksekutorMalas, tabelDibaca, type EksekutorMalas } from '../../../src/lib/query/lazy-tables';
import { loadHome, loadKecamatan } from '../../../src/lib/query/page-data';
import * as q from '../../../src/lib/query/sql';

describe('tabelDibaca', () => {
	test('names standing alone are tables; longer identifiers, qualified columns, literals and comments are not', () => {
		const sql = `WITH ikm_pilih AS (SELECT i.kecamatan, i.laporan_id FROM ikm i WHERE i.file <> 'anggaran belanja')
-- temuan would be read here
SELECT * FROM ikm_pilih JOIN laporan_terbit l ON true /* profil */ WHERE EXISTS (SELECT 1 FROM laporan_unggahan)`;
		expect(tabelDibaca(sql)).toEqual(['laporan', 'ikm']);
	});

	test('uploads tables and writes into them read no published table', () => {
		expect(tabelDibaca(q.sqlKosongkanUnggahan(q.TABEL_UNGGAHAN[0]))).toEqual([]);
		expect(tabelDibaca(`INSERT INTO ikm_unggahan VALUES ('ikm', 'anggaran')`)).toEqual([]);
	});

	test('a published file named in read_parquet is its table', () => {
		expect(tabelDibaca(q.sqlViewParquet('uji', 'belanja.1cbb64cc.parquet'))).toEqual(['belanja']);
	});

	test("the home page's year query reads only the tables its CTEs name", () => {
		// sqlTahunLaporan: laporan, the IKM choice (ikm, kecamatan) and the budget totals (the budget
		// summary, anggaran_tahun_lain, laporan.cakupan_anggaran); no budget tree, audit table or source lines
		expect(tabelDibaca(q.sqlTahunLaporan())).toEqual(['laporan', 'ikm', 'anggaran_tahun_lain', 'kecamatan', 'anggaran_ringkas']);
	});
});

describe('eksekutorMalas', () => {
	test('a query registers only the tables it reads, each once, and a failed registration is tried again', async () => {
		const didaftar: string[] = [];
		let gagalSekali = true;
		const db = eksekutorMalas(
			async () => [],
			async (nama) => {
				if (nama === 'temuan' && gagalSekali) {
					gagalSekali = false;
					throw new Error('jaringan putus');
				}
				didaftar.push(nama);
			}
		);
		await db.kueri('SELECT * FROM ikm JOIN kecamatan k ON k.kode = ikm.kode_kecamatan');
		expect(didaftar).toEqual(['ikm', 'kecamatan']);
		await db.kueri('SELECT count(*) FROM ikm');
		expect(didaftar).toEqual(['ikm', 'kecamatan']);
		await expect(db.kueri('SELECT * FROM temuan')).rejects.toThrow('jaringan putus');
		expect(db.terdaftar()).toEqual(['ikm', 'kecamatan']);
		await db.kueri('SELECT * FROM temuan');
		expect(didaftar).toEqual(['ikm', 'kecamatan', 'temuan']);
	});

	test('the query waits for its tables: none runs before they are in', async () => {
		const urutan: string[] = [];
		let lepas!: () => void;
		const tunggu = new Promise<void>((ok) => (lepas = ok));
		const db = eksekutorMalas(
			async (sql) => {
				urutan.push(`kueri ${sql}`);
				return [];
			},
			async (nama) => {
				await tunggu;
				urutan.push(`daftar ${nama}`);
			}
		);
		const j = db.kueri('SELECT 1 FROM profil');
		await new Promise((ok) => setTimeout(ok, 10));
		expect(urutan).toEqual([]);
		lepas();
		await j;
		expect(urutan).toEqual(['daftar profil', 'kueri SELECT 1 FROM profil']);
	});
});

describe('DuckDB-WASM with lazy tables, over a dataset', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'lazy-tables-'));
	let wasm: EksekutorMalas;
	beforeAll(async () => {
		// the five reports as the data build makes them, findings included
		const ref = readMasterData();
		const teks = new Map(
			readdirSync('data/lkip')
				.filter((f) => f.endsWith('.txt'))
				.map((f) => [f, readFileSync(join('data/lkip', f), 'utf8')])
		);
		const laporan = [...teks].map(([f, t]) => extractLaporan(t, f, ref));
		await tulisDataset(tmp, barisDataset(laporan, ref, [(ls, r) => barisAudit(ls, teks, r)]));
		wasm = await bukaWasmNode(tmp);
	}, 120_000);
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));

	test('the home page registers its tables only, and answers as the engine with every table', async () => {
		const node = await openNode(tmp);
		expect(wasm.terdaftar()).toEqual([]);
		const [lazy, eager] = await Promise.all([loadHome(wasm), loadHome(node)]);
		expect(lazy).toEqual(eager);
		expect(lazy.peringkatIkm.grafik.length).toBeGreaterThan(0);
		const terdaftar = wasm.terdaftar();
		for (const t of ['anggaran', 'temuan', 'skor_kualitas', 'sumber_baris', 'belanja', 'profil', 'peringatan']) expect(terdaftar).not.toContain(t);
		for (const t of ['laporan', 'ikm', 'anggaran_ringkas', 'kecamatan', 'indikator']) expect(terdaftar).toContain(t);
		// a kecamatan page then brings in what it reads beyond the home page
		const kec = await loadKecamatan(wasm, 'arjasa');
		expect(kec).toEqual(await loadKecamatan(node, 'arjasa'));
		expect(wasm.terdaftar()).toContain('belanja');
		expect(wasm.terdaftar()).toContain('anggaran');
	}, 300_000);

	test('a dataset without the summary file reads the whole budget tree instead, with the same answers', async () => {
		// as written before summaries existed: the manifest has no `ringkasan`
		const lama = mkdtempSync(join(tmpdir(), 'lazy-tables-lama-'));
		try {
			cpSync(tmp, lama, { recursive: true });
			const m = JSON.parse(readFileSync(join(lama, 'manifest.json'), 'utf8'));
			delete m.ringkasan;
			writeFileSync(join(lama, 'manifest.json'), JSON.stringify(m));
			const tanpa = await bukaWasmNode(lama);
			expect(await loadHome(tanpa)).toEqual(await loadHome(await openNode(tmp)));
			expect(tanpa.terdaftar()).toContain('anggaran');
		} finally {
			rmSync(lama, { recursive: true, force: true });
		}
	}, 300_000);
});
