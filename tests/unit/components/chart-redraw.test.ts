/**
 * A redraw (src/lib/components/chart-redraw.ts) drops what the new option drops, as
 * `notMerge` did, but keeps the tooltip component, whose rebuilding forces a layout of
 * the page on every filter change. ECharts' server-side renderer stands in for a browser.
 */
import { describe, expect, test } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { redrawChart } from '../../../src/lib/components/chart-redraw';
import type { EChartsType } from '../../../src/lib/components/chart-style';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

const chart = () => echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 }) as unknown as EChartsType;
const bars = (names: string[]) => names.map((name) => ({ type: 'bar', name, data: [1, 2] }));
type Model = { getComponent: (t: string) => unknown };
const model = (c: EChartsType) => (c as unknown as { getModel: () => Model }).getModel();

describe('redrawChart', () => {
	test('a series or a visual map the new option leaves out is gone; the tooltip is the same component with the new formatter', () => {
		const c = chart();
		const first = () => 'lama';
		const second = () => 'baru';
		redrawChart(c, {
			tooltip: { trigger: 'axis', formatter: first },
			xAxis: { type: 'category', data: ['a', 'b'] },
			yAxis: { type: 'value', max: 10 },
			visualMap: { min: 0, max: 2, show: false },
			series: bars(['Arjasa', 'Puger'])
		});
		const tooltip = model(c).getComponent('tooltip');
		expect(tooltip).toBeTruthy();
		redrawChart(c, {
			tooltip: { trigger: 'axis', formatter: second },
			xAxis: { type: 'category', data: ['a', 'b'] },
			yAxis: { type: 'value' },
			series: bars(['Puger'])
		});
		const o = c.getOption() as { series: { name: string }[]; visualMap?: unknown[]; yAxis: { max?: number }[]; tooltip: { formatter: unknown }[] };
		expect(o.series.map((s) => s.name)).toEqual(['Puger']);
		expect(o.visualMap ?? []).toEqual([]);
		// an axis is replaced whole: last year's maximum does not stay
		expect(o.yAxis[0].max).toBeUndefined();
		expect(o.tooltip[0].formatter).toBe(second);
		expect(model(c).getComponent('tooltip')).toBe(tooltip);
		c.dispose();
	});

	test('each chart remembers its own last option', () => {
		const a = chart();
		const b = chart();
		redrawChart(a, { xAxis: { type: 'category', data: ['x'] }, yAxis: {}, visualMap: { min: 0, max: 1, show: false }, series: bars(['A']) });
		redrawChart(b, { xAxis: { type: 'category', data: ['x'] }, yAxis: {}, series: bars(['B']) });
		redrawChart(a, { xAxis: { type: 'category', data: ['x'] }, yAxis: {}, series: bars(['A']) });
		expect((a.getOption() as { visualMap?: unknown[] }).visualMap ?? []).toEqual([]);
		a.dispose();
		b.dispose();
	});
});
