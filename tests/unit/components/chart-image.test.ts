/**
 * A page's first chart, drawn at prerender time into an SVG image (chart-image.ts): the
 * image must be an SVG a browser can show (well-formed XML once the data: URL is decoded,
 * whatever the names in the data hold), must draw what the option asks for, and must not
 * exist when it could only be an empty frame (a map over boundaries not registered).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChartRenderer, prerenderedChart, registerPrerenderMap } from '../../../src/lib/components/chart-image';
import { parseXml, type XmlElement, type XmlNode } from '../../../src/lib/document/docx-xml';

const PREFIX = 'data:image/svg+xml,';

function svgOf(url: string): XmlElement {
	expect(url.startsWith(PREFIX)).toBe(true);
	const tree = parseXml(decodeURIComponent(url.slice(PREFIX.length)));
	expect(tree.problem).toBeNull();
	expect(tree.root?.name).toBe('svg');
	// parseXml reads attributes lazily and leniently; a browser does not: every attribute
	// must be name="value" with no quote inside (a quoted font name once ended a style attribute)
	const broken = all(tree.root!).filter((e) => !/^(\s+[\w:-]+="[^"<]*")*\s*\/?$/.test(e.rawAttrs));
	expect(broken.map((e) => `<${e.name}${e.rawAttrs}>`)).toEqual([]);
	return tree.root!;
}

function all(el: XmlElement): XmlElement[] {
	return [el, ...el.children.filter((c): c is XmlElement => typeof c !== 'string').flatMap(all)];
}
const texts = (el: XmlElement) =>
	all(el)
		.filter((e) => e.local === 'text')
		.map((e) => e.children.filter((c: XmlNode): c is string => typeof c === 'string').join(''));
const attrOf = (el: XmlElement, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(el.rawAttrs)?.[1] ?? null;

describe('prerenderedChart', () => {
	// as hooks.server.ts does before the prerender renders a page
	beforeAll(loadChartRenderer);

	const bars = {
		xAxis: { type: 'value' },
		yAxis: { type: 'category', data: ['Pakusari', 'Sumber "Baru" & <Jaya>', 'Puger'] },
		series: [{ type: 'bar', data: [82.89, 85.47, 78.1], itemStyle: { color: '#0b5cad' } }]
	};

	it('draws one bar per kecamatan, named on the axis, at the height asked', () => {
		const svg = svgOf(prerenderedChart(bars, 240, 600));
		expect(attrOf(svg, 'viewBox')).toBe('0 0 600 240');
		const drawn = all(svg).filter((e) => attrOf(e, 'fill') === '#0b5cad' && attrOf(e, 'ecmeta_series_index') === '0');
		expect(new Set(drawn.map((e) => attrOf(e, 'ecmeta_data_index')))).toEqual(new Set(['0', '1', '2']));
		// the quotes, ampersand and angle brackets of a name stay text, not markup
		expect(texts(svg)).toEqual(expect.arrayContaining(['Pakusari', 'Sumber "Baru" & <Jaya>', 'Puger']));
	});

	it('is one still frame: no entry animation in the image', () => {
		const url = prerenderedChart({ ...bars, animation: true }, 240, 600);
		expect(decodeURIComponent(url)).not.toMatch(/@keyframes|<animate/);
	});

	it('draws no map over boundaries the prerender does not have', () => {
		expect(prerenderedChart({ series: [{ type: 'map', map: 'tidak-terdaftar', data: [] }] }, 300)).toBe('');
	});

	it('draws a map once its boundaries are registered, each region in the colour its figure asks', async () => {
		const square = (x: number) => [
			[
				[x, 0],
				[x + 1, 0],
				[x + 1, 1],
				[x, 1],
				[x, 0]
			]
		];
		await registerPrerenderMap('uji-dua-kecamatan', {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { kode: '35.09.01' }, geometry: { type: 'Polygon', coordinates: square(0) } },
				{ type: 'Feature', properties: { kode: '35.09.02' }, geometry: { type: 'Polygon', coordinates: square(2) } }
			]
		});
		const svg = svgOf(
			prerenderedChart(
				{
					series: [
						{
							type: 'map',
							map: 'uji-dua-kecamatan',
							nameProperty: 'kode',
							data: [
								{ name: '35.09.01', value: 1, itemStyle: { areaColor: '#2166ac' } },
								{ name: '35.09.02', value: 2, itemStyle: { areaColor: '#d6604d' } }
							]
						}
					]
				},
				200,
				400
			)
		);
		const fills = all(svg)
			.filter((e) => e.local === 'path')
			.map((e) => attrOf(e, 'fill'));
		expect(fills).toEqual(expect.arrayContaining(['#2166ac', '#d6604d']));
	});
});
