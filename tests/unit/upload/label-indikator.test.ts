/**
 * Issue 14, item 7: the heatmap labelled an indicator with min(indikator) over
 * the names printed for it, so an upload printing "Angka kepuasan masyarakat"
 * (which the mapping reads as the IKM) relabelled the IKM column for every
 * kecamatan. The label is the mapping's standard name now, published with each
 * row (indikator.indikator_baku); the printed name stays in the row, for the
 * tooltip and the table. On both engines (tests/fixtures/engines.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { writeDataset } from '../../../scripts/write-parquet';
import { capaianMatrixOption } from '../../../src/lib/charts';
import { extractReport } from '../../../src/lib/lkip/extract';
import type { Executor } from '../../../src/lib/query/executor';
import { sqlCapaianMatrix, sqlIndikatorList } from '../../../src/lib/query/sql';
import { datasetRows } from '../../../src/lib/store/rows';
import { readBytes } from '../../../src/lib/upload/import-file';
import { uploadRows, attachUploads } from '../../../src/lib/upload/merge';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

const ref = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'label-indikator-'));
// data/indikator.csv: "ikm,Indeks Kepuasan Masyarakat (IKM/SKM),positif,kepuasan masyarakat|ikm|skm|sukma"
const LABEL_IKM = 'Indeks Kepuasan Masyarakat (IKM/SKM)';
const TERCETAK = 'Angka kepuasan masyarakat';
const CSV = `kecamatan;tahun;indikator;target;realisasi;capaian\nSilo;2023;${TERCETAK};80;88;110\n`;

beforeAll(async () => {
	const laporan = ['arjasa-2023.txt', 'puger-2023.txt'].map((f) => extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref));
	await writeDataset(tmp, datasetRows(laporan, ref));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the standard name is published with every indicator row', () => {
	it('rows of a known indicator carry the label of data/indikator.csv, unknown ones none', () => {
		const h = readBytes('ikm.csv', new TextEncoder().encode(`${CSV}Silo;2023;Indikator yang tidak ada di peta;80;88;110\n`), ref);
		const [ikm, other] = uploadRows(h.laporan, ref).baris.indikator;
		expect([ikm.indikator, ikm.kunci, ikm.indikator_baku]).toEqual([TERCETAK, 'ikm', LABEL_IKM]);
		expect([other.kunci, other.indikator_baku]).toEqual([null, null]);
	});
});

describe.each(ENGINES)('$nama', { timeout: ENGINE_TIMEOUT }, ({ open }) => {
	let db: Executor;
	beforeAll(async () => {
		db = await open(tmp);
		const h = readBytes('ikm-silo.csv', new TextEncoder().encode(CSV), ref);
		expect(h.barisDiterima).toEqual([2]);
		await attachUploads(db, uploadRows(h.laporan, ref).baris);
	}, 60_000);
	afterAll(() => attachUploads(db, uploadRows([], ref).baris));

	it('an uploaded printed name does not relabel the heatmap; it stays in the row as tercetak', async () => {
		const ikm = (await db.query(sqlCapaianMatrix(2023))).filter((r) => r.kunci === 'ikm');
		expect(ikm.map((r) => r.kecamatan)).toEqual(expect.arrayContaining(['Silo', 'Arjasa', 'Puger']));
		expect(new Set(ikm.map((r) => r.label))).toEqual(new Set([LABEL_IKM]));
		expect(ikm.find((r) => r.kecamatan === 'Silo')).toMatchObject({ tercetak: TERCETAK, capaian: 110, unggahan: true });
		expect(ikm.filter((r) => r.kecamatan !== 'Silo').every((r) => typeof r.tercetak === 'string' && r.tercetak !== TERCETAK)).toBe(true);
	});

	it('the indicator chooser names it the same way', async () => {
		expect((await db.query(sqlIndikatorList())).find((r) => r.kunci === 'ikm')?.label).toBe(LABEL_IKM);
	});

	it("the heatmap's column is the standard name and the tooltip shows the printed one", async () => {
		const rows = await db.query(sqlCapaianMatrix(2023));
		const options = capaianMatrixOption(rows) as unknown as {
			xAxis: { data: string[] };
			tooltip: { formatter: (p: unknown) => string };
			series: { data: number[][] }[];
		};
		expect(options.xAxis.data).toContain(LABEL_IKM);
		expect(options.xAxis.data).not.toContain(TERCETAK);
		const i = rows.findIndex((r) => r.kunci === 'ikm' && r.kecamatan === 'Silo');
		const html = options.tooltip.formatter({ data: options.series[0].data[i], dataIndex: i, seriesIndex: 0 });
		expect(html).toContain(`${LABEL_IKM}: <b>110,00%</b>`);
		expect(html).toContain(`Tercetak: <b>${TERCETAK}</b>`);
	});
});
