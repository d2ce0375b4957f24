/** Issue 9 item 9: the template's example row, left in a filled template, is refused with a message that says why. */
import { describe, expect, it } from 'vitest';
import { readCsvStructure } from '../../../src/lib/upload/csv';
import { TEMPLATES, templateText } from '../../../src/lib/upload/templates';
import { validateCsv } from '../../../src/lib/upload/validate';
import { readMasterData } from '../../../scripts/master-data';

describe('baris contoh templat', () => {
	for (const t of TEMPLATES)
		it(`templat ${t.tabel}: baris contoh ditolak, baris isian diterima`, () => {
			const ref = readMasterData();
			// the template as a spreadsheet saves it back: header and example row, LF line ends
			const text = templateText(t)
				.replace(/^\uFEFF/, '')
				.replaceAll('\r\n', '\n');
			const h = validateCsv(readCsvStructure(text), `templat-${t.tabel}.csv`, ref);
			expect(h.barisDiterima).toEqual([]);
			expect(h.barisDitolak).toEqual([2]);
			expect(h.masalah.map((m) => m.pesan).join('\n')).toMatch(/baris contoh dari templat/);
			// the same row with one figure changed is the user's own data
			const [header, contoh] = text.trim().split('\n');
			const kolomTahun = header.split(';').indexOf('tahun');
			const isian = contoh
				.split(';')
				.map((c, i) => (i === kolomTahun ? '2023' : c))
				.join(';');
			const h2 = validateCsv(readCsvStructure(`${header}\n${isian}\n`), 'isian.csv', ref);
			expect(h2.barisDiterima).toEqual([2]);
		});
});
