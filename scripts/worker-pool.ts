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
}

export async function runPool<T, R>(o: PoolOptions<T, R>): Promise<R[]> {
	const { tasks } = o;
	const hasil: R[] = new Array(tasks.length);
	const done: boolean[] = new Array(tasks.length).fill(false);
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
					const left = ulang.length + tasks.length - berikut;
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
					hasil[m.i] = m.hasil as R;
					done[m.i] = true;
					dikirim.splice(dikirim.indexOf(m.i), 1);
				}
				if (siap) send();
			});
			w.on('error', (e) => {
				// a worker that dies takes only the task it was running with it
				const [current, ...menunggu] = dikirim;
				if (current !== undefined && !done[current]) {
					hasil[current] = o.died(tasks[current], e);
					done[current] = true;
				}
				ulang.push(...menunggu);
				if (ulang.length || berikut < tasks.length) satuPekerja().then(selesai, gagal);
				else selesai();
			});
		});
	await Promise.all(Array.from({ length: o.workers }, satuPekerja));
	return hasil;
}
