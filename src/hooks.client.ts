/**
 * Hydration starts after the first paint. The prerendered page already shows its figures
 * and its first charts as pictures (components/chart-image.ts); hydrating first would keep
 * them off screen for the length of that task, a few hundred ms on a phone. A frame, or at
 * most 100 ms (a background tab paints no frames), is all this waits.
 *
 * An address with a query (`?kode=`, `?tahun=`) asks for a view the prerender could not
 * hold: what would paint first is a chooser or "Memuat tampilan dari tautan…", so that
 * page hydrates at once.
 *
 * ECharts is not among the page's scripts (components/echarts.ts): a page with figures
 * asks for it here, so it downloads during hydration rather than after it, when the
 * first chart is created.
 */
export async function init(): Promise<void> {
	if (!location.search) await firstPaint();
	// after the paint, so its bytes never hold the first chart (a picture) up
	if (document.querySelector('figure.figur')) void import('$lib/components/echarts').catch(() => {});
}

function firstPaint(): Promise<void> {
	return new Promise<void>((ok) => {
		const t = setTimeout(ok, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(t);
				ok();
			}, 0)
		);
	});
}
