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
	[`${L}/components/Figure.svelte`]: [`${L}/components/echarts.ts`, `${NM}/svelte/src/internal/client/index.js`],
	[`${L}/map.ts`]: [`${L}/components/echarts.ts`, `${L}/format.ts`],
	[`${L}/components/echarts.ts`]: [`${NM}/echarts/core.js`],
	[`${NM}/echarts/core.js`]: [`${NM}/zrender/lib/zrender.js`, `${NM}/tslib/tslib.es6.js`],
	[`${NM}/zrender/lib/zrender.js`]: [`${NM}/echarts/core.js`],
	[`${NM}/tslib/tslib.es6.js`]: [],
	[`${L}/format.ts`]: [],
	// DuckDB-WASM is a dynamic import of engine.svelte.ts: not among its static imports
	[`${L}/query/engine.svelte.ts`]: [`${NM}/svelte/src/internal/client/index.js`],
	[`${L}/query/duckdb-browser.ts`]: [`${L}/format.ts`],
	[`${L}/upload/only-here.ts`]: []
};
const info = (id: string) => (id in GRAF ? { importedIds: GRAF[id] } : null);
const peta = firstViewChunkMap(Object.keys(GRAF), info);

describe('firstViewChunkMap', () => {
	it('puts ECharts and every module whose static imports reach it into `echarts`', () => {
		for (const m of ['components/Figure.svelte', 'components/KecamatanMap.svelte', 'map.ts', 'components/echarts.ts'])
			expect(peta.get(`${L}/${m}`)).toBe('echarts');
		for (const m of ['echarts/core.js', 'zrender/lib/zrender.js']) expect(peta.get(`${NM}/${m}`)).toBe('echarts');
		// shared with DuckDB-WASM's chunk: in `echarts` it would drop ECharts from the pages' modulepreload
		expect(peta.get(`${NM}/tslib/tslib.es6.js`)).toBe('inti');
	});

	it('puts the rest of what the first-view pages import into `inti`, which imports nothing from `echarts`', () => {
		for (const m of [
			`${L}/format.ts`,
			`${L}/query/engine.svelte.ts`,
			`${NM}/svelte/src/internal/client/index.js`,
			`${NM}/@sveltejs/kit/src/runtime/client/client.js`
		])
			expect(peta.get(m)).toBe('inti');
		for (const [m, c] of peta) if (c === 'inti') for (const i of GRAF[m]) expect(peta.get(i), `${m} → ${i}`).toBe('inti');
	});

	it('Kecamatan saya, which draws no chart, loads no `echarts` chunk', () => {
		// a chunk loads every chunk its modules import: follow modules and, through them, whole chunks
		const dilihat = new Set<string>();
		const antre = [`${R}/kecamatan-saya/+page.svelte`, `${R}/+layout.svelte`];
		const add = (m: string) => {
			if (dilihat.has(m)) return;
			dilihat.add(m);
			antre.push(m);
			const c = peta.get(m);
			if (c) for (const [n, d] of peta) if (d === c) add(n);
		};
		while (antre.length) for (const i of GRAF[antre.pop()!]) add(i);
		expect([...dilihat].filter((m) => peta.get(m) === 'echarts')).toEqual([]);
	});

	it('leaves route components, the kit entry, dynamic imports and other pages’ code to Rollup', () => {
		for (const m of [`${R}/+page.svelte`, `${R}/+layout.svelte`, `${R}/kecamatan-saya/+page.svelte`, `${NM}/@sveltejs/kit/src/runtime/client/entry.js`])
			expect(peta.has(m)).toBe(false);
		expect(peta.has(`${L}/query/duckdb-browser.ts`)).toBe(false);
		expect(peta.has(`${L}/upload/only-here.ts`)).toBe(false);
	});
});
