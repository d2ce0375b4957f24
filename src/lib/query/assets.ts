/**
 * Published files beside the tables (manifest `aset`, scripts/write-parquet.ts): the
 * kecamatan boundaries. Their names are content-hashed, so the browser's HTTP cache
 * keeps them like the Parquet files; one download per visit.
 */
const fetched = new Map<string, Promise<unknown>>();

/** The parsed JSON at `url` (a content-hashed file of static/data), fetched once. */
export function fetchJson(url: string, apa: string): Promise<unknown> {
	let promise = fetched.get(url);
	if (!promise) {
		promise = fetch(url, { cache: 'default' })
			.catch(() => {
				throw new Error(`${apa} tidak dapat diunduh (${url}): periksa sambungan jaringan.`);
			})
			.then((res) => {
				if (!res.ok) throw new Error(`${apa} tidak dapat diunduh (${url}): server menjawab ${res.status}.`);
				return res.json();
			});
		fetched.set(url, promise);
		// a failure is not kept: the next view asks again
		promise.catch(() => fetched.delete(url));
	}
	return promise;
}
