/**
 * What the charts share that needs no ECharts code: the chart option type, the colours
 * and font, the theme's and locale's names, aria options and safe tooltip markup. Kept
 * apart from echarts.ts, which registers ECharts itself, so the option builders (charts.ts,
 * map.ts) and the pages reach ECharts only through the chart's own dynamic import
 * (Figure.svelte): a page's first paint never waits on ECharts' 200 KiB.
 *
 * Tooltips are HTML: every custom tooltip formatter must pass names from the data through
 * escapeHtml (or build its markup with tooltipHtml). ECharts' own default tooltip already escapes.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
	AriaComponentOption,
	DataZoomComponentOption,
	DatasetComponentOption,
	GeoComponentOption,
	GridComponentOption,
	LegendComponentOption,
	MarkAreaComponentOption,
	MarkLineComponentOption,
	TitleComponentOption,
	TooltipComponentOption,
	VisualMapComponentOption
} from 'echarts/components';

export type { EChartsCoreOption, EChartsType } from 'echarts/core';

/** A chart option typed to exactly what is echarts.ts registers. */
export type ChartOptions = ComposeOption<
	| BarSeriesOption
	| LineSeriesOption
	| HeatmapSeriesOption
	| ScatterSeriesOption
	| MapSeriesOption
	| AriaComponentOption
	| DataZoomComponentOption
	| DatasetComponentOption
	| GeoComponentOption
	| GridComponentOption
	| LegendComponentOption
	| MarkAreaComponentOption
	| MarkLineComponentOption
	| TitleComponentOption
	| TooltipComponentOption
	| VisualMapComponentOption
>;

const ENTITAS: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text from the data, made safe to put inside HTML (tooltips). null/undefined → "". */
export function escapeHtml(text: unknown): string {
	if (text === null || text === undefined) return '';
	return String(text).replace(/[&<>"']/g, (c) => ENTITAS[c]);
}

/**
 * Tooltip markup from plain text: a bold heading and label–value lines, all escaped.
 * `baris` values are already-formatted strings (formatRupiah, formatPersen...).
 */
export function tooltipHtml(title: unknown, rows: [label: unknown, nilai: unknown][] = []): string {
	const header = `<strong>${escapeHtml(title)}</strong>`;
	const content = rows.map(([l, n]) => `${escapeHtml(l)}: <b>${escapeHtml(n)}</b>`);
	return [header, ...content].join('<br>');
}

/**
 * Colour-blind-safe palette (Okabe–Ito, darkened where needed for contrast on white).
 * The first colour is the dashboard's main blue.
 */
export const COLORS = ['#0b5cad', '#d55e00', '#009e73', '#cc79a7', '#7a5c00', '#56b4e9', '#6a3d9a', '#000000'];

/** Sequential scale for capaian/serapan heatmaps: light to dark, readable labels. */
export const SCALE_COLORS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

// unquoted names (valid CSS): ECharts writes this into SVG style attributes unescaped, and the
// quotes of "Segoe UI" would end the attribute and break a prerendered chart (chart-image.ts)
export const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

/** The registered theme's name (echarts.ts). */
export const THEME = 'dasbor';

/** The registered locale's name (echarts.ts): Indonesian texts for aria descriptions and built-in labels. */
export const LOCALE = 'ID';

/**
 * The aria option every chart gets. With a description, screen readers hear that
 * sentence; without one, ECharts generates a summary in Indonesian from the data.
 * `decal` adds patterns to bars so series differ without colour (off by default:
 * it makes small charts busy; the data table is the full alternative).
 */
export function ariaLabels(deskripsi?: string, decal = false): AriaComponentOption {
	return {
		enabled: true,
		decal: { show: decal },
		label: deskripsi ? { enabled: true, description: deskripsi } : { enabled: true }
	};
}
