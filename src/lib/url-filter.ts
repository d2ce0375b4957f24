/**
 * Filters live in the query string, so a link reproduces the view. Only values the
 * user chose are written; defaults stay out of the URL.
 */
import { replaceState } from '$app/navigation';

export function bacaDaftar(url: URL, nama: string): string[] {
	return url.searchParams
		.getAll(nama)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

export function bacaAngka(url: URL, nama: string): number[] {
	return bacaDaftar(url, nama)
		.map(Number)
		.filter((n) => Number.isSafeInteger(n));
}

/** Write the chosen filters (empty = default, left out) into the address bar. */
export function tulisFilter(filter: Record<string, string | number | (string | number)[] | null | undefined>): void {
	const url = new URL(window.location.href);
	url.search = '';
	for (const [k, v] of Object.entries(filter)) {
		const daftar = v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
		if (daftar.length) url.searchParams.set(k, daftar.join(','));
	}
	replaceState(url, {});
}

export function adaFilter(url: URL): boolean {
	return [...url.searchParams.keys()].length > 0;
}
