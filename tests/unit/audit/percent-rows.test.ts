/**
 * A sub kegiatan restated as a percentage only, against the budget table's amounts.
 * Fixture written for these tests (tests/fixtures/audit/persen-antartabel.txt); the budget
 * rows are hand-built records, the percentages worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anggaranRecord, testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/persen-antartabel.txt', 'utf8');

function anggaran(persenKeamanan = 96.1) {
	return [
		{ ...anggaranRecord('kegiatan', 20, 33_000_000, 29_700_000, 90), uraian: 'Kegiatan Layanan Administrasi' },
		// 10.000.000 / 12.000.000 = 83,33%
		{ ...anggaranRecord('subkegiatan', 21, 12_000_000, 10_000_000, 83.33), uraian: 'Penyediaan Jasa Kebersihan Kantor Kecamatan' },
		// 9.610.000 / 10.000.000 = 96,10%: Tabel 3.2 prints 98,10
		{ ...anggaranRecord('subkegiatan', 22, 10_000_000, 9_610_000, persenKeamanan), uraian: 'Penyediaan Jasa Keamanan Kantor Kecamatan' },
		// 8.250.000 / 11.000.000 = 75%: the row's name is cut short in Tabel 3.2
		{ ...anggaranRecord('subkegiatan', 23, 11_000_000, 8_250_000, 75), uraian: 'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan' }
	];
}

describe('persen_antartabel', () => {
	it('flags the sub kegiatan whose percentage differs from its amounts, accepts the others', () => {
		const t = temuan(testReport({ tahun: 2024, anggaran: anggaran() }), TEKS, 'persen_antartabel');
		expect(t.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([[[5, 22], 98.1, 96.1]]);
	});

	it('stays silent when the budget table itself prints a wrong percentage (persen_anggaran reports it)', () => {
		const t = temuan(testReport({ tahun: 2024, anggaran: anggaran(98.1) }), TEKS);
		expect(t.filter((x) => x.aturan === 'persen_antartabel')).toEqual([]);
		expect(t.filter((x) => x.aturan === 'persen_anggaran').map((x) => x.lines)).toEqual([[22]]);
	});
});
