/**
 * Issue 13 item 3: an uploaded row is a duplicate of a row the dashboard holds when
 * both are of the same kecamatan by Kemendagri code and the same year, never by
 * name: two kecamatan of one name in two kabupaten are two kecamatan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { readBytes } from '../../../src/lib/upload/import-file';
import { problemText } from '../../../src/lib/upload/problems';
import { ExistingIndex, rowKey, kecamatanKey, findExistingReport } from '../../../src/lib/upload/duplicates';
import type { MasterData } from '../../../src/lib/lkip/types';

// invented reference list: one name in two kabupaten (codes 99.01 and 99.02)
const ref: MasterData = {
	kecamatan: [
		{ kode: '99.01.03', nama: 'Sukamaju', slug: 'sukamaju', desa: 5, kelurahan: 0 },
		{ kode: '99.02.07', nama: 'Sukamaju', slug: 'sukamaju', desa: 8, kelurahan: 1 },
		{ kode: '99.01.04', nama: 'Tanjung', slug: 'tanjung', desa: 4, kelurahan: 0 }
	],
	indikator: []
};

const ikm = (code: string, tahun: number, realisasi: number) => ({
	kecamatan: 'Sukamaju',
	kode_kecamatan: code,
	tahun,
	realisasi,
	mutu: 'B',
	file: `${code}.txt`,
	line: 9
});

describe('duplicate check keyed by kode_kecamatan and tahun', () => {
	it('does not take a row of the other Sukamaju for a duplicate', () => {
		const terbit = new ExistingIndex('ikm', [ikm('99.01.03', 2023, 81.5)], ref);
		expect(terbit.cari(ikm('99.02.07', 2023, 81.5))).toBeNull();
		expect(terbit.cari(ikm('99.01.03', 2023, 81.5))).toMatchObject({ sama: true });
		expect(terbit.cari(ikm('99.01.03', 2023, 79))).toMatchObject({ sama: false });
		expect(terbit.cari(ikm('99.01.03', 2022, 81.5))).toBeNull();
	});

	it('keys indikator and anggaran rows by the code too', () => {
		const a = {
			kecamatan: 'Sukamaju',
			kode_kecamatan: '99.01.03',
			tahun_laporan: 2023,
			indikator: 'Persentase layanan',
			level: 'program',
			uraian: 'Program A'
		};
		const b = { ...a, kode_kecamatan: '99.02.07' };
		expect(rowKey('indikator', a, ref)).not.toBe(rowKey('indikator', b, ref));
		expect(rowKey('anggaran', a, ref)).not.toBe(rowKey('anggaran', b, ref));
		expect(rowKey('anggaran', a, ref)).toBe(rowKey('anggaran', { ...a, kecamatan: 'SUKAMAJU' }, ref));
	});

	it('gives a row without a code the code of its name in the reference list', () => {
		expect(kecamatanKey({ kecamatan: 'Kecamatan Tanjung' }, ref)).toBe('99.01.04');
		expect(kecamatanKey({ kecamatan: 'Tanjung' })).toBe('nama:tanjung');
		const terbit = new ExistingIndex('ikm', [{ kecamatan: 'Tanjung', tahun: 2023, realisasi: 80, mutu: 'B' }], ref);
		expect(terbit.cari({ kecamatan: 'Tanjung', kode_kecamatan: '99.01.04', tahun: 2023, realisasi: 80, mutu: 'B' })).toMatchObject({ sama: true });
	});

	it('finds a published report by code and year, not by its name-based id', () => {
		const found = { laporan: [{ laporan_id: 'sukamaju-2023', kode_kecamatan: '99.01.03', tahun: 2023, file: 'a.pdf' }] };
		expect(findExistingReport(found, '99.02.07', 2023, 'sukamaju-2023')).toBeNull();
		expect(findExistingReport(found, '99.01.03', 2023, 'sukamaju-2023')?.file).toBe('a.pdf');
		expect(findExistingReport(found, '99.01.03', 2022, 'sukamaju-2022')).toBeNull();
		// a row with only its id can be matched on nothing else
		expect(findExistingReport({ laporan: [{ laporan_id: 'sukamaju-2023', file: 'b.pdf' }] }, '99.02.07', 2023, 'sukamaju-2023')?.file).toBe('b.pdf');
	});
});

describe('an uploaded CSV against published rows of another kabupaten', () => {
	// tests/fixtures/rusak/duplikat-terbit.csv, line 2: "Arjasa;2023;85;86,34;B"
	const content = readFileSync(join(__dirname, '../../fixtures/rusak/duplikat-terbit.csv'));
	const jember = readMasterData();
	const arjasa = jember.kecamatan.find((k) => k.nama === 'Arjasa')!;
	const terbit = (code: string) => ({
		ikm: [{ kecamatan: 'Arjasa', kode_kecamatan: code, tahun: 2023, realisasi: 86.34, mutu: 'B', file: 'terbit.txt', line: 5 }]
	});

	it('refuses the row when the published one is the same kecamatan by code', () => {
		const h = readBytes('duplikat-terbit.csv', content, jember, terbit(arjasa.kode));
		expect(h.barisDitolak).toEqual([2]);
		expect(problemText(h.masalah[0])).toBe('Baris 2: sudah ada di data dasbor (terbit.txt baris 5); baris ini tidak ditambahkan agar tidak terhitung dua kali');
	});

	it('takes the row when the published Arjasa has another code', () => {
		const h = readBytes('duplikat-terbit.csv', content, jember, terbit('99.02.07'));
		expect(h.barisDitolak).toEqual([]);
		expect(h.barisDiterima).toEqual([2, 3, 4]);
		expect(h.masalah).toEqual([]);
	});
});
