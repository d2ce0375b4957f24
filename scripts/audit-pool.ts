/**
 * Auditing the reports on every core (issue 10). The rules that read one report
 * alone already ran where it was extracted (extract-pool.ts spoolOne, audit/index.ts
 * auditOwn), on the text the extraction had parsed; here run the rules that read the
 * kecamatan's other reports, the grouping by cause, the score and the rows. A task is
 * one kecamatan's reports (the rules read no other kecamatan's), read back from the
 * spool the extraction wrote (spool.ts), so no thread holds more than a few
 * kecamatan's texts. Each kecamatan's result is handed on in task order as soon
 * as it is in, so the build writes it and lets it go; the dataset is the very one
 * one thread builds (tests/unit/store/audit-pool.test.ts). A kecamatan whose thread
 * dies is audited again in this thread, so a crash still names its report the
 * way one thread would.
 */
import type { MasterData, Report } from '../src/lib/lkip/types';
import type { RowsByTable } from '../src/lib/store/rows';
import { reportAuditRows } from '../src/lib/audit/dataset';
import { workerCount } from './extract-pool';
import { readSpool, type SpoolPlace } from './spool';
import { runPool } from './worker-pool';

/** One kecamatan's reports: where each is spooled (spool.ts), in build order. */
export interface AuditTask {
	spool: SpoolPlace[];
}

/** A kecamatan audited: its reports, and each one's audit rows, in the task's order. */
export interface AuditedGroup {
	laporan: Report[];
	audit: RowsByTable[];
}

export interface AuditWorkerData {
	referensiDir: string;
}

export function auditTask(t: AuditTask, ref: MasterData): AuditedGroup {
	const read = t.spool.map(readSpool);
	const laporan = read.map((r) => r.report);
	return { laporan, audit: read.map((r) => reportAuditRows(r.report, r.text, laporan, ref, r.own)) };
}

/**
 * Every task audited on `pekerja` threads (default: as many as pay, like the
 * extraction), each result given to `onGroup` in task order. The workers read the
 * reference data from `referensiDir`.
 */
export async function auditSpooled(
	tasks: readonly AuditTask[],
	ref: MasterData,
	referensiDir: string,
	onGroup: (g: AuditedGroup, i: number) => void | Promise<void>,
	pekerja?: number
): Promise<void> {
	const reports = tasks.reduce((n, t) => n + t.spool.length, 0);
	const n = Math.min(workerCount(reports, pekerja), tasks.length);
	if (n <= 1) {
		for (const [i, t] of tasks.entries()) await onGroup(auditTask(t, ref), i);
		return;
	}
	const data: AuditWorkerData = { referensiDir };
	await runPool<AuditTask, AuditedGroup | null>({
		entry: new URL('./audit-worker.ts', import.meta.url),
		workerData: data,
		tasks,
		workers: n,
		died: () => null,
		onResult: (r, i) => onGroup(r ?? auditTask(tasks[i], ref), i)
	});
}
