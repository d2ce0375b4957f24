/**
 * A page's first chart drawn at prerender time, as an SVG image inside the HTML, so the
 * reader sees it at first paint instead of after the scripts, hydration and ECharts'
 * first setOption; the interactive chart replaces it once drawn (Figure.svelte).
 *
 * Server only. ECharts and its SVG renderer are imported dynamically by
 * `loadChartRenderer` (hooks.server.ts `init`, before any page is rendered), never
 * statically: Figure.svelte imports this module in the browser too, and a static import
 * would put ECharts among the modules every page fetches before its first paint.
 *
 * An <img> with a data: URL, not inline SVG: the content-security policy allows data:
 * images, Element Timing reports when an image is painted (bench/browser.ts reads it as
 * the first chart), and hydration leaves an <img>'s src as the server wrote it.
 */
import { LOCALE, THEME, type EChartsCoreOption } from './chart-style';

/**
 * The width the image is drawn at. The layout is fluid and a prerendered page knows no
 * screen: this is the chart's width in the 1200 px main column on a desktop, where the
 * staff read the dashboard. Narrow screens (≤ 600 px) do not show the image (Figure.svelte):
 * scaled to a phone its text would be unreadable, so a phone waits for the drawn chart.
 */
export const PRERENDER_WIDTH = 1100;

let renderer: typeof import('./echarts').echarts | null = null;

/** Loads ECharts with the SVG renderer for `prerenderedChart` (server only; once). */
export async function loadChartRenderer(): Promise<void> {
	// the browser build drops what follows, so it has no chunk for the SVG renderer
	if (!import.meta.env.SSR || renderer) return;
	const [{ echarts }, { SVGRenderer }] = await Promise.all([import('./echarts'), import('echarts/renderers')]);
	echarts.use(SVGRenderer);
	renderer = echarts;
}

/** SVG made safe for a data: URL with the least growth (rather than base64's third). */
function svgDataUrl(svg: string): string {
	const escaped = svg.replace(/\n/g, ' ').replace(/%/g, '%25').replace(/"/g, '%22').replace(/#/g, '%23').replace(/</g, '%3C').replace(/>/g, '%3E');
	return `data:image/svg+xml,${escaped}`;
}

/**
 * The chart of `option` at `height` px as an SVG data: URL, or '' when it cannot be drawn
 * here (an option ECharts refuses): the page then draws the chart in the browser as before.
 * ECharts must be loaded (`loadChartRenderer`) and a map's boundaries registered
 * (`registerPrerenderMap`) first; otherwise no image.
 */
export function prerenderedChart(option: EChartsCoreOption, height: number, width = PRERENDER_WIDTH): string {
	const echarts = renderer;
	if (!echarts) return '';
	// ECharts draws a map over unknown boundaries as an empty frame: no image rather than that
	if (mapsOf(option).some((name) => !echarts.getMap(name))) return '';
	let chart: ReturnType<typeof echarts.init> | undefined;
	try {
		chart = echarts.init(null, THEME, { renderer: 'svg', ssr: true, width, height, locale: LOCALE });
		// no entry animation: the image is one still frame, the end state
		chart.setOption({ ...option, animation: false });
		return svgDataUrl(chart.renderToSVGString());
	} catch {
		return '';
	} finally {
		chart?.dispose();
	}
}

/** Registers a map's boundaries for prerendered charts (the browser registers its own copy). */
export async function registerPrerenderMap(name: string, geojson: unknown): Promise<void> {
	await loadChartRenderer();
	const echarts = renderer!;
	if (!echarts.getMap(name)) echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
}

/** The maps (registered boundaries) an option's map series and geo components draw on. */
function mapsOf(option: EChartsCoreOption): string[] {
	const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x : x && typeof x === 'object' ? [x as Record<string, unknown>] : []);
	const series = list(option.series).filter((s) => s.type === 'map');
	return [...series, ...list(option.geo)].map((s) => s.map).filter((m): m is string => typeof m === 'string');
}
