/**
 * Browser glue: the uploads kept in IndexedDB go into DuckDB whenever the
 * engine starts or the list changes, so every page sees them. Reference data
 * (the 31 kecamatan, indicator rules) comes from the data build's referensi.json.
 */
import { base } from '$app/paths';
import type { Referensi } from '../lkip/types';
import type { Eksekutor } from '../query/eksekutor';
import { barisUnggahan, pasangUnggahan } from './gabung';
import { daftarUnggahan, KANAL_UNGGAHAN, type Unggahan } from './store';

export const unggahan = $state({ daftar: [] as Unggahan[], galat: '' });

let referensi: Promise<Referensi> | null = null;

export function muatReferensi(): Promise<Referensi> {
	referensi ??= fetch(`${base}/data/referensi.json`).then((r) => {
		if (!r.ok) throw new Error(`Data referensi tidak dapat diunduh (server menjawab ${r.status}).`);
		return r.json() as Promise<Referensi>;
	});
	return referensi;
}

/** Put the stored uploads into DuckDB. Never throws: a storage problem must not stop the dashboard. */
export async function pasangTersimpan(db: Eksekutor): Promise<void> {
	try {
		const [daftar, ref] = await Promise.all([daftarUnggahan(), muatReferensi()]);
		unggahan.daftar = daftar;
		// each report's own upload text, for the audit (keyed by the report's file, as the data build does)
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup built and read once in this call, not state
		const teks = new Map(daftar.flatMap((u) => (u.teks === undefined ? [] : u.laporan.map((l) => [l.file, u.teks!] as const))));
		const { baris, masalah } = barisUnggahan(daftar.flatMap((u) => u.laporan), ref, teks);
		await pasangUnggahan(db, baris);
		unggahan.galat = masalah.length ? `Sebagian data unggahan tidak dapat dipakai: ${masalah.join('; ')}` : '';
	} catch (e) {
		unggahan.galat = `Data unggahan tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
	}
}

/**
 * Another tab added or removed an upload: load the stored uploads again, so
 * this tab neither shows stale data nor offers to add what is already kept.
 */
export function dengarTabLain(db: () => Promise<Eksekutor>): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const k = new BroadcastChannel(KANAL_UNGGAHAN);
	k.onmessage = () => void db().then(pasangTersimpan, () => {});
	return () => k.close();
}
