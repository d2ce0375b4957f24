/**
 * Reading and extracting the reports of a folder on every core (issue 10): each
 * worker thread reads a file (PDF, Word or text) and runs the extractor on it;
 * the results come back in file order, so the dataset is the very one a single
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
import { Worker } from 'node:worker_threads';
import { extractDocument } from '../src/lib/lkip/extract';
import type { MasterData, Report } from '../src/lib/lkip/types';
import { readReportFile } from './read-report-file';
import { workerModule } from './worker-bundle';

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

/** Workers by default: every core the process may use. */
export function defaultWorkers(): number {
	return availableParallelism();
}

/** Files sent to a worker before its first result comes back. */
const IN_FLIGHT = 2;

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
}

/**
 * Every file of `files` (names in `dir`) read and extracted, in the order given.
 * The workers read the reference data from `referensiDir` themselves (the same
 * files as `ref`, which this thread uses when it reads alone).
 */
export async function readAll(dir: string, files: readonly string[], ref: MasterData, referensiDir: string, pekerja?: number): Promise<ReadResult[]> {
	const n = workerCount(files.length, pekerja);
	if (n === 1) {
		const result: ReadResult[] = [];
		for (const f of files) result.push(await readOne(dir, f, ref));
		return result;
	}
	const hasil: ReadResult[] = new Array(files.length);
	let berikut = 0;
	// files sent to a worker that died with them still waiting: another worker reads them
	const ulang: number[] = [];
	const data: WorkerData = { dir, referensiDir };
	const modul = await workerModule(new URL('./extract-worker.ts', import.meta.url));
	const satuPekerja = () =>
		new Promise<void>((selesai, gagal) => {
			const w = new Worker(modul, { workerData: data });
			// in the order sent; the worker reads one at a time, so the first is the one being read
			const dikirim: number[] = [];
			let siap = false;
			const send = () => {
				// two in flight, so the worker starts the next file while this thread takes the last
				// result; one near the end, so no worker waits with two while another has none
				for (;;) {
					const left = ulang.length + files.length - berikut;
					if (left === 0 || (dikirim.length > 0 && (dikirim.length >= IN_FLIGHT || left <= n))) break;
					const i = ulang.length ? ulang.shift()! : berikut++;
					dikirim.push(i);
					w.postMessage({ i, file: files[i] });
				}
				if (dikirim.length === 0) void w.terminate().then(() => selesai());
			};
			w.on('message', (m: { siap?: true; i?: number; hasil?: ReadResult }) => {
				if (m.siap) siap = true;
				if (m.hasil && m.i !== undefined) {
					hasil[m.i] = m.hasil;
					dikirim.splice(dikirim.indexOf(m.i), 1);
				}
				if (siap) send();
			});
			w.on('error', (e) => {
				// a worker that dies takes only the file it was reading with it
				const [current, ...menunggu] = dikirim;
				if (current !== undefined && !hasil[current])
					hasil[current] = { file: files[current], notes: [], error: `${files[current]}: pengekstrak gagal: ${e.message}`, pages: null };
				ulang.push(...menunggu);
				if (ulang.length || berikut < files.length) satuPekerja().then(selesai, gagal);
				else selesai();
			});
		});
	await Promise.all(Array.from({ length: n }, satuPekerja));
	return hasil;
}
