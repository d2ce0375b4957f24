/**
 * The data build's audit (auditRows) hands each report the other reports of its own
 * kecamatan only, by Kemendagri code: names repeat across kabupaten, and a quoted
 * earlier year must be compared with that kecamatan's own report, not a namesake's.
 */
import { describe, expect, it } from 'vitest';
import { auditRows } from '../../../src/lib/audit/dataset';
import type { MasterData } from '../../../src/lib/lkip/types';
import { anggaranRecord, testReport, testText } from './helpers';

const ref: MasterData = {
	kecamatan: [
		{ kode: '35.09.01', nama: 'Sukamaju', slug: 'sukamaju', desa: 5, kelurahan: 0 },
		{ kode: '35.10.01', nama: 'Sukamaju', slug: 'sukamaju-banyuwangi', desa: 4, kelurahan: 0 }
	],
	indikator: []
};

// the report of 2023 quotes 2022's total realisasi as Rp 3.709.209.000
const ini = testReport({
	file: 'sukamaju-2023.txt',
	kecamatan: 'Sukamaju',
	kode_kecamatan: '35.09.01',
	anggaran_tahun_lain: [{ tahun: 2022, pagu: 3_810_244_147, realisasi: 3_709_209_000, persen: 97.35, bagian: 'anggaran', line: 7, raw: 'x' }]
});
const lalu = (kode: string, file: string) =>
	testReport({ file, kecamatan: 'Sukamaju', kode_kecamatan: kode, tahun: 2022, anggaran: [anggaranRecord('total', 50, 3_810_244_147, 3_709_209_303)] });

function antarTahun(laporan: ReturnType<typeof testReport>[]) {
	const teks = new Map(laporan.map((l) => [l.file, testText(60)]));
	return auditRows(laporan, teks, ref)
		.temuan.filter((t) => t.aturan === 'antar_tahun')
		.map((t) => [t.file, t.nilai, t.seharusnya]);
}

describe('auditRows: other years of the same kecamatan', () => {
	it("compares a quoted year with that kecamatan's own report of the year", () => {
		expect(antarTahun([ini, lalu('35.09.01', 'sukamaju-2022.txt')])).toEqual([['sukamaju-2023.txt', 3_709_209_000, 3_709_209_303]]);
	});

	it('does not compare it with a namesake kecamatan of another kabupaten', () => {
		expect(antarTahun([ini, lalu('35.10.01', 'sukamaju-banyuwangi-2022.txt')])).toEqual([]);
	});
});
