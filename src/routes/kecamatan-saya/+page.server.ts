import { eksekutorNode } from '$lib/query/duckdb-node';
import { muatKecamatanSaya } from '$lib/query/muat';

export const prerender = true;

export async function load() {
	return { awal: await muatKecamatanSaya(await eksekutorNode()) };
}
