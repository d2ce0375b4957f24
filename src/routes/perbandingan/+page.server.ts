import { eksekutorNode } from '$lib/query/duckdb-node';
import { muatPerbandingan } from '$lib/query/muat';

export const prerender = true;

export async function load() {
	return { awal: await muatPerbandingan(await eksekutorNode()) };
}
