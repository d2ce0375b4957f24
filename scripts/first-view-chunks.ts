/**
 * One client chunk for what the pages whose first view is measured against the first-chart
 * budget import statically (issue 10, 12; bench `halaman-baru`): the layout, Ringkasan,
 * Perbandingan and Kecamatan saya.
 *
 * Left to itself Rollup splits the shared code by every combination of pages that use it,
 * and a cold visit of Ringkasan waited on 36 scripts and 5 stylesheets over six HTTP/1.1
 * connections (about 500 ms of its first chart on the 2-core machine). Here it all goes into
 * `inti` (Svelte, SvelteKit's client, the components, the query and format code).
 *
 * ECharts is not in it: the charts import it dynamically (components/echarts.ts), so no
 * page fetches its 200 KiB before first paint, when the first charts are pictures in the
 * HTML. A static import that reaches ECharts from these pages fails the build here, since
 * it would quietly put ECharts back among the scripts of every page. What is imported
 * dynamically (ECharts, DuckDB-WASM, pdf.js, the upload code), what only other pages use and
 * the route components themselves stay where Rollup puts them.
 */
import type { Plugin } from 'vite';

export const FIRST_VIEW_ROUTES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/perbandingan/+page.svelte',
	'src/routes/kecamatan-saya/+page.svelte'
];
const KIT_CLIENT_ENTRY = '/@sveltejs/kit/src/runtime/client/entry.js';
const ECHARTS = /\/node_modules\/(?:echarts|zrender)\//;

type ModuleInfo = (id: string) => { importedIds: readonly string[] } | null;

/** The chunk of every module the first-view pages import statically: `inti`. Throws when one is ECharts. */
export function firstViewChunkMap(moduleIds: Iterable<string>, info: ModuleInfo): Map<string, 'inti'> {
	const ids = [...moduleIds];
	const root = ids.filter((m) => FIRST_VIEW_ROUTES.some((r) => m.endsWith(r)) || m.endsWith(KIT_CLIENT_ENTRY));
	const close = new Set<string>();
	const dari = new Map<string, string>();
	const antre = [...root];
	while (antre.length) {
		const m = antre.pop()!;
		for (const i of info(m)?.importedIds ?? []) {
			if (close.has(i)) continue;
			close.add(i);
			dari.set(i, m);
			antre.push(i);
		}
	}
	const echarts = [...close].find((m) => ECHARTS.test(m));
	if (echarts) {
		const jalur = [echarts];
		while (dari.has(jalur[0])) jalur.unshift(dari.get(jalur[0])!);
		throw new Error(`ECharts harus diimpor dinamis (components/echarts.ts), tetapi halaman pertama mengimpornya statis: ${jalur.join(' → ')}`);
	}
	const result = new Map<string, 'inti'>();
	for (const m of close) result.set(m, 'inti');
	// the route components stay in their own page's chunk
	for (const a of root) result.delete(a);
	return result;
}

export function firstViewChunks(): Plugin {
	let map: Map<string, 'inti'> | null = null;
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
								return map.get(id);
							}
						}
					}
				}
			};
		}
	};
}
