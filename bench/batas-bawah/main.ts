/**
 * The benchmark's lower bound: the home page's first chart (IKM ranking) drawn
 * from a static JSON file, with the dashboard's own ECharts setup and chart
 * option, and nothing else: no framework, no DuckDB. Whatever the dashboard
 * spends beyond this is the price of everything else it does.
 */
import { ariaLabels, echarts, LOCALE, THEME } from '$lib/components/echarts';
import { ikmRankingOption } from '$lib/charts';
import type { IkmRankingRow } from '$lib/query/sql';

async function gambar(): Promise<void> {
	const { tahun, baris } = (await (await fetch('./peringkat-ikm.json')).json()) as { tahun: number; baris: IkmRankingRow[] };
	const el = document.getElementById('grafik')!;
	// the same height rule as the ranking on the home page (src/routes/+page.svelte)
	el.style.height = `${Math.max(220, 60 + baris.length * 42)}px`;
	const grafik = echarts.init(el, THEME, { renderer: 'canvas', locale: LOCALE });
	grafik.setOption({ ...ikmRankingOption(baris, tahun), aria: ariaLabels(`Peringkat IKM ${baris.length} kecamatan, ${tahun}`) });
	performance.mark('grafik-pertama');
}

void gambar();
