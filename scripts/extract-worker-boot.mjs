// A worker thread does not inherit tsx's loader: register it, then load the TypeScript worker (extract-pool.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.modul);
