import { resolve } from 'node:path';
import { readManifest } from '$lib/query/duckdb-node';
import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadHome } from '$lib/query/page-data';
import { MAP_LICENSE_ASSET, MAP_ASSET } from '$lib/map';

export const prerender = true;

export async function load() {
	const manifest = await readManifest(resolve('static/data'));
	// the boundaries' content-hashed name, fixed with the data at build time
	return {
		awal: await loadHome(await nodeExecutor()),
		berkasPeta: manifest.aset?.[MAP_ASSET] ?? null,
		berkasLisensiPeta: manifest.aset?.[MAP_LICENSE_ASSET] ?? null
	};
}
