/**
 * Issue 12's queries on both engines, over the dataset of the five reports: the
 * efficiency quadrant, per-capita figures and the changes against the previous year
 * hold the figures the reports print. Expected values are read off data/lkip/*.txt
 * (1-based lines cited beside them) and computed here by hand from those printed figures.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMasterData } from '../../scripts/master-data';
import { writeDataset } from '../../scripts/write-parquet';
import { extractReport } from '../../src/lib/lkip/extract';
import type { Executor } from '../../src/lib/query/executor';
import * as q from '../../src/lib/query/sql';
import { QUADRANTS, OWN_QUADRANT } from '../../src/lib/domain/analytics';
import { datasetRows } from '../../src/lib/store/rows';
import { ENGINES, ENGINE_TIMEOUT } from '../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'query-analisis-'));
const laporan = readdirSync('data/lkip')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref));
const db: Executor[] = [];

beforeAll(async () => {
	await writeDataset(tmp, datasetRows(laporan, ref));
	for (const m of ENGINES) db.push(await m.open(tmp));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(ENGINES.map((m, i) => [m.nama, i] as const))('%s', (_nama, i) => {
	test(
		'kuadran 2023: capaian rata-rata tabel pengukuran dan serapan total anggaran, median tiga kecamatan',
		async () => {
			const rows = await db[i].query(q.sqlEfficiency(null, [2023]));
			const per = Object.fromEntries(rows.map((r) => [r.kecamatan as string, r]));
			// arjasa-2023.txt 395–398: capaian 100%, 97.5%, 100%, 100%; 707 (total): pagu 3.585.414.963, realisasi 3.064.347.153
			const arjasa = { c: mean([100, 97.5, 100, 100]), s: (3064347153 * 100) / 3585414963 };
			// patrang-2023.txt 439–445: 100%, 100%, 100%, 100%, 76,25%, 100%; 846: 15.170.568.935 / 12.564.365.145
			const patrang = { c: mean([100, 100, 100, 100, 76.25, 100]), s: (12564365145 * 100) / 15170568935 };
			// puger-2023.txt 428–431: 100%, 91%, 100 %, 100 %; 791: 4.060.244.146 / 3.648.593.974
			const puger = { c: mean([100, 91, 100, 100]), s: (3648593974 * 100) / 4060244146 };
			for (const [name, e] of [
				['Arjasa', arjasa],
				['Patrang', patrang],
				['Puger', puger]
			] as const) {
				expect(per[name].capaian).toBeCloseTo(e.c, 9);
				expect(per[name].serapan).toBeCloseTo(e.s, 9);
			}
			// printed: Arjasa 85,47% (line 88), Patrang 82,82% (79), Puger 89,86% (80)
			expect([per.Arjasa.serapan, per.Patrang.serapan, per.Puger.serapan].map((x) => Math.round((x as number) * 100) / 100)).toEqual([85.47, 82.82, 89.86]);
			expect(per.Arjasa.median_capaian).toBeCloseTo(puger.c, 9);
			expect(per.Arjasa.median_serapan).toBeCloseTo(arjasa.s, 9);
			expect(per.Arjasa.kuadran).toBe(QUADRANTS.tinggi_tinggi);
			expect(per.Puger.kuadran).toBe(QUADRANTS.tinggi_tinggi);
			expect(per.Patrang.kuadran).toBe(QUADRANTS.rendah_rendah);
			// Pakusari 2021 prints its capaian as words ("Baik", pakusari-2021.txt 350–352): no point
			const all = await db[i].query(q.sqlEfficiency(null, null));
			expect(all.some((r) => r.kecamatan === 'Pakusari')).toBe(false);
			// balung-2020.txt 304–305: 66%, 79%; alone in 2020
			const balung = all.find((r) => r.kecamatan === 'Balung')!;
			expect(balung.capaian).toBeCloseTo(mean([66, 79]), 9);
			expect(balung.kuadran).toBe(OWN_QUADRANT);
		},
		ENGINE_TIMEOUT
	);

	test(
		'per penduduk dari bilangan bulat yang tercetak',
		async () => {
			const rows = await db[i].query(q.sqlPerCapita(['arjasa', 'patrang', 'pakusari'], [2021, 2023]));
			const per = Object.fromEntries(rows.map((r) => [`${r.kecamatan} ${r.tahun}`, r]));
			// arjasa-2023.txt 240: "Jumlah penduduk ... sebanyak 48.535 Jiwa"; 238: luas 3.895 ha; 242: 6 desa; 656: 23 orang
			const a = per['Arjasa 2023'];
			expect(a.pagu).toBe(3585414963);
			expect(a.penduduk).toBe(48535);
			expect(a.pagu_per_penduduk).toBe(3585414963 / 48535);
			expect(a.realisasi_per_penduduk).toBe(3064347153 / 48535);
			expect(a.pegawai_per_1000).toBeCloseTo((23 * 1000) / 48535, 12);
			expect(a.pagu_per_desa).toBe(3585414963 / 6);
			expect(a.desa_dari).toBe('laporan');
			expect(a.kepadatan).toBeCloseTo(48535 / 38.95, 9);
			expect([a.line, a.profil_tahun]).toEqual([240, 2023]);
			// patrang-2023.txt 253: 102.388 jiwa; 255: 8 kelurahan; 174: 131 orang
			const p = per['Patrang 2023'];
			expect(p.pagu_per_penduduk).toBe(15170568935 / 102388);
			expect(p.pagu_per_desa).toBe(15170568935 / 8);
			expect(p.pegawai_per_1000).toBeCloseTo((131 * 1000) / 102388, 12);
			// pakusari-2021.txt prints no population: no per-capita figure, desa from the Kemendagri reference
			const k = per['Pakusari 2021'];
			expect([k.penduduk, k.pagu_per_penduduk]).toEqual([null, null]);
			expect(k.desa_dari).toBe('referensi Kemendagri');
		},
		ENGINE_TIMEOUT
	);

	test(
		'perubahan dari tahun sebelumnya, dan himpunan kecamatan yang berbeda disebut',
		async () => {
			const ikm = await db[i].query(q.sqlIkmTrend(['arjasa', 'puger']));
			const r = (k: string, t: number) => ikm.find((x) => x.kecamatan === k && x.tahun === t)!;
			// arjasa-2023.txt 416: 2022 83,24 and 2023 82,89 → −0,35
			expect(r('Arjasa', 2023).selisih).toBeCloseTo(82.89 - 83.24, 9);
			// puger-2023.txt 484: 2022 82,5, 2023 81,9 → −0,6
			expect(r('Puger', 2023).selisih).toBeCloseTo(81.9 - 82.5, 9);
			expect(r('Arjasa', 2021).selisih).toBeNull();
			// 2022 has Arjasa, Patrang, Puger (from the 2023 reports' comparison tables), 2021 Arjasa and Pakusari: only Arjasa is in both
			const rata2022 = ikm.find((x) => x.rata && x.tahun === 2022)!;
			expect(rata2022.selisih).toBeCloseTo(83.24 - 80.37, 9);
			expect(rata2022.catatan_selisih).toBe('perubahan atas 1 kecamatan yang ada di kedua tahun (tahun ini 3, tahun sebelumnya 2)');
			const serapan = await db[i].query(q.sqlSerapanTrend(['arjasa']));
			// arjasa-2023.txt 711: 2022 Rp 3.232.811.959 → 3.068.395.340 (94,91 %); 2023 85,47%
			const s2023 = serapan.find((x) => x.kecamatan === 'Arjasa' && x.tahun === 2023)!;
			expect(s2023.selisih).toBeCloseTo((3064347153 * 100) / 3585414963 - (3068395340 * 100) / 3232811959, 9);
			const rank = await db[i].query(q.sqlIkmRanking(2023));
			// the grade is stored: 82,89, 81,9 and 80 are all B (76,61–88,30)
			expect(rank.map((x) => [x.kecamatan, x.mutu_baku])).toEqual([
				['Arjasa', 'B (Baik)'],
				['Puger', 'B (Baik)'],
				['Patrang', 'B (Baik)']
			]);
			// Puger measured by a manual survey (puger-2023.txt 486), the other two by SUKMA-e (arjasa 470, patrang 514)
			expect(rank.map((x) => [x.kecamatan, x.metode_lain])).toEqual([
				['Arjasa', false],
				['Puger', true],
				['Patrang', false]
			]);
		},
		ENGINE_TIMEOUT
	);

	test(
		'nilai per unsur: 14 unsur Pakusari 2021 dalam urutan tercetak, tidak ada untuk kecamatan lain',
		async () => {
			const rows = await db[i].query(q.sqlIkmUnsur('pakusari'));
			// pakusari-2021.txt 414 "1	Persyaratan	70	Baik", 422 "9	Penanganan pengaduan dan saran	47,5	baik", 427 "14	Keamanan	92,5	Sangat Baik"
			expect(rows).toHaveLength(14);
			expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 14 }, (_, n) => n + 1));
			expect([rows[0], rows[8], rows[13]].map((r) => [r.tahun, r.unsur, r.nilai, r.nilai_raw, r.predikat, r.line, r.unggahan])).toEqual([
				[2021, 'Persyaratan', 70, '70', 'Baik', 414, false],
				[2021, 'Penanganan pengaduan dan saran', 47.5, '47,5', 'baik', 422, false],
				[2021, 'Keamanan', 92.5, '92,5', 'Sangat Baik', 427, false]
			]);
			expect(await db[i].query(q.sqlIkmUnsur('arjasa'))).toEqual([]);
		},
		ENGINE_TIMEOUT
	);
});
