/**
 * The document's frame: periods and section years. Fixture written for these tests
 * (tests/fixtures/audit/struktur.txt), expected findings read from its lines by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/struktur.txt', 'utf8');

describe('struktur_dokumen', () => {
	const t = temuan(testReport({ tahun: 2024 }), TEKS, 'struktur_dokumen');

	it('flags a section of this year titled with another year, in the table of contents only', () => {
		// line 4 "Rencana Kinerja Tahunan 2023" in a 2024 report; lines 5 and 6 say 2024;
		// line 12 is a sentence, not a title
		const year = t.filter((x) => x.nilai !== null);
		expect(year.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([[[4], 2023, 2024]]);
	});

	it('groups an impossible period and names the differing Renstra periods', () => {
		const mustahil = t.find((x) => x.pesan.includes('tidak mungkin'));
		expect(mustahil?.lines).toEqual([11]);
		const renstra = t.find((x) => x.pesan.includes('Periode Renstra'));
		// 2021-2026 on lines 8 and 9 (twice on 9), 2019-2024 on line 10; 2022-2024 is not a Renstra period
		expect(renstra?.pesan).toContain('2021-2026 (baris 8, 9); 2019-2024 (baris 10)');
		expect(t).toHaveLength(3);
	});

	it('accepts one Renstra period written with different spacing', () => {
		const satu = TEKS.replace('Rencana Strategis 2019-2024', 'Rencana Strategis 2021 -2026');
		expect(temuan(testReport({ tahun: 2024 }), satu, 'struktur_dokumen').some((x) => x.pesan.includes('Periode Renstra'))).toBe(false);
	});
});
