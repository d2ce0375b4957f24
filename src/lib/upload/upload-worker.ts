/**
 * The upload worker: a dropped file is read, extracted or validated and audited
 * here, and the stored uploads' rows computed, so the page never freezes on a
 * large file (issue 14: a 100k-row CSV used to freeze the tab for 16 s). Loaded
 * from our own origin by worker-client.ts (CSP worker-src 'self'); pdf.js starts
 * its own worker from here as it does on a page.
 */
import { loadPdfjsForBrowser } from '../pdfjs-browser';
import type { MasterData } from '../lkip/types';
import type { DataAda } from './duplicates';
import { olahTersimpan, periksaBerkas, type HasilPeriksa, type HasilTersimpan, type Kemajuan } from './upload-task';

export type Permintaan = { id: number; jenis: 'periksa'; berkas: File; ref: MasterData; ada: DataAda } | { id: number; jenis: 'olah'; ref: MasterData };

export type Jawaban =
	| { id: number; jenis: 'kemajuan'; kemajuan: Kemajuan }
	| { id: number; jenis: 'periksa'; hasil: HasilPeriksa }
	| { id: number; jenis: 'olah'; hasil: HasilTersimpan }
	| { id: number; jenis: 'galat'; pesan: string };

/** What this file uses of the worker's global scope (the project's types are the DOM's, not the webworker lib's). */
interface LingkupPekerja {
	location: Location;
	postMessage(j: Jawaban): void;
	onmessage: ((e: MessageEvent<Permintaan>) => void) | null;
}
const diri = self as unknown as LingkupPekerja;
// this file's own URL carries the hash of its bundle: it changes whenever the extractor, audit or SQL does
const VERSI = diri.location.pathname;

diri.onmessage = async (e: MessageEvent<Permintaan>) => {
	const p = e.data;
	const kirim = (j: Jawaban) => diri.postMessage(j);
	try {
		if (p.jenis === 'periksa') {
			const hasil = await periksaBerkas(p.berkas, p.ref, p.ada, loadPdfjsForBrowser, (kemajuan) => kirim({ id: p.id, jenis: 'kemajuan', kemajuan }));
			kirim({ id: p.id, jenis: 'periksa', hasil });
		} else {
			kirim({ id: p.id, jenis: 'olah', hasil: await olahTersimpan(p.ref, VERSI) });
		}
	} catch (err) {
		kirim({ id: p.id, jenis: 'galat', pesan: err instanceof Error ? err.message : String(err) });
	}
};
