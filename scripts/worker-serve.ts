/**
 * The worker's side of worker-pool.ts, kept apart so a worker's bundle does not
 * carry the pool (and esbuild, which the pool bundles workers with).
 */
import { parentPort, type TransferListItem } from 'node:worker_threads';

/**
 * The worker's side: answers each task with `run(task)`, one at a time in the order sent.
 * `transfer` names the buffers of a result to move instead of copy.
 */
export function serveTasks<T, R>(run: (task: T) => R | Promise<R>, transfer: (result: R) => TransferListItem[] = () => []): void {
	const port = parentPort!;
	// one task at a time, in the order sent: the pool sends the next before this one is done
	let queue: Promise<void> = Promise.resolve();
	port.on('message', (m: { i: number; tugas: T }) => {
		queue = queue.then(async () => {
			const result = await run(m.tugas);
			port.postMessage({ i: m.i, hasil: result }, transfer(result));
		});
	});
	port.postMessage({ siap: true });
}
