/**
 * Filters live in the query string, so a link reproduces the view. Only values the
 * user chose are written; defaults stay out of the URL.
 */
import { pushState, replaceState } from '$app/navigation';

export function readListParam(url: URL, name: string): string[] {
	return url.searchParams
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

export function readNumberParam(url: URL, name: string): number[] {
	return readListParam(url, name)
		.map(Number)
		.filter((n) => Number.isSafeInteger(n));
}

/**
 * Write the chosen filters (empty = default, left out) into the address bar. With
 * `riwayat`, a new history entry, so Back undoes the change (the page follows the
 * address back, see ikutiAlamat); without, the current entry is replaced.
 */
export function writeFilters(filter: Record<string, string | number | (string | number)[] | null | undefined>, riwayat = false): void {
	const url = new URL(window.location.href);
	url.search = '';
	for (const [k, v] of Object.entries(filter)) {
		const list = v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
		if (list.length) url.searchParams.set(k, list.join(','));
	}
	if (url.href === window.location.href) return;
	// the entry's state names its filters: Back restores page.state, which pages follow (alamatKini)
	if (riwayat) pushState(url, { alamat: url.search });
	else replaceState(url, {});
}

export function hasFilters(url: URL): boolean {
	return [...url.searchParams.keys()].length > 0;
}

/**
 * The address a page should show after Back or Forward. With shallow history
 * entries SvelteKit keeps page.url at the route's own address, so the filters are
 * read from the browser's address; `page.state` is what changes on each step.
 */
export function currentAddress(): URL {
	return new URL(window.location.href);
}
