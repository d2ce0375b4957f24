/**
 * Browser glue: the uploads kept in IndexedDB go into DuckDB whenever the
 * engine starts or the list changes, so every page sees them. Reference data
 * (the 31 kecamatan, indicator rules) comes from the data build's referensi.json.
 */
import { base } from '$app/paths';
import type { MasterData } from '../lkip/types';
import type { Executor } from '../query/executor';
import { tabelKosong } from '../store/rows';
import { jalankanPerintah, perintahUnggahan } from './merge';
import { jumlahUnggahan, KANAL_UNGGAHAN, type RingkasanUnggahan } from './store';
import { olahDiPekerja } from './worker-client';

export const unggahan = $state({ daftar: [] as RingkasanUnggahan[], galat: '' });

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
export function pasangTersimpan(db: Executor): Promise<void> {
	// one at a time: two interleaved runs (this tab's add and another tab's message) would insert the rows twice
	antrean = antrean.then(() => pasang(db));
	return antrean;
}

let antrean: Promise<void> = Promise.resolve();

async function pasang(db: Executor): Promise<void> {
	try {
		if ((await jumlahUnggahan()) === 0) {
			// nothing stored: no worker to start, only earlier uploads' rows to clear
			unggahan.daftar = [];
			await jalankanPerintah(db, perintahUnggahan(tabelKosong()));
			unggahan.galat = '';
			return;
		}
		const h = await olahDiPekerja(await loadMasterData());
		unggahan.daftar = h.daftar;
		await jalankanPerintah(db, h.perintah);
		unggahan.galat = h.masalah.length ? `Sebagian data unggahan tidak dapat dipakai: ${h.masalah.join('; ')}` : '';
	} catch (e) {
		unggahan.galat = `Data unggahan tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
	}
}

/**
 * Another tab added or removed an upload: load the stored uploads again, so
 * this tab neither shows stale data nor offers to add what is already kept.
 */
export function dengarTabLain(db: () => Promise<Executor>): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const k = new BroadcastChannel(KANAL_UNGGAHAN);
	k.onmessage = () => void db().then(pasangTersimpan, () => {});
	return () => k.close();
}
