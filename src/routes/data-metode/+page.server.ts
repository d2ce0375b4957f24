import { resolve } from 'node:path';
import { readManifest } from '$lib/query/duckdb-node';

export const prerender = true;

/** The file names and row counts of the published tables, fixed at build time. */
export async function load() {
	return { manifest: await readManifest(resolve('static/data')) };
}
