/**
 * Composition of spending in one sentence. Fixture lines (tests/fixtures/audit/komposisi.txt)
 * are written for these tests; the shares below are worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belanjaParts } from '../../../src/lib/audit/composition';
import { testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/komposisi.txt', 'utf8');

describe('komposisi_belanja', () => {
	it('reads each kind with the share and amount beside it', () => {
		expect(belanjaParts(TEKS.split('\n')[0])).toEqual([
			{ jenis: 'operasi', p: { nilai: 92, desimal: 0 }, rp: 1_840_000_000 },
			{ jenis: 'modal', p: { nilai: 8, desimal: 0 }, rp: 160_000_000 }
		]);
	});

	it('flags "100%" beside a non-zero capital amount and shares of one whole not adding up', () => {
		const t = temuan(testReport({ tahun: 2024 }), TEKS, 'komposisi_belanja');
		// line 1: 1.840 / 2.000 = 92%, 160 / 2.000 = 8%: right.
		// line 2: 100% but 2.000.000.000 / 2.025.000.000 = 98,77%.
		// line 3: 61,5 + 38,4 = 99,9% (±0,1): right. line 4: 35 + 60 = 95%.
		// line 5 is about realisation; line 6: 100% with a capital amount of Rp 0 is right.
		expect(t.map((x) => [x.lines[0], x.nilai, x.seharusnya])).toEqual([
			[2, 100, 98.77],
			[4, 95, 100]
		]);
	});
});
