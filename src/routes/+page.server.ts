import { resolve } from 'node:path';
import { readManifest } from '$lib/query/duckdb-node';
import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadHome } from '$lib/query/page-data';
import { ASET_LISENSI_PETA, ASET_PETA } from '$lib/peta';

export const prerender = true;

export async function load() {
	const manifest = await readManifest(resolve('static/data'));
	// the boundaries' content-hashed name, fixed with the data at build time
	return {
		awal: await loadHome(await nodeExecutor()),
		berkasPeta: manifest.aset?.[ASET_PETA] ?? null,
		berkasLisensiPeta: manifest.aset?.[ASET_LISENSI_PETA] ?? null
	};
}
