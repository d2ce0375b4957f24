/**
 * Before the prerender renders any page: ECharts for the first charts drawn as pictures
 * (components/chart-image.ts), loaded here because rendering a component cannot wait.
 */
import { loadChartRenderer } from '$lib/components/chart-image';

export async function init(): Promise<void> {
	await loadChartRenderer();
}
