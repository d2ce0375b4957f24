/**
 * Data files kept for good (src/lib/query/data-cache.ts): a content-hashed file is
 * fetched once and then read from the cache under its hashed URL, a name without a
 * hash is always fetched, old hashes are evicted, and storage failures fall back
 * to the network. The cache here is an in-memory stand-in with the Cache API's
 * methods (Node has no CacheStorage); the browser's is the same interface.
 */
import { describe, expect, test } from 'vitest';
import { fetchCached, isHashed, dropStale, type CacheData } from '../../../src/lib/query/data-cache';

class CacheMemori implements CacheData {
	isi = new Map<string, Uint8Array>();
	gagalTulis = false;
	async match(url: string) {
		const b = this.isi.get(url);
		return b ? new Response(b.slice()) : undefined;
	}
	async put(url: string, res: Response) {
		if (this.gagalTulis) throw new DOMException('penuh', 'QuotaExceededError');
		this.isi.set(url, new Uint8Array(await res.arrayBuffer()));
	}
	async keys() {
		return [...this.isi.keys()].map((url) => ({ url }));
	}
	async delete(url: string) {
		return this.isi.delete(url);
	}
}

const ASAL = 'http://127.0.0.1:4173/data';

function server(content: Record<string, string>) {
	const diminta: string[] = [];
	return {
		diminta,
		ambil: (url: string) => async () => {
			diminta.push(url);
			return new Response(content[url]);
		}
	};
}

const teks = (b: Uint8Array) => new TextDecoder().decode(b);

describe('data cache', () => {
	test('only content-hashed names are kept', () => {
		expect(isHashed(`${ASAL}/ikm.66d87978.parquet`)).toBe(true);
		expect(isHashed(`${ASAL}/anggaran_tahun_lain.288cb79d.parquet`)).toBe(true);
		expect(isHashed(`${ASAL}/manifest.json`)).toBe(false);
		expect(isHashed(`${ASAL}/ikm.parquet`)).toBe(false);
		expect(isHashed(`${ASAL}/ikm.zz.parquet`)).toBe(false);
	});

	test('a hashed file is fetched once, then read from the cache under its URL', async () => {
		const cache = new CacheMemori();
		const url = `${ASAL}/ikm.66d87978.parquet`;
		const s = server({ [url]: 'isi ikm' });
		expect(teks(await fetchCached(cache, url, s.ambil(url)))).toBe('isi ikm');
		expect(teks(await fetchCached(cache, url, s.ambil(url)))).toBe('isi ikm');
		expect(s.diminta).toEqual([url]);
		expect([...cache.isi.keys()]).toEqual([url]);
	});

	test('a new hash is a new entry: the old bytes are never served for it', async () => {
		const cache = new CacheMemori();
		const old = `${ASAL}/ikm.11111111.parquet`;
		const baru = `${ASAL}/ikm.22222222.parquet`;
		const s = server({ [old]: 'lama', [baru]: 'baru' });
		await fetchCached(cache, old, s.ambil(old));
		expect(teks(await fetchCached(cache, baru, s.ambil(baru)))).toBe('baru');
		expect(s.diminta).toEqual([old, baru]);
	});

	test('a name without a hash is fetched every time and not kept', async () => {
		const cache = new CacheMemori();
		const url = `${ASAL}/referensi.json`;
		const s = server({ [url]: '{}' });
		await fetchCached(cache, url, s.ambil(url));
		await fetchCached(cache, url, s.ambil(url));
		expect(s.diminta).toEqual([url, url]);
		expect(cache.isi.size).toBe(0);
	});

	test('eviction drops the hashes the manifest no longer names and keeps the rest', async () => {
		const cache = new CacheMemori();
		const tetap = [`${ASAL}/ikm.22222222.parquet`, `${ASAL}/laporan.33333333.parquet`];
		const old = `${ASAL}/ikm.11111111.parquet`;
		const s = server({ [old]: 'lama', [tetap[0]]: 'ikm', [tetap[1]]: 'laporan' });
		for (const u of [old, ...tetap]) await fetchCached(cache, u, s.ambil(u));
		expect(await dropStale(cache, tetap)).toEqual([old]);
		expect([...cache.isi.keys()].sort()).toEqual([...tetap].sort());
		expect(await dropStale(cache, tetap)).toEqual([]);
	});

	test('no cache, or a full one, still answers from the network', async () => {
		const url = `${ASAL}/ikm.66d87978.parquet`;
		const s = server({ [url]: 'isi' });
		expect(teks(await fetchCached(null, url, s.ambil(url)))).toBe('isi');
		const full = new CacheMemori();
		full.gagalTulis = true;
		expect(teks(await fetchCached(full, url, s.ambil(url)))).toBe('isi');
		expect(full.isi.size).toBe(0);
		expect(await dropStale(null, [])).toEqual([]);
	});
});
