/**
 * The dashboard's SQL on both engines (tests/fixtures/mesin.ts), on the invented
 * dataset of tests/fixtures/dataset-contoh.ts: literals are escaped, figures are
 * computed from exact amounts, ranking and comparisons come out as the page needs them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Eksekutor } from '../../src/lib/query/eksekutor';
import { nilaiBiasa } from '../../src/lib/query/eksekutor';
import { muatBeranda, muatKecamatan, muatPerbandingan } from '../../src/lib/query/muat';
import { litInt, litTeks, sqlKecamatan } from '../../src/lib/query/sql';
import { tulisDataset } from '../fixtures/dataset';
import { dataContoh } from '../fixtures/dataset-contoh';
import { MESIN, MESIN_TIMEOUT } from '../fixtures/mesin';

let dir: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-query-'));
	await tulisDataset(dir, dataContoh());
}, 60_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('literal', () => {
	test('bilangan harus bilangan bulat aman', () => {
		expect(() => litInt(2023.5)).toThrow();
		expect(() => litInt(Number.NaN)).toThrow();
		expect(litInt(2023)).toBe('2023');
	});
	test('BIGINT di luar batas aman ditolak, bukan dibulatkan', () => {
		expect(nilaiBiasa(9007199254740991n, 'pagu')).toBe(9007199254740991);
		expect(() => nilaiBiasa(9007199254740993n, 'pagu')).toThrow(/pagu/);
	});
});

describe.each(MESIN)('$nama', { timeout: MESIN_TIMEOUT }, ({ buka }) => {
	let db: Eksekutor;
	beforeAll(async () => {
		db = await buka(dir);
	}, 60_000);

	describe('literal', () => {
		test('teks dengan petik tidak bisa keluar dari literal', async () => {
			expect(litTeks("O'Brien")).toBe("'O''Brien'");
			const [r] = await db.kueri(`SELECT ${litTeks("x'); DROP TABLE ikm; --")} AS t`);
			expect(r.t).toBe("x'); DROP TABLE ikm; --");
			expect(await db.kueri(sqlKecamatan("arjasa' OR '1'='1"))).toEqual([]);
		});
	});

	describe('beranda', () => {
		test('tahun bawaan adalah tahun laporan terbaru; peringkat IKM dari yang tertinggi', async () => {
			const d = await muatBeranda(db);
			expect(d.tahunTersedia).toEqual([2022, 2023]);
			expect(d.tahun).toBe(2023);
			const ikm = d.peringkatIkm.tabel;
			expect(ikm.map((r) => [r.kecamatan, r.realisasi])).toEqual([
				['Puger', 86.68],
				['Arjasa', 82.89]
			]);
			// few kecamatan: the chart draws every one, the table holds every row
			expect(d.peringkatIkm.grafik).toEqual(ikm);
			expect(d.peringkatIkm).toMatchObject({ jumlahKecamatan: 2, jumlahBaris: 2 });
			// the year before comes from the comparison table of the same report
			expect(ikm[1].realisasi_lalu).toBeCloseTo(80.39, 10);
			expect(ikm[0].rata_kabupaten).toBeCloseTo((86.68 + 82.89) / 2, 10);
			expect(ikm[1]).toMatchObject({ file: 'arjasa-2023.txt', line: 396 });
		});

		test('serapan dihitung dari rupiah persis, dan jumlah kabupaten dari jumlah rupiah', async () => {
			const d = await muatBeranda(db, { tahun: 2023 });
			const arjasa = d.serapan.tabel.find((r) => r.kecamatan === 'Arjasa')!;
			expect(arjasa.pagu).toBe(3_321_456_789);
			expect(arjasa.realisasi).toBe(2_900_123_456);
			expect(arjasa.serapan).toBe((2_900_123_456 * 100) / 3_321_456_789);
			expect(d.kpi?.pagu).toBe(3_321_456_789 + 4_100_000_000);
			expect(d.kpi?.serapan).toBeCloseTo(((2_900_123_456 + 3_950_000_000) * 100) / (3_321_456_789 + 4_100_000_000), 10);
			expect(d.kpi?.kecamatan_berlaporan).toBe(3);
			expect(d.kpi?.jumlah_kecamatan).toBe(31);
			expect(d.kpi?.indikator_tercapai).toBe(3);
			expect(d.kpi?.indikator_jumlah).toBe(4);
		});

		test('tahun yang tidak ada jatuh ke tahun bawaan', async () => {
			expect((await muatBeranda(db, { tahun: 1999 })).tahun).toBe(2023);
		});
	});

	describe('perbandingan', () => {
		test('bawaan: semua kecamatan berlaporan; pilihan yang tidak dikenal diabaikan', async () => {
			const d = await muatPerbandingan(db);
			expect(d.kecamatan.sort()).toEqual(['arjasa', 'balung', 'puger']);
			const p = await muatPerbandingan(db, { kecamatan: ['arjasa', 'bukan-kecamatan'], tahun: [2023, 1990], indikator: 'ikm' });
			expect(p.kecamatan).toEqual(['arjasa']);
			expect(p.tahun).toEqual([2023]);
			expect(p.capaian.map((r) => r.kunci)).toEqual(['ikm']);
			expect(p.trenIkm.filter((r) => !r.rata).map((r) => [r.tahun, r.realisasi])).toEqual([
				[2022, 80.39],
				[2023, 82.89]
			]);
			const rata = p.trenIkm.filter((r) => r.rata);
			expect(rata.find((r) => r.tahun === 2023)?.realisasi).toBeCloseTo((86.68 + 82.89) / 2, 10);
		});
	});

	describe('kecamatan', () => {
		test('pohon anggaran berurutan dengan sumbernya; kecamatan tanpa laporan kosong', async () => {
			const d = await muatKecamatan(db, 'arjasa');
			expect(d.pohon.map((r) => r.level)).toEqual(['total', 'program', 'kegiatan', 'subkegiatan', 'program']);
			expect(d.pohon.every((r) => r.file === 'arjasa-2023.txt' && typeof r.line === 'number')).toBe(true);
			const kosong = await muatKecamatan(db, 'jombang');
			expect(kosong.kecamatan?.kecamatan).toBe('Jombang');
			expect(kosong.laporan).toEqual([]);
			expect(kosong.ikm).toEqual([]);
		});

		test('skala predikat laporan: tingkat berurutan dengan barisnya; laporan tanpa skala tidak punya baris', async () => {
			const d = await muatKecamatan(db, 'arjasa');
			expect(d.skala.map((r) => [r.tahun, r.urutan, r.kode, r.label, r.bawah, r.atas, r.file, r.line])).toEqual([
				[2023, 1, 'AA', 'Sangat Memuaskan', 90, 100, 'arjasa-2023.txt', 364],
				[2023, 2, 'A', 'Memuaskan', 80, 90, 'arjasa-2023.txt', 365],
				[2023, 3, 'BB', 'Sangat Baik', 70, 80, 'arjasa-2023.txt', 366],
				[2023, 4, 'B', 'Baik', 60, 70, 'arjasa-2023.txt', 367],
				[2023, 5, 'D', 'Sangat Kurang', 0, 60, 'arjasa-2023.txt', 368]
			]);
			expect((await muatKecamatan(db, 'balung')).skala).toEqual([]);
		});
	});
});
