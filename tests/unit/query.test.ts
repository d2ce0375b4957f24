/**
 * The dashboard's SQL on both engines (@duckdb/node-api and DuckDB-WASM), on the invented dataset of
 * tests/fixtures/dataset-sample.ts: literals are escaped, figures are computed from
 * exact amounts, ranking and comparisons come out as the page needs them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Executor } from '../../src/lib/query/executor';
import { plainValue } from '../../src/lib/query/executor';
import { loadHome, loadKecamatan, loadComparison } from '../../src/lib/query/page-data';
import { litInt, litText, sqlKecamatan, sqlInsertUpload } from '../../src/lib/query/sql';
import { tabel } from '../../src/lib/store/schema';
import { changeText } from '../../src/lib/domain/comparisons';
import { writeTestDataset } from '../fixtures/dataset';
import { sampleDataset } from '../fixtures/dataset-sample';
import { ENGINES, ENGINE_TIMEOUT } from '../fixtures/engines';

// the whole suite once per engine (tests/fixtures/engines.ts), with the same expected values
for (const mesin of ENGINES)
	describe(mesin.nama, { timeout: ENGINE_TIMEOUT }, () => {
		let dir: string;
		let db: Executor;

		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'dasbor-query-'));
			await writeTestDataset(dir, sampleDataset());
			db = await mesin.open(dir);
		}, ENGINE_TIMEOUT);
		afterAll(async () => {
			await rm(dir, { recursive: true, force: true });
		});

		describe('literal', () => {
			test('teks dengan petik tidak bisa keluar dari literal', async () => {
				expect(litText("O'Brien")).toBe("'O''Brien'");
				const [r] = await db.query(`SELECT ${litText("x'); DROP TABLE ikm; --")} AS t`);
				expect(r.t).toBe("x'); DROP TABLE ikm; --");
				expect(await db.query(sqlKecamatan("arjasa' OR '1'='1"))).toEqual([]);
			});
			test('bilangan harus bilangan bulat aman', () => {
				expect(() => litInt(2023.5)).toThrow();
				expect(() => litInt(Number.NaN)).toThrow();
				expect(litInt(2023)).toBe('2023');
			});
			test('BIGINT di luar batas aman tetap bigint yang tepat, bukan dibulatkan (issue 14)', () => {
				expect(plainValue(9007199254740991n, 'pagu')).toBe(9007199254740991);
				// 2^53 + 1 has no double of its own: as a number it would read 9007199254740992
				expect(plainValue(9007199254740993n, 'pagu')).toBe(9007199254740993n);
				expect(plainValue(-9007199254740993n, 'pagu')).toBe(-9007199254740993n);
			});
		});

		describe('beranda', () => {
			test('tahun bawaan adalah tahun laporan terbaru; peringkat IKM dari yang tertinggi', async () => {
				const d = await loadHome(db);
				// 2021 has no report, but Balung's 2022 report states its 2021 IKM and budget
				expect(d.tahunTersedia).toEqual([2021, 2022, 2023]);
				expect(d.tahunLaporan).toEqual([2022, 2023]);
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
				expect(ikm[0].rata_kecamatan).toBeCloseTo((86.68 + 82.89) / 2, 10);
				expect(ikm[1]).toMatchObject({ file: 'arjasa-2023.txt', line: 396 });
			});

			test('serapan dihitung dari rupiah persis, dan jumlah kabupaten dari jumlah rupiah', async () => {
				const d = await loadHome(db, { tahun: 2023 });
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
				expect((await loadHome(db, { tahun: 1999 })).tahun).toBe(2023);
			});
		});

		describe('perbandingan', () => {
			test('bawaan: semua kecamatan berlaporan; pilihan yang tidak dikenal diabaikan', async () => {
				const d = await loadComparison(db);
				expect(d.kecamatan.sort()).toEqual(['arjasa', 'balung', 'puger']);
				const p = await loadComparison(db, { kecamatan: ['arjasa', 'bukan-kecamatan'], tahun: [2023, 1990], indikator: 'ikm' });
				expect(p.kecamatan).toEqual(['arjasa']);
				expect(p.tahun).toEqual([2023]);
				expect(p.capaian.map((r) => r.kunci)).toEqual(['ikm']);
				// the chosen year applies to the trends too
				expect(p.trenIkm.filter((r) => !r.rata).map((r) => [r.tahun, r.realisasi])).toEqual([[2023, 82.89]]);
				const all = await loadComparison(db, { kecamatan: ['arjasa'] });
				expect(all.trenIkm.filter((r) => !r.rata).map((r) => [r.tahun, r.realisasi])).toEqual([
					[2022, 80.39],
					[2023, 82.89]
				]);
				const average = p.trenIkm.filter((r) => r.rata);
				expect(average.find((r) => r.tahun === 2023)?.realisasi).toBeCloseTo((86.68 + 82.89) / 2, 10);
			});
		});

		describe('perubahan pada kecamatan yang sama (issue 9 item 2)', () => {
			test('IKM dan serapan dibanding tahun lalu hanya atas kecamatan yang punya angka di kedua tahun', async () => {
				const { kpi } = await loadHome(db, { tahun: 2023 });
				// 2023: Arjasa 82,89 and Puger 86,68; their 2022 values 80,39 and 84,18 (Balung's 2022 80,1 has no 2023)
				expect(kpi?.ikm_sama_jumlah).toBe(2);
				expect(kpi?.ikm_median_sama).toBeCloseTo((82.89 + 86.68) / 2, 10);
				expect(kpi?.ikm_median_lalu_sama).toBeCloseTo((80.39 + 84.18) / 2, 10);
				expect(kpi?.serapan_sama_jumlah).toBe(2);
				expect(kpi?.serapan_sama).toBeCloseTo(((2_900_123_456 + 3_950_000_000) * 100) / (3_321_456_789 + 4_100_000_000), 10);
				expect(kpi?.serapan_lalu_sama).toBeCloseTo(((2_700_123_456 + 3_750_000_000) * 100) / (3_221_456_789 + 4_000_000_000), 10);
				expect(kpi?.serapan_jumlah).toBe(2);
			});

			test('tanpa kecamatan di kedua tahun tidak ada perubahan yang disebut', async () => {
				const { kpi } = await loadHome(db, { tahun: 2022 });
				// 2022 figures: Balung (its own report), Arjasa and Puger (2023 comparison tables); 2021: Balung only
				expect(kpi?.ikm_sama_jumlah).toBe(1);
				expect(changeText(null, 80, 0, 2021)).toBeNull();
				expect(changeText(84.785, 82.285, 2, 2022, ' poin')?.teks).toBe('naik 2,50 poin dibanding 2022 (2 kecamatan yang sama di kedua tahun)');
				expect(changeText(80, 91.74, 3, 2022, ' poin')?.teks).toBe('turun 11,74 poin dibanding 2022 (3 kecamatan yang sama di kedua tahun)');
			});
		});

		describe('data unggahan pada angka utama (issue 9 item 9)', () => {
			test('kecamatan dan laporan yang hanya ada di unggahan dihitung terpisah, agar ubin menyebutnya', async () => {
				const dir2 = await mkdtemp(join(tmpdir(), 'dasbor-unggah-'));
				try {
					await writeTestDataset(dir2, sampleDataset());
					const db2 = await mesin.open(dir2);
					// an IKM-only upload for Silo 2023 (35.09.30), a kecamatan without published reports
					await db2.query(
						sqlInsertUpload(tabel('laporan'), [
							{
								laporan_id: 'silo-2023',
								file: 'ikm-silo.csv',
								kecamatan: 'Silo',
								kode_kecamatan: '35.09.30',
								kabupaten: null,
								tahun: 2023,
								jumlah_indikator: 0,
								jumlah_anggaran: 0,
								jumlah_peringatan: 0,
								capaian_maks_100: false
							}
						])
					);
					const { kpi } = await loadHome(db2, { tahun: 2023 });
					expect(kpi?.kecamatan_berlaporan).toBe(4);
					expect(kpi?.kecamatan_unggahan).toBe(1);
					expect(kpi?.kecamatan_unggahan_tahun).toBe(1);
					const { kpi: k0 } = await loadHome(db, { tahun: 2023 });
					expect([k0?.kecamatan_unggahan, k0?.kecamatan_unggahan_tahun]).toEqual([0, 0]);
				} finally {
					await rm(dir2, { recursive: true, force: true });
				}
			});
		});

		describe('tahun yang dapat dipilih (issue 9 item 8)', () => {
			test('tahun yang hanya dikutip laporan lain dapat dipilih dan menampilkan angkanya', async () => {
				// Balung's 2022 report states its 2021 IKM (80,1 − 2,5 = 77,6 in the invented dataset)
				const d = await loadHome(db, { tahun: 2021 });
				expect(d.tahun).toBe(2021);
				expect(d.peringkatIkm.tabel.map((r) => [r.kecamatan, r.realisasi])).toEqual([['Balung', 77.6]]);
				expect(d.kpi?.kecamatan_berlaporan_tahun).toBe(0);
			});

			test('tahun pilihan Perbandingan berlaku untuk keempat grafik', async () => {
				const p = await loadComparison(db, { kecamatan: ['arjasa', 'puger'], tahun: [2023] });
				for (const list of [p.trenIkm, p.trenSerapan, p.komposisi, p.capaian]) {
					expect(list.length).toBeGreaterThan(0);
					expect(new Set(list.map((r) => r.tahun))).toEqual(new Set([2023]));
				}
			});
		});

		describe('pembanding (issue 9 item 1)', () => {
			// dataset-contoh: IKM 2023 Arjasa 82,89 and Puger 86,68; 2022 Balung 80,1 plus the
			// comparison-table values of the 2023 reports (Arjasa 80,39, Puger 84,18)
			test('di halaman kecamatan, pembanding IKM adalah rata-rata kecamatan LAIN, dengan jumlahnya', async () => {
				const d = await loadKecamatan(db, 'arjasa');
				const r2023 = d.ikm.find((r) => r.tahun === 2023)!;
				expect(r2023.rata_lain).toBeCloseTo(86.68, 10);
				expect(r2023.jumlah_lain).toBe(1);
				const r2022 = d.ikm.find((r) => r.tahun === 2022)!;
				expect(r2022.rata_lain).toBeCloseTo((84.18 + 80.1) / 2, 10);
				expect(r2022.jumlah_lain).toBe(2);
				const s = d.anggaranTahunan.find((r) => r.tahun === 2023)!;
				expect(s.serapan_lain).toBeCloseTo((3_950_000_000 * 100) / 4_100_000_000, 10);
				expect(s.jumlah_lain).toBe(1);
			});

			test('kecamatan satu-satunya yang berlaporan tidak punya pembanding (bukan dirinya sendiri)', async () => {
				const d = await loadKecamatan(db, 'balung');
				// Balung's own 2021 value (from its 2022 report's comparison table) is the only 2021 value
				const r2021 = d.ikm.find((r) => r.tahun === 2021)!;
				expect(r2021.jumlah_lain).toBe(0);
				expect(r2021.rata_lain).toBeNull();
			});

			test('garis rata-rata Perbandingan menyebut berapa kecamatan tiap tahun', async () => {
				const p = await loadComparison(db, { kecamatan: ['arjasa'] });
				const average = p.trenIkm.filter((r) => r.rata);
				expect(average.map((r) => [r.kecamatan, r.tahun, r.jumlah_rata])).toEqual([
					['Rata-rata kecamatan berlaporan', 2021, 1],
					['Rata-rata kecamatan berlaporan', 2022, 3],
					['Rata-rata kecamatan berlaporan', 2023, 2]
				]);
				expect(p.trenSerapan.filter((r) => r.rata).every((r) => String(r.kecamatan).startsWith('Gabungan'))).toBe(true);
			});
		});

		describe('kecamatan', () => {
			test('pohon anggaran berurutan dengan sumbernya; kecamatan tanpa laporan kosong', async () => {
				const d = await loadKecamatan(db, 'arjasa');
				expect(d.pohon.map((r) => r.level)).toEqual(['total', 'program', 'kegiatan', 'subkegiatan', 'program']);
				expect(d.pohon.every((r) => r.file === 'arjasa-2023.txt' && typeof r.line === 'number')).toBe(true);
				const empty = await loadKecamatan(db, 'jombang');
				expect(empty.kecamatan?.kecamatan).toBe('Jombang');
				expect(empty.laporan).toEqual([]);
				expect(empty.ikm).toEqual([]);
			});

			test('skala predikat laporan: tingkat berurutan dengan barisnya; laporan tanpa skala tidak punya baris', async () => {
				const d = await loadKecamatan(db, 'arjasa');
				expect(d.skala.map((r) => [r.tahun, r.urutan, r.kode, r.label, r.bawah, r.atas, r.file, r.line])).toEqual([
					[2023, 1, 'AA', 'Sangat Memuaskan', 90, 100, 'arjasa-2023.txt', 364],
					[2023, 2, 'A', 'Memuaskan', 80, 90, 'arjasa-2023.txt', 365],
					[2023, 3, 'BB', 'Sangat Baik', 70, 80, 'arjasa-2023.txt', 366],
					[2023, 4, 'B', 'Baik', 60, 70, 'arjasa-2023.txt', 367],
					[2023, 5, 'D', 'Sangat Kurang', 0, 60, 'arjasa-2023.txt', 368]
				]);
				expect((await loadKecamatan(db, 'balung')).skala).toEqual([]);
			});
		});
	});
