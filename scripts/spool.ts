/**
 * Reports waiting between extraction and audit in the data build: each worker
 * writes what it extracted (the report and its reading text) to a file of its own,
 * and the audit reads a kecamatan's files back. A national build's texts and
 * extractions are gigabytes; this way neither thread holds more than a few
 * kecamatan's at a time. V8's serialisation is what postMessage copies with, so
 * a report read back is the very value a worker would have sent.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RuleOutcome } from '../src/lib/audit/index';
import type { Report } from '../src/lib/lkip/types';

export interface SpooledReport {
	report: Report;
	/** the reading text the report was extracted from, for the audit and the source lines */
	text: string;
	/** the audit's rules that read the report alone, run where it was extracted (audit/index.ts auditOwn) */
	own?: RuleOutcome[];
}

/** Writes report `file`'s extraction under `dir` and gives the path it is read back from. */
export function writeSpool(dir: string, file: string, spooled: SpooledReport): string {
	mkdirSync(dir, { recursive: true });
	// named by a hash: any report file name, however long or odd, is one safe name
	const path = join(dir, `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.v8`);
	writeFileSync(path, serialize(spooled));
	return path;
}

export function readSpool(path: string): SpooledReport {
	return deserialize(readFileSync(path)) as SpooledReport;
}
