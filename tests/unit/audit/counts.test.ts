/**
 * Counts claimed in running text against the tables. Fixtures are written for these tests in
 * other wordings than the five reports (tests/fixtures/audit/hitungan-*.txt); the expected
 * findings were worked out by hand from those fixture lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../../src/lib/audit/number-words';
import { countTree } from '../../../src/lib/audit/budget-counts';
import type { AnggaranRecord } from '../../../src/lib/lkip/types';
import { anggaranRecord, indikatorRecord, testReport, temuan } from './helpers';

const INDIKATOR = readFileSync('tests/fixtures/audit/hitungan-indikator.txt', 'utf8');
const PROGRAM = readFileSync('tests/fixtures/audit/hitungan-program.txt', 'utf8');

describe('number words', () => {
	it('reads Indonesian counts', () => {
		expect(readNumberWords('empat')).toBe(4);
		expect(readNumberWords('delapan belas')).toBe(18);
		expect(readNumberWords('sebelas')).toBe(11);
		expect(readNumberWords('tiga puluh dua')).toBe(32);
		expect(readNumberWords('seratus tiga puluh satu')).toBe(131);
		expect(readNumberWords('indikator')).toBeNull();
	});
});

/** The line a finding's message opens on ("Baris 8 ..."). */
const baris = (x: { pesan: string }) => Number(x.pesan.match(/^Baris (\d+)/)?.[1]);

function tabelInd(capaian: number[], sasaran: string[]) {
	return capaian.map((c, i) => indikatorRecord({ line: 20 + i, tahun: 2024, no: i + 1, sasaran: sasaran[i], capaian: c, capaian_raw: `${c}%` }));
}

describe('hitungan_indikator', () => {
	it('flags the stated total and the categories the table cannot hold (table: 4 indicators, 2 sasaran)', () => {
		// 100 and 95 are Sangat Memuaskan, 85 Memuaskan, 72 Sangat Baik: no Baik at all
		const l = testReport({ tahun: 2024, indikator: tabelInd([100, 95, 85, 72], ['A', 'A', 'B', 'B']) });
		const t = temuan(l, INDIKATOR, 'hitungan_indikator');
		// line 7: 5 indicators vs 4; line 8: five vs 4, three Sangat Memuaskan vs 2, two Baik vs 0;
		// line 9 is about one sasaran, line 10 states 4 (right) and the category of an average, line 11 another year;
		// line 12 "Dari 5 indikator, 3 berkategori Sangat Memuaskan dan 2 Baik": 5 vs 4, 3 vs 2, and the bare "2 Baik" vs 0
		expect(t.map(baris)).toEqual([7, 8, 12]);
		expect(t[2].pesan).toContain('menyebut 5 indikator');
		expect(t[2].pesan).toContain('3 indikator berkategori Sangat Memuaskan');
		expect(t[2].pesan).toContain('2 indikator berkategori Baik');
		expect(t[0]).toMatchObject({ nilai: 5, seharusnya: 4, tingkat: 'sedang' });
		expect(t[1].pesan).toContain('3 indikator berkategori Sangat Memuaskan');
		expect(t[1].pesan).toContain('2 indikator berkategori Baik');
		expect(t[1].lines).toEqual(expect.arrayContaining([3, 4, 5, 6, 8, 20, 23]));
	});

	it('accepts a table that matches, with a boundary value counted in either level (table: 5 indicators)', () => {
		// 90 is on the AA/A boundary: it may be one of the three Sangat Memuaskan; 60 and 65 are Baik
		const l = testReport({ tahun: 2024, indikator: tabelInd([100, 92, 90, 60, 65], ['A', 'A', 'B', 'B', 'B']) });
		const t = temuan(l, INDIKATOR, 'hitungan_indikator');
		// only line 10 ("capaian 4 indikator") disagrees now; line 12 (5, three AA with 90, two Baik) holds
		expect(t.map(baris)).toEqual([10]);
		expect(t[0]).toMatchObject({ nilai: 4, seharusnya: 5 });
	});

	it('flags three Sangat Memuaskan when the boundary value is 89,99 (Memuaskan only)', () => {
		const l = testReport({ tahun: 2024, indikator: tabelInd([100, 92, 89.99, 60, 65], ['A', 'A', 'B', 'B', 'B']) });
		const t = temuan(l, INDIKATOR, 'hitungan_indikator');
		expect(t.find((x) => baris(x) === 8)?.pesan).toContain('3 indikator berkategori Sangat Memuaskan');
	});

	it('judges no category when a capaian is printed as a letter only', () => {
		const tab = tabelInd([100, 92, 90, 60, 65], ['A', 'A', 'B', 'B', 'B']);
		tab[4] = { ...tab[4], capaian: null, capaian_raw: 'Baik' };
		const t = temuan(testReport({ tahun: 2024, indikator: tab }), INDIKATOR, 'hitungan_indikator');
		expect(t.every((x) => !x.pesan.includes('kategori'))).toBe(true);
	});

	it('does nothing without a measurement table', () => {
		expect(temuan(testReport({ tahun: 2024 }), INDIKATOR, 'hitungan_indikator')).toEqual([]);
	});
});

function pohon(sub: number, modal = false): AnggaranRecord[] {
	const rows: AnggaranRecord[] = [];
	let line = 30;
	const prog = (name: string) => rows.push({ ...anggaranRecord('program', line++, 100, 90), uraian: name });
	const keg = (name: string) => rows.push({ ...anggaranRecord('kegiatan', line++, 100, 90), uraian: name });
	const s = (name: string) => rows.push({ ...anggaranRecord('subkegiatan', line++, 100, 90), uraian: name });
	prog('Program Penunjang Urusan');
	keg('Administrasi Umum');
	s('Penyediaan Alat Tulis');
	s('Penyediaan Peralatan Kantor');
	keg('Administrasi Keuangan');
	s('Penyediaan Gaji');
	prog('Program Pelayanan Publik');
	keg('Koordinasi Pelayanan');
	s('Pelayanan Terpadu');
	keg('Koordinasi Pemberdayaan');
	s('Pemberdayaan Desa');
	prog('Program Ketertiban Umum');
	// same name as in the second program: a different kegiatan all the same
	keg('Koordinasi Pelayanan');
	for (let i = 6; i <= sub; i++) s(`Sub ${i}`);
	if (modal) {
		prog('Administrasi Umum');
		keg('Penyediaan Peralatan Kantor');
		s('Belanja Modal Peralatan');
	}
	return rows;
}

describe('hitungan_program', () => {
	it('counts distinct rows by their parents, and a capital block both ways', () => {
		const p = countTree(pohon(7, true));
		expect(p.program).toMatchObject({ min: 3, max: 4 });
		expect(p.kegiatan).toMatchObject({ min: 5, max: 6 });
		expect(p.subkegiatan).toMatchObject({ min: 7, max: 8 });
	});

	it('flags two statements that disagree and names both (table: 3 programs, 5 kegiatan, 7 sub)', () => {
		const t = temuan(testReport({ tahun: 2024, anggaran: pohon(7) }), PROGRAM, 'hitungan_program');
		// line 1: 3/5/7, line 3: 3/6; line 2 is one sasaran, line 4 names "program utama"
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 5, seharusnya: 6 });
		expect(t[0].lines).toEqual(expect.arrayContaining([1, 3]));
		expect(t[0].lines).not.toContain(2);
	});

	it('flags a statement against the table at the edge: 7 sub kegiatan stated, 6 listed', () => {
		const t = temuan(testReport({ tahun: 2024, anggaran: pohon(6) }), PROGRAM, 'hitungan_program');
		const sub = t.find((x) => x.pesan.includes('sub kegiatan') && !x.pesan.includes('berbeda'));
		expect(sub).toMatchObject({ nilai: 7, seharusnya: 6 });
	});

	it('accepts the count with or without a capital block that repeats a kegiatan as program', () => {
		const satu = PROGRAM.split('\n').slice(0, 2).join('\n');
		expect(temuan(testReport({ tahun: 2024, anggaran: pohon(7, true) }), satu, 'hitungan_program')).toEqual([]);
	});
});
