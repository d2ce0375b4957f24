import { error } from '@sveltejs/kit';
import { eksekutorNode } from '$lib/query/duckdb-node';
import { daftarSlug, muatKecamatan } from '$lib/query/muat';
import { muatTemuanKecamatan } from '$lib/query/konsistensi';

export const prerender = true;

/**
 * Every kecamatan gets a page, with or without reports. DASBOR_PRERENDER_KECAMATAN
 * caps how many: the benchmark (bench/situs.ts) builds synthetic scales of up to
 * 7.277 kecamatan where prerendering every page would take over an hour.
 */
export async function entries() {
	const batas = Number(process.env.DASBOR_PRERENDER_KECAMATAN ?? Infinity);
	return (await daftarSlug(await eksekutorNode())).slice(0, batas).map((slug) => ({ slug }));
}

export async function load({ params }) {
	const eks = await eksekutorNode();
	const data = await muatKecamatan(eks, params.slug);
	if (!data.kecamatan) error(404, `Kecamatan "${params.slug}" tidak ada dalam daftar 31 kecamatan Kabupaten Jember.`);
	// audit findings, shown beside the figures they concern
	return { awal: data, temuan: await muatTemuanKecamatan(eks, params.slug) };
}
