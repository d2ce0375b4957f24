import { eksekutorNode } from '$lib/query/duckdb-node';
import { muatBeranda } from '$lib/query/muat';

export const prerender = true;

export async function load() {
	return { awal: await muatBeranda(await eksekutorNode()) };
}
