import { resolve } from 'node:path';
import { bacaManifest } from '$lib/query/duckdb-node';
import { eksekutorNode } from '$lib/query/duckdb-node';
import { muatBeranda } from '$lib/query/muat';
import { ASET_LISENSI_PETA, ASET_PETA } from '$lib/peta';

export const prerender = true;

export async function load() {
	const manifest = await bacaManifest(resolve('static/data'));
	// the boundaries' content-hashed name, fixed with the data at build time
	return {
		awal: await muatBeranda(await eksekutorNode()),
		berkasPeta: manifest.aset?.[ASET_PETA] ?? null,
		berkasLisensiPeta: manifest.aset?.[ASET_LISENSI_PETA] ?? null
	};
}
