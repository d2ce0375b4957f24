import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadMyKecamatan } from '$lib/query/page-data';

export const prerender = true;

export async function load() {
	return { awal: await loadMyKecamatan(await nodeExecutor()) };
}
