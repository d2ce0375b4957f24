/**
 * Hydration starts after the first paint. The prerendered page already shows its figures
 * and its first charts as pictures (components/chart-image.ts); hydrating first would keep
 * them off screen for the length of that task, a few hundred ms on a phone. A frame, or at
 * most 100 ms (a background tab paints no frames), is all this waits.
 */
export async function init(): Promise<void> {
	await new Promise<void>((ok) => {
		const t = setTimeout(ok, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(t);
				ok();
			}, 0)
		);
	});
}
