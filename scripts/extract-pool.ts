/**
 * Reading and extracting the reports of a folder on every core (issue 10): each
 * worker thread reads a file (PDF, Word or text) and runs the extractor on it;
 * the results come back in file order (worker-pool.ts), so the dataset is the very one a single
 * thread builds (tests/unit/store/extract-pool.test.ts). A report that cannot be
 * read or crashes the extractor is reported as before, naming its file; the
 * others are still read.
 *
 * A worker runs the extractor bundled into one plain module (worker-bundle.ts), so
 * it starts in about a tenth of a second; still, it compiles the extractor anew and
 * is slow for its first dozen reports, so a thread is started for every
 * FILES_PER_WORKER files at most: the five reports of data/lkip/ are read in this
 * thread, thousands on every core.
 * A `pekerja` given is obeyed (up to one per file); 1 reads in this thread.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { auditOwn } from '../src/lib/audit/index';
import { extractDocument } from '../src/lib/lkip/extract';
import type { MasterData, Report } from '../src/lib/lkip/types';
import { reportId, reportKecamatan, reportProblem } from '../src/lib/store/rows';
import { copyDocument } from './document-copy';
import { readReportFile } from './read-report-file';
import { writeSpool, type SpoolPlace } from './spool';
import { runPool } from './worker-pool';

/** One file read: its report, or why not (a message naming the file, as the data build prints it). */
export interface ReadResult {
	file: string;
	/** the reader's notes, each prefixed with the file's path */
	notes: string[];
	/** set when the file could not be read or the extractor failed */
	error?: string;
	report?: Report;
	/** the reading text, for the audit and the source lines */
	text?: string;
	/** the file's bytes, for the copy the site serves */
	bytes?: Uint8Array;
	/** pages of a PDF; null for Word and text */
	pages: number | null;
}

/** Reads and extracts one report file of `dir`. Never throws: a failure is the result's `error`. */
export async function readOne(dir: string, file: string, ref: MasterData): Promise<ReadResult> {
	const path = join(dir, file);
	let dibaca: Awaited<ReturnType<typeof readReportFile>>;
	try {
		dibaca = await readReportFile(path);
	} catch (e) {
		return { file, notes: [], error: (e as Error).message, pages: null };
	}
	const notes = dibaca.doc.notes.map((n) => `${path}: ${n}`);
	try {
		const report = extractDocument(dibaca.doc, file, ref);
		return { file, notes, report, text: dibaca.doc.text, bytes: dibaca.bytes, pages: dibaca.doc.pages };
	} catch (e) {
		// an extractor crash is a bug, but the build must still say which report triggered it
		return { file, notes, error: `${file}: pengekstrak gagal: ${(e as Error).message}`, pages: dibaca.doc.pages };
	}
}

/** Where the data build puts what is read (spoolOne). */
export interface SpoolTarget {
	/** the dataset's staging directory (DatasetWriter.stagingDir): documents are copied under it */
	staging: string;
	/** the spool directory (spool.ts) */
	spool: string;
}

/**
 * One file read for the data build: what the build decides before the audit, with the
 * report and its text left on disk (spool.ts) and the document already copied.
 */
export interface SpooledResult {
	file: string;
	/** the reader's notes, each prefixed with the file's path */
	notes: string[];
	/** set when the file could not be read or the extractor failed */
	error?: string;
	pages: number | null;
	/** where the report is spooled (readSpool) */
	spool?: SpoolPlace;
	/** the document's copy, relative to the staging directory (copyDocument) */
	dokumen?: string;
	/** why the report gets no rows (rows.ts reportProblem), or null */
	masalah?: string | null;
	/** the kecamatan code, year and laporan_id it is filed under, when `masalah` is null */
	kode?: string;
	tahun?: number;
	laporan_id?: string;
	peringatan?: number;
}

/** readOne for the data build: the report and text spooled, the document copied. Never throws. */
export async function spoolOne(dir: string, file: string, ref: MasterData, to: SpoolTarget): Promise<SpooledResult> {
	const r = await readOne(dir, file, ref);
	if (!r.report) return { file, notes: r.notes, error: r.error, pages: r.pages };
	const masalah = reportProblem(r.report, ref);
	const kec = reportKecamatan(r.report, ref);
	return {
		file,
		notes: r.notes,
		pages: r.pages,
		// the rules that read this report alone run now, while its parsed text is at hand (table.ts readText)
		spool: writeSpool(to.spool, {
			report: r.report,
			text: r.text!,
			...(masalah === null ? { own: auditOwn(r.report, r.text!, { indikator: ref.indikator }) } : {})
		}),
		dokumen: copyDocument(to.staging, file, r.bytes!),
		masalah,
		...(masalah === null ? { kode: kec!.kode, tahun: r.report.tahun!, laporan_id: reportId(kec!, r.report.tahun!) } : {}),
		peringatan: r.report.peringatan.length
	};
}

/** Workers by default: every core the process may use. */
export function defaultWorkers(): number {
	return availableParallelism();
}

/** Files per worker below which another thread would cost more than it saves. */
export const FILES_PER_WORKER = 8;

/** Threads that read `files` files: `pekerja` when given, else as many cores as pay (1: this thread). */
export function workerCount(files: number, pekerja?: number): number {
	const n = pekerja ?? Math.min(defaultWorkers(), Math.ceil(files / FILES_PER_WORKER));
	return Math.max(1, Math.min(n, files));
}

export interface WorkerData {
	dir: string;
	referensiDir: string;
	/** set: the worker spools (spoolOne) instead of sending the report back */
	to?: SpoolTarget;
}

/**
 * Every file of `files` (names in `dir`) read and extracted, in the order given.
 * The workers read the reference data from `referensiDir` themselves (the same
 * files as `ref`, which this thread uses when it reads alone).
 */
export async function readAll(dir: string, files: readonly string[], ref: MasterData, referensiDir: string, pekerja?: number): Promise<ReadResult[]> {
	return inPool(files, pekerja, { dir, referensiDir }, (f) => readOne(dir, f, ref));
}

/** readAll for the data build (spoolOne): the results hold no report, text or bytes. */
export async function spoolAll(
	dir: string,
	files: readonly string[],
	ref: MasterData,
	referensiDir: string,
	to: SpoolTarget,
	pekerja?: number
): Promise<SpooledResult[]> {
	return inPool(files, pekerja, { dir, referensiDir, to }, (f) => spoolOne(dir, f, ref, to));
}

/** `files` read by `here` in this thread, or by the workers, which do the same from `data`. */
async function inPool<R>(files: readonly string[], pekerja: number | undefined, data: WorkerData, here: (file: string) => Promise<R>): Promise<R[]> {
	const n = workerCount(files.length, pekerja);
	if (n === 1) {
		const result: R[] = [];
		for (const f of files) result.push(await here(f));
		return result;
	}
	return runPool<string, R>({
		entry: new URL('./extract-worker.ts', import.meta.url),
		workerData: data,
		tasks: files,
		workers: n,
		// both result types say a failure alike
		died: (file, e) => ({ file, notes: [], error: `${file}: pengekstrak gagal: ${e.message}`, pages: null }) as R
	});
}
