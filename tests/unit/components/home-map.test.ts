/**
 * Ringkasan's map needs the boundaries the data build publishes (manifest `aset`): with
 * them the prerendered page holds the map and its table twin; a dataset published without
 * them (a deployment whose kecamatan no boundary file knows) gets no map frame at all,
 * so the charts after it are not held up by a map that cannot draw.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Ringkasan from '../../../src/routes/+page.svelte';
import { openNode } from '../../../src/lib/query/duckdb-node';
import { loadHome, type HomeData } from '../../../src/lib/query/page-data';
import { writeTestDataset } from '../../fixtures/dataset';
import { sampleDataset } from '../../fixtures/dataset-sample';
import { loadChartRenderer, registerPrerenderMap } from '../../../src/lib/components/chart-image';
import { MAP_NAME } from '../../../src/lib/map';
import { decodeEntities, parseXml, type XmlElement } from '../../../src/lib/document/docx-xml';

let dir: string;
let awal: HomeData;
beforeAll(async () => {
	// as hooks.server.ts does before the prerender renders a page
	await loadChartRenderer();
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

	it('is drawn into the prerendered HTML as an image, each of the 31 kecamatan a region; the IKM ranking too, the charts below it not', async () => {
		await registerPrerenderMap(MAP_NAME, JSON.parse(await readFile('data/peta/jember-kecamatan.geojson', 'utf8')));
		const body = halaman('peta-kecamatan.0123456789abcdef.json');
		const images = [...body.matchAll(/<img class="awal[^"]*" src="([^"]*)" alt="" elementtiming="grafik-awal:([^"]+)"/g)];
		expect(images.map((m) => m[2].replace(/-\d{4}$/, ''))).toEqual(['peta-ikm', 'peringkat-ikm']);
		const url = decodeEntities(images[0][1]);
		const svg = parseXml(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).root!;
		const all = (e: XmlElement): XmlElement[] => [e, ...e.children.filter((c): c is XmlElement => typeof c !== 'string').flatMap(all)];
		const regions = new Set(
			all(svg)
				.map((e) => /ecmeta_series_index="0" ecmeta_data_index="(\d+)"/.exec(e.rawAttrs)?.[1])
				.filter((i) => i !== undefined)
		);
		expect(regions.size).toBe(31);
	});

	it('is left out when the dataset has no boundaries; the IKM ranking stays', () => {
		const body = halaman(null);
		expect(body).not.toContain('data-uji="peta"');
		expect(body).toContain('Peringkat IKM');
	});
});
