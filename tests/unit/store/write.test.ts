import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { barisDataset } from '../../../src/lib/store/rows';
import { TABEL } from '../../../src/lib/store/schema';
import { PenulisDataset, tulisDataset, type Manifest } from '../../../scripts/write-parquet';
import { REF, laporan } from './sample';

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
	const data = barisDataset([laporan('arjasa.txt', 'Arjasa', 2023), laporan('patrang.txt', 'Patrang', 2021)], REF);
	let manifest: Manifest;

	it('writes Parquet and CSV with content-hashed names and a manifest', async () => {
		manifest = await tulisDataset(tujuan, data, { 'referensi.json': REF });
		expect(Object.keys(manifest.tabel)).toEqual(TABEL.map((t) => t.nama));
		for (const [nama, t] of Object.entries(manifest.tabel)) {
			expect(t.parquet).toMatch(new RegExp(`^${nama}\\.[0-9a-f]{8}\\.parquet$`));
			expect(t.csv).toMatch(new RegExp(`^${nama}\\.[0-9a-f]{8}\\.csv$`));
			expect(t.baris).toBe(data[nama].length);
		}
		expect(JSON.parse(readFileSync(join(tujuan, 'manifest.json'), 'utf8'))).toEqual(manifest);
		expect(JSON.parse(readFileSync(join(tujuan, 'referensi.json'), 'utf8'))).toEqual(REF);
		// nothing but the dataset: no work database, no temp files
		const berkas = readdirSync(tujuan).sort();
		// referensi.json under its own name and, listed in the manifest, under its content hash
		expect(manifest.lampiran).toEqual({ 'referensi.json': expect.stringMatching(/^referensi\.[0-9a-f]{8}\.json$/) });
		const diharapkan = [
			...Object.values(manifest.tabel).flatMap((t) => [t.parquet, t.csv]),
			...Object.values(manifest.ringkasan ?? {}).map((r) => r.parquet),
			'manifest.json',
			'referensi.json',
			manifest.lampiran!['referensi.json']
		].sort();
		expect(berkas).toEqual(diharapkan);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('writes the budget summary beside the tables: the total and program rows of the budget, as they are', async () => {
		const r = manifest.ringkasan?.anggaran_ringkas;
		expect(r?.parquet).toMatch(/^anggaran_ringkas\.[0-9a-f]{8}\.parquet$/);
		const levelData = data.anggaran.map((b) => b.level);
		expect(r?.baris).toBe(levelData.filter((l) => l === 'total' || l === 'program').length);
		const semua = join(tujuan, manifest.tabel.anggaran.parquet);
		const ringkas = join(tujuan, r!.parquet);
		// the same rows, column for column: nothing computed, nothing dropped
		const beda = await baca(`(SELECT * FROM read_parquet('${semua}') WHERE level IN ('total', 'program') EXCEPT ALL SELECT * FROM read_parquet('${ringkas}'))
			UNION ALL (SELECT * FROM read_parquet('${ringkas}') EXCEPT ALL SELECT * FROM read_parquet('${semua}') WHERE level IN ('total', 'program'))`);
		expect(beda).toEqual([]);
	});

	// 27 DuckDB instances one after the other: a 60 s limit as a correctness test (5 s made it a timing test under load)
	it('reads back with the schema types, exact rupiah and row counts', { timeout: 60_000 }, async () => {
		for (const t of TABEL) {
			const path = join(tujuan, manifest.tabel[t.nama].parquet);
			const kolom = await baca(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
			expect(kolom.map((k) => [k.column_name, k.column_type])).toEqual(t.kolom.map((k) => [k.nama, k.tipe]));
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
				TABEL.find((t) => t.nama === 'indikator')!
					.kolom.map((k) => k.nama)
					.join(',')
		);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
		expect(readFileSync(join(tujuan, manifest.tabel.anggaran.csv), 'utf8')).toContain(',9007199254740991,');
	});

	it('keeps the previous dataset when writing fails, and leaves no temp files', async () => {
		const sebelum = readdirSync(tujuan).sort();
		const manifestSebelum = readFileSync(join(tujuan, 'manifest.json'), 'utf8');
		const penulis = await PenulisDataset.buka(tujuan);
		penulis.tambahSemua(barisDataset([laporan('puger.txt', 'Puger', 2022)], REF));
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
		expect(readdirSync(tujuan).sort()).toEqual(sebelum);
		expect(readFileSync(join(tujuan, 'manifest.json'), 'utf8')).toBe(manifestSebelum);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('refuses a table the schema does not have', async () => {
		await expect(tulisDataset(join(akar, 'lain'), { bukan: [{ a: 1 }] })).rejects.toThrow(/tabel "bukan" tidak ada dalam skema/);
		expect(existsSync(join(akar, 'lain'))).toBe(false);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('removes temporary directories left by a killed build', async () => {
		const mati = spawnSync(process.execPath, ['-e', '0']).pid!;
		mkdirSync(join(akar, `.data.baru-${mati}`));
		mkdirSync(join(akar, `.data.lama-${mati}`));
		await tulisDataset(tujuan, data);
		expect(readdirSync(akar)).toEqual(['data']);
	});

	it('replaces the dataset whole on the next successful write', async () => {
		const baru = await tulisDataset(tujuan, barisDataset([laporan('puger.txt', 'Puger', 2022)], REF));
		expect(baru.tabel.laporan.baris).toBe(1);
		expect(baru.tabel.laporan.parquet).not.toBe(manifest.tabel.laporan.parquet);
		expect(existsSync(join(tujuan, manifest.tabel.laporan.parquet))).toBe(false);
		expect(existsSync(join(tujuan, 'referensi.json'))).toBe(false);
	});
});
