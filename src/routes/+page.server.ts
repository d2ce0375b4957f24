import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readManifest } from '$lib/query/duckdb-node';
import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadHome } from '$lib/query/page-data';
import { MAP_LICENSE_ASSET, MAP_ASSET, MAP_NAME } from '$lib/map';
import { registerPrerenderMap } from '$lib/components/chart-image';

export const prerender = true;

export async function load() {
	const dir = resolve('static/data');
	const manifest = await readManifest(dir);
	// the boundaries' content-hashed name, fixed with the data at build time
	const berkasPeta = manifest.aset?.[MAP_ASSET] ?? null;
	// the map is the page's first chart: prerendered as an image, it needs the boundaries here too
	if (berkasPeta) await registerPrerenderMap(MAP_NAME, JSON.parse(await readFile(resolve(dir, berkasPeta), 'utf8')));
	return {
		awal: await loadHome(await nodeExecutor()),
		berkasPeta,
		berkasLisensiPeta: manifest.aset?.[MAP_LICENSE_ASSET] ?? null
	};
}
