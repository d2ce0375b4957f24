/**
 * One extraction worker of extract-pool.ts: answers each file name it is sent
 * with its ReadResult, one file at a time in the order sent. Posts `siap` once
 * loaded, so the pool sends the first files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne, type WorkerData, type ReadResult } from './extract-pool';
import { readMasterData } from './master-data';

const data = workerData as WorkerData;
const ref = readMasterData(data.referensiDir);
const port = parentPort!;
// one file at a time, in the order sent: the pool sends the next before this one is done
let queue: Promise<void> = Promise.resolve();
port.on('message', (m: { i: number; file: string }) => {
	queue = queue.then(async () => {
		const result: ReadResult = await readOne(data.dir, m.file, ref);
		// the bytes are moved, not copied, when they own their memory; a small file's
		// bytes may share Node's buffer pool, and are copied to a buffer of their own first
		const bytes = result.bytes;
		if (bytes && (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)) result.bytes = bytes.slice();
		const transfer = result.bytes && result.bytes.buffer instanceof ArrayBuffer ? [result.bytes.buffer] : [];
		port.postMessage({ i: m.i, hasil: result }, transfer);
	});
});
port.postMessage({ siap: true });
