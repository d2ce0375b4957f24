/**
 * The benchmark's interaction lower bound: DuckDB-WASM 1.28 and ECharts, nothing
 * else (no SvelteKit, no Svelte, no upload layer). It runs the home page's SQL
 * (the builders of src/lib/query/sql.ts, over the views sqlSiapkanTabel makes)
 * on the same Parquet files, and for a year change redraws the same three charts
 * with the dashboard's chart options, reusing each chart instance. The time from
 * the change to the IKM ranking drawn for that year (the `grafik-digambar` mark,
 * as Figur sets it) is what the dashboard's filter change is compared against.
 *
 * Every table of the manifest is registered before the first query, the simplest
 * thing that is correct; `duckdb-siap` marks when that is done.
 */
import { AsyncDuckDB, VoidLogger, selectBundle } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { ariaLabels, echarts, LOCALE, THEME, type EChartsCoreOption, type EChartsType } from '$lib/components/echarts';
import { capaianMatrixOption, ikmRankingOption, serapanOption } from '$lib/charts';
import { arrowRows, typed, type Query, type Manifest, type QueryRow } from '$lib/query/executor';
import { TABLES } from '$lib/store/schema';
import * as q from '$lib/query/sql';
import { TABLE_ROWS, CHART_TAIL } from '$lib/query/limits';
import { SUMMARIES, sqlPrepareSummary } from '$lib/query/summaries';

const mutlak = (u: string) => new URL(u, location.href).href;

async function buka() {
	const bundle = await selectBundle({
		mvp: { mainModule: mutlak(mvpWasm), mainWorker: mutlak(mvpWorker) },
		eh: { mainModule: mutlak(ehWasm), mainWorker: mutlak(ehWorker) }
	});
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(bundle.mainWorker!));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: false } });
	const conn = await db.connect();
	const data = mutlak('../data');
	const manifest = (await (await fetch(`${data}/manifest.json`, { cache: 'no-cache' })).json()) as Manifest;
	const isi = await Promise.all(
		TABLES.map(async (t) => {
			const berkas = manifest.tabel[t.nama]?.parquet ?? null;
			return { t, berkas, buf: berkas ? new Uint8Array(await (await fetch(`${data}/${berkas}`)).arrayBuffer()) : null };
		})
	);
	for (const { t, berkas, buf } of isi) {
		if (berkas && buf) await db.registerFileBuffer(berkas, buf);
		for (const sql of q.sqlPrepareTable(t, berkas)) await conn.query(sql);
	}
	// the summaries the dashboard's SQL reads (src/lib/query/summaries.ts), when the dataset has them
	for (const r of SUMMARIES) {
		const berkas = manifest.ringkasan?.[r.nama]?.parquet ?? null;
		if (berkas) await db.registerFileBuffer(berkas, new Uint8Array(await (await fetch(`${data}/${berkas}`)).arrayBuffer()));
		await conn.query(sqlPrepareSummary(r, berkas));
	}
	return async <R extends QueryRow>(sql: Query<R>): Promise<R[]> => typed<R>(arrowRows(await conn.query(sql)));
}

interface Potongan<R> {
	grafik: R[];
}

const grafik = new Map<string, EChartsType>();

/** One chart instance per box, kept across redraws; notMerge as Figur does. */
function gambar(id: string, opsi: EChartsCoreOption, tinggi: number, teks: string): void {
	const el = document.getElementById(id)!;
	el.style.height = `${tinggi}px`;
	let c = grafik.get(id);
	if (!c) grafik.set(id, (c = echarts.init(el, THEME, { renderer: 'canvas', locale: LOCALE })));
	else c.resize();
	c.setOption({ ...opsi, aria: ariaLabels(teks) }, { notMerge: true });
}

async function jalankan(): Promise<void> {
	const kueri = await buka();
	performance.mark('duckdb-siap');
	const potong = async <R extends q.ListColumns>(sql: Query<R>): Promise<Potongan<R>> => ({
		grafik: (await kueri(q.sqlSlice(sql, CHART_TAIL, TABLE_ROWS))).filter((r) => r.di_grafik)
	});
	const tahunRows = await kueri(q.sqlReportYears());
	const tahunSemua = tahunRows.map((r) => r.tahun);
	const select = document.querySelector<HTMLSelectElement>('select[name="tahun"]')!;
	select.replaceChildren(...tahunSemua.map((t) => new Option(String(t), String(t))));
	const denganLaporan = tahunRows.filter((r) => r.jumlah_laporan > 0).map((r) => r.tahun);

	async function tampilkan(tahun: number): Promise<void> {
		// the home page's queries for one year, together (page-data.ts loadHome)
		const [, ikm, serapan, capaian] = await Promise.all([
			kueri(q.sqlKpi(tahun)),
			potong(q.sqlIkmRanking(tahun)),
			potong(q.sqlKecamatanSerapan(tahun)),
			potong(q.sqlCapaianMatrix(tahun))
		]);
		gambar('peringkat-ikm', ikmRankingOption(ikm.grafik, tahun), Math.max(220, 60 + ikm.grafik.length * 42), `Peringkat IKM ${tahun}`);
		performance.mark('grafik-digambar', { detail: `peringkat-ikm-${tahun}` });
		if (!performance.getEntriesByName('grafik-pertama').length) performance.mark('grafik-pertama');
		gambar('serapan', serapanOption(serapan.grafik, tahun), Math.max(220, 60 + serapan.grafik.length * 42), `Serapan ${tahun}`);
		const baris = new Set(capaian.grafik.map((r) => r.kecamatan)).size;
		gambar('capaian', capaianMatrixOption(capaian.grafik), Math.max(260, 140 + baris * 44), `Capaian ${tahun}`);
	}

	const awal = denganLaporan.at(-1) ?? tahunSemua.at(-1);
	if (awal === undefined) return;
	select.value = String(awal);
	await tampilkan(awal);
	select.disabled = false;
	select.addEventListener('change', () => void tampilkan(Number(select.value)));
}

void jalankan();
