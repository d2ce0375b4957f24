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
import type { ExistingData } from './duplicates';
import type { CheckResult, SavedResult, TaskProgress } from './upload-task';
import type { WorkerReply, WorkerRequest } from './upload-worker';

type Pending = { ok: (v: unknown) => void; gagal: (e: Error) => void; kemajuan?: (k: TaskProgress) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class Pekerja {
	#w: Worker | null = null;
	#urut = 0;
	#tunggu = new Map<number, Pending>();

	#worker(): Worker {
		if (this.#w) return this.#w;
		if (typeof Worker !== 'function') throw new Error('Peramban ini tidak mendukung Web Worker, jadi berkas tidak dapat diperiksa di sini.');
		const w = new Worker(urlPekerja, { type: 'module' });
		w.onmessage = (e: MessageEvent<WorkerReply>) => {
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

	minta<T>(p: WithoutId<WorkerRequest>, kemajuan?: (k: TaskProgress) => void): Promise<T> {
		return new Promise<T>((ok, gagal) => {
			const id = ++this.#urut;
			this.#tunggu.set(id, { ok: ok as (v: unknown) => void, gagal, kemajuan });
			try {
				this.#worker().postMessage({ ...p, id } as WorkerRequest);
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

const checker = new Pekerja();
const processor = new Pekerja();

/** The error a cancelled check fails with. */
export class Cancelled extends Error {
	constructor() {
		super('Pemeriksaan dibatalkan.');
		this.name = 'Dibatalkan';
	}
}

/** Check one dropped file in the worker, with progress. */
export function checkInWorker(berkas: File, ref: MasterData, ada: ExistingData, progress: (k: TaskProgress) => void): Promise<CheckResult> {
	performance.mark('unggahan:periksa');
	return checker.minta<CheckResult>({ jenis: 'periksa', berkas, ref, ada }, progress);
}

/** The cancel button: stop the check under way. */
export function cancelCheck(): void {
	checker.henti(new Cancelled());
}

/** The stored uploads as statements for DuckDB, computed in the worker only when what is stored is outdated. */
export async function processInWorker(ref: MasterData): Promise<SavedResult> {
	const h = await processor.minta<SavedResult>({ jenis: 'olah', ref });
	if (h.dihitung) performance.mark('unggahan:olah-dihitung');
	return h;
}
