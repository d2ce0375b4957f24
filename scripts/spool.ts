/**
 * Reports waiting between extraction and audit in the data build: each worker
 * appends what it extracted (the report, its reading text, the findings of the
 * rules that read it alone) to a spool file of its own, and the audit reads a
 * kecamatan's reports back by their place in those files. A national build's
 * texts and extractions are gigabytes; this way neither thread holds more than a
 * few kecamatan's at a time. V8's serialisation is what postMessage copies with,
 * so a report read back is the very value a worker would have sent.
 *
 * One file per thread, appended to, not one per report: creating a file costs
 * these disks about 0.8 ms, a sixth of a report's extraction, appending 0.03 ms.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
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

/** Where a spooled report is: a byte range of a spool file. */
export interface SpoolPlace {
	path: string;
	offset: number;
	length: number;
}

/** This thread's spool file in each spool directory (only this thread appends to it). */
const files = new Map<string, string>();

/** Appends one report's extraction to this thread's spool file under `dir`; gives the place it is read back from. */
export function writeSpool(dir: string, spooled: SpooledReport): SpoolPlace {
	let path = files.get(dir);
	// a name no other thread or build picks
	if (!path) files.set(dir, (path = join(dir, `${randomUUID()}.v8`)));
	// the file's own size, not a count kept here: a directory removed and made again starts at 0
	let offset = 0;
	try {
		offset = statSync(path).size;
	} catch {
		mkdirSync(dir, { recursive: true });
	}
	const bytes = serialize(spooled);
	appendFileSync(path, bytes);
	return { path, offset, length: bytes.length };
}

export function readSpool(place: SpoolPlace): SpooledReport {
	const bytes = Buffer.allocUnsafe(place.length);
	const fd = openSync(place.path, 'r');
	try {
		for (let n = 0; n < place.length;) {
			const got = readSync(fd, bytes, n, place.length - n, place.offset + n);
			if (got === 0) throw new Error(`${place.path}: antrean terpotong pada bita ${place.offset + n}`);
			n += got;
		}
	} finally {
		closeSync(fd);
	}
	return deserialize(bytes) as SpooledReport;
}
