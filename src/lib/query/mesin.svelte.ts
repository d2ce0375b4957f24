/**
 * The page-independent DuckDB-WASM instance: started at most once per visit (a
 * module singleton survives client-side navigation), lazily, and observable by the
 * layout for its progress bar and error message.
 */
import { base } from '$app/paths';
import { jumlahUnggahan } from '$lib/upload/store';
import type { Eksekutor } from './eksekutor';

export const mesin = $state({
	status: 'diam' as 'diam' | 'memuat' | 'siap' | 'gagal',
	bagian: 0,
	pesan: '',
	galat: '',
	/** a page's query failed although the engine runs: shown by the layout, cleared by the next answer */
	kueriGalat: ''
});

let janji: Promise<Eksekutor> | null = null;

export function mulaiMesin(): Promise<Eksekutor> {
	if (!janji) {
		mesin.status = 'memuat';
		mesin.galat = '';
		mesin.bagian = 0;
		janji = import('./duckdb-browser')
			.then((m) =>
				m.bukaBrowser(`${base}/data`, (k) => {
					// engine download is most of the wait: 80% of the bar, data files the rest
					mesin.bagian = k.tahap === 'mesin' ? k.bagian * 0.8 : 0.8 + k.bagian * 0.2;
					mesin.pesan = k.pesan;
				})
			)
			// this browser's uploads join the published data before any page queries
			.then(async (db) => (await import('$lib/upload/tersimpan.svelte')).pasangTersimpan(db).then(() => db))
			.then(
				(db) => {
					// engine started and every table loaded: DuckDB answers from here (bench/browser.ts)
					performance.mark('duckdb-siap');
					mesin.status = 'siap';
					mesin.bagian = 1;
					return db;
				},
				(e: unknown) => {
					mesin.status = 'gagal';
					mesin.galat = e instanceof Error ? e.message : String(e);
					janji = null; // a later attempt may succeed (e.g. the network came back)
					throw e;
				}
			);
	}
	return janji;
}

/**
 * A page's query failed: say so on the page (the layout shows it), unless the
 * engine itself failed, which the layout already says. Pages call this instead
 * of swallowing the error, so no failure passes in silence.
 */
export function laporGalatKueri(e: unknown): void {
	if (mesin.status !== 'gagal') mesin.kueriGalat = e instanceof Error ? e.message : String(e);
}

/** Start when the browser is idle after the first view, so a later filter change is quick. */
export function mulaiSaatSenggang(): void {
	if (mesin.status !== 'diam') return;
	const mulai = () => void mulaiMesin().catch(() => {});
	if ('requestIdleCallback' in window) requestIdleCallback(mulai, { timeout: 3000 });
	else setTimeout(mulai, 1500);
}

/** Whether this browser keeps uploads (IndexedDB). A storage failure counts as none: the published view stays. */
export async function adaUnggahan(): Promise<boolean> {
	try {
		return (await jumlahUnggahan()) > 0;
	} catch {
		return false;
	}
}

/**
 * A page's first view after hydration. The prerendered figures know neither the
 * filters in the address nor this browser's uploads, so when the URL names filters
 * (`perluKueri`) or uploads are kept, the page re-queries through DuckDB-WASM at
 * once (`kueri`); otherwise the engine starts when the browser is idle.
 */
export function tampilanAwal(perluKueri: boolean, kueri: () => unknown): void {
	if (perluKueri) {
		void kueri();
		return;
	}
	void adaUnggahan().then((ada) => (ada ? void kueri() : mulaiSaatSenggang()));
}
