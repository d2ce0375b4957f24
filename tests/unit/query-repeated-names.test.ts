/**
 * Kecamatan names repeat across kabupaten (Arjasa is in Jember and in Situbondo),
 * so nothing may key on a name. The same synthetic reports at the East Java scale
 * (664 kecamatan, the benchmark's middle scale) are written twice: once with
 * names repeated across invented kabupaten, as the benchmark uses them, and once
 * with a unique name each. Codes, slugs and figures are the same; every
 * per-kecamatan figure the dashboard queries must be too. A join, a partition or
 * a count on the name would merge two kecamatan of one name and fail here. Both
 * engines (tests/fixtures/engines.ts) run every query with the same expected values.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { QueryRow, Executor } from '../../src/lib/query/executor';
import {
	sqlKecamatanAnnualAnggaran,
	sqlCapaianMatrix,
	sqlIndikatorList,
	sqlKecamatanIkm,
	sqlKpi,
	sqlIkmRanking,
	sqlKecamatanSerapan,
	sqlIkmTrend,
	sqlSerapanTrend
} from '../../src/lib/query/sql';
import { syntheticMasterData } from '../../src/lib/store/synth';
import { readMasterData } from '../../scripts/master-data';
import { writeSynthetic } from '../../scripts/synth';
import { ENGINES, ENGINE_TIMEOUT } from '../fixtures/engines';

const JUMLAH = 664;
const TAHUN = 2024;
const jember = readMasterData();
const berulang = syntheticMasterData(JUMLAH, jember, 'berulang');
const unik = syntheticMasterData(JUMLAH, jember, 'unik');

let dir: string;

// the datasets are written once; each engine opens them
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-nama-'));
	for (const nama of ['berulang', 'unik'] as const)
		await writeSynthetic({ kecamatan: JUMLAH, tahun: 2, outDir: join(dir, nama), seed: 5, tahunAkhir: TAHUN, nama });
}, 600_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/**
 * A kecamatan's figures without its name (and the ranks, whose ties the name orders).
 * Means are sums of doubles, whose last bits follow the order DuckDB's threads add
 * them in: compared to 12 significant digits, far below what a page shows.
 */
function angka(rows: QueryRow[]): Record<string, unknown>[] {
	const tanpa = new Set(['kecamatan', 'label', 'nomor', 'peringkat', 'di_grafik', 'di_tabel']);
	const value = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);
	return rows
		.map((r) =>
			Object.fromEntries(
				Object.entries(r)
					.filter(([k]) => !tanpa.has(k))
					.map(([k, v]) => [k, value(v)])
			)
		)
		.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('nama kecamatan berulang antarkabupaten', () => {
	test('the benchmark reference repeats names, the other does not; codes and slugs are the same', () => {
		const name = berulang.kecamatan.map((k) => k.nama);
		expect(new Set(name).size).toBeLessThan(JUMLAH / 10);
		// a real Jember name reappears in an invented kabupaten
		expect(name.slice(31)).toContain(jember.kecamatan[0].nama);
		expect(new Set(unik.kecamatan.map((k) => k.nama)).size).toBe(JUMLAH);
		expect(berulang.kecamatan.map((k) => [k.kode, k.slug])).toEqual(unik.kecamatan.map((k) => [k.kode, k.slug]));
	});

	for (const engine of ENGINES)
		describe(engine.nama, { timeout: ENGINE_TIMEOUT }, () => {
			let dbBerulang: Executor;
			let dbUnik: Executor;
			beforeAll(async () => {
				dbBerulang = await engine.open(join(dir, 'berulang'));
				dbUnik = await engine.open(join(dir, 'unik'));
			}, ENGINE_TIMEOUT);

			async function sama(sql: string): Promise<QueryRow[]> {
				const [a, b] = await Promise.all([dbBerulang.query(sql), dbUnik.query(sql)]);
				expect(angka(a)).toEqual(angka(b));
				return a;
			}

			test('IKM ranking, serapan and the capaian heatmap: every kecamatan with its own figures', async () => {
				expect(await sama(sqlIkmRanking(TAHUN))).toHaveLength(JUMLAH);
				expect(await sama(sqlKecamatanSerapan(TAHUN))).toHaveLength(JUMLAH);
				const matriks = await sama(sqlCapaianMatrix(TAHUN));
				expect(new Set(matriks.map((r) => r.slug)).size).toBe(JUMLAH);
			});

			test('KPI tiles and the indicator list count kecamatan, not names', async () => {
				const [kpi] = await sama(sqlKpi(TAHUN));
				expect(kpi.kecamatan_berlaporan_tahun).toBe(JUMLAH);
				expect(kpi.ikm_jumlah).toBe(JUMLAH);
				expect(kpi.ikm_sama_jumlah).toBe(JUMLAH);
				const indikator = await sama(sqlIndikatorList());
				expect(indikator[0].jumlah_kecamatan).toBe(JUMLAH);
			});

			test('two kecamatan of one name keep their own trends and pages', async () => {
				const name = berulang.kecamatan[40].nama;
				const kembar = berulang.kecamatan.filter((k) => k.nama === name).map((k) => k.slug);
				expect(kembar.length).toBeGreaterThan(1);
				const trend = await sama(sqlIkmTrend(kembar));
				// two reports, three IKM years per kecamatan (each report prints the year before), plus the mean line's three points
				expect(trend).toHaveLength(kembar.length * 3 + 3);
				await sama(sqlSerapanTrend(kembar));
				for (const slug of kembar.slice(0, 2)) {
					const ikm = await sama(sqlKecamatanIkm(slug));
					expect(ikm.map((r) => r.jumlah_lain)).toEqual([JUMLAH - 1, JUMLAH - 1, JUMLAH - 1]);
					await sama(sqlKecamatanAnnualAnggaran(slug));
				}
			});
		});
});
