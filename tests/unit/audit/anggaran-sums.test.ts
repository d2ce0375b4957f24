import { describe, expect, it } from 'vitest';
import { anggaranRecord, testReport, temuan } from './helpers';

describe('jumlah_anggaran', () => {
	it('accepts a tree whose parents equal the sum of their children to the rupiah', () => {
		const l = testReport({
			anggaran: [
				anggaranRecord('total', 9, 300, 250),
				anggaranRecord('program', 1, 300, 250),
				anggaranRecord('kegiatan', 2, 100, 90),
				anggaranRecord('subkegiatan', 3, 100, 90),
				anggaranRecord('kegiatan', 4, 200, 160),
				anggaranRecord('subkegiatan', 5, 150, 120),
				anggaranRecord('subkegiatan', 6, 50, 40)
			]
		});
		expect(temuan(l, undefined, 'jumlah_anggaran')).toEqual([]);
	});

	it('flags a difference of a single rupiah, naming both amounts and every line involved', () => {
		const l = testReport({
			anggaran: [anggaranRecord('program', 1, 1_000_001, 900), anggaranRecord('kegiatan', 2, 600_000, 500), anggaranRecord('kegiatan', 3, 400_000, 400)]
		});
		const t = temuan(l, undefined, 'jumlah_anggaran');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 1_000_001, seharusnya: 1_000_000, lines: [1, 2, 3], tingkat: 'tinggi' });
		expect(t[0].pesan).toContain('selisih Rp 1');
	});

	it('checks realisasi separately from pagu', () => {
		const l = testReport({ anggaran: [anggaranRecord('kegiatan', 1, 100, 95), anggaranRecord('subkegiatan', 2, 100, 90)] });
		const t = temuan(l, undefined, 'jumlah_anggaran');
		expect(t.map((x) => [x.nilai, x.seharusnya])).toEqual([[95, 90]]);
	});

	it('reads a malformed child amount digits-only and says so; skips when a child is blank', () => {
		const child = anggaranRecord('subkegiatan', 2, 100, null);
		child.realisasi_raw = '87.988,409';
		const l = testReport({ anggaran: [anggaranRecord('kegiatan', 1, 100, 87_988_410), child] });
		const t = temuan(l, undefined, 'jumlah_anggaran');
		expect(t[0].seharusnya).toBe(87_988_409);
		expect(t[0].pesan).toContain('"87.988,409" dibaca Rp 87.988.409');
		const empty = testReport({ anggaran: [anggaranRecord('kegiatan', 1, 100, 50), anggaranRecord('subkegiatan', 2, 100, null)] });
		expect(temuan(empty, undefined, 'jumlah_anggaran')).toEqual([]);
	});
});
