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
import { writeDataset } from '../../../scripts/write-parquet';
import { auditRows } from '../../../src/lib/audit/dataset';
import { extractReport } from '../../../src/lib/lkip/extract';
import { datasetRows } from '../../../src/lib/store/rows';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { openWasmNode } from '../../../src/lib/query/duckdb-wasm-node';
import { manifestParts, manifestFiles, registerFromManifest, lazyExecutor, tablesRead, type LazyExecutor } from '../../../src/lib/query/lazy-tables';
import type { Manifest } from '../../../src/lib/query/executor';
import { partBounds, partFiles, partIndex, PARTITIONED_TABLES, type ManifestParts } from '../../../src/lib/query/partitions';
import { loadKecamatanTemuan } from '../../../src/lib/query/consistency';
import { loadHome, loadKecamatan } from '../../../src/lib/query/page-data';
import * as q from '../../../src/lib/query/sql';
import { sqlPublishedYears, sqlYearUploads } from '../../../src/lib/query/published-years';

describe('tabelDibaca', () => {
	test('names standing alone are tables; longer identifiers, qualified columns, literals and comments are not', () => {
		const sql = `WITH ikm_pilih AS (SELECT i.kecamatan, i.laporan_id FROM ikm i WHERE i.file <> 'anggaran belanja')
-- temuan would be read here
SELECT * FROM ikm_pilih JOIN laporan_terbit l ON true /* profil */ WHERE EXISTS (SELECT 1 FROM laporan_unggahan)`;
		expect(tablesRead(sql)).toEqual(['laporan', 'ikm']);
		// an alias named like a table (sqlMap's `i.realisasi AS ikm`) is no read
		expect(tablesRead(`SELECT i.realisasi AS ikm, i.file as  profil FROM ikm_pilihan i`)).toEqual(['ikm_pilihan']);
		expect(tablesRead(q.sqlMap(2024))).not.toContain('ikm');
	});

	test('uploads tables and writes into them read no published table', () => {
		expect(tablesRead(q.sqlClearUploads(q.UPLOAD_TABLES[0]))).toEqual([]);
		expect(tablesRead(`INSERT INTO ikm_unggahan VALUES ('ikm', 'anggaran')`)).toEqual([]);
	});

	test('a published file named in read_parquet is its table', () => {
		expect(tablesRead(q.sqlViewParquet('uji', 'belanja.1cbb64cc.parquet'))).toEqual(['belanja']);
	});

	test("the home page's year query reads only the tables its CTEs name", () => {
		// sqlTahunLaporan: laporan, the IKM choice (the summary ikm_pilihan, kecamatan) and the budget totals (the
		// summaries anggaran_pokok and anggaran_kutipan, laporan.cakupan_anggaran); no budget tree, audit table or source lines
		expect(tablesRead(q.sqlReportYears())).toEqual(['laporan', 'kecamatan', 'anggaran_pokok', 'ikm_pilihan', 'anggaran_kutipan']);
		// the published answer reads its own file only, and the upload check no published table
		expect(tablesRead(sqlPublishedYears())).toEqual(['tahun_terbit']);
		expect(tablesRead(sqlYearUploads())).toEqual([]);
	});
});

describe('eksekutorMalas', () => {
	test('a query registers only the tables it reads, each once, and a failed registration is tried again', async () => {
		const didaftar: string[] = [];
		let gagalSekali = true;
		const db = lazyExecutor(
			async () => [],
			async (name) => {
				if (name === 'temuan' && gagalSekali) {
					gagalSekali = false;
					throw new Error('jaringan putus');
				}
				didaftar.push(name);
			}
		);
		await db.query('SELECT * FROM ikm JOIN kecamatan k ON k.kode = ikm.kode_kecamatan');
		expect(didaftar).toEqual(['ikm', 'kecamatan']);
		await db.query('SELECT count(*) FROM ikm');
		expect(didaftar).toEqual(['ikm', 'kecamatan']);
		await expect(db.query('SELECT * FROM temuan')).rejects.toThrow('jaringan putus');
		expect(db.terdaftar()).toEqual(['ikm', 'kecamatan']);
		await db.query('SELECT * FROM temuan');
		expect(didaftar).toEqual(['ikm', 'kecamatan', 'temuan']);
	});

	test('the query waits for its tables: none runs before they are in', async () => {
		const order: string[] = [];
		let lepas!: () => void;
		const tunggu = new Promise<void>((ok) => (lepas = ok));
		let masuk!: () => void;
		const dimulai = new Promise<void>((ok) => (masuk = ok));
		let terdaftar = false;
		const db = lazyExecutor(
			async (sql) => {
				// the property itself, checked whenever the query runs: its table is in
				order.push(`kueri ${sql}, profil ${terdaftar ? 'terdaftar' : 'belum terdaftar'}`);
				return [];
			},
			async (name) => {
				masuk();
				await tunggu;
				order.push(`daftar ${name}`);
				terdaftar = true;
			}
		);
		const j = db.query('SELECT 1 FROM profil');
		await dimulai;
		// one turn of the event loop runs every callback queued so far: a query that did not wait would be in `urutan`
		await new Promise((ok) => setImmediate(ok));
		expect(order).toEqual([]);
		lepas();
		await j;
		expect(order).toEqual(['daftar profil', 'kueri SELECT 1 FROM profil, profil terdaftar']);
	});

	test('the first answer is marked once, when its rows are back, not when the query is asked', async () => {
		const MARK = 'duckdb-jawaban-pertama';
		performance.clearMarks(MARK);
		let jawab!: () => void;
		const ditahan = new Promise<void>((ok) => (jawab = ok));
		const db = lazyExecutor(
			async () => {
				await ditahan;
				return [{ n: 1 }];
			},
			async () => {}
		);
		const j = db.query('SELECT 1 FROM ikm');
		await new Promise((ok) => setImmediate(ok));
		expect(performance.getEntriesByName(MARK)).toHaveLength(0);
		jawab();
		await j;
		const first = performance.getEntriesByName(MARK);
		expect(first).toHaveLength(1);
		await db.query('SELECT 2 FROM ikm');
		expect(performance.getEntriesByName(MARK)).toEqual(first);
	});
});

describe('eksekutorMalas with tables in parts', () => {
	// a fake manifest: `anggaran` in three parts by code; every registration is recorded as the fetch it would be
	const bagian: ManifestParts = {
		kolom: 'kode_kecamatan',
		awal: ['', '35.09.10', '35.10.01'],
		tabel: { anggaran: ['a0', 'a1', 'a2'].map((f) => ({ parquet: `anggaran.${f}.parquet`, baris: 1 })) }
	};
	function palsu() {
		const list: { nama: string; bagian?: readonly string[] }[] = [];
		const db = lazyExecutor(
			async () => [],
			async (nama, _db, b) => void list.push(b ? { nama, bagian: [...b] } : { nama }),
			(name, scope) => (scope.kode ? partFiles(bagian, name, scope.kode) : null)
		);
		return { db, daftar: list };
	}

	test('the parts are found by code range, the first part taking every code below the second bound', () => {
		expect(partIndex(bagian.awal, '35.09.01')).toBe(0);
		expect(partIndex(bagian.awal, '35.09.10')).toBe(1);
		expect(partIndex(bagian.awal, '35.09.31')).toBe(1);
		expect(partIndex(bagian.awal, '35.10.01')).toBe(2);
		expect(partIndex(bagian.awal, '11.01.01')).toBe(0);
		expect(partFiles(bagian, 'ikm', ['35.09.01'])).toBeNull();
		expect(partBounds(['c', 'a', 'e', 'b', 'd'], 2)).toEqual(['', 'c', 'e']);
		expect(partBounds(['a', 'b'], 2)).toEqual(['']);
	});

	test("a query for one kecamatan registers only its part, another kecamatan's adds its own, a query over all takes the whole file", async () => {
		const { db, daftar: list } = palsu();
		await db.query('SELECT * FROM anggaran WHERE kode_kecamatan = 1', { kode: ['35.09.12'] });
		expect(list).toEqual([{ nama: 'anggaran', bagian: ['anggaran.a1.parquet'] }]);
		// a table not in parts is whole whatever the scope
		await db.query('SELECT * FROM ikm', { kode: ['35.09.12'] });
		expect(list.at(-1)).toEqual({ nama: 'ikm' });
		// the same part again: nothing fetched
		await db.query('SELECT * FROM anggaran', { kode: ['35.09.20'] });
		expect(list).toHaveLength(2);
		// a second kecamatan: the view now reads both parts
		await db.query('SELECT * FROM anggaran', { kode: ['35.10.05'] });
		expect(list.at(-1)).toEqual({ nama: 'anggaran', bagian: ['anggaran.a1.parquet', 'anggaran.a2.parquet'] });
		expect(db.registeredParts()).toEqual({ anggaran: ['anggaran.a1.parquet', 'anggaran.a2.parquet'] });
		// no scope: the whole table, and from then on no part is fetched
		await db.query('SELECT sum(pagu) FROM anggaran');
		expect(list.at(-1)).toEqual({ nama: 'anggaran' });
		await db.query('SELECT * FROM anggaran', { kode: ['35.09.01'] });
		expect(list).toHaveLength(4);
		expect(db.registeredParts()).toEqual({});
		expect(db.terdaftar()).toEqual(['anggaran', 'ikm']);
	});

	test("with the manifest's registration: a kecamatan's page fetches its part file once, and the view reads the parts fetched", async () => {
		const manifest: Manifest = {
			dibuat: '',
			tabel: { anggaran: { parquet: 'anggaran.0123abcd.parquet', csv: 'anggaran.0123abcd.csv', baris: 3 } },
			bagian
		};
		const diambil: string[] = [];
		const sql: string[] = [];
		const db = lazyExecutor(
			async () => [],
			registerFromManifest(
				manifest,
				async (file) => void diambil.push(file),
				async (s) => void sql.push(s)
			),
			manifestParts(manifest)
		);
		await Promise.all([
			db.query('SELECT * FROM anggaran a WHERE a.urutan = 1', { kode: ['35.10.02'] }),
			db.query('SELECT * FROM anggaran a WHERE a.urutan = 2', { kode: ['35.10.02'] })
		]);
		expect(diambil).toEqual(['anggaran.a2.parquet']);
		expect(sql.find((s) => s.includes('anggaran_terbit'))).toContain("read_parquet(['anggaran.a2.parquet'])");
		await db.query('SELECT * FROM anggaran', { kode: ['35.09.01'] });
		expect(diambil).toEqual(['anggaran.a2.parquet', 'anggaran.a0.parquet']);
		expect(sql.filter((s) => s.includes('VIEW anggaran_terbit')).at(-1)).toContain("read_parquet(['anggaran.a2.parquet', 'anggaran.a0.parquet'])");
		await db.query('SELECT count(*) FROM anggaran');
		expect(diambil.at(-1)).toBe('anggaran.0123abcd.parquet');
		expect(sql.filter((s) => s.includes('VIEW anggaran_terbit')).at(-1)).toContain("read_parquet('anggaran.0123abcd.parquet')");
		// every file the manifest names is worth keeping in the Cache API
		expect(manifestFiles(manifest).sort()).toEqual(['anggaran.0123abcd.parquet', 'anggaran.a0.parquet', 'anggaran.a1.parquet', 'anggaran.a2.parquet']);
	});

	test('a kecamatan unknown to the list reads an empty view, no part', async () => {
		const { db, daftar: list } = palsu();
		await db.query('SELECT * FROM anggaran', { kode: [] });
		expect(list).toEqual([{ nama: 'anggaran', bagian: [] }]);
	});
});

describe('DuckDB-WASM with lazy tables, over a dataset', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'lazy-tables-'));
	let wasm: LazyExecutor;
	beforeAll(async () => {
		// the five reports as the data build makes them, findings included
		const ref = readMasterData();
		const text = new Map(
			readdirSync('data/lkip')
				.filter((f) => f.endsWith('.txt'))
				.map((f) => [f, readFileSync(join('data/lkip', f), 'utf8')])
		);
		const laporan = [...text].map(([f, t]) => extractReport(t, f, ref));
		await writeDataset(tmp, datasetRows(laporan, ref, [(ls, r) => auditRows(ls, text, r)]));
		wasm = await openWasmNode(tmp);
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
		// the home page reads its published answers (home-answers.ts), not the tables or summaries they come from
		for (const t of ['indikator', 'anggaran_ringkas', 'ikm', 'anggaran_tahun_lain', 'ikm_pilihan', 'anggaran_pokok', 'anggaran_kutipan', 'indikator_capaian'])
			expect(terdaftar).not.toContain(t);
		for (const t of ['laporan', 'kecamatan', 'tahun_terbit', 'beranda_kpi', 'beranda_ikm', 'beranda_serapan', 'beranda_capaian', 'beranda_peta'])
			expect(terdaftar).toContain(t);
		// a kecamatan page then brings in what it reads beyond the home page
		const kec = await loadKecamatan(wasm, 'arjasa');
		expect(kec).toEqual(await loadKecamatan(node, 'arjasa'));
		expect(wasm.terdaftar()).toContain('belanja');
		expect(wasm.terdaftar()).toContain('anggaran');
	}, 300_000);

	test("in parts: the manifest lists each detailed table's parts, and a kecamatan page registers only its kecamatan's part", async () => {
		// 31 kecamatan in data/kecamatan.csv, cut every 4: eight parts
		const terbagi = mkdtempSync(join(tmpdir(), 'lazy-tables-bagian-'));
		try {
			cpSync(tmp, terbagi, { recursive: true });
			const ref = readMasterData();
			const text = new Map(
				readdirSync('data/lkip')
					.filter((f) => f.endsWith('.txt'))
					.map((f) => [f, readFileSync(join('data/lkip', f), 'utf8')])
			);
			const laporan = [...text].map(([f, t]) => extractReport(t, f, ref));
			const m = await writeDataset(terbagi, datasetRows(laporan, ref, [(ls, r) => auditRows(ls, text, r)]), {}, {}, {}, { kecamatanPerPart: 4 });
			expect(m.bagian?.awal).toHaveLength(8);
			expect(Object.keys(m.bagian!.tabel).sort()).toEqual([...PARTITIONED_TABLES].sort());
			for (const t of ['anggaran', 'indikator', 'sumber_baris', 'temuan', 'profil']) expect(PARTITIONED_TABLES).toContain(t);
			for (const [name, section] of Object.entries(m.bagian!.tabel)) {
				expect(section).toHaveLength(8);
				// the parts hold the table's rows, each once
				expect(section.reduce((a, b) => a + b.baris, 0)).toBe(m.tabel[name].baris);
				for (const b of section) expect(readdirSync(terbagi)).toContain(b.parquet);
			}
			const node = await openNode(terbagi);
			const dibaca: string[] = [];
			const wasm = await openWasmNode(terbagi, dibaca);
			const slug = 'arjasa';
			const [kec] = await node.query(q.sqlKecamatan(slug));
			const i = partIndex(m.bagian!.awal, kec.kode as string);
			const [lazy, temuan] = await Promise.all([loadKecamatan(wasm, slug), loadKecamatanTemuan(wasm, slug)]);
			expect(lazy).toEqual(await loadKecamatan(node, slug));
			expect(temuan).toEqual(await loadKecamatanTemuan(node, slug));
			expect(lazy.pohon.length).toBeGreaterThan(0);
			expect(temuan.length).toBeGreaterThan(0);
			// its part of the budget tree, the source lines, the findings; never another part or the whole file
			const bagianDibaca = wasm.registeredParts();
			for (const t of ['anggaran', 'belanja', 'profil', 'temuan']) {
				expect(bagianDibaca[t]).toEqual([m.bagian!.tabel[t][i].parquet]);
				expect(dibaca).not.toContain(m.tabel[t].parquet);
			}
			for (const f of dibaca) if (/\.b\d+\./.test(f)) expect(f).toMatch(new RegExp(`\\.b${i}\\.`));
			// another kecamatan in another part, on the same engine: answers stay those of whole tables
			const other = (await node.query(q.sqlKecamatanList())).filter((k) => k.ada_laporan && k.slug !== slug);
			expect(new Set(other.map((k) => partIndex(m.bagian!.awal, k.kode as string))).size).toBeGreaterThan(1);
			for (const k of other) expect(await loadKecamatan(wasm, k.slug as string)).toEqual(await loadKecamatan(node, k.slug as string));
			expect(wasm.registeredParts().anggaran.length).toBeGreaterThan(1);
			// the home page afterwards: the budget summary and whole tables, the same answers as ever
			expect(await loadHome(wasm)).toEqual(await loadHome(node));
		} finally {
			rmSync(terbagi, { recursive: true, force: true });
		}
	}, 300_000);

	test('a dataset without the summary file reads the whole budget tree instead, with the same answers', async () => {
		// as written before summaries and published answers existed: the manifest has neither
		const old = mkdtempSync(join(tmpdir(), 'lazy-tables-lama-'));
		try {
			cpSync(tmp, old, { recursive: true });
			const m = JSON.parse(readFileSync(join(old, 'manifest.json'), 'utf8'));
			delete m.ringkasan;
			delete m.jawaban;
			writeFileSync(join(old, 'manifest.json'), JSON.stringify(m));
			const tanpa = await openWasmNode(old);
			expect(await loadHome(tanpa)).toEqual(await loadHome(await openNode(tmp)));
			expect(await loadHome(await openNode(old))).toEqual(await loadHome(await openNode(tmp)));
			expect(tanpa.terdaftar()).toContain('anggaran');
			expect(tanpa.terdaftar()).toContain('ikm');
		} finally {
			rmSync(old, { recursive: true, force: true });
		}
	}, 300_000);
});
