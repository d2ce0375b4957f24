import { nodeExecutor } from '$lib/query/duckdb-node';
import { loadConsistency } from '$lib/query/consistency';

export const prerender = true;

export async function load() {
	return { data: await loadConsistency(await nodeExecutor()) };
}
