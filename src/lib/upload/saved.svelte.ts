/**
 * Browser glue: the uploads kept in IndexedDB go into DuckDB whenever the
 * engine starts or the list changes, so every page sees them. Reference data
 * (the 31 kecamatan, indicator rules) comes from the data build's referensi.json.
 */
import { base } from '$app/paths';
import type { MasterData } from '../lkip/types';
import type { Executor } from '../query/executor';
import { emptyTables } from '../store/rows';
import { runStatements, uploadStatements } from './merge';
import { uploadCount, UPLOAD_CHANNEL, type UploadSummary } from './store';
import { processInWorker } from './worker-client';

export const uploads = $state({ daftar: [] as UploadSummary[], galat: '' });

let referensi: Promise<MasterData> | null = null;

export function loadMasterData(): Promise<MasterData> {
	referensi ??= fetch(`${base}/data/referensi.json`).then((r) => {
		if (!r.ok) throw new Error(`Data referensi tidak dapat diunduh (server menjawab ${r.status}).`);
		return r.json() as Promise<MasterData>;
	});
	return referensi;
}

/**
 * Put the stored uploads into DuckDB. Never throws: a storage problem must not
 * stop the dashboard. Reading the uploads and computing their rows and audit
 * happen in the upload worker, and only when IndexedDB holds no current result
 * (upload-task.ts olahTersimpan); this thread only hands DuckDB the statements.
 */
export function attachSaved(db: Executor): Promise<void> {
	// one at a time: two interleaved runs (this tab's add and another tab's message) would insert the rows twice
	antrean = antrean.then(() => attach(db));
	return antrean;
}

let antrean: Promise<void> = Promise.resolve();

async function attach(db: Executor): Promise<void> {
	try {
		if ((await uploadCount()) === 0) {
			// nothing stored: no worker to start, only earlier uploads' rows to clear
			uploads.daftar = [];
			await runStatements(db, uploadStatements(emptyTables()));
			uploads.galat = '';
			return;
		}
		const h = await processInWorker(await loadMasterData());
		uploads.daftar = h.daftar;
		await runStatements(db, h.perintah);
		uploads.galat = h.masalah.length ? `Sebagian data unggahan tidak dapat dipakai: ${h.masalah.join('; ')}` : '';
	} catch (e) {
		uploads.galat = `Data unggahan tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
	}
}

/**
 * Another tab added or removed an upload: load the stored uploads again, so
 * this tab neither shows stale data nor offers to add what is already kept.
 */
export function listenOtherTabs(db: () => Promise<Executor>): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const k = new BroadcastChannel(UPLOAD_CHANNEL);
	k.onmessage = () => void db().then(attachSaved, () => {});
	return () => k.close();
}
