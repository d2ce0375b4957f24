/**
 * Issue 14, item 7: the content key that makes two tabs adding the same file
 * store it once. (The one-transaction look-up and write needs IndexedDB: a
 * browser test.) Expected digests are Node's own SHA-256 of the same bytes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentKey } from '../../../src/lib/upload/store';

const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('kunciIsi', () => {
	it('keys a document by its bytes, a text by its UTF-8, so the same file gives the same key', async () => {
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
		expect(await contentKey([], 'diabaikan', pdf)).toBe(sha(pdf));
		expect(await contentKey([], 'Kecamatan Balung 2020')).toBe(sha('Kecamatan Balung 2020'));
		expect(await contentKey([], 'Kecamatan Balung 2021')).not.toBe(await contentKey([], 'Kecamatan Balung 2020'));
	});
});
