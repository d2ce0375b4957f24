import { browser } from '$app/environment';
import { base } from '$app/paths';
import { registerBoundaries } from '$lib/components/KecamatanMap.svelte';
import { fetchJson } from '$lib/query/assets';
import type { PageLoad } from './$types';

/** How long the first view may wait for the boundaries before it hydrates without them. */
const BATAS_TUNGGU_MS = 400;

/**
 * The map's boundaries are fetched while the page's scripts load (the <link rel="preload">
 * in +page.svelte) and registered here, before hydration, so the map is drawn in the first
 * pass like the charts under it. A slow or failed download does not hold the page: past the
 * wait the map registers them itself when they come, and says so if they never do.
 */
export const load: PageLoad = async ({ data }) => {
	if (browser && data.berkasPeta) {
		const daftar = registerBoundaries(() => fetchJson(`${base}/data/${data.berkasPeta}`, 'Batas wilayah kecamatan'));
		await Promise.race([daftar.catch(() => {}), new Promise((ok) => setTimeout(ok, BATAS_TUNGGU_MS))]);
	}
	return data;
};
