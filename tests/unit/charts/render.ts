/**
 * Draws a chart option the way the page does (the same ECharts build and options),
 * server-side, so a test can read what a reader would see: the axis range a bar
 * starts from, each bar's drawn length, the colour each heatmap cell is painted.
 */
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echarts as terdaftar } from '$lib/components/echarts';
import type { EChartsCoreOption } from '$lib/components/chart-style';

echarts.use([SVGRenderer]);

export interface Rendered {
	/** [min, max] of the value axis as drawn */
	rentang(sumbu: 'xAxis' | 'yAxis'): [number, number];
	/** drawn rectangle of bar `i` of series `seri` */
	batang(seri: number, i: number): { x: number; y: number; width: number; height: number };
	/** colour painted for data item `i` of series `seri` */
	warna(seri: number, i: number): string;
	tutup(): void;
}

export function render(options: EChartsCoreOption, width = 800, tinggi = 500): Rendered {
	const c = terdaftar.init(null as unknown as HTMLElement, undefined, { renderer: 'svg', ssr: true, width, height: tinggi });
	c.setOption({ ...options, animation: false });
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const model = (c as any).getModel();
	return {
		rentang(sumbu) {
			const ax = model.getComponent(sumbu, 0).axis;
			return ax.scale.getExtent() as [number, number];
		},
		batang(seri, i) {
			return model.getSeriesByIndex(seri).getData().getItemLayout(i);
		},
		warna(seri, i) {
			return String(c.getVisual({ seriesIndex: seri, dataIndex: i }, 'color'));
		},
		tutup: () => c.dispose()
	};
}
