/**
 * Ringkasan's map needs the boundaries the data build publishes (manifest `aset`): with
 * them the prerendered page holds the map and its table twin; a dataset published without
 * them (a deployment whose kecamatan no boundary file knows) gets no map frame at all,
 * so the charts after it are not held up by a map that cannot draw.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Ringkasan from '../../../src/routes/+page.svelte';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { loadHome, type HomeData } from '../../../src/lib/query/page-data';
import { writeTestDataset } from '../../fixtures/dataset';
import { sampleDataset } from '../../fixtures/dataset-sample';

let dir: string;
let awal: HomeData;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-peta-'));
	await writeTestDataset(dir, sampleDataset());
	awal = await loadHome(await openNode(dir));
}, 60_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const halaman = (berkasPeta: string | null) => render(Ringkasan, { props: { data: { awal, berkasPeta, berkasLisensiPeta: null } } as never }).body;

describe('the map on Ringkasan', () => {
	it('is prerendered with its table twin when the boundaries are published', () => {
		expect(awal.peta.length).toBeGreaterThan(0);
		const body = halaman('peta-kecamatan.0123456789abcdef.json');
		expect(body).toContain('data-uji="peta"');
		expect(body).toContain('data-uji="kredit-peta"');
	});

	it('is left out when the dataset has no boundaries; the IKM ranking stays', () => {
		const body = halaman(null);
		expect(body).not.toContain('data-uji="peta"');
		expect(body).toContain('Peringkat IKM');
	});
});
