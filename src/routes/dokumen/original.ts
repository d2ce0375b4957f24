/**
 * The original of a report file, as the viewer needs it: a published report's
 * copy served by the site (listed in manifest.json by the data build), or an
 * upload's document kept in this browser's IndexedDB.
 */
import { base } from '$app/paths';
import { uploadDocument } from '$lib/upload/store';

export interface Original {
	byte: Uint8Array;
	/** address to download the original from (a blob: URL for an upload) */
	unduh: string;
}

export async function loadOriginal(file: string, upload: boolean): Promise<Original> {
	if (upload) {
		const u = await uploadDocument(file);
		if (!u || (!u.byte && u.teks === null)) throw new Error(`Berkas unggahan "${file}" tidak tersimpan lagi di peramban ini (mungkin sudah dihapus).`);
		const byte = u.byte ?? new TextEncoder().encode(u.teks!);
		return { byte, unduh: URL.createObjectURL(new Blob([byte.slice().buffer])) };
	}
	const m = await fetch(`${base}/data/manifest.json`, { cache: 'no-cache' });
	if (!m.ok) throw new Error(`Daftar data tidak dapat diunduh (server menjawab ${m.status}).`);
	const path = ((await m.json()) as { dokumen?: Record<string, string> }).dokumen?.[file];
	if (!path) throw new Error(`Dokumen asli "${file}" tidak diterbitkan di situs ini.`);
	const r = await fetch(`${base}/data/${path}`);
	if (!r.ok) throw new Error(`Dokumen asli "${file}" tidak dapat diunduh (server menjawab ${r.status}).`);
	return { byte: new Uint8Array(await r.arrayBuffer()), unduh: `${base}/data/${path}` };
}
