/**
 * The page-independent DuckDB-WASM instance: started at most once per visit (a
 * module singleton survives client-side navigation), lazily, and observable by the
 * layout for its progress bar and error message.
 */
import { base } from '$app/paths';
import { uploadCount } from '$lib/upload/store';
import type { Executor } from './executor';
import type { LazyExecutor } from './lazy-tables';

export const engine = $state({
	status: 'diam' as 'diam' | 'memuat' | 'siap' | 'gagal',
	bagian: 0,
	pesan: '',
	galat: '',
	/** a page's query failed although the engine runs: shown by the layout, cleared by the next answer */
	kueriGalat: ''
});

let janji: Promise<LazyExecutor> | null = null;

/**
 * `duckdb-siap` (read by bench/browser.ts): DuckDB-WASM has answered the page's own
 * queries, so the tables they read are in (lazy-tables.ts) and a filter change
 * costs only its query. Marked once per visit.
 */
export function markReady(): void {
	if (!performance.getEntriesByName('duckdb-siap').length) performance.mark('duckdb-siap');
}

export function startEngine(): Promise<LazyExecutor> {
	if (!janji) {
		engine.status = 'memuat';
		engine.galat = '';
		engine.bagian = 0;
		// both modules are asked for together: the second is needed as soon as the engine runs
		const saved = import('$lib/upload/saved.svelte');
		saved.catch(() => {}); // a failure is read, and said, where it is awaited
		janji = import('./duckdb-browser')
			.then((m) =>
				m.openBrowser(`${base}/data`, (k) => {
					// engine download is most of the wait: 80% of the bar, data files the rest
					engine.bagian = k.tahap === 'mesin' ? k.bagian * 0.8 : 0.8 + k.bagian * 0.2;
					engine.pesan = k.pesan;
				})
			)
			// this browser's uploads join the published data before any page queries
			.then(async (db) => (await saved).attachSaved(db).then(() => db))
			.then(
				(db) => {
					// engine started; each table loads when a query first reads it
					engine.status = 'siap';
					engine.bagian = 1;
					return db;
				},
				(e: unknown) => {
					engine.status = 'gagal';
					engine.galat = e instanceof Error ? e.message : String(e);
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
export function reportQueryError(e: unknown): void {
	if (engine.status !== 'gagal') engine.kueriGalat = e instanceof Error ? e.message : String(e);
}

/**
 * Start once the page's first frame after hydration is painted, so a later filter
 * change is quick: `prepare` runs the page's own queries once (their answer is the
 * view already shown), which brings in exactly the tables that page reads. Not in
 * an idle slot: the first charts are pictures in the prerendered HTML and the
 * engine downloads and compiles in its worker, while an idle slot came only after
 * every chart was drawn, about half a second later at 7.277 kecamatan.
 */
export function startAfterPaint(prepare?: (db: Executor) => Promise<unknown>): void {
	if (engine.status !== 'diam') return;
	const start = () =>
		void startEngine()
			.then(async (db) => {
				if (prepare) await prepare(db);
				markReady();
			})
			.catch(() => {});
	// the task after the next frame: the charts mounted with the page draw first
	requestAnimationFrame(() => setTimeout(start, 0));
}

/** Whether this browser keeps uploads (IndexedDB). A storage failure counts as none: the published view stays. */
export async function hasUploads(): Promise<boolean> {
	try {
		return (await uploadCount()) > 0;
	} catch {
		return false;
	}
}

/**
 * A page's first view after hydration. The prerendered figures know neither the
 * filters in the address nor this browser's uploads, so when the URL names filters
 * (`perluKueri`) or uploads are kept, the page re-queries through DuckDB-WASM at
 * once (`kueri`); otherwise the engine starts after the first paint.
 */
export function firstView(perluKueri: boolean, kueri: () => unknown, prepare?: (db: Executor) => Promise<unknown>): void {
	const kueriLalu = () => void Promise.resolve(kueri()).then(markReady, () => {});
	if (perluKueri) {
		kueriLalu();
		return;
	}
	void hasUploads().then((found) => (found ? kueriLalu() : startAfterPaint(prepare)));
}
