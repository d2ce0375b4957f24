/** Issue 14, item 7: a signed pagu is refused whichever the sign; "-0" used to pass as 0 while "+5" was refused. */
import { describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { readBytes } from '../../../src/lib/upload/import-file';
import { TEMPLATES, templateText } from '../../../src/lib/upload/templates';

const ref = readMasterData();
// the template's header only (its second line is an example row)
const kepala = templateText(TEMPLATES.find((t) => t.tabel === 'anggaran')!).split('\r\n')[0] + '\r\n';
const unggah = (pagu: string) => readBytes('anggaran.csv', new TextEncoder().encode(kepala + `Balung;2023;total;;Jumlah;;;${pagu};4.750.000;95\r\n`), ref);

describe('sign on a pagu', () => {
	it('refuses "-0" as a negative pagu', () => {
		const h = unggah('-0');
		expect(h.barisDiterima).toEqual([]);
		expect(h.masalah.some((m) => m.tingkat === 'galat' && m.kolom === 'pagu' && m.pesan.includes('tidak boleh negatif ("-0")'))).toBe(true);
	});

	it('refuses "+5000000" saying to drop the sign', () => {
		const h = unggah('+5000000');
		expect(h.barisDiterima).toEqual([]);
		expect(h.masalah.find((m) => m.kolom === 'pagu')?.pesan).toContain('tulis rupiah tanpa tanda + (mis. "5000000")');
	});

	it('accepts the same pagu unsigned', () => {
		expect(unggah('5000000').barisDiterima).toEqual([2]);
	});
});
