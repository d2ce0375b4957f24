/**
 * A pool of worker threads that runs a list of tasks and gives the results back
 * in the order of the tasks, whichever thread ran each one: what the data build
 * makes on every core is then the very dataset one thread makes. Used for reading
 * and extracting the reports (extract-pool.ts) and for auditing them (audit-pool.ts).
 *
 * The protocol, spoken by `serveTasks` (worker-serve.ts) on the worker's side: the worker posts
 * `{ siap: true }` once loaded; the pool posts `{ i, tugas }` and the worker
 * answers `{ i, hasil }`, one task at a time in the order sent.
 */
import { Worker } from 'node:worker_threads';
import { workerModule } from './worker-bundle';

/** Tasks sent to a worker before its first result comes back. */
const IN_FLIGHT = 2;

export interface PoolOptions<T, R> {
	/** the worker's TypeScript module (bundled by worker-bundle.ts) */
	entry: URL;
	workerData: unknown;
	tasks: readonly T[];
	/** threads; a caller that needs only one runs the tasks in its own thread instead, where it can */
	workers: number;
	/** the result of a task whose thread died while running it; the other tasks still run */
	died(task: T, error: Error): R;
	/**
	 * Takes each result in task order as soon as the ones before it are in, instead of
	 * the list at the end: a national build cannot hold every result at once. The pool
	 * then keeps only the results that came early, and awaits each call before the next.
	 */
	onResult?(result: R, i: number): void | Promise<void>;
}

export async function runPool<T, R>(o: PoolOptions<T, R>): Promise<R[]> {
	const { tasks } = o;
	const hasil: R[] = new Array(tasks.length);
	const done: boolean[] = new Array(tasks.length).fill(false);
	let delivered = 0;
	let delivery: Promise<void> = Promise.resolve();
	// the first error of onResult: no task is sent after it, and the pool rethrows it at the end
	let failure: { error: unknown } | undefined;
	const accept = (i: number, r: R) => {
		hasil[i] = r;
		done[i] = true;
		if (!o.onResult) return;
		for (; delivered < tasks.length && done[delivered]; delivered++) {
			const k = delivered;
			const result = hasil[k];
			// handed on: the pool holds no result it has delivered
			hasil[k] = undefined as R;
			delivery = delivery
				.then(() => (failure ? undefined : o.onResult!(result, k)))
				.catch((error: unknown) => {
					failure ??= { error };
				});
		}
	};
	let berikut = 0;
	// tasks sent to a worker that died with them still waiting: another worker runs them
	const ulang: number[] = [];
	const modul = await workerModule(o.entry);
	const satuPekerja = () =>
		new Promise<void>((selesai, gagal) => {
			const w = new Worker(modul, { workerData: o.workerData });
			// in the order sent; the worker runs one at a time, so the first is the one running
			const dikirim: number[] = [];
			let siap = false;
			const send = () => {
				// two in flight, so the worker starts the next task while this thread takes the last
				// result; one near the end, so no worker waits with two while another has none
				for (;;) {
					const left = failure ? 0 : ulang.length + tasks.length - berikut;
					if (left === 0 || (dikirim.length > 0 && (dikirim.length >= IN_FLIGHT || left <= o.workers))) break;
					const i = ulang.length ? ulang.shift()! : berikut++;
					dikirim.push(i);
					w.postMessage({ i, tugas: tasks[i] });
				}
				if (dikirim.length === 0) void w.terminate().then(() => selesai());
			};
			w.on('message', (m: { siap?: true; i?: number; hasil?: R }) => {
				if (m.siap) siap = true;
				if (m.i !== undefined && 'hasil' in m) {
					accept(m.i, m.hasil as R);
					dikirim.splice(dikirim.indexOf(m.i), 1);
				}
				if (siap) send();
			});
			w.on('error', (e) => {
				// a worker that dies takes only the task it was running with it
				const [current, ...menunggu] = dikirim;
				if (current !== undefined && !done[current]) accept(current, o.died(tasks[current], e));
				ulang.push(...menunggu);
				if (ulang.length || berikut < tasks.length) satuPekerja().then(selesai, gagal);
				else selesai();
			});
		});
	await Promise.all(Array.from({ length: o.workers }, satuPekerja));
	await delivery;
	if (failure) throw failure.error;
	return o.onResult ? [] : hasil;
}
