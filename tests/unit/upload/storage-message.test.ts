/** Issue 14, item 7: a storage failure is explained in Indonesian with what to do, not the browser's raw text. */
import { describe, expect, it } from 'vitest';
import { storageMessage } from '../../../src/lib/upload/store';

describe('pesanPenyimpanan', () => {
	it('says what to do for a full or blocked storage, without the browser text', () => {
		const full = storageMessage('Penyimpanan peramban gagal', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		expect(full).toBe(
			'Penyimpanan peramban gagal: ruang penyimpanan peramban penuh; hapus unggahan lama atau kosongkan data situs lain, lalu coba lagi. (kode: QuotaExceededError)'
		);
		const rahasia = storageMessage(
			'Penyimpanan peramban (IndexedDB) tidak dapat dibuka',
			new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')
		);
		expect(rahasia).not.toContain('Internal error');
		expect(rahasia).toBe(
			'Penyimpanan peramban (IndexedDB) tidak dapat dibuka: muat ulang halaman dan coba lagi; bila masih gagal, hapus data situs ini di pengaturan peramban. (kode: UnknownError)'
		);
	});

	it('works without an error object', () => {
		expect(storageMessage('Penyimpanan peramban gagal', null)).toBe(
			'Penyimpanan peramban gagal: muat ulang halaman dan coba lagi; bila masih gagal, hapus data situs ini di pengaturan peramban.'
		);
	});
});
