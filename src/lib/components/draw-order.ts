/**
 * The order a page's charts are drawn in. Drawing every chart of a page in the
 * hydration task delays each of them, and ECharts' first setOption costs tens of
 * ms a chart: charts on screen start at once; charts below the fold start one at
 * a time in reading (registration) order, each in an idle slot once the one
 * before it has drawn. So the first chart below (Ringkasan's map, which waits on
 * its boundaries) is not overtaken by the charts after it, every chart is still
 * drawn without a scroll, and input is answered between them. A chart scrolled
 * near the screen starts at once.
 */

/** How far below the screen a chart counts as on screen, so scrolling meets a drawn chart. */
export const DRAW_AHEAD_PX = 200;
/** A chart that has not drawn after this long (its data hangs) stops holding the others up. */
const STALL_MS = 3000;

interface Job {
	start: () => void;
	started: boolean;
	finished: boolean;
	stall?: ReturnType<typeof setTimeout>;
}

const queue: Job[] = [];
let running = 0;
let idle: { cancel: () => void } | null = null;

function afterIdle(f: () => void): { cancel: () => void } {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(f, { timeout: 1500 });
		return { cancel: () => cancelIdleCallback(id) };
	}
	const id = setTimeout(f, 16);
	return { cancel: () => clearTimeout(id) };
}

function pump() {
	if (running > 0 || idle || !queue.length) return;
	idle = afterIdle(() => {
		idle = null;
		if (running === 0 && queue.length) begin(queue[0]);
	});
}

function begin(j: Job) {
	const i = queue.indexOf(j);
	if (i >= 0) queue.splice(i, 1);
	j.started = true;
	running++;
	j.stall = setTimeout(() => finish(j), STALL_MS);
	j.start();
}

function finish(j: Job) {
	if (!j.started || j.finished) return;
	j.finished = true;
	clearTimeout(j.stall);
	running--;
	pump();
}

export interface DrawTurn {
	/** start now (the chart came near the screen) */
	now: () => void;
	/** the chart is drawn, or cannot be: the next may start */
	done: () => void;
	/** the chart left the page */
	cancel: () => void;
}

/** Asks for a turn to draw: `start` is called when it is this chart's turn (at once when `onScreen`). */
export function drawTurn(start: () => void, onScreen: boolean): DrawTurn {
	const j: Job = { start, started: false, finished: false };
	if (onScreen) begin(j);
	else {
		queue.push(j);
		pump();
	}
	return {
		now: () => {
			if (!j.started) begin(j);
		},
		done: () => finish(j),
		cancel: () => {
			const i = queue.indexOf(j);
			if (i >= 0) queue.splice(i, 1);
			finish(j);
		}
	};
}
