import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadComparison } from '$lib/query/page-data';

export const prerender = true;

export async function load() {
	return { awal: await loadComparison(await nodeExecutor()) };
}
