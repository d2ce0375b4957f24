/**
 * src/hooks.client.ts: hydration waits for the first frame to be painted (the page's
 * figures and chart pictures are on screen before the hydration task), and no longer than
 * 100 ms when no frame comes (a background tab paints none), so a page always hydrates.
 * A page with figures asks for ECharts then, not before the paint.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { init } from '../../../src/hooks.client';

const echartsAsked = vi.hoisted(() => ({ n: 0 }));
vi.mock('$lib/components/echarts', () => {
	echartsAsked.n++;
	return {};
});

const at = (search: string, figures = 0) => {
	vi.stubGlobal('location', { search });
	vi.stubGlobal('document', { querySelector: (s: string) => (s === 'figure.figur' && figures ? {} : null) });
};

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('hydration after the first paint', () => {
	it('starts in the task after the first frame', async () => {
		vi.useFakeTimers();
		at('');
		let frame: (() => void) | null = null;
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => ((frame = f), 1));
		let started = false;
		const p = init().then(() => (started = true));
		await vi.advanceTimersByTimeAsync(10);
		expect(started).toBe(false);
		frame!();
		await vi.advanceTimersByTimeAsync(0);
		await p;
		expect(started).toBe(true);
	});

	it('starts after 100 ms when no frame is painted', async () => {
		vi.useFakeTimers();
		at('');
		vi.stubGlobal('requestAnimationFrame', () => 1);
		let started = false;
		const p = init().then(() => (started = true));
		await vi.advanceTimersByTimeAsync(99);
		expect(started).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		await p;
		expect(started).toBe(true);
	});

	it('starts at once when the address asks for a view the prerender does not hold', async () => {
		vi.useFakeTimers();
		at('?kode=35.09.22');
		vi.stubGlobal('requestAnimationFrame', () => 1);
		let started = false;
		const p = init().then(() => (started = true));
		await vi.advanceTimersByTimeAsync(0);
		await p;
		expect(started).toBe(true);
	});

	it('asks for ECharts after the first frame on a page with figures, never on one without', async () => {
		vi.useFakeTimers();
		let frame: (() => void) | null = null;
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => ((frame = f), 1));
		at('', 0);
		const tanpa = init();
		frame!();
		await vi.advanceTimersByTimeAsync(0);
		await tanpa;
		expect(echartsAsked.n).toBe(0);

		at('', 2);
		const p = init();
		await vi.advanceTimersByTimeAsync(10);
		expect(echartsAsked.n).toBe(0);
		frame!();
		await vi.advanceTimersByTimeAsync(0);
		await p;
		await vi.waitFor(() => expect(echartsAsked.n).toBe(1));
	});
});
