/**
 * Each finding names the figures it concerns (table, row key, year), published in
 * temuan.rujukan, and the kecamatan page places its badges by them. Expected
 * figures read from data/lkip/puger-2023.txt (tests/fixtures/audit/expected-findings.md):
 *   P1  lines 776–777: "Kegiatan 1: Koordinasi Kegiatan Pemberdayaan Desa  1.086.960.000  1.089.285.000"
 *       above its only sub kegiatan "… 1.086.960.000  1.086.960.000": a budget finding of 2023
 *   P9  line 72 vs 429: IKM "B (63)" in the ikhtisar vs 81,9 in Tabel 3.1: an IKM finding of 2023
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditRows, temuanRefs, type FigureRef } from '../../../src/lib/audit/dataset';
import { refsOf, temuanFor } from '../../../src/lib/audit/figure-findings';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readMasterData } from '../../../scripts/master-data';
import { testReport } from './helpers';

const ref = readMasterData();
const teks = readFileSync('data/lkip/puger-2023.txt', 'utf8');
const puger = extractReport(teks, 'puger-2023.txt', ref);
const temuan = auditRows([puger], new Map([['puger-2023.txt', teks]]), ref).temuan;

describe('rujukan temuan', () => {
	it('refers a finding to the data rows printed on its lines, once each', () => {
		const l = testReport({
			ikm: [
				{ tahun: 2022, target: 80, realisasi: 81, mutu: null, target_raw: '80', realisasi_raw: '81', bagian: 'perbandingan', line: 10, raw: 'IKM 80 81 82' },
				{ tahun: 2023, target: 85, realisasi: 82, mutu: null, target_raw: '85', realisasi_raw: '82', bagian: 'perbandingan', line: 10, raw: 'IKM 80 81 82' }
			]
		});
		expect(temuanRefs(l, [10, 10, 99])).toEqual<FigureRef[]>([
			{ tabel: 'ikm', kunci: 2022, tahun: 2022 },
			{ tabel: 'ikm', kunci: 2023, tahun: 2023 }
		]);
		expect(temuanRefs(l, [11])).toEqual([]);
	});

	it('P1 of Puger 2023 concerns the budget rows of lines 776 and 777', () => {
		const p1 = temuan.find((t) => t.aturan === 'jumlah_anggaran' && (t.lines as number[]).includes(776) && (t.lines as number[]).includes(777))!;
		expect(p1).toBeDefined();
		const order = puger.anggaran.filter((a) => a.line === 776 || a.line === 777).map((a) => a.urutan);
		expect(order).toHaveLength(2);
		const r = refsOf(p1);
		expect(
			r
				.filter((x) => x.tabel === 'anggaran')
				.map((x) => x.kunci)
				.sort()
		).toEqual(order.sort());
		expect(r.every((x) => x.tahun === 2023)).toBe(true);
		expect(temuanFor([p1], 'anggaran', 2023)).toHaveLength(1);
		expect(temuanFor([p1], 'anggaran', 2022)).toHaveLength(0);
		expect(temuanFor([p1], 'ikm', 2023)).toHaveLength(0);
	});

	it('P9 of Puger 2023 (IKM "B (63)" vs 81,9) sits beside the IKM of 2023, not the budget', () => {
		const p9 = temuan.find((t) => t.aturan === 'beda_antarbagian' && (t.lines as number[]).includes(72) && (t.lines as number[]).includes(429))!;
		expect(p9).toBeDefined();
		expect(refsOf(p9)).toContainEqual({ tabel: 'ikm', kunci: 2023, tahun: 2023 });
		expect(temuanFor([p9], 'ikm', 2023)).toHaveLength(1);
		expect(temuanFor([p9], 'anggaran', 2023)).toHaveLength(0);
	});

	it('a finding without readable references is placed nowhere', () => {
		expect(temuanFor([{ rujukan: '' }, { rujukan: 'bukan json' }, { rujukan: null }], 'ikm', null)).toEqual([]);
	});
});
