/**
 * One extraction worker of extract-pool.ts: answers each file name it is sent
 * with its ReadResult. Posts `siap` once loaded, so the pool sends the first file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne, type WorkerData, type ReadResult } from './extract-pool';
import { readMasterData } from './master-data';

const data = workerData as WorkerData;
const ref = readMasterData(data.referensiDir);
const port = parentPort!;
port.on('message', async (m: { i: number; file: string }) => {
	const result: ReadResult = await readOne(data.dir, m.file, ref);
	// copied, not transferred: a file's bytes may share Node's buffer pool
	port.postMessage({ i: m.i, hasil: result });
});
port.postMessage({ siap: true });
