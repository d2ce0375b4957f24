/** The order charts are drawn in (src/lib/components/draw-order.ts), with fake timers standing in for idle slots. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
	vi.useFakeTimers();
	vi.resetModules();
});
afterEach(() => vi.useRealTimers());

describe('drawTurn', () => {
	it('starts a chart on screen at once, and the charts below one by one in their order, each after the one before has drawn', async () => {
		const { drawTurn } = await import('../../../src/lib/components/draw-order');
		const start: string[] = [];
		const map = drawTurn(() => start.push('peta'), true);
		const rank = drawTurn(() => start.push('peringkat'), false);
		const serapan = drawTurn(() => start.push('serapan'), false);
		expect(start).toEqual(['peta']);
		// the map waits on its boundaries: idle time goes to nobody below it
		await vi.advanceTimersByTimeAsync(500);
		expect(start).toEqual(['peta']);
		map.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(start).toEqual(['peta', 'peringkat']);
		await vi.advanceTimersByTimeAsync(500);
		expect(start).toEqual(['peta', 'peringkat']);
		rank.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(start).toEqual(['peta', 'peringkat', 'serapan']);
		serapan.done();
	});

	it('a chart scrolled near the screen starts at once; one that left the page or hangs holds nothing up', async () => {
		const { drawTurn } = await import('../../../src/lib/components/draw-order');
		const start: string[] = [];
		const a = drawTurn(() => start.push('a'), false);
		const b = drawTurn(() => start.push('b'), false);
		const c = drawTurn(() => start.push('c'), false);
		c.now();
		expect(start).toEqual(['c']);
		b.cancel();
		c.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(start).toEqual(['c', 'a']);
		// a never says it is drawn: after the stall limit the queue moves on
		const d = drawTurn(() => start.push('d'), false);
		await vi.advanceTimersByTimeAsync(1000);
		expect(start).toEqual(['c', 'a']);
		await vi.advanceTimersByTimeAsync(2100);
		expect(start).toEqual(['c', 'a', 'd']);
		a.done();
		d.done();
	});
});
