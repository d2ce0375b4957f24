import { describe, expect, it } from 'vitest';
import { datasetRows, reportRows, validateRow } from '../../../src/lib/store/rows';
import { TABLES, tabel } from '../../../src/lib/store/schema';
import { MASTER, laporan } from './sample';

describe('barisDataset', () => {
	const data = datasetRows([laporan('arjasa.txt', 'Arjasa', 2023), laporan('patrang.txt', 'Kecamatan PATRANG', 2021)], MASTER);

	it('has rows for every table of the schema and only those', () => {
		expect(Object.keys(data).sort()).toEqual(TABLES.map((t) => t.nama).sort());
	});

	it('keys reports by kecamatan slug and year, with the canonical name', () => {
		expect(data.laporan.map((b) => [b.laporan_id, b.kecamatan, b.kode_kecamatan])).toEqual([
			['arjasa-2023', 'Arjasa', '35.09.22'],
			['patrang-2021', 'Patrang', '35.09.20']
		]);
		expect(data.anggaran.filter((b) => b.laporan_id === 'patrang-2021')).toHaveLength(2);
		expect(data.ikm[0]).toMatchObject({ laporan_id: 'arjasa-2023', tahun_laporan: 2023, tahun: 2022, file: 'arjasa.txt', line: 120 });
	});

	it('numbers the report scale levels in printed order, open ends empty, and flags the cap rule with its line', () => {
		const arjasa = data.skala_predikat.filter((b) => b.laporan_id === 'arjasa-2023');
		expect(arjasa.map((b) => [b.urutan, b.label, b.bawah, b.atas, b.line])).toEqual([
			[1, 'SANGAT BAIK', 100, null, 292],
			[2, 'BAIK', 76, 100, 293],
			[3, 'KURANG', null, 55, 294]
		]);
		expect(arjasa[0]).toMatchObject({ kecamatan: 'Arjasa', tahun_laporan: 2023, file: 'arjasa.txt', kode: null, raw: '1.\tLebih dari 100 %\tSANGAT BAIK' });
		expect(data.laporan.map((b) => [b.laporan_id, b.capaian_maks_100, b.capaian_maks_100_line])).toEqual([
			['arjasa-2023', true, 372],
			['patrang-2021', false, null]
		]);
	});

	it('keeps provenance and exact rupiah', () => {
		const program = data.anggaran.find((b) => b.level === 'program')!;
		expect(program.pagu).toBe(9_007_199_254_740_991);
		expect(program).toMatchObject({ file: 'arjasa.txt', line: 501, raw: 'Program Penunjang' });
		expect(data.peringatan[0]).toEqual({
			laporan_id: 'arjasa-2023',
			kecamatan: 'Arjasa',
			kode_kecamatan: '35.09.22',
			tahun_laporan: 2023,
			file: 'arjasa.txt',
			line: 77,
			page: null,
			letak: null,
			pesan: 'angka "337.369.33" tidak dikenali'
		});
	});

	it('publishes serapan once, from the exact rupiah, on every budget row', () => {
		// sample.ts: belanja operasi pagu 3.000.000.000, realisasi 2.900.000.000 → 96,666…%;
		// the other year's total 3.100.000.000 / 3.000.000.000 → 96,774…% (the report prints 96,77)
		expect(data.belanja[0].serapan).toBeCloseTo(96.6667, 4);
		expect(data.anggaran_tahun_lain[0].serapan).toBeCloseTo(96.7742, 4);
		// a pagu beyond 2^53 − 1 is refused before; a row without realisasi has no serapan
		for (const b of data.anggaran) if (b.realisasi === null || b.pagu === null) expect(b.serapan).toBeNull();
	});

	it('lists every kecamatan of the reference with the years that have reports', () => {
		expect(data.kecamatan.map((b) => [b.kecamatan, b.ada_laporan, b.tahun_laporan])).toEqual([
			['Arjasa', true, [2023]],
			['Patrang', true, [2021]],
			['Puger', false, []]
		]);
	});

	it('sorts the years of one kecamatan', () => {
		const d = datasetRows([laporan('b.txt', 'Puger', 2023), laporan('a.txt', 'Puger', 2020)], MASTER);
		expect(d.kecamatan.find((b) => b.kecamatan === 'Puger')!.tahun_laporan).toEqual([2020, 2023]);
	});
});

describe('rows that violate the schema', () => {
	it('names file and line for a rupiah beyond the safe integers', () => {
		const l = laporan('arjasa.txt', 'Arjasa', 2023);
		l.anggaran[1].pagu = 2 ** 53;
		expect(() => reportRows(l, MASTER)).toThrow(/^arjasa\.txt baris 501: kolom "pagu" tabel anggaran harus bilangan bulat/);
	});

	it('refuses rupiah with a fraction', () => {
		const l = laporan('arjasa.txt', 'Arjasa', 2023);
		l.belanja[0].realisasi = 1000.5;
		expect(() => reportRows(l, MASTER)).toThrow(/arjasa\.txt baris 510: kolom "realisasi" tabel belanja/);
	});

	it('refuses an implausible year', () => {
		const l = laporan('arjasa.txt', 'Arjasa', 2023);
		l.ikm[0].tahun = 1850;
		expect(() => reportRows(l, MASTER)).toThrow(/arjasa\.txt baris 120: kolom "tahun" tabel ikm tahun 1850 tidak masuk akal/);
		expect(() => reportRows(laporan('x.txt', 'Arjasa', new Date().getFullYear() + 1), MASTER)).toThrow(/x\.txt: kolom "tahun" tabel laporan/);
	});

	it('refuses a missing required value', () => {
		const l = laporan('arjasa.txt', 'Arjasa', 2023);
		(l.indikator[0] as { indikator: string | null }).indikator = null;
		expect(() => reportRows(l, MASTER)).toThrow(/arjasa\.txt baris 300: kolom "indikator" tabel indikator wajib diisi/);
	});

	it('refuses a non-finite measurement and a line number below 1', () => {
		const l = laporan('arjasa.txt', 'Arjasa', 2023);
		l.indikator[0].capaian = Number.POSITIVE_INFINITY;
		expect(() => reportRows(l, MASTER)).toThrow(/baris 300: kolom "capaian" tabel indikator harus angka/);
		const m = laporan('arjasa.txt', 'Arjasa', 2023);
		m.profil[0].line = 0;
		expect(() => reportRows(m, MASTER)).toThrow(/kolom "line" tabel profil nomor baris harus mulai dari 1/);
	});

	it('refuses unknown columns', () => {
		expect(() =>
			validateRow(tabel('peringatan'), { laporan_id: 'a-2023', kecamatan: 'A', tahun_laporan: 2023, file: 'a.txt', line: 3, pesan: 'x', lain: 1 })
		).toThrow(/a\.txt baris 3: tabel peringatan tidak punya kolom "lain"/);
	});
});

describe('reports the build cannot use', () => {
	it('names the file that is not a LKIP', () => {
		expect(() => datasetRows([laporan('resep.txt', null, null)], MASTER)).toThrow(/^resep\.txt: nama kecamatan dan tahun laporan tidak ditemukan/);
		expect(() => datasetRows([laporan('resep.txt', 'Arjasa', null)], MASTER)).toThrow(/^resep\.txt: tahun laporan tidak ditemukan/);
	});

	it('names a kecamatan missing from the reference', () => {
		expect(() => datasetRows([laporan('x.txt', 'Atlantis', 2023)], MASTER)).toThrow(/x\.txt: kecamatan "Atlantis" tidak ada dalam daftar referensi/);
	});

	it('names both files of a duplicate kecamatan and year', () => {
		expect(() => datasetRows([laporan('a.txt', 'Arjasa', 2023), laporan('b.txt', 'ARJASA', 2023)], MASTER)).toThrow(
			/b\.txt: laporan kecamatan dan tahun yang sama \(arjasa-2023\) sudah dibaca dari a\.txt/
		);
	});

	it('validates rows from extra producers (the audit hook)', () => {
		const bad = () => ({
			peringatan: [{ laporan_id: 'arjasa-2023', kecamatan: 'Arjasa', kode_kecamatan: '35.09.22', tahun_laporan: 2023, file: 'a.txt', line: 9, pesan: null }]
		});
		expect(() => datasetRows([laporan('a.txt', 'Arjasa', 2023)], MASTER, [bad])).toThrow(/a\.txt baris 9: kolom "pesan" tabel peringatan wajib diisi/);
		const baik = () => ({
			peringatan: [{ laporan_id: 'arjasa-2023', kecamatan: 'Arjasa', kode_kecamatan: '35.09.22', tahun_laporan: 2023, file: 'a.txt', line: 9, pesan: 'audit' }]
		});
		expect(datasetRows([laporan('a.txt', 'Arjasa', 2023)], MASTER, [baik]).peringatan.map((b) => b.pesan)).toEqual([
			'angka "337.369.33" tidak dikenali',
			'audit'
		]);
	});
});
