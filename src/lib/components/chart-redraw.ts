/**
 * How a chart instance takes a new option (Figure.svelte, and bench/batas-interaksi,
 * which must redraw as the dashboard does). Every component type of the old and the
 * new option is replaced, so a series, axis or visual map that the new option drops
 * disappears (what `notMerge: true` gave), except the tooltip, which is merged: with
 * notMerge ECharts disposes the tooltip's view and builds its HTML box again, and that
 * constructor reads `offsetLeft`, forcing a layout of the whole page right after its
 * tables changed (40–80 ms a chart on Beranda at 664 kecamatan, none on a bare page).
 * Our tooltips have the same keys in every option of a chart, so merging loses nothing.
 */
import type { EChartsCoreOption, EChartsType } from './chart-style';

const KEPT = 'tooltip';
const lastKeys = new WeakMap<EChartsType, string[]>();

export function redrawChart(chart: EChartsType, option: EChartsCoreOption): void {
	const keys = Object.keys(option);
	const replaceMerge = [...new Set([...(lastKeys.get(chart) ?? []), ...keys])].filter((k) => k !== KEPT);
	lastKeys.set(chart, keys);
	chart.setOption(option, { replaceMerge });
}
