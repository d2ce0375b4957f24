/**
 * One audit worker of audit-pool.ts: answers each kecamatan's spooled reports with
 * the reports and their audit rows (worker-pool.ts speaks the protocol).
 */
import { workerData } from 'node:worker_threads';
import { auditTask, type AuditedGroup, type AuditTask, type AuditWorkerData } from './audit-pool';
import { readMasterData } from './master-data';
import { serveTasks } from './worker-serve';

const ref = readMasterData((workerData as AuditWorkerData).referensiDir);
serveTasks<AuditTask, AuditedGroup>((t) => auditTask(t, ref));
