import { nodeExecutor } from '$lib/query/duckdb-node';
import { muatKecamatanSaya } from '$lib/query/page-data';

export const prerender = true;

export async function load() {
	return { awal: await muatKecamatanSaya(await nodeExecutor()) };
}
