/**
 * The page's side of the upload worker (upload-worker.ts). Two workers from the
 * same file: one checks dropped files and is stopped by the cancel button (a
 * worker is the only way to stop a synchronous parse midway), the other
 * computes the stored uploads and is never cancelled.
 *
 * Each computation marks the page's performance timeline
 * (`unggahan:periksa`, `unggahan:olah-dihitung`), so a test can tell that a
 * reload computed nothing, without timing anything.
 */
import urlPekerja from './upload-worker?worker&url';
import type { MasterData } from '../lkip/types';
import type { DataAda } from './duplicates';
import type { HasilPeriksa, HasilTersimpan, Kemajuan } from './upload-task';
import type { Jawaban, Permintaan } from './upload-worker';

type Tunggu = { ok: (v: unknown) => void; gagal: (e: Error) => void; kemajuan?: (k: Kemajuan) => void };
type TanpaId<T> = T extends unknown ? Omit<T, 'id'> : never;

class Pekerja {
	#w: Worker | null = null;
	#urut = 0;
	#tunggu = new Map<number, Tunggu>();

	#worker(): Worker {
		if (this.#w) return this.#w;
		if (typeof Worker !== 'function') throw new Error('Peramban ini tidak mendukung Web Worker, jadi berkas tidak dapat diperiksa di sini.');
		const w = new Worker(urlPekerja, { type: 'module' });
		w.onmessage = (e: MessageEvent<Jawaban>) => {
			const j = e.data;
			const t = this.#tunggu.get(j.id);
			if (!t) return;
			if (j.jenis === 'kemajuan') return t.kemajuan?.(j.kemajuan);
			this.#tunggu.delete(j.id);
			if (j.jenis === 'galat') t.gagal(new Error(j.pesan));
			else t.ok(j.hasil);
		};
		// the worker's script failed to load or crashed outside a request: every waiting request is told
		w.onerror = (e) => {
			e.preventDefault();
			this.henti(new Error(`Pemeriksa berkas berhenti karena kesalahan program${e.message ? ` (${e.message})` : ''}; muat ulang halaman lalu coba lagi.`));
		};
		this.#w = w;
		return w;
	}

	minta<T>(p: TanpaId<Permintaan>, kemajuan?: (k: Kemajuan) => void): Promise<T> {
		return new Promise<T>((ok, gagal) => {
			const id = ++this.#urut;
			this.#tunggu.set(id, { ok: ok as (v: unknown) => void, gagal, kemajuan });
			try {
				this.#worker().postMessage({ ...p, id } as Permintaan);
			} catch (e) {
				this.#tunggu.delete(id);
				gagal(e instanceof Error ? e : new Error(String(e)));
			}
		});
	}

	/** Stops the worker midway; every waiting request fails with `alasan`. The next request starts a new worker. */
	henti(alasan: Error): void {
		this.#w?.terminate();
		this.#w = null;
		const tunggu = [...this.#tunggu.values()];
		this.#tunggu.clear();
		for (const t of tunggu) t.gagal(alasan);
	}
}

const pemeriksa = new Pekerja();
const pengolah = new Pekerja();

/** The error a cancelled check fails with. */
export class Dibatalkan extends Error {
	constructor() {
		super('Pemeriksaan dibatalkan.');
		this.name = 'Dibatalkan';
	}
}

/** Check one dropped file in the worker, with progress. */
export function periksaDiPekerja(berkas: File, ref: MasterData, ada: DataAda, kemajuan: (k: Kemajuan) => void): Promise<HasilPeriksa> {
	performance.mark('unggahan:periksa');
	return pemeriksa.minta<HasilPeriksa>({ jenis: 'periksa', berkas, ref, ada }, kemajuan);
}

/** The cancel button: stop the check under way. */
export function batalkanPemeriksaan(): void {
	pemeriksa.henti(new Dibatalkan());
}

/** The stored uploads as statements for DuckDB, computed in the worker only when what is stored is outdated. */
export async function olahDiPekerja(ref: MasterData): Promise<HasilTersimpan> {
	const h = await pengolah.minta<HasilTersimpan>({ jenis: 'olah', ref });
	if (h.dihitung) performance.mark('unggahan:olah-dihitung');
	return h;
}
