/**
 * Auditing the reports on every core (issue 10): the audit costs the data build
 * twice what extraction does, so it runs in worker threads too. A task is one
 * kecamatan's reports (the rules read no other kecamatan's), and the rows come back
 * in the order of the reports, so the dataset is the very one one thread builds
 * (tests/unit/store/audit-pool.test.ts). A kecamatan whose thread dies is audited
 * again in this thread, so a crash still names its report the way one thread would.
 */
import type { MasterData, Report } from '../src/lib/lkip/types';
import type { RowsByTable } from '../src/lib/store/rows';
import { appendRows, auditRows, emptyAuditRows, kecamatanGroups, reportAuditRows } from '../src/lib/audit/dataset';
import { workerCount } from './extract-pool';
import { runPool } from './worker-pool';

/** One kecamatan's reports with their texts. */
export interface AuditTask {
	laporan: Report[];
	teks: string[];
}

export interface AuditWorkerData {
	referensiDir: string;
}

/** The rows of each report of the task, in its order. */
export function auditTask(t: AuditTask, ref: MasterData): RowsByTable[] {
	return t.laporan.map((l, i) => reportAuditRows(l, t.teks[i], t.laporan, ref));
}

/**
 * `auditRows` of src/lib/audit/dataset.ts on `pekerja` threads (default: as many as pay,
 * like the extraction). The workers read the reference data from `referensiDir`.
 */
export async function auditAllReports(
	laporan: readonly Report[],
	teks: ReadonlyMap<string, string>,
	ref: MasterData,
	referensiDir: string,
	pekerja?: number
): Promise<RowsByTable> {
	const n = workerCount(laporan.length, pekerja);
	if (n === 1) return auditRows(laporan, teks, ref);
	const tasks: AuditTask[] = [];
	for (const group of kecamatanGroups(laporan, ref).values()) {
		const withText = group.filter((l) => teks.has(l.file));
		if (withText.length) tasks.push({ laporan: withText, teks: withText.map((l) => teks.get(l.file)!) });
	}
	const data: AuditWorkerData = { referensiDir };
	const result = await runPool<AuditTask, RowsByTable[] | null>({
		entry: new URL('./audit-worker.ts', import.meta.url),
		workerData: data,
		tasks,
		workers: Math.min(n, tasks.length),
		died: () => null
	});
	const perFile = new Map<string, RowsByTable>();
	tasks.forEach((t, k) => {
		const rows = result[k] ?? auditTask(t, ref);
		t.laporan.forEach((l, i) => perFile.set(l.file, rows[i]));
	});
	const out = emptyAuditRows();
	for (const l of laporan) {
		const rows = perFile.get(l.file);
		if (rows) appendRows(out, rows);
	}
	return out;
}
