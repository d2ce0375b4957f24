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
		const mulai: string[] = [];
		const peta = drawTurn(() => mulai.push('peta'), true);
		const peringkat = drawTurn(() => mulai.push('peringkat'), false);
		const serapan = drawTurn(() => mulai.push('serapan'), false);
		expect(mulai).toEqual(['peta']);
		// the map waits on its boundaries: idle time goes to nobody below it
		await vi.advanceTimersByTimeAsync(500);
		expect(mulai).toEqual(['peta']);
		peta.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(mulai).toEqual(['peta', 'peringkat']);
		await vi.advanceTimersByTimeAsync(500);
		expect(mulai).toEqual(['peta', 'peringkat']);
		peringkat.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(mulai).toEqual(['peta', 'peringkat', 'serapan']);
		serapan.done();
	});

	it('a chart scrolled near the screen starts at once; one that left the page or hangs holds nothing up', async () => {
		const { drawTurn } = await import('../../../src/lib/components/draw-order');
		const mulai: string[] = [];
		const a = drawTurn(() => mulai.push('a'), false);
		const b = drawTurn(() => mulai.push('b'), false);
		const c = drawTurn(() => mulai.push('c'), false);
		c.now();
		expect(mulai).toEqual(['c']);
		b.cancel();
		c.done();
		await vi.advanceTimersByTimeAsync(20);
		expect(mulai).toEqual(['c', 'a']);
		// a never says it is drawn: after the stall limit the queue moves on
		const d = drawTurn(() => mulai.push('d'), false);
		await vi.advanceTimersByTimeAsync(1000);
		expect(mulai).toEqual(['c', 'a']);
		await vi.advanceTimersByTimeAsync(2100);
		expect(mulai).toEqual(['c', 'a', 'd']);
		a.done();
		d.done();
	});
});
