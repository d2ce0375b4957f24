/**
 * One audit worker of audit-pool.ts: answers each kecamatan's reports with their
 * audit rows (worker-pool.ts speaks the protocol).
 */
import { workerData } from 'node:worker_threads';
import type { RowsByTable } from '../src/lib/store/rows';
import { auditTask, type AuditTask, type AuditWorkerData } from './audit-pool';
import { readMasterData } from './master-data';
import { serveTasks } from './worker-serve';

const ref = readMasterData((workerData as AuditWorkerData).referensiDir);
serveTasks<AuditTask, RowsByTable[]>((t) => auditTask(t, ref));
