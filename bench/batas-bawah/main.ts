/**
 * The benchmark's lower bound for a first chart: one chart drawn from a static
 * JSON file, with the dashboard's own ECharts setup and chart option, and nothing
 * else: no framework, no DuckDB. Whatever the dashboard spends beyond this is the
 * price of everything else it does.
 *
 * `?grafik=` picks the chart, so each page is measured against its own first chart:
 * `peringkat` (default; the IKM ranking, the home page's first chart at the synthetic
 * scales of browser.ts), `peta` (the kecamatan map: it also fetches and registers the
 * boundaries, as the map must), `tren` (the IKM trend, Perbandingan's first chart) and
 * `kuadran` (the efficiency quadrant of Perbandingan).
 */
import { echarts } from '$lib/components/echarts';
import { ariaLabels, LOCALE, THEME, type ChartOptions } from '$lib/components/chart-style';
import { ikmRankingOption, ikmTrendOption, quadrantOption } from '$lib/charts';
import { MAP_NAME, mapOption, measureRows, MEASURES } from '$lib/map';
import type { EfficiencyRow, IkmRankingRow, IkmTrendRow } from '$lib/query/sql';
import type { QueryRow } from '$lib/query/executor';

const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

/** Each chart's option and height (the same height rules as its page), from its JSON. */
const CHARTS: Record<string, () => Promise<{ option: ChartOptions; tinggi: number }>> = {
	async peringkat() {
		const { tahun: year, baris: rows } = await json<{ tahun: number; baris: IkmRankingRow[] }>('./peringkat-ikm.json');
		return {
			option: { ...ikmRankingOption(rows, year), aria: ariaLabels(`Peringkat IKM ${rows.length} kecamatan, ${year}`) },
			tinggi: Math.max(220, 60 + rows.length * 42)
		};
	},
	async peta() {
		// both at once: the dashboard has its figures in the HTML and preloads the boundaries
		const [{ tahun: year, baris }, limit] = await Promise.all([json<{ tahun: number; baris: QueryRow[] }>('./peta.json'), json('./batas.json')]);
		const u = MEASURES.ikm;
		echarts.registerMap(MAP_NAME, limit as Parameters<typeof echarts.registerMap>[1]);
		const rows = baris.map((r) => measureRows(r, u, year));
		return { option: { ...mapOption(rows, u, year), aria: ariaLabels(`Peta ${u.judul} ${rows.length} kecamatan, ${year}`) }, tinggi: 420 };
	},
	async tren() {
		const { baris: rows } = await json<{ baris: IkmTrendRow[] }>('./tren-ikm.json');
		return { option: { ...ikmTrendOption(rows), aria: ariaLabels(`IKM dari tahun ke tahun, ${rows.length} baris`) }, tinggi: 320 };
	},
	async kuadran() {
		const { baris: rows } = await json<{ baris: EfficiencyRow[] }>('./kuadran.json');
		return { option: { ...quadrantOption(rows), aria: ariaLabels(`Capaian dibanding serapan, ${rows.length} titik`) }, tinggi: 400 };
	}
};

async function gambar(): Promise<void> {
	const pilih = new URLSearchParams(location.search).get('grafik') ?? 'peringkat';
	const { option, tinggi } = await CHARTS[pilih]();
	const el = document.getElementById('grafik')!;
	el.style.height = `${tinggi}px`;
	const grafik = echarts.init(el, THEME, { renderer: 'canvas', locale: LOCALE });
	grafik.setOption(option);
	performance.mark('grafik-pertama');
}

void gambar();
