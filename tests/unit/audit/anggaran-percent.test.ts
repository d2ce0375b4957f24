import { describe, expect, it } from 'vitest';
import { matchesPrecision } from '../../../src/lib/audit/util';
import { anggaranRecord, testReport, testText, temuan } from './helpers';

describe('printed precision tolerance', () => {
	it('accepts half a unit of the last printed digit, and truncation', () => {
		expect(matchesPrecision(85.47, 85.474999, 2)).toBe(true);
		expect(matchesPrecision(85.47, 85.465, 2)).toBe(true); // exactly half a unit below
		expect(matchesPrecision(85.47, 85.4649, 2)).toBe(false);
		expect(matchesPrecision(85.47, 85.4799, 2)).toBe(true); // truncation of 85.4799
		expect(matchesPrecision(85.47, 85.48, 2)).toBe(false);
		expect(matchesPrecision(100, 99.52, 0)).toBe(true);
		expect(matchesPrecision(100, 99.49, 0)).toBe(false);
	});
});

describe('persen_anggaran', () => {
	it('flags 93,93% printed for 44.570.000 / 47.685.000 (93,47%)', () => {
		const l = testReport({ anggaran: [anggaranRecord('program', 1, 47_685_000, 44_570_000, 93.93, '93,93')] });
		const t = temuan(l, undefined, 'persen_anggaran');
		expect(t).toHaveLength(1);
		expect(t[0].seharusnya).toBeCloseTo(93.47, 2);
	});

	it('accepts truncated printing (99,21 for 99,2183%) and rounding', () => {
		const l = testReport({
			anggaran: [anggaranRecord('program', 1, 273_951_400, 271_810_000, 99.21, '99,21'), anggaranRecord('program', 2, 273_951_400, 271_810_000, 99.22, '99,22')]
		});
		expect(temuan(l, undefined, 'persen_anggaran')).toEqual([]);
	});

	it('checks rupiah triples in other table rows of the text', () => {
		const text = testText(4, { 1: 'No\tProgram\tTarget\tCapaian\t%', 3: '\tInput : Dana\tRp. 180.480.000\tRp. 171.480.000\t99,01%' });
		const t = temuan(testReport(), text, 'persen_anggaran');
		expect(t.map((x) => x.lines)).toEqual([[3]]);
		const benar = testText(4, { 1: 'No\tProgram\tTarget\tCapaian\t%', 3: '\tInput : Dana\tRp. 180.480.000\tRp. 171.480.000\t95,01%' });
		expect(temuan(testReport(), benar, 'persen_anggaran')).toEqual([]);
	});
});
