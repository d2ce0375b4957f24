/**
 * One extraction worker of extract-pool.ts: answers each file name it is sent
 * with its ReadResult, or for the data build (workerData `to`) its SpooledResult
 * (worker-pool.ts speaks the protocol).
 */
import { workerData } from 'node:worker_threads';
import { readOne, spoolOne, type WorkerData, type ReadResult, type SpooledResult } from './extract-pool';
import { readMasterData } from './master-data';
import { serveTasks } from './worker-serve';

const data = workerData as WorkerData;
const ref = readMasterData(data.referensiDir);
const to = data.to;
if (to) serveTasks<string, SpooledResult>((file) => spoolOne(data.dir, file, ref, to));
else
	serveTasks<string, ReadResult>(
		async (file) => {
			const result = await readOne(data.dir, file, ref);
			// the bytes are moved, not copied, when they own their memory; a small file's
			// bytes may share Node's buffer pool, and are copied to a buffer of their own first
			const bytes = result.bytes;
			if (bytes && (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)) result.bytes = bytes.slice();
			return result;
		},
		(result) => (result.bytes && result.bytes.buffer instanceof ArrayBuffer ? [result.bytes.buffer] : [])
	);
