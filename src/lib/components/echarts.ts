/**
 * The one place ECharts is configured. Only the charts and components the dashboard
 * uses are registered (tree-shaken `echarts/core`), with an Indonesian locale for the
 * generated aria descriptions and one colour theme.
 *
 * Canvas renderer, not SVG: "Unduh PNG" needs getDataURL({ type: 'png' }), which the
 * SVG renderer cannot produce. Canvas also stays fast with a 31 × 20 heatmap.
 *
 * Text on the canvas (labels, axis names, titles) cannot run as HTML, but tooltips are
 * HTML: every custom tooltip formatter must pass names from the data through escapeHtml
 * (or build its markup with tooltipHtml). ECharts' own default tooltip already escapes.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
	AriaComponent,
	DataZoomComponent,
	DatasetComponent,
	GeoComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
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
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	HeatmapChart,
	ScatterChart,
	// the kecamatan choropleth (lib/map.ts); the map series draws through the geo component
	MapChart,
	AriaComponent,
	DataZoomComponent,
	DatasetComponent,
	GeoComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	CanvasRenderer
]);

/** A chart option typed to exactly what is registered above. */
export type ChartOptions = echarts.ComposeOption<
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

export type { EChartsCoreOption, EChartsType } from 'echarts/core';

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
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

export const THEME = 'dasbor';
echarts.registerTheme(THEME, {
	color: COLORS,
	backgroundColor: '#ffffff',
	textStyle: { fontFamily: FONT, color: '#1f2933' },
	title: { textStyle: { color: '#1f2933' } },
	legend: { textStyle: { color: '#1f2933' } }
});

/** Indonesian texts ECharts uses for generated aria descriptions and built-in labels. */
export const LOCALE = 'ID';
echarts.registerLocale(LOCALE, {
	time: {
		month: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
		monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
		dayOfWeek: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
		dayOfWeekAbbr: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab']
	},
	legend: { selector: { all: 'Semua', inverse: 'Balik' } },
	// not shown (no toolbox is registered), but the locale type asks for every key
	toolbox: {
		brush: {
			title: {
				rect: 'Pilih kotak',
				polygon: 'Pilih laso',
				lineX: 'Pilih mendatar',
				lineY: 'Pilih tegak',
				keep: 'Simpan pilihan',
				clear: 'Hapus pilihan'
			}
		},
		dataView: { title: 'Lihat data', lang: ['Lihat data', 'Tutup', 'Muat ulang'] },
		dataZoom: { title: { zoom: 'Perbesar', back: 'Kembalikan' } },
		magicType: { title: { line: 'Diagram garis', bar: 'Diagram batang', stack: 'Tumpuk', tiled: 'Berdampingan' } },
		restore: { title: 'Kembalikan' },
		saveAsImage: { title: 'Simpan gambar', lang: ['Klik kanan untuk menyimpan gambar'] }
	},
	series: {
		typeNames: {
			pie: 'diagram lingkaran',
			bar: 'diagram batang',
			line: 'diagram garis',
			scatter: 'diagram sebar',
			effectScatter: 'diagram sebar beriak',
			radar: 'diagram radar',
			tree: 'diagram pohon',
			treemap: 'peta pohon',
			boxplot: 'diagram kotak',
			candlestick: 'diagram lilin',
			k: 'diagram garis K',
			heatmap: 'peta panas',
			map: 'peta',
			parallel: 'diagram koordinat paralel',
			lines: 'diagram garis',
			graph: 'diagram jaringan',
			sankey: 'diagram sankey',
			funnel: 'diagram corong',
			gauge: 'diagram meteran',
			pictorialBar: 'diagram batang bergambar',
			themeRiver: 'diagram aliran tema',
			sunburst: 'diagram sunburst',
			custom: 'grafik khusus',
			chart: 'grafik'
		}
	},
	aria: {
		general: {
			withTitle: 'Grafik "{title}"',
			withoutTitle: 'Grafik'
		},
		series: {
			single: {
				prefix: '',
				withName: ' berupa {seriesType} bernama {seriesName}.',
				withoutName: ' berupa {seriesType}.'
			},
			multiple: {
				prefix: ', terdiri atas {seriesCount} seri.',
				withName: ' Seri ke-{seriesId} berupa {seriesType} untuk {seriesName}.',
				withoutName: ' Seri ke-{seriesId} berupa {seriesType}.',
				separator: { middle: '', end: '' }
			}
		},
		data: {
			allData: 'Datanya: ',
			partialData: '{displayCnt} data pertama: ',
			withName: '{name} {value}',
			withoutName: '{value}',
			separator: { middle: ', ', end: '. ' }
		}
	}
});

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

export { echarts };
