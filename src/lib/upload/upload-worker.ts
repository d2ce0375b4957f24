/**
 * The upload worker: a dropped file is read, extracted or validated and audited
 * here, and the stored uploads' rows computed, so the page never freezes on a
 * large file (issue 14: a 100k-row CSV used to freeze the tab for 16 s). Loaded
 * from our own origin by worker-client.ts (CSP worker-src 'self'); pdf.js starts
 * its own worker from here as it does on a page.
 */
import { loadPdfjsForBrowser } from '../pdfjs-browser';
import type { MasterData } from '../lkip/types';
import type { ExistingData } from './duplicates';
import { processSaved, checkFile, type CheckResult, type SavedResult, type TaskProgress } from './upload-task';

export type WorkerRequest = { id: number; jenis: 'periksa'; berkas: File; ref: MasterData; ada: ExistingData } | { id: number; jenis: 'olah'; ref: MasterData };

export type WorkerReply =
	| { id: number; jenis: 'kemajuan'; kemajuan: TaskProgress }
	| { id: number; jenis: 'periksa'; hasil: CheckResult }
	| { id: number; jenis: 'olah'; hasil: SavedResult }
	| { id: number; jenis: 'galat'; pesan: string };

/** What this file uses of the worker's global scope (the project's types are the DOM's, not the webworker lib's). */
interface WorkerScope {
	location: Location;
	postMessage(j: WorkerReply): void;
	onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
}
const workerSelf = self as unknown as WorkerScope;
// this file's own URL carries the hash of its bundle: it changes whenever the extractor, audit or SQL does
const VERSION = workerSelf.location.pathname;

workerSelf.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const p = e.data;
	const send = (j: WorkerReply) => workerSelf.postMessage(j);
	try {
		if (p.jenis === 'periksa') {
			const result = await checkFile(p.berkas, p.ref, p.ada, loadPdfjsForBrowser, (kemajuan) => send({ id: p.id, jenis: 'kemajuan', kemajuan }));
			send({ id: p.id, jenis: 'periksa', hasil: result });
		} else {
			send({ id: p.id, jenis: 'olah', hasil: await processSaved(p.ref, VERSION) });
		}
	} catch (err) {
		send({ id: p.id, jenis: 'galat', pesan: err instanceof Error ? err.message : String(err) });
	}
};
