/**
 * Output targets across planning tables, paired by the budget amount printed beside them.
 * Fixture written for these tests (tests/fixtures/audit/target-keluaran.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/target-keluaran.txt', 'utf8');

describe('target_keluaran', () => {
	it('flags the output whose target differs between the Rencana Aksi and the measurement', () => {
		const t = temuan(testReport({ tahun: 2024 }), TEKS, 'target_keluaran');
		// 24.500.000: 12 Paket in both (lines 3, 13). 61.250.000: 4 Unit (line 4) vs 5 Unit (line 16).
		// 15.000.000 names two rows of the Rencana Aksi (lines 5, 6): not used.
		// 9.870.000: the Rencana Aksi cell lists two targets (line 7): not used.
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 4, seharusnya: 5, lines: [4, 16] });
		expect(t[0].pesan).toContain('Rp 61.250.000');
	});

	it('accepts the same target, and a different unit is not compared', () => {
		expect(temuan(testReport({ tahun: 2024 }), TEKS.replace('5 Unit\t5 Unit', '4 Unit\t4 Unit'), 'target_keluaran')).toEqual([]);
		expect(temuan(testReport({ tahun: 2024 }), TEKS.replace('5 Unit\t5 Unit', '5 Paket\t5 Paket'), 'target_keluaran')).toEqual([]);
	});
});
