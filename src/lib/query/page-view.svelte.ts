/**
 * The one page-view helper: every page that queries in the browser (on a filter
 * change, on Back/Forward, or because this browser keeps uploads) holds its view
 * here, so loading, busy and error behave the same on each. `hasil` is null until
 * the first answer (the page shows its prerendered figures), `sibuk` is true while
 * a request runs, and a failure reaches the layout (mesin.galat, mesin.kueriGalat).
 * Only the answer to the latest request is shown: a slow answer to an earlier
 * choice must not overwrite a newer one.
 */
import { reportQueryError, engine, startEngine } from './engine.svelte';
import type { Executor } from './executor';

export class PageView<F, T> {
	hasil: T | null = $state(null);
	sibuk = $state(false);
	#urutan = 0;
	#muat: (db: Executor, filter: F) => Promise<T>;

	constructor(load: (db: Executor, filter: F) => Promise<T>) {
		this.#muat = load;
	}

	/**
	 * true when the view now shows `filter`; false when DuckDB-WASM could not
	 * answer. Either way the user is told: an engine that did not start is shown
	 * by the layout (mesin.galat), a failed query by mesin.kueriGalat, never silence.
	 */
	async terapkan(filter: F): Promise<boolean> {
		const ke = ++this.#urutan;
		this.sibuk = true;
		try {
			const baru = await this.#muat(await startEngine(), filter);
			if (ke === this.#urutan) {
				this.hasil = baru;
				engine.kueriGalat = '';
			}
			return true;
		} catch (e) {
			if (ke === this.#urutan) reportQueryError(e);
			return false;
		} finally {
			if (ke === this.#urutan) this.sibuk = false;
		}
	}
}
