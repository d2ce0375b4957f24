/**
 * Issue 9 on the query layer, on both engines: the kabupaten IKM the reports print
 * (one value per year by domain/ikm-kabupaten.ts, the others said beside it),
 * and programs lined up by their Permendagri 90/2019 code. Data: the invented
 * dataset of tests/fixtures/dataset-sample.ts plus rows written here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Executor } from '../../../src/lib/query/executor';
import * as q from '../../../src/lib/query/sql';
import { KABUPATEN_IKM_NAME } from '../../../src/lib/domain/ikm-kabupaten';
import { writeTestDataset } from '../../fixtures/dataset';
import { sampleDataset } from '../../fixtures/dataset-sample';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const kunci = (k: string, t: number, code: string) => ({ laporan_id: `${k.toLowerCase()}-${t}`, kecamatan: k, kode_kecamatan: code, tahun_laporan: t });

function data() {
	const d = sampleDataset();
	const code = (name: string) => d.kecamatan.find((k) => k.kecamatan === name)!.kode as string;
	const kab = (k: string, t: number, tahun: number, realisasi: number, raw: string, line: number) => ({
		...kunci(k, t, code(k)),
		tahun,
		kabupaten: 'Jember',
		realisasi,
		realisasi_raw: raw,
		bagian: 'pengukuran',
		file: `${k.toLowerCase()}-${t}.txt`,
		line,
		raw: `IKM Kabupaten Jember ${raw}`
	});
	d.ikm_kabupaten = [
		// 2023: two reports agree (one prints it twice: counted once)
		kab('Arjasa', 2023, 2023, 86.34, '86,34', 476),
		kab('Puger', 2023, 2023, 86.34, '86,34', 518),
		kab('Puger', 2023, 2023, 86.34, '86,34', 530),
		// 2022: one report each, different values: the newer report's is used, the other is said
		kab('Balung', 2022, 2022, 85.1, '85,10', 480),
		kab('Arjasa', 2023, 2022, 85, '85,00', 477)
	];
	// Puger prints the Penunjang program in another wording; both carry code 7.01.01
	for (const a of d.anggaran) {
		if (a.level !== 'program') continue;
		const penunjang = String(a.uraian).includes('Penunjang');
		if (penunjang && a.kecamatan === 'Puger') a.uraian = 'Penunjang Urusan pemerintahan Kabupaten/Kota Daerah';
		a.kode_program = penunjang ? '7.01.01' : '7.01.02';
		a.program_baku = penunjang ? 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' : 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik';
	}
	return d;
}

for (const mesin of ENGINES)
	describe(mesin.nama, () => {
		let dir: string;
		let db: Executor;
		beforeAll(async () => {
			dir = await mkdtemp(join(tmpdir(), 'dasbor-kab-'));
			await writeTestDataset(dir, data());
			db = await mesin.open(dir);
		}, ENGINE_TIMEOUT);
		afterAll(async () => {
			await rm(dir, { recursive: true, force: true });
		});

		test(
			'peringkat 2023 membawa IKM kabupaten tercetak dan semua letaknya',
			async () => {
				const rows = await db.query(q.sqlIkmRanking(2023));
				expect(rows.length).toBe(2);
				for (const r of rows) {
					expect(r).toMatchObject({
						ikm_kabupaten: 86.34,
						ikm_kabupaten_raw: '86,34',
						ikm_kabupaten_nama: 'Jember',
						ikm_kabupaten_laporan: 2,
						ikm_kabupaten_beda: null
					});
					expect(r.ikm_kabupaten_sumber).toBe('arjasa-2023.txt baris 476, puger-2023.txt baris 518');
				}
			},
			ENGINE_TIMEOUT
		);

		test(
			'2022: laporan berbeda pendapat; nilai laporan terbaru dipakai dan nilai lainnya disebut',
			async () => {
				const rows = await db.query(q.sqlIkmTrend(['arjasa'], [2022, 2023]));
				const kab = rows.filter((r) => r.kabupaten === true).map((r) => [r.kecamatan, r.tahun, r.realisasi, r.raw, r.beda]);
				expect(kab).toEqual([
					[KABUPATEN_IKM_NAME, 2022, 85, 'arjasa-2023.txt baris 477', '85,10 (balung-2022.txt baris 480)'],
					[KABUPATEN_IKM_NAME, 2023, 86.34, 'arjasa-2023.txt baris 476, puger-2023.txt baris 518', null]
				]);
				// the mean of the kecamatan stays beside it, with its count
				expect(rows.filter((r) => r.rata === true && r.kabupaten === false).map((r) => r.jumlah_rata)).toEqual([3, 2]);
			},
			ENGINE_TIMEOUT
		);

		test(
			'tahun tanpa IKM kabupaten tercetak: tidak ada angka kabupaten',
			async () => {
				const rows = await db.query(q.sqlIkmRanking(2021));
				expect(rows.length).toBeGreaterThan(0);
				for (const r of rows) expect(r.ikm_kabupaten).toBeNull();
			},
			ENGINE_TIMEOUT
		);

		test(
			'program dengan nama tercetak berbeda disejajarkan menurut kodenya',
			async () => {
				const rows = await db.query(q.sqlProgramComposition(['arjasa', 'puger'], [2023]));
				const penunjang = rows.filter((r) => r.kode_program === '7.01.01');
				expect(penunjang.map((r) => [r.kecamatan, r.program, r.program_tercetak])).toEqual([
					['Arjasa', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Program Penunjang Urusan Pemerintahan'],
					['Puger', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Penunjang Urusan pemerintahan Kabupaten/Kota Daerah']
				]);
				expect(new Set(rows.map((r) => r.program)).size).toBe(2);
			},
			ENGINE_TIMEOUT
		);
	});
