/**
 * The survey's own tables. The fixture (tests/fixtures/audit/survei.txt) is written for these
 * tests: respondent counts, percentages and NRR on the 1–4 scale; every expected figure below
 * was worked out by hand from its lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerRanking, distributionHeader } from '../../../src/lib/lkip/ikm-unsur';
import { testReport, temuan } from './helpers';

const SURVEI = readFileSync('tests/fixtures/audit/survei.txt', 'utf8');
const l = testReport({ tahun: 2024 });

describe('answer labels', () => {
	it('ranks the four answers and refuses other headers', () => {
		expect(['Tidak Puas', 'Kurang Baik', 'Puas', 'Sangat Sesuai'].map(answerRanking)).toEqual([1, 2, 3, 4]);
		expect(answerRanking('Unsur Pelayanan')).toBeNull();
		expect(answerRanking('Jumlah')).toBeNull();
	});
	it('reads a distribution header row once, in the reading layer', () => {
		// data/lkip/pakusari-2021.txt line 397: "NO\tUNSUR\tTidak Baik\tKurang Baik\tBaik\tSangat Baik\tTotal"
		const k = distributionHeader(['NO', 'UNSUR', 'Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik', 'Total']);
		expect(k && [...k.kolom]).toEqual([
			[2, 1],
			[3, 2],
			[4, 3],
			[5, 4]
		]);
		expect(k).toMatchObject({ total: 6, unsur: 1 });
		// the fixture's line 10 has no total column
		expect(distributionHeader(['No.', 'Unsur Pelayanan', 'Tidak Puas', 'Kurang Puas', 'Puas', 'Sangat Puas'])).toMatchObject({ total: null, unsur: 1 });
		// two columns saying "baik" are not four answers
		expect(distributionHeader(['No', 'Uraian', 'Baik', 'Baik', 'Sangat Baik'])).toBeNull();
	});
});

describe('survei_distribusi', () => {
	it('flags respondents not adding up to the Jumlah column and percentages beyond rounding', () => {
		const t = temuan(l, SURVEI, 'survei_distribusi');
		// line 4: 0+10+55+30 = 95 respondents vs 100; line 13: 1+9+50+43 = 103% (four whole parts allow ±2);
		// line 11 (2+8+60+32 = 102%) and line 12 (0,0+10,5+55,0+34,4 = 99,9%, ±0,2) are within rounding
		expect(t.map((x) => [x.lines[0], x.nilai, x.seharusnya])).toEqual([
			[4, 95, 100],
			[13, 103, 100]
		]);
	});
});

describe('survei_skor_unsur', () => {
	it('recomputes each NRR from the distribution of the same unsur', () => {
		const t = temuan(l, SURVEI, 'survei_skor_unsur');
		// U5: (3·1 + 12·2 + 50·3 + 35·4) / 100 = 3,17, printed 3,12; U1 3,18 and U3 3,29 from counts,
		// U2 3,24 from the percentages (323,6 / 99,9 = 3,239) since its counts add up to 95 only
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 3.12, seharusnya: 3.17, lines: [7, 23] });
	});

	it('does not pair a score table with the distribution of another survey', () => {
		const other = SURVEI.replace(/^U(\d)\t[^\t]+(\t[\d,]+\t[AB])$/gm, 'L$1\tLayanan lain $1$2');
		expect(temuan(l, other, 'survei_skor_unsur')).toEqual([]);
	});
});

describe('survei_predikat_unsur', () => {
	// the fixture's letters follow the PermenPAN-RB 14/2017 NRR intervals (B 3,0644–3,532; A from 3,5324)
	it('accepts labels in the order of their scores', () => {
		expect(temuan(l, SURVEI, 'survei_predikat_unsur')).toEqual([]);
		// the lowest NRR with a worse letter is in order too
		expect(temuan(l, SURVEI.replace('3,12\tB', '3,12\tC'), 'survei_predikat_unsur')).toEqual([]);
	});

	it('flags the highest NRR labelled worse than all the others, once per table', () => {
		const t = temuan(l, SURVEI.replace('3,55\tA', '3,55\tC'), 'survei_predikat_unsur');
		// 3,55 C (line 22) above four B; named against the lowest of them, 3,12 B (line 23)
		expect(t).toHaveLength(1);
		expect(t[0].lines).toEqual([22, 23]);
		expect(t[0].pesan).toContain('"Biaya/tarif" 3,55 berpredikat C (baris 22) sedangkan "Produk layanan" 3,12 berpredikat B (baris 23)');
	});
});

describe('survei_rerata', () => {
	it('checks the IKM row (mean NRR × 25) and the average quoted under the table', () => {
		const t = temuan(l, SURVEI, 'survei_rerata');
		// mean NRR = (3,18 + 3,24 + 3,29 + 3,55 + 3,12) / 5 = 3,276; × 25 = 81,9 vs 82,45 printed;
		// line 26 says 3,28: within the printed precision
		expect(t.map((x) => [x.lines.find((n) => n > 23), x.nilai, x.seharusnya])).toEqual([[24, 82.45, 81.9]]);
		const wrong = SURVEI.replace('tercatat 3,28', 'tercatat 3,30');
		expect(temuan(l, wrong, 'survei_rerata').map((x) => x.nilai)).toEqual([82.45, 3.3]);
	});
});
