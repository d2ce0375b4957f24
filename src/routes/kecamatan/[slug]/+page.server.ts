import { error } from '@sveltejs/kit';
import { eksekutorNode } from '$lib/query/duckdb-node';
import { daftarSlug, muatKecamatan } from '$lib/query/muat';
import { muatTemuanKecamatan } from '$lib/query/konsistensi';

export const prerender = true;

/** Every kecamatan gets a page, with or without reports. */
export async function entries() {
	return (await daftarSlug(await eksekutorNode())).map((slug) => ({ slug }));
}

export async function load({ params }) {
	const eks = await eksekutorNode();
	const data = await muatKecamatan(eks, params.slug);
	if (!data.kecamatan) error(404, `Kecamatan "${params.slug}" tidak ada dalam daftar 31 kecamatan Kabupaten Jember.`);
	// audit findings, shown beside the figures they concern
	return { awal: data, temuan: await muatTemuanKecamatan(eks, params.slug) };
}
