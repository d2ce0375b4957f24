/**
 * Issue 14, item 4: a query that fails must reach the user. The latest-query
 * helper used to return false and show nothing, so the home page kept stale
 * figures without a word when a sum no longer fitted a JavaScript number.
 */
import { describe, expect, it, vi } from 'vitest';

const status = vi.hoisted(() => ({ engine: { status: 'siap', bagian: 1, pesan: '', galat: '', kueriGalat: '' } }));
vi.mock('../../../src/lib/query/engine.svelte', () => ({
	engine: status.engine,
	startEngine: async () => ({ kueri: async () => [] }),
	reportQueryError: (e: unknown) => {
		if (status.engine.status !== 'gagal') status.engine.kueriGalat = e instanceof Error ? e.message : String(e);
	}
}));

const { PageView } = await import('../../../src/lib/query/page-view.svelte');

describe('KueriTerbaru', () => {
	it('shows a failed query through the layout, and the next answer clears it', async () => {
		let gagal = true;
		const k = new PageView<number, string>(async (_db, f) => {
			if (gagal) throw new Error('Kolom pagu: bilangan 9007199254740993 melampaui batas bilangan bulat aman');
			return `tahun ${f}`;
		});
		expect(await k.terapkan(2023)).toBe(false);
		expect(status.engine.kueriGalat).toBe('Kolom pagu: bilangan 9007199254740993 melampaui batas bilangan bulat aman');
		expect(k.hasil).toBeNull();
		gagal = false;
		expect(await k.terapkan(2024)).toBe(true);
		expect(k.hasil).toBe('tahun 2024');
		expect(status.engine.kueriGalat).toBe('');
	});

	it('an answer to an older choice neither shows nor reports', async () => {
		let lepas!: () => void;
		let masuk!: () => void;
		// resolves once the first choice's query is running: the second is then asked while it is pending
		const dimulai = new Promise<void>((ok) => (masuk = ok));
		const k = new PageView<number, number>(async (_db, f) => {
			if (f === 1) {
				const tunggu = new Promise<void>((ok) => (lepas = ok));
				masuk();
				await tunggu;
				throw new Error('lama');
			}
			return f;
		});
		const old = k.terapkan(1);
		await dimulai;
		expect(await k.terapkan(2)).toBe(true);
		lepas();
		expect(await old).toBe(false);
		expect(k.hasil).toBe(2);
		expect(status.engine.kueriGalat).toBe('');
	});
});
