/**
 * The home page reads summaries (src/lib/query/summaries.ts) instead of the
 * detailed tables: its queries must give the very rows the same queries give over
 * the detailed tables. On a small synthetic dataset (scripts/synth.ts), each home
 * query runs on DuckDB-WASM over the summaries, its year's file only (the Scope
 * loadHome gives), and on the node engine over the detailed tables: the same SQL
 * with the summary names replaced by the tables they summarise, which is the SQL
 * before the summaries existed. Again after uploads that tie with, beat and add
 * to the published rows, since the summary views union this browser's uploads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSynthetic } from '../../../scripts/synth';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { openWasmNode } from '../../../src/lib/query/duckdb-wasm-node';
import type { Executor, Query, QueryRow, Scope } from '../../../src/lib/query/executor';
import type { LazyExecutor } from '../../../src/lib/query/lazy-tables';
import { homeScope, loadHome, loadKecamatan, loadYears } from '../../../src/lib/query/page-data';
import { sqlPublishedYears } from '../../../src/lib/query/published-years';
import * as q from '../../../src/lib/query/sql';
import { tabel } from '../../../src/lib/store/schema';
import { CHART_TAIL, TABLE_ROWS } from '../../../src/lib/query/limits';

/** The SQL over the detailed tables: every summary name replaced by its table. */
function overDetail(sql: string): string {
	return sql
		.replace(/\banggaran_pokok\b/g, 'anggaran_ringkas')
		.replace(/\bindikator_capaian\b/g, 'indikator')
		.replace(/\bindikator_angka\b/g, 'indikator')
		.replace(/\bikm_pilihan\b/g, 'ikm')
		.replace(/\banggaran_kutipan\b/g, 'anggaran_tahun_lain');
}

/**
 * A mean of doubles depends in its last bits on the order rows are summed in (a
 * year's file against the whole table); twelve significant digits is far below any
 * shown figure, as in query-engines.test.ts. Integers and money stay exact.
 */
function biasa(v: unknown): unknown {
	if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
	if (Array.isArray(v)) return v.map(biasa);
	if (v && typeof v === 'object' && typeof v !== 'bigint') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, biasa(x)]));
	return v;
}

const TAHUN_AKHIR = 2024;

describe('home queries over summaries and over the detailed tables', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ringkasan-'));
	let wasm: LazyExecutor;
	let wasmRinci: LazyExecutor;
	let node: Executor;
	let nodeRinci: Executor;
	let dibaca: string[];
	beforeAll(async () => {
		await writeSynthetic({ kecamatan: 40, tahun: 3, outDir: dir, seed: 7, tahunAkhir: TAHUN_AKHIR });
		dibaca = [];
		wasm = await openWasmNode(dir, dibaca);
		wasmRinci = await openWasmNode(dir);
		node = await openNode(dir);
		nodeRinci = await openNode(dir);
	}, 180_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	/** Every home query of a year, whole lists (not cut), with the scope loadHome runs it with. */
	function homeQueries(year: number): [string, Query<QueryRow>, Scope | undefined][] {
		const satu = homeScope(year);
		return [
			['tahun', q.sqlReportYears(), undefined],
			['kecamatan', q.sqlKecamatanList(), undefined],
			['kpi', q.sqlKpi(year), satu],
			['peringkat IKM', q.sqlIkmRanking(year), satu],
			['peringkat IKM (potongan)', q.sqlSlice(q.sqlIkmRanking(year), CHART_TAIL, TABLE_ROWS), satu],
			['serapan', q.sqlKecamatanSerapan(year), satu],
			['capaian', q.sqlCapaianMatrix(year), satu],
			['capaian (potongan)', q.sqlSlice(q.sqlCapaianMatrix(year), CHART_TAIL, TABLE_ROWS), satu],
			['peta', q.sqlMap(year), satu]
		];
	}

	async function compare(year: number): Promise<number> {
		let line = 0;
		for (const [name, sql, scope] of homeQueries(year)) {
			const [summary, detail] = await Promise.all([wasm.query(sql, scope), wasmRinci.query(overDetail(sql))]);
			expect(biasa(summary), `${name} ${year} (WASM)`).toEqual(biasa(detail));
			expect(biasa(await node.query(sql)), `${name} ${year} (node)`).toEqual(biasa(await nodeRinci.query(overDetail(sql))));
			line += summary.length;
		}
		return line;
	}

	test('every year: the same rows; the detailed indicator and budget tables are never fetched', async () => {
		for (const year of [TAHUN_AKHIR - 2, TAHUN_AKHIR - 1, TAHUN_AKHIR]) expect(await compare(year)).toBeGreaterThan(40);
		expect(wasm.terdaftar()).not.toContain('indikator');
		expect(wasm.terdaftar()).not.toContain('anggaran');
		expect(wasm.terdaftar()).not.toContain('anggaran_ringkas');
		// one year file per year asked, never the whole summary
		expect(dibaca.filter((f) => f.startsWith('indikator_capaian.')).sort()).toEqual(
			expect.arrayContaining([expect.stringMatching(/^indikator_capaian\.t2024\.[0-9a-f]{8}\.parquet$/)])
		);
		expect(dibaca.filter((f) => /^indikator_capaian\.[0-9a-f]{8}\.parquet$/.test(f))).toEqual([]);
	}, 300_000);

	test("a fresh engine's home page: the year list and its year's answers as published; computed, only its year's and the previous year's files", async () => {
		const dibacaSegar: string[] = [];
		const segar = await openWasmNode(dir, dibacaSegar);
		// the first query: the published years and the kecamatan list, no IKM or budget file
		expect(await loadYears(segar)).toEqual(await node.query(q.sqlReportYears()));
		expect(segar.terdaftar().sort()).toEqual(['tahun_terbit']);
		expect(dibacaSegar).toEqual([expect.stringMatching(/^tahun_terbit\.[0-9a-f]{8}\.parquet$/)]);
		const detail = { query: (sql: string, scope?: Scope) => wasmRinci.query(overDetail(sql), scope) } as Executor;
		expect(biasa(await loadHome(segar, { tahun: TAHUN_AKHIR }))).toEqual(biasa(await loadHome(detail, { tahun: TAHUN_AKHIR })));
		// Beranda's published answers (home-answers.ts): no summary file at all
		expect(dibacaSegar.filter((f) => /^(ikm_pilihan|anggaran_pokok|anggaran_kutipan|indikator_capaian)\./.test(f))).toEqual([]);
		expect(dibacaSegar.some((f) => f.startsWith('beranda_kpi.'))).toBe(true);
		// computed (as while this browser holds uploads), the same queries read the year files only
		dibacaSegar.length = 0;
		// (the year's queries; the year list is the published answer)
		for (const [, sql, scope] of homeQueries(TAHUN_AKHIR)) if (scope) await segar.query(sql, scope);
		for (const r of ['ikm_pilihan', 'anggaran_pokok', 'anggaran_kutipan']) {
			const file = dibacaSegar.filter((f) => f.startsWith(`${r}.`)).sort();
			// never the whole summary: the year shown and the one before (its changes), where that year has rows
			// (a budget quoted for another year is of an earlier year: none of the last)
			expect(file.length, r).toBeGreaterThan(0);
			for (const f of file) expect(f, r).toMatch(new RegExp(`^${r}\\.t(${TAHUN_AKHIR - 1}|${TAHUN_AKHIR})\\.[0-9a-f]{8}\\.parquet$`));
		}
		for (const t of ['ikm', 'anggaran', 'anggaran_tahun_lain', 'indikator']) expect(segar.terdaftar()).not.toContain(t);
		expect(dibacaSegar.filter((f) => f.startsWith('ikm_pilihan.'))).toHaveLength(2);
	}, 300_000);

	test('with uploads (a tie, a better pick, a report without a total row): still the same rows', async () => {
		const [k1, k2] = (await node.query<{ kode: string }>(`SELECT kode FROM kecamatan ORDER BY kode LIMIT 2`)).map((r) => r.kode);
		const t = litYear(TAHUN_AKHIR);
		// k1: its published indicators again with other capaian (a tie on file and line is decided by sumber)
		// and with a lower `no` (the upload wins the pick); k2: budget programs of a report without a total row
		const indikator = await node.query(`SELECT * EXCLUDE (sumber) FROM indikator WHERE kode_kecamatan = '${k1}' AND tahun_laporan = ${t}`);
		expect(indikator.length).toBeGreaterThan(0);
		const unggahIndikator = [
			...indikator.map((r) => ({ ...r, capaian: Number(r.capaian) + 3 })),
			...indikator.map((r) => ({ ...r, no: -1, file: 'unggahan.pdf', capaian: 42.5 }))
		];
		const program = await node.query(`SELECT * EXCLUDE (sumber) FROM anggaran WHERE kode_kecamatan = '${k2}' AND tahun_laporan = ${t} AND level = 'program'`);
		expect(program.length).toBeGreaterThan(0);
		const unggahAnggaran = program.map((r) => ({ ...r, laporan_id: `${r.laporan_id}-u`, file: 'unggahan-anggaran.pdf' }));
		for (const db of [wasm, wasmRinci, node, nodeRinci]) {
			await db.query(q.sqlInsertUpload(tabel('indikator'), unggahIndikator));
			await db.query(q.sqlInsertUpload(tabel('anggaran'), unggahAnggaran));
		}
		for (const year of [TAHUN_AKHIR - 1, TAHUN_AKHIR]) await compare(year);
		// the published answer no longer is the answer: an uploaded IKM of a year no report has
		const [ikm] = await node.query(`SELECT * EXCLUDE (sumber) FROM ikm WHERE kode_kecamatan = '${k1}' AND dipilih AND realisasi IS NOT NULL LIMIT 1`);
		const tahunBaru = TAHUN_AKHIR + 3;
		const before = await loadYears(wasm);
		expect(before.map((r) => r.tahun)).not.toContain(tahunBaru);
		for (const db of [wasm, wasmRinci, node, nodeRinci])
			await db.query(q.sqlInsertUpload(tabel('ikm'), [{ ...ikm, tahun: tahunBaru, file: 'unggahan-ikm.pdf' }]));
		const after = await loadYears(wasm);
		expect(after.map((r) => r.tahun)).toContain(tahunBaru);
		expect(after).toEqual(await nodeRinci.query(overDetail(q.sqlReportYears())));
		expect(await loadYears(node)).toEqual(after);
		// while the published file still says what was published
		expect(await wasm.query(sqlPublishedYears())).toEqual(before);
		// the uploads show: k1's mean capaian is the uploaded pick's
		const map = await wasm.query(q.sqlMap(TAHUN_AKHIR), { tahun: [TAHUN_AKHIR] });
		expect(map.find((r) => r.kode === k1)?.capaian_rata).toBe(42.5);
		expect(map.find((r) => r.kode === k1)?.capaian_unggahan).toBe(true);
		// and loadHome as the page runs it answers as over the detailed tables
		const detail = { query: (sql: string, scope?: Scope) => wasmRinci.query(overDetail(sql), scope) } as Executor;
		expect(biasa(await loadHome(wasm, { tahun: TAHUN_AKHIR }))).toEqual(biasa(await loadHome(detail, { tahun: TAHUN_AKHIR })));
	}, 300_000);
});

describe("the kecamatan page's comparisons over summaries and over the detailed tables", () => {
	const dir = mkdtempSync(join(tmpdir(), 'ringkasan-kecamatan-'));
	let wasm: LazyExecutor;
	let wasmRinci: LazyExecutor;
	beforeAll(async () => {
		await writeSynthetic({ kecamatan: 30, tahun: 3, outDir: dir, seed: 11, tahunAkhir: TAHUN_AKHIR });
		wasm = await openWasmNode(dir);
		wasmRinci = await openWasmNode(dir);
	}, 180_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('the efficiency quadrant with its kabupaten medians, and the whole kecamatan page: the same rows', async () => {
		const detail = { query: (sql: string, scope?: Scope) => wasmRinci.query(overDetail(sql), scope) } as Executor;
		const [{ slug }] = await wasm.query<{ slug: string }>(`SELECT slug FROM kecamatan ORDER BY kode LIMIT 1 OFFSET 7`);
		const [{ kunci: key }] = await wasmRinci.query<{ kunci: string }>(q.sqlIndikatorList());
		for (const sql of [q.sqlEfficiency([slug], null), q.sqlEfficiency(null, null), q.sqlEfficiency(null, [TAHUN_AKHIR], key)]) {
			expect(sql).toMatch(/\bindikator_angka\b/);
			const rows = await wasm.query(sql);
			expect(rows.length).toBeGreaterThan(0);
			expect(biasa(rows)).toEqual(biasa(await detail.query(sql)));
		}
		// the comparison across every kecamatan did not fetch the detailed indicator table
		expect(wasm.terdaftar()).not.toContain('indikator');
		expect(biasa(await loadKecamatan(wasm, slug))).toEqual(biasa(await loadKecamatan(detail, slug)));
	}, 300_000);
});

function litYear(n: number): string {
	return q.litInt(n);
}
