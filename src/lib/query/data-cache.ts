/**
 * Data files kept for good in the browser (issue 10): the HTTP cache drops entries
 * past its size limit (at 7.277 kecamatan a warm reload fetched 60 MiB again), so
 * content-hashed data files go into the Cache API, keyed by their URL, whose name
 * holds the content hash (`ikm.66d87978.parquet`): a name is never reused for other
 * bytes, so a kept copy is always right and never needs revalidating. When the data
 * build publishes new files, the manifest names new hashes and the old copies are
 * evicted (`buangLama`).
 *
 * Everything here degrades to a plain fetch: no Cache API (an insecure origin, an
 * old browser), a full quota or a storage error never fail a query.
 */

/** Cache API storage name; a new suffix drops every copy kept under an old layout. */
export const CACHE_NAME = 'dasbor-data-v1';

/** What this module uses of a Cache (the browser's, or a test's). */
export interface CacheData {
	match(url: string): Promise<Response | undefined>;
	put(url: string, res: Response): Promise<void>;
	keys(): Promise<readonly { url: string }[]>;
	delete(url: string): Promise<boolean>;
}

/** Whether a data file's name carries its content hash (scripts/write-parquet.ts: `<nama>.<hex>.<ext>`). */
export function isHashed(url: string): boolean {
	const file = new URL(url, 'http://x').pathname.split('/').at(-1) ?? '';
	return /^[^/]+\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(file);
}

/** The browser's data cache, or null where there is none (the caller then only fetches). */
export async function openCache(): Promise<CacheData | null> {
	try {
		if (typeof caches === 'undefined') return null;
		return (await caches.open(CACHE_NAME)) as unknown as CacheData;
	} catch {
		return null;
	}
}

/**
 * The bytes of a data file: the kept copy when there is one, else `ambil()` and keep
 * it. Only content-hashed names are kept: another name may change under us.
 */
export async function fetchCached(cache: CacheData | null, url: string, ambil: () => Promise<Response>): Promise<Uint8Array> {
	const key = new URL(url, typeof location === 'undefined' ? 'http://x' : location.href).href;
	const save = cache && isHashed(key) ? cache : null;
	if (save) {
		const found = await save.match(key).catch(() => undefined);
		if (found) {
			try {
				return new Uint8Array(await found.arrayBuffer());
			} catch {
				await save.delete(key).catch(() => false);
			}
		}
	}
	const content = new Uint8Array(await (await ambil()).arrayBuffer());
	if (save) {
		// a full quota only means the next visit downloads again
		await save
			.put(key, new Response(content.slice(), { headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(content.byteLength) } }))
			.catch(() => {});
	}
	return content;
}

/**
 * Drops every kept copy whose URL is not among `tetap` (the files the current
 * manifest names): old hashes of rebuilt data. Returns the URLs dropped.
 */
export async function dropStale(cache: CacheData | null, tetap: Iterable<string>): Promise<string[]> {
	if (!cache) return [];
	const base = typeof location === 'undefined' ? 'http://x' : location.href;
	const save = new Set([...tetap].map((u) => new URL(u, base).href));
	const dibuang: string[] = [];
	try {
		for (const k of await cache.keys()) {
			if (save.has(k.url)) continue;
			if (await cache.delete(k.url)) dibuang.push(k.url);
		}
	} catch {
		// storage trouble: the old copies stay until next time
	}
	return dibuang;
}
