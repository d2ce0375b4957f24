/**
 * Issue 13 item 3: one name key and one edit distance for kecamatan names, used by
 * the reader (identity.ts), the store's look-up (cariKecamatan) and the upload's
 * suggestion (resolveUploadKecamatan). Names below are invented or the reference
 * list's own (data/kecamatan.csv).
 */
import { describe, expect, it } from 'vitest';
import { editDistance, kecamatanNameKey } from '../../../src/lib/lkip/kecamatan-name';
import { readMasterData } from '../../../scripts/master-data';
import { lookupKecamatan } from '../../../src/lib/store/rows';
import { matchKecamatan } from '../../../src/lib/lkip/identity';
import { resolveUploadKecamatan } from '../../../src/lib/upload/kecamatan';

const ref = readMasterData();

describe('kecamatanNameKey', () => {
	it('ignores case, spacing, punctuation, accents, markup and the word kecamatan', () => {
		for (const s of ['Sumberjambe', 'SUMBER JAMBE', 'Kec. Sumber-Jambe', 'kecamatan  sumberjambé', '**Sumberjambe**', 'Kec Sumberjambe'])
			expect(kecamatanNameKey(s), s).toBe('sumberjambe');
	});
	it('keeps a word that only starts with "kec"', () => {
		expect(kecamatanNameKey('Kecapi')).toBe('kecapi');
	});
});

describe('editDistance', () => {
	it('counts an insertion, a deletion, a substitution and a transposition as one edit each', () => {
		expect(editDistance('pakusari', 'pakusari')).toBe(0);
		expect(editDistance('pakusri', 'pakusari')).toBe(1);
		expect(editDistance('sumbersary', 'sumbersari')).toBe(1);
		expect(editDistance('pakuasri', 'pakusari')).toBe(1);
		expect(editDistance('', 'silo')).toBe(4);
		expect(editDistance('kaliwates', 'tanggul')).toBe(8);
	});
	it('stops past the limit with limit + 1', () => {
		expect(editDistance('kaliwates', 'tanggul', 2)).toBe(3);
		expect(editDistance('x'.repeat(5000), 'silo', 10)).toBe(11);
		expect(editDistance('pakusri', 'pakusari', 1)).toBe(1);
	});
});

describe('one rule for reader, store and upload', () => {
	it('the store and the upload accept the same spellings', () => {
		for (const s of ['SUMBER JAMBE', 'Kec. Sumberjambe', 'sumberjambe']) {
			expect(lookupKecamatan(s, ref)?.nama, s).toBe('Sumberjambe');
			expect(resolveUploadKecamatan(s, ref).ref?.nama, s).toBe('Sumberjambe');
		}
	});
	it('suggests for a swapped pair of letters what the reader would have read', () => {
		expect(matchKecamatan('Pakuasri', ref.kecamatan)?.nama).toBe('Pakusari');
		expect(resolveUploadKecamatan('Pakuasri', ref)).toMatchObject({ ref: null, saran: { nama: 'Pakusari' } });
		expect(resolveUploadKecamatan('Jakarta Selatan', ref)).toEqual({ ref: null, saran: null });
	});
});
