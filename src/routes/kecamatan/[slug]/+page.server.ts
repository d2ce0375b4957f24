import { error } from '@sveltejs/kit';
import { nodeExecutor } from '$lib/query/duckdb-node';
import { slugList, loadKecamatan } from '$lib/query/page-data';
import { loadKecamatanTemuan } from '$lib/query/consistency';

export const prerender = true;

/**
 * Every kecamatan gets a page, with or without reports. DASBOR_PRERENDER_KECAMATAN
 * caps how many: the benchmark (bench/situs.ts) builds synthetic scales of up to
 * 7.277 kecamatan where prerendering every page would take over an hour.
 */
export async function entries() {
	const batas = Number(process.env.DASBOR_PRERENDER_KECAMATAN ?? Infinity);
	return (await slugList(await nodeExecutor())).slice(0, batas).map((slug) => ({ slug }));
}

export async function load({ params }) {
	const eks = await nodeExecutor();
	const data = await loadKecamatan(eks, params.slug);
	if (!data.kecamatan) error(404, `Kecamatan "${params.slug}" tidak ada dalam daftar 31 kecamatan Kabupaten Jember.`);
	// audit findings, shown beside the figures they concern
	return { awal: data, temuan: await loadKecamatanTemuan(eks, params.slug) };
}
