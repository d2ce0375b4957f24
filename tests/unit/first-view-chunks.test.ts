import { describe, expect, it } from 'vitest';
import { firstViewChunkMap } from '../../scripts/first-view-chunks';

// A module graph shaped like the client build's (static imports only; ids as Rollup gives them)
const R = '/w/src/routes';
const L = '/w/src/lib';
const NM = '/w/node_modules';
const GRAF: Record<string, string[]> = {
	[`${NM}/@sveltejs/kit/src/runtime/client/entry.js`]: [`${NM}/@sveltejs/kit/src/runtime/client/client.js`],
	[`${NM}/@sveltejs/kit/src/runtime/client/client.js`]: [`${NM}/svelte/src/internal/client/index.js`],
	[`${NM}/svelte/src/internal/client/index.js`]: [],
	[`${R}/+layout.svelte`]: [`${NM}/svelte/src/internal/client/index.js`, `${L}/query/engine.svelte.ts`],
	[`${R}/+page.svelte`]: [`${L}/components/KecamatanMap.svelte`, `${L}/format.ts`],
	[`${R}/perbandingan/+page.svelte`]: [`${L}/components/Figure.svelte`, `${L}/format.ts`],
	[`${R}/kecamatan-saya/+page.svelte`]: [`${L}/format.ts`, `${L}/query/engine.svelte.ts`],
	[`${R}/unggah/+page.svelte`]: [`${L}/upload/only-here.ts`],
	[`${L}/components/KecamatanMap.svelte`]: [`${L}/components/Figure.svelte`, `${L}/map.ts`],
	// echarts.ts is a dynamic import of Figure: not among its static imports
	[`${L}/components/Figure.svelte`]: [`${L}/components/chart-style.ts`, `${NM}/svelte/src/internal/client/index.js`],
	[`${L}/map.ts`]: [`${L}/components/chart-style.ts`, `${L}/format.ts`],
	[`${L}/components/chart-style.ts`]: [],
	[`${L}/components/echarts.ts`]: [`${NM}/echarts/core.js`],
	[`${NM}/echarts/core.js`]: [`${NM}/zrender/lib/zrender.js`],
	[`${NM}/zrender/lib/zrender.js`]: [`${NM}/echarts/core.js`],
	[`${L}/format.ts`]: [],
	// DuckDB-WASM is a dynamic import of engine.svelte.ts: not among its static imports
	[`${L}/query/engine.svelte.ts`]: [`${NM}/svelte/src/internal/client/index.js`],
	[`${L}/query/duckdb-browser.ts`]: [`${L}/format.ts`],
	[`${L}/upload/only-here.ts`]: []
};
const info = (graf: Record<string, string[]>) => (id: string) => (id in graf ? { importedIds: graf[id] } : null);
const peta = firstViewChunkMap(Object.keys(GRAF), info(GRAF));

describe('firstViewChunkMap', () => {
	it('puts what the first-view pages import statically into `inti`, charts included', () => {
		for (const m of [
			`${L}/format.ts`,
			`${L}/query/engine.svelte.ts`,
			`${L}/components/Figure.svelte`,
			`${L}/components/KecamatanMap.svelte`,
			`${L}/components/chart-style.ts`,
			`${L}/map.ts`,
			`${NM}/svelte/src/internal/client/index.js`,
			`${NM}/@sveltejs/kit/src/runtime/client/client.js`
		])
			expect(peta.get(m)).toBe('inti');
	});

	it('leaves ECharts, the route components, the kit entry, dynamic imports and other pages’ code to Rollup', () => {
		for (const m of [`${R}/+page.svelte`, `${R}/+layout.svelte`, `${R}/kecamatan-saya/+page.svelte`, `${NM}/@sveltejs/kit/src/runtime/client/entry.js`])
			expect(peta.has(m)).toBe(false);
		for (const m of [`${L}/components/echarts.ts`, `${NM}/echarts/core.js`, `${NM}/zrender/lib/zrender.js`]) expect(peta.has(m)).toBe(false);
		expect(peta.has(`${L}/query/duckdb-browser.ts`)).toBe(false);
		expect(peta.has(`${L}/upload/only-here.ts`)).toBe(false);
	});

	it('fails the build when a first-view page reaches ECharts through static imports, naming the path', () => {
		const statis = { ...GRAF, [`${L}/map.ts`]: [`${L}/components/echarts.ts`, `${L}/format.ts`] };
		expect(() => firstViewChunkMap(Object.keys(statis), info(statis))).toThrow(
			`${R}/+page.svelte → ${L}/components/KecamatanMap.svelte → ${L}/map.ts → ${L}/components/echarts.ts → ${NM}/echarts/core.js`
		);
	});
});
