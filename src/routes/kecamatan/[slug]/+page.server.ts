import { error } from '@sveltejs/kit';
import { nodeExecutor } from '$lib/query/duckdb-node';
import { slugList, loadKecamatan } from '$lib/query/page-data';
import { loadKecamatanTemuan } from '$lib/query/consistency';
import { KECAMATAN_PAGES_UP_TO } from '$lib/query/limits';

export const prerender = true;

/**
 * Every kecamatan gets a page, with or without reports, while there are at most
 * HALAMAN_KECAMATAN_SAMPAI (limits.ts); past that the dashboard links to the one page
 * /kecamatan?kode=, which queries in the browser, and only the first kecamatan keeps a
 * page here (SvelteKit fails a prerenderable route that renders no page).
 * DASBOR_PRERENDER_KECAMATAN caps the count further: the browser benchmark
 * (bench/site.ts) prerenders only the pages it measures.
 */
export async function entries() {
	const slugs = await slugList(await nodeExecutor());
	const limit = Math.min(Number(process.env.DASBOR_PRERENDER_KECAMATAN ?? Infinity), slugs.length <= KECAMATAN_PAGES_UP_TO ? Infinity : 1);
	return slugs.slice(0, limit).map((slug) => ({ slug }));
}

export async function load({ params }) {
	const eks = await nodeExecutor();
	const data = await loadKecamatan(eks, params.slug);
	if (!data.kecamatan) error(404, `Kecamatan "${params.slug}" tidak ada dalam daftar 31 kecamatan Kabupaten Jember.`);
	// audit findings, shown beside the figures they concern
	return { awal: data, temuan: await loadKecamatanTemuan(eks, params.slug) };
}
