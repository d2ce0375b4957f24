import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { datasetRows } from '../../../src/lib/store/rows';
import { TABLES } from '../../../src/lib/store/schema';
import { DatasetWriter, writeDataset, type Manifest } from '../../../scripts/write-parquet';
import { MASTER, laporan } from './sample';
import { partFilter, PARTITIONED_TABLES } from '../../../src/lib/query/partitions';

const akar = mkdtempSync(join(tmpdir(), 'tulis-'));
afterAll(() => rmSync(akar, { recursive: true, force: true }));

async function baca(sql: string): Promise<Record<string, unknown>[]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	try {
		return (await c.runAndReadAll(sql)).getRowObjects();
	} finally {
		c.closeSync();
		db.closeSync();
	}
}

describe('tulisDataset', () => {
	const tujuan = join(akar, 'data');
	const data = datasetRows([laporan('arjasa.txt', 'Arjasa', 2023), laporan('patrang.txt', 'Patrang', 2021)], MASTER);
	let manifest: Manifest;

	it('writes Parquet and CSV with content-hashed names and a manifest', async () => {
		manifest = await writeDataset(tujuan, data, { 'referensi.json': MASTER });
		expect(Object.keys(manifest.tabel)).toEqual(TABLES.map((t) => t.nama));
		for (const [name, t] of Object.entries(manifest.tabel)) {
			expect(t.parquet).toMatch(new RegExp(`^${name}\\.[0-9a-f]{8}\\.parquet$`));
			expect(t.csv).toMatch(new RegExp(`^${name}\\.[0-9a-f]{8}\\.csv$`));
			expect(t.baris).toBe(data[name].length);
		}
		expect(JSON.parse(readFileSync(join(tujuan, 'manifest.json'), 'utf8'))).toEqual(manifest);
		expect(JSON.parse(readFileSync(join(tujuan, 'referensi.json'), 'utf8'))).toEqual(MASTER);
		// nothing but the dataset: no work database, no temp files
		const file = readdirSync(tujuan).sort();
		// referensi.json under its own name and, listed in the manifest, under its content hash
		expect(manifest.lampiran).toEqual({ 'referensi.json': expect.stringMatching(/^referensi\.[0-9a-f]{8}\.json$/) });
		const expected = [
			...Object.values(manifest.tabel).flatMap((t) => [t.parquet, t.csv]),
			...Object.values(manifest.ringkasan ?? {}).flatMap((r) => [r.parquet, ...Object.values(r.tahun ?? {}).map((t) => t.parquet)]),
			...Object.values(manifest.jawaban ?? {}).map((j) => j.parquet),
			'manifest.json',
			'referensi.json',
			manifest.lampiran!['referensi.json']
		].sort();
		expect(file).toEqual(expected);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('with one part to cut there are no parts: the manifest names none', () => {
		expect(manifest.bagian).toBeUndefined();
	});

	it('writes the detailed tables again in parts by kecamatan code range, each row in the part of its code, once', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tulis-bagian-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		// three kecamatan, two per part: Puger (35.09.08) and Patrang (35.09.20), then Arjasa (35.09.22)
		const m = await writeDataset(dir, data, {}, {}, {}, { kecamatanPerPart: 2 });
		expect(m.bagian?.awal).toEqual(['', '35.09.22']);
		expect(Object.keys(m.bagian!.tabel).sort()).toEqual([...PARTITIONED_TABLES].sort());
		const left = (s: string) => `'${s.replaceAll("'", "''")}'`;
		for (const [name, section] of Object.entries(m.bagian!.tabel)) {
			const all = `read_parquet(${left(join(dir, m.tabel[name].parquet))})`;
			const list = section.map((b) => left(join(dir, b.parquet))).join(', ');
			expect(
				await baca(
					`(SELECT * FROM ${all} EXCEPT ALL SELECT * FROM read_parquet([${list}])) UNION ALL (SELECT * FROM read_parquet([${list}]) EXCEPT ALL SELECT * FROM ${all})`
				)
			).toEqual([]);
			for (const [i, b] of section.entries()) {
				expect(b.parquet).toMatch(new RegExp(`^${name}\\.b${i}\\.[0-9a-f]{8}\\.parquet$`));
				const outer = await baca(`SELECT count(*) AS n FROM read_parquet(${left(join(dir, b.parquet))}) WHERE NOT (${partFilter(m.bagian!.awal, i)})`);
				expect(Number(outer[0].n)).toBe(0);
			}
		}
		// Patrang's report in the first part, Arjasa's in the second; every listed file exists
		const perBagian = await baca(
			`SELECT laporan_id, count(*) AS n FROM read_parquet(${left(join(dir, m.bagian!.tabel.indikator[1].parquet))}) GROUP BY laporan_id`
		);
		expect(perBagian.map((r) => r.laporan_id)).toEqual([data.laporan.find((l) => l.kode_kecamatan === '35.09.22')!.laporan_id]);
		expect(m.bagian!.tabel.indikator[0].baris + m.bagian!.tabel.indikator[1].baris).toBe(data.indikator.length);
		const found = readdirSync(dir);
		for (const b of Object.values(m.bagian!.tabel).flat()) expect(found).toContain(b.parquet);
	}, 120_000);

	it('writes the budget summary beside the tables: the total and program rows of the budget, as they are', async () => {
		const r = manifest.ringkasan?.anggaran_ringkas;
		expect(r?.parquet).toMatch(/^anggaran_ringkas\.[0-9a-f]{8}\.parquet$/);
		const levelData = data.anggaran.map((b) => b.level);
		expect(r?.baris).toBe(levelData.filter((l) => l === 'total' || l === 'program').length);
		const all = join(tujuan, manifest.tabel.anggaran.parquet);
		const summary = join(tujuan, r!.parquet);
		// the same rows, column for column: nothing computed, nothing dropped
		const diff = await baca(`(SELECT * FROM read_parquet('${all}') WHERE level IN ('total', 'program') EXCEPT ALL SELECT * FROM read_parquet('${summary}'))
			UNION ALL (SELECT * FROM read_parquet('${summary}') EXCEPT ALL SELECT * FROM read_parquet('${all}') WHERE level IN ('total', 'program'))`);
		expect(diff).toEqual([]);
	});

	it('writes the capaian summary once whole and once per report year: the indicator rows with a capaian, each year file holding its year', async () => {
		const r = manifest.ringkasan?.indikator_capaian;
		expect(r?.baris).toBe(data.indikator.filter((i) => i.capaian !== null).length);
		const year = [...new Set(data.indikator.filter((i) => i.capaian !== null).map((i) => i.tahun_laporan))].sort();
		expect(Object.keys(r!.tahun!).map(Number).sort()).toEqual(year);
		for (const [t, f] of Object.entries(r!.tahun!)) {
			expect(f.baris).toBe(data.indikator.filter((i) => i.capaian !== null && i.tahun_laporan === Number(t)).length);
			const other = await baca(`SELECT count(*) AS n FROM read_parquet('${join(tujuan, f.parquet)}') WHERE tahun_laporan <> ${Number(t)}`);
			expect(Number(other[0].n)).toBe(0);
		}
		// the budget rows a total is taken from: every total row (these reports all print one), no program row
		expect(manifest.ringkasan?.anggaran_pokok?.baris).toBe(data.anggaran.filter((b) => b.level === 'total').length);
	});

	it("writes the years a filter chooses from: the two reports' years with one report each, and the years their IKM statements name", async () => {
		const j = manifest.jawaban?.tahun_terbit;
		expect(j?.parquet).toMatch(/^tahun_terbit\.[0-9a-f]{8}\.parquet$/);
		const rows = await baca(`SELECT tahun, jumlah_laporan FROM read_parquet('${join(tujuan, j!.parquet)}') ORDER BY tahun`);
		expect(j!.baris).toBe(rows.length);
		const year = rows.map((r) => Number(r.tahun));
		const perTahun = Object.fromEntries(rows.map((r) => [Number(r.tahun), Number(r.jumlah_laporan)]));
		// the reports are of 2023 (Arjasa) and 2021 (Patrang): one each
		expect([perTahun[2021], perTahun[2023]]).toEqual([1, 1]);
		// every year a chosen IKM statement with a value names is there (years known from a later report count too)
		for (const i of data.ikm.filter((i) => i.dipilih && i.realisasi !== null)) expect(year).toContain(i.tahun);
		// years only quoted, with no report of their own, say so
		for (const t of year.filter((t) => t !== 2021 && t !== 2023)) expect(perTahun[t]).toBe(0);
	});

	// 27 DuckDB instances one after the other: a 60 s limit as a correctness test (5 s made it a timing test under load)
	it('reads back with the schema types, exact rupiah and row counts', { timeout: 60_000 }, async () => {
		for (const t of TABLES) {
			const path = join(tujuan, manifest.tabel[t.nama].parquet);
			const column = await baca(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
			expect(column.map((k) => [k.column_name, k.column_type])).toEqual(t.kolom.map((k) => [k.nama, k.tipe]));
			const [{ n }] = await baca(`SELECT count(*) AS n FROM read_parquet('${path}')`);
			expect(Number(n)).toBe(data[t.nama].length);
		}
		const anggaran = await baca(
			`SELECT pagu, realisasi FROM read_parquet('${join(tujuan, manifest.tabel.anggaran.parquet)}') WHERE laporan_id = 'arjasa-2023' ORDER BY urutan`
		);
		expect(anggaran).toEqual([
			{ pagu: 3316970181n, realisasi: 3216970181n },
			{ pagu: 9007199254740991n, realisasi: null }
		]);
		const kec = await baca(`SELECT kecamatan, ada_laporan, tahun_laporan FROM read_parquet('${join(tujuan, manifest.tabel.kecamatan.parquet)}') ORDER BY kode`);
		expect(kec.map((k) => [k.kecamatan, k.ada_laporan, JSON.stringify(k.tahun_laporan)])).toEqual([
			['Puger', false, JSON.stringify({ items: [] })],
			['Patrang', true, JSON.stringify({ items: [2021] })],
			['Arjasa', true, JSON.stringify({ items: [2023] })]
		]);
	});

	it('writes CSV with BOM and neutralised formulas', () => {
		const csv = readFileSync(join(tujuan, manifest.tabel.indikator.csv), 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFF' +
				TABLES.find((t) => t.nama === 'indikator')!
					.kolom.map((k) => k.nama)
					.join(',')
		);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
		expect(readFileSync(join(tujuan, manifest.tabel.anggaran.csv), 'utf8')).toContain(',9007199254740991,');
	});

	it('keeps the previous dataset when writing fails, and leaves no temp files', async () => {
		const before = readdirSync(tujuan).sort();
		const manifestSebelum = readFileSync(join(tujuan, 'manifest.json'), 'utf8');
		const penulis = await DatasetWriter.buka(tujuan);
		penulis.tambahSemua(datasetRows([laporan('puger.txt', 'Puger', 2022)], MASTER));
		// the writer's NOT NULL constraint is the last line of defence
		penulis.tambah('laporan', {
			laporan_id: 'x-2022',
			file: 'x.txt',
			kecamatan: null,
			tahun: 2022,
			jumlah_indikator: 0,
			jumlah_anggaran: 0,
			jumlah_peringatan: 0
		});
		await expect(penulis.selesai()).rejects.toThrow(/NOT NULL|kecamatan/);
		expect(readdirSync(tujuan).sort()).toEqual(before);
		expect(readFileSync(join(tujuan, 'manifest.json'), 'utf8')).toBe(manifestSebelum);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('refuses a table the schema does not have', async () => {
		await expect(writeDataset(join(akar, 'lain'), { bukan: [{ a: 1 }] })).rejects.toThrow(/tabel "bukan" tidak ada dalam skema/);
		expect(existsSync(join(akar, 'lain'))).toBe(false);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('removes temporary directories left by a killed build', async () => {
		const mati = spawnSync(process.execPath, ['-e', '0']).pid!;
		mkdirSync(join(akar, `.data.baru-${mati}`));
		mkdirSync(join(akar, `.data.lama-${mati}`));
		await writeDataset(tujuan, data);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('replaces the dataset whole on the next successful write', async () => {
		const baru = await writeDataset(tujuan, datasetRows([laporan('puger.txt', 'Puger', 2022)], MASTER));
		expect(baru.tabel.laporan.baris).toBe(1);
		expect(baru.tabel.laporan.parquet).not.toBe(manifest.tabel.laporan.parquet);
		expect(existsSync(join(tujuan, manifest.tabel.laporan.parquet))).toBe(false);
		expect(existsSync(join(tujuan, 'referensi.json'))).toBe(false);
	});
});
