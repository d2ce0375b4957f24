/**
 * cellText returns a clean cell as it is (the fast path) and cleans the rest.
 * Expected values are written out by hand; the seeded property checks that the
 * fast path and the cleaning agree: a cleaned cell without markers is a fixed point.
 */
import { describe, expect, it } from 'vitest';
import { cellText, normalise } from '../../../src/lib/lkip/table';

describe('cellText', () => {
	it('cleans markup and whitespace as printed by converters', () => {
		expect(cellText('  <b>Rp 3.316.970.181,00</b> ')).toBe('Rp 3.316.970.181,00');
		expect(cellText('**86,34**')).toBe('86,34');
		expect(cellText('capaian\t\t100\\%')).toBe('capaian 100%');
		expect(cellText('IKM\u00a0Kecamatan')).toBe('IKM Kecamatan');
		expect(cellText('Jumlah  Penduduk')).toBe('Jumlah Penduduk');
		expect(cellText('a *penting* b')).toBe('a penting b');
	});

	it('returns an already clean cell unchanged, and every cleaned cell is one', () => {
		expect(cellText('Jumlah Penduduk 63.388 jiwa')).toBe('Jumlah Penduduk 63.388 jiwa');
		const section = ['a', 'Rp', '1.234', ' ', '  ', '\t', '\u00a0', '\n', '<b>', '</i>', '<td>', '*', '**', '_', '__', '\\%', '%', '<', '>'];
		let benih = 7;
		const acak = () => ((benih = (benih * 1103515245 + 12345) % 2 ** 31), benih / 2 ** 31);
		for (let i = 0; i < 3000; i++) {
			const s = Array.from({ length: 1 + Math.floor(acak() * 12) }, () => section[Math.floor(acak() * section.length)]).join('');
			const c = cellText(s);
			expect(c, JSON.stringify(s)).toBe(c.trim());
			expect(c, JSON.stringify(s)).not.toMatch(/\s\s|[^\S ]/);
			// markers can pair up anew once their neighbours go ("_*_" → "__"), so only a cell without them is a fixed point
			if (!/[*_<\\]/.test(c)) expect(cellText(c), JSON.stringify(s)).toBe(c);
		}
	});

	it('normalise gives the same answer the second time (it remembers short cells)', () => {
		expect(normalise('Capaian (%)')).toBe('capaian %');
		expect(normalise('Capaian (%)')).toBe('capaian %');
		expect(normalise('Realisasi  <b>Anggaran</b>')).toBe('realisasi anggaran');
	});
});
