/**
 * The one place ECharts is configured. Only the charts and components the dashboard
 * uses are registered (tree-shaken `echarts/core`), with an Indonesian locale for the
 * generated aria descriptions and one colour theme. Imported dynamically only
 * (Figure.svelte, KecamatanMap.svelte; chart-image.ts at prerender), so it and ECharts
 * make one chunk that a page fetches when it draws its first chart, after first paint.
 *
 * Canvas renderer, not SVG: "Unduh PNG" needs getDataURL({ type: 'png' }), which the
 * SVG renderer cannot produce. Canvas also stays fast with a 31 × 20 heatmap.
 *
 * Text on the canvas (labels, axis names, titles) cannot run as HTML, but tooltips are
 * HTML (chart-style.ts escapeHtml, tooltipHtml).
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
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
import { CanvasRenderer } from 'echarts/renderers';
import { COLORS, FONT, LOCALE, THEME } from './chart-style';

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

echarts.registerTheme(THEME, {
	color: COLORS,
	backgroundColor: '#ffffff',
	textStyle: { fontFamily: FONT, color: '#1f2933' },
	title: { textStyle: { color: '#1f2933' } },
	legend: { textStyle: { color: '#1f2933' } }
});

/** Indonesian texts ECharts uses for generated aria descriptions and built-in labels. */
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

export { echarts };
