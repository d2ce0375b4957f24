import { eksekutorNode } from '$lib/query/duckdb-node';
import { muatKonsistensi } from '$lib/query/konsistensi';

export const prerender = true;

export async function load() {
	return { data: await muatKonsistensi(await eksekutorNode()) };
}
