/**
 * Client chunks for the pages whose first view is measured against the first-chart budget
 * (issue 10, 12; bench `halaman-baru`): the layout, Ringkasan, Perbandingan and Kecamatan saya.
 *
 * Left to itself Rollup splits the shared code by every combination of pages that use it,
 * and a cold visit of Ringkasan waited on 36 scripts and 5 stylesheets over six HTTP/1.1
 * connections (about 500 ms of its first chart on the 2-core machine). Here what those pages
 * import statically goes into two chunks:
 *   - `echarts`: ECharts (echarts, zrender) and every module of ours whose static
 *     imports reach it (echarts.ts, Figure, the chart components, charts.ts, map.ts …), so a
 *     page that draws no chart (Kecamatan saya) does not load ECharts;
 *   - `inti`: the rest (Svelte, SvelteKit's client, the query and format code, tslib).
 * No cycle: a module that imports an `echarts` module reaches ECharts and so is one itself,
 * hence `inti` imports nothing from `echarts` (which may import `inti`). What is imported
 * dynamically (DuckDB-WASM, pdf.js, the upload code), what only other pages use and the route
 * components themselves stay where Rollup puts them.
 */
import type { Plugin } from 'vite';

export const FIRST_VIEW_ROUTES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/perbandingan/+page.svelte',
	'src/routes/kecamatan-saya/+page.svelte'
];
const KIT_CLIENT_ENTRY = '/@sveltejs/kit/src/runtime/client/entry.js';
// not tslib: DuckDB-WASM's and pdf-lib's chunks import it too, and SvelteKit's find_deps marks a
// chunk first reached through a dynamic import as seen without adding it, so with tslib inside
// `echarts` the chart pages lost their modulepreload of ECharts (fetched only after `inti` ran)
const ECHARTS = /\/node_modules\/(?:echarts|zrender)\//;

type ModuleInfo = (id: string) => { importedIds: readonly string[] } | null;

/** The chunk of every module the first-view pages import statically: `inti` or `echarts`. */
export function firstViewChunkMap(moduleIds: Iterable<string>, info: ModuleInfo): Map<string, 'inti' | 'echarts'> {
	const ids = [...moduleIds];
	const root = ids.filter((m) => FIRST_VIEW_ROUTES.some((r) => m.endsWith(r)) || m.endsWith(KIT_CLIENT_ENTRY));
	const close = new Set<string>();
	const antre = [...root];
	while (antre.length) {
		for (const i of info(antre.pop()!)?.importedIds ?? []) {
			if (close.has(i)) continue;
			close.add(i);
			antre.push(i);
		}
	}
	// which modules of the closure reach ECharts through static imports (fixed point: cycles allowed)
	const keEcharts = new Set([...close].filter((m) => ECHARTS.test(m)));
	for (let berubah = true; berubah;) {
		berubah = false;
		for (const m of close) {
			if (keEcharts.has(m)) continue;
			if ((info(m)?.importedIds ?? []).some((i) => keEcharts.has(i))) {
				keEcharts.add(m);
				berubah = true;
			}
		}
	}
	const result = new Map<string, 'inti' | 'echarts'>();
	for (const m of close) result.set(m, keEcharts.has(m) ? 'echarts' : 'inti');
	// the route components stay in their own page's chunk
	for (const a of root) result.delete(a);
	return result;
}

export function firstViewChunks(): Plugin {
	let map: Map<string, 'inti' | 'echarts'> | null = null;
	return {
		name: 'dasbor-first-view-chunks',
		config(config) {
			// the server build (prerender) keeps Rollup's own chunks
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: {
							manualChunks(id, { getModuleIds, getModuleInfo }) {
								map ??= firstViewChunkMap(getModuleIds(), getModuleInfo);
								return map.get(id) ?? (ECHARTS.test(id) ? 'echarts' : undefined);
							}
						}
					}
				}
			};
		}
	};
}
