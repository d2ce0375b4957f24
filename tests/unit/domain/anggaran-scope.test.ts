/**
 * Issue 9 item 6 (budget scope): a report whose budget table holds belanja langsung
 * only is marked so in the data, and serapan combines only budgets of the same scope.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { reportRows } from '../../../src/lib/store/rows';
import { loadHome } from '../../../src/lib/query/page-data';
import { readMasterData } from '../../../scripts/master-data';
import { writeTestDataset } from '../../fixtures/dataset';
import { sampleDataset } from '../../fixtures/dataset-sample';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const cakupan = (f: string) => {
	const ref = readMasterData();
	return reportRows(extractReport(readFileSync(`data/lkip/${f}.txt`, 'utf8'), `${f}.txt`, ref), ref).laporan[0].cakupan_anggaran;
};

describe('cakupan anggaran', () => {
	it('Balung 2020: TOTAL 400.000.000 (line 454) is its Belanja Langsung (line 430), Belanja Tidak Langsung 1.503.421.864 (line 429) left out', () => {
		expect(cakupan('balung-2020')).toBe('belanja_langsung');
	});
	it('the 2023 reports tabulate the whole budget (belanja operasi and modal)', () => {
		for (const f of ['arjasa-2023', 'patrang-2023', 'puger-2023']) expect(cakupan(f), f).toBe('seluruh');
	});

	// on both engines (tests/fixtures/engines.ts), with the same expected values
	it.each(ENGINES)(
		'serapan gabungan and the KPI combine budgets of whole scope only, and count the others ($nama)',
		async (engine) => {
			const data = sampleDataset();
			// invented: Puger 2023's total covers belanja langsung only
			for (const l of data.laporan) if (l.laporan_id === 'puger-2023') l.cakupan_anggaran = 'belanja_langsung';
			const dir = await mkdtemp(join(tmpdir(), 'dasbor-cakupan-'));
			try {
				await writeTestDataset(dir, data);
				const db = await engine.open(dir);
				const d = await loadHome(db, { tahun: 2023 });
				// Arjasa alone: 2.900.123.456 / 3.321.456.789
				expect(d.kpi?.serapan).toBeCloseTo((2_900_123_456 * 100) / 3_321_456_789, 10);
				expect(d.kpi?.serapan_cakupan_lain).toBe(1);
				expect(d.serapan.tabel.map((r) => [r.kecamatan, r.cakupan])).toEqual(
					expect.arrayContaining([
						['Puger', 'belanja_langsung'],
						['Arjasa', 'seluruh']
					])
				);
				expect(d.serapan.tabel[0].serapan_gabungan).toBeCloseTo((2_900_123_456 * 100) / 3_321_456_789, 10);
				expect(d.serapan.tabel[0].jumlah_gabungan).toBe(1);
			} finally {
				await rm(dir, { recursive: true, force: true });
			}
		},
		ENGINE_TIMEOUT
	);
});
