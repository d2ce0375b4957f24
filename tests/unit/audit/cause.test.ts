/**
 * Findings grouped by cause (rule sebab_angka, src/lib/audit/cause.ts), on hand-made budget
 * trees. Every expected figure is worked out in the comments from the amounts of the tree.
 */
import { describe, expect, it } from 'vitest';
import { auditAll } from '../../../src/lib/audit/index';
import { findCause } from '../../../src/lib/audit/cause';
import { anggaranRecord, testReport, testText } from './helpers';

/**
 * Sub kegiatan on line 4: pagu 400.000.000, realisasi typed 630.000.000 instead of 360.000.000
 * (digits swapped; its printed 90,00% is 360 ÷ 400). Its kegiatan (line 3) prints realisasi
 * 540.000.000 = 360 + 180 million; program and total print 900.000.000 = 540 + 360 million.
 * So the one wrong figure breaks: the kegiatan's realisasi sum (540 ≠ 630 + 180 = 810 million),
 * its own percentage (630 ÷ 400 = 157,5% ≠ 90%), and realisasi ≤ pagu (630 > 400 million).
 */
function pohonSubSalah() {
	return testReport({
		anggaran: [
			anggaranRecord('total', 1, 1_000_000_000, 900_000_000),
			anggaranRecord('program', 2, 1_000_000_000, 900_000_000),
			anggaranRecord('kegiatan', 3, 600_000_000, 540_000_000),
			anggaranRecord('subkegiatan', 4, 400_000_000, 630_000_000, 90, '90,00%'),
			anggaranRecord('subkegiatan', 5, 200_000_000, 180_000_000, 90, '90,00%'),
			anggaranRecord('kegiatan', 6, 400_000_000, 360_000_000),
			anggaranRecord('subkegiatan', 7, 400_000_000, 360_000_000, 90, '90,00%')
		]
	});
}

/**
 * Kegiatan on line 3: pagu typed 310.000.000; its only sub kegiatan has 300.000.000 and its
 * printed 90,00% is 270 ÷ 300 million. The program prints 500.000.000 = 300 + 200 million and
 * the total 800.000.000 = 500 + 300 million. The one wrong figure breaks the kegiatan's sum
 * (310 ≠ 300), the program's sum (500 ≠ 310 + 200 = 510) and the kegiatan's percentage
 * (270 ÷ 310 = 87,10% ≠ 90,00%); the total still adds up.
 */
function pohonKegiatanSalah() {
	return testReport({
		anggaran: [
			anggaranRecord('total', 1, 800_000_000, 720_000_000),
			anggaranRecord('program', 2, 500_000_000, 450_000_000),
			anggaranRecord('kegiatan', 3, 310_000_000, 270_000_000, 90, '90,00%'),
			anggaranRecord('subkegiatan', 4, 300_000_000, 270_000_000),
			anggaranRecord('kegiatan', 5, 200_000_000, 180_000_000),
			anggaranRecord('subkegiatan', 6, 200_000_000, 180_000_000),
			anggaranRecord('program', 7, 300_000_000, 270_000_000),
			anggaranRecord('kegiatan', 8, 300_000_000, 270_000_000),
			anggaranRecord('subkegiatan', 9, 300_000_000, 270_000_000)
		]
	});
}

const hasil = (l: ReturnType<typeof testReport>) => auditAll(l, testText(12));

describe('sebab_angka: one wrong figure, one finding with its consequences', () => {
	it('a wrong sub kegiatan realisasi: one cause (tinggi) with three consequences', () => {
		const h = hasil(pohonSubSalah());
		const cause = h.temuan.filter((t) => t.peran === 'sebab');
		expect(cause).toHaveLength(1);
		expect(cause[0]).toMatchObject({ aturan: 'sebab_angka', tingkat: 'tinggi', nilai: 630_000_000, seharusnya: 360_000_000 });
		expect(cause[0].pesan).toContain('baris 4');
		expect(cause[0].pesan).toContain('Rp 360.000.000');
		const effect = h.temuan.filter((t) => t.peran === 'akibat');
		expect(effect.map((t) => t.aturan).sort()).toEqual(['di_luar_rentang', 'jumlah_anggaran', 'persen_anggaran']);
		// the kegiatan's realisasi sum: printed 540.000.000, children 630 + 180 = 810 million
		expect(effect.find((t) => t.aturan === 'jumlah_anggaran')).toMatchObject({ nilai: 540_000_000, seharusnya: 810_000_000 });
		// the group id is the cause's 1-based position in the list, shared by its consequences
		const no = h.temuan.indexOf(cause[0]) + 1;
		expect(cause[0].kelompok).toBe(no);
		expect(effect.every((t) => t.kelompok === no)).toBe(true);
		// every finding of this tree is explained by the one figure
		expect(h.temuan.filter((t) => t.peran === null)).toEqual([]);
	});

	it('a wrong kegiatan pagu: its own sum, its program sum and its percentage, grouped', () => {
		const h = hasil(pohonKegiatanSalah());
		const cause = h.temuan.filter((t) => t.peran === 'sebab');
		expect(cause).toHaveLength(1);
		expect(cause[0]).toMatchObject({ nilai: 310_000_000, seharusnya: 300_000_000 });
		const effect = h.temuan.filter((t) => t.peran === 'akibat');
		expect(effect.map((t) => [t.aturan, t.nilai, t.seharusnya])).toEqual(
			expect.arrayContaining([
				['jumlah_anggaran', 500_000_000, 510_000_000],
				['jumlah_anggaran', 310_000_000, 300_000_000]
			])
		);
		expect(effect.map((t) => t.aturan).sort()).toEqual(['jumlah_anggaran', 'jumlah_anggaran', 'persen_anggaran']);
		// the cause cites every line of its consequences: program 2, kegiatan 3, its sub 4, the other kegiatan 5
		expect(cause[0].lines).toEqual([2, 3, 4, 5]);
	});

	it('counts the group once, at the cause severity, in the quality score', () => {
		const h = hasil(pohonSubSalah());
		// three failed checks (jumlah_anggaran 3 + persen_anggaran 2 + di_luar_rentang 3 = weight 8) become one failure of weight 3
		expect(h.skor.gagal).toBe(1);
		expect(h.skor.bobot_gagal).toBe(3);
		const r = Object.fromEntries(h.skor.rincian.map((x) => [x.aturan, x]));
		expect(r.sebab_angka).toMatchObject({ diperiksa: 1, temuan: 1 });
		expect(r.jumlah_anggaran).toMatchObject({ temuan: 1, akibat: 1 });
		expect(r.persen_anggaran).toMatchObject({ temuan: 1, akibat: 1 });
		expect(r.di_luar_rentang).toMatchObject({ temuan: 1, akibat: 1 });
		// checks: 4 parent rows × 2 columns = 8 sums, 3 printed percentages, 7 rows × 3 range checks = 21;
		// the 3 consequences leave, the cause comes in: (8 − 1) × 3 + (3 − 1) × 2 + (21 − 1) × 3 + 1 × 3 = 88
		expect(r.jumlah_anggaran.diperiksa).toBe(8);
		expect(r.persen_anggaran.diperiksa).toBe(3);
		expect(r.di_luar_rentang.diperiksa).toBe(21);
		expect(
			h.skor.rincian.filter((x) => !['sebab_angka', 'jumlah_anggaran', 'persen_anggaran', 'di_luar_rentang'].includes(x.aturan)).every((x) => x.diperiksa === 0)
		).toBe(true);
		expect(h.skor.bobot_periksa).toBe(88);
		// 100 × (88 − 3) ÷ 88 = 96,59…; without the grouping it would be 100 × (93 − 8) ÷ 93 = 91,4 (24 + 6 + 63 = 93 of weight)
		expect(h.skor.skor).toBe(96.6);
	});

	it('does not group two independent slips', () => {
		// kegiatan 3 pagu 100 rupiah too high vs its sub (300.000.100 ≠ 300.000.000), and kegiatan 5
		// realisasi 1 rupiah short vs its sub (179.999.999 ≠ 180.000.000); the program adds the
		// kegiatan as printed (pagu 500.000.100, realisasi 449.999.999), so each figure breaks one sum
		const l = testReport({
			anggaran: [
				anggaranRecord('program', 2, 500_000_100, 449_999_999),
				anggaranRecord('kegiatan', 3, 300_000_100, 270_000_000),
				anggaranRecord('subkegiatan', 4, 300_000_000, 270_000_000),
				anggaranRecord('kegiatan', 5, 200_000_000, 179_999_999),
				anggaranRecord('subkegiatan', 6, 200_000_000, 180_000_000)
			]
		});
		const h = hasil(l);
		expect(h.temuan.filter((t) => t.aturan === 'jumlah_anggaran')).toHaveLength(2);
		expect(h.temuan.every((t) => t.peran === null && t.kelompok === null)).toBe(true);
	});

	it('names no cause when the correction would break a check that holds now', () => {
		// sub 4 realisasi 630.000.000 and its printed 157,50% agree (630 ÷ 400); only the kegiatan sum fails,
		// and correcting the realisasi to 360.000.000 would break the percentage: not a cause
		const l = pohonSubSalah();
		l.anggaran[3] = anggaranRecord('subkegiatan', 4, 400_000_000, 630_000_000, 157.5, '157,50%');
		l.anggaran[3].pagu = 700_000_000;
		l.anggaran[3].pagu_raw = '700000000';
		expect(findCause(l)).toEqual([]);
	});

	it('names the middle row, not its only child, when the middle row breaks two sums', () => {
		// kegiatan 2 pagu 310.000.000 over its one sub 300.000.000, and the program 500.000.000 over
		// 310 + 200 million: correcting the kegiatan to 300.000.000 fixes both sums; correcting the sub
		// to 310.000.000 would fix one and leave the program's sum failing, so the sub is no cause
		const l = testReport({
			anggaran: [
				anggaranRecord('program', 1, 500_000_000, null),
				anggaranRecord('kegiatan', 2, 310_000_000, null),
				anggaranRecord('subkegiatan', 3, 300_000_000, null),
				anggaranRecord('kegiatan', 4, 200_000_000, null),
				anggaranRecord('subkegiatan', 5, 200_000_000, null)
			]
		});
		expect(findCause(l).map((s) => [s.line, s.kolom, s.benar])).toEqual([[2, 'pagu', 300_000_000]]);
		// a program 10 rupiah over its one kegiatan and the total 10 rupiah under the programs: the program (line 2)
		const total = testReport({
			anggaran: [
				anggaranRecord('total', 1, 1_000, null),
				anggaranRecord('program', 2, 510, null),
				anggaranRecord('kegiatan', 3, 500, null),
				anggaranRecord('program', 4, 500, null),
				anggaranRecord('kegiatan', 5, 500, null)
			]
		});
		expect(findCause(total).map((s) => [s.line, s.benar])).toEqual([[2, 500]]);
	});

	it('a single failed sum stays a finding on its own', () => {
		// kegiatan 2 realisasi 1 rupiah over its sub, and nothing else fails (no percentage printed,
		// the program adds the kegiatan as printed)
		const l = testReport({
			anggaran: [anggaranRecord('program', 1, 100, 91), anggaranRecord('kegiatan', 2, 100, 91), anggaranRecord('subkegiatan', 3, 100, 90)]
		});
		const h = hasil(l);
		expect(h.temuan).toHaveLength(1);
		expect(h.temuan[0]).toMatchObject({ aturan: 'jumlah_anggaran', peran: null, kelompok: null });
	});
});
