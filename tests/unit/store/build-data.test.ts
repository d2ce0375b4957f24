import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { TABLES } from '../../../src/lib/store/schema';
import { PER_REPORT_TABLES } from '../../../src/lib/store/rows';
import { buildData, EXTRA_INPUTS } from '../../../scripts/build-data';
import { readMasterData } from '../../../scripts/master-data';
import type { Manifest } from '../../../scripts/write-parquet';

const tmp = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LKIP = 'data/lkip';
const FILES = readdirSync(LKIP)
	.filter((f) => f.endsWith('.txt'))
	.sort();

function data(...args: string[]) {
	const r = spawnSync('npm', ['run', '--silent', 'data', '--', ...args], { encoding: 'utf8' });
	return { kode: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function sql(q: string): Promise<Record<string, unknown>[]> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	try {
		return (await c.runAndReadAll(q)).getRowObjects();
	} finally {
		c.closeSync();
		db.closeSync();
	}
}

/** Every file of a dataset directory with its content, to prove it did not change. */
function isi(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => join(e.parentPath, e.name))
			.sort()
			.map((f) => [f.slice(dir.length + 1), readFileSync(f, 'base64')])
	);
}

describe('npm run data on data/lkip', { timeout: 120_000 }, () => {
	const out = join(tmp, 'data');
	let manifest: Manifest;
	let result: ReturnType<typeof data>;
	beforeAll(() => {
		result = data('--out', out);
		manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
	}, 120_000);

	it('succeeds and prints a summary', () => {
		expect(result.kode).toBe(0);
		expect(result.stdout).toContain(`${FILES.length} laporan dibaca: ${FILES.join(', ')}`);
		expect(result.stdout).toMatch(/anggaran\s+\d+ baris/);
		expect(result.stdout).toMatch(/\d+ peringatan ekstraksi/);
	});

	it('writes Parquet that DuckDB reads back with the schema types', async () => {
		for (const t of TABLES) {
			const path = join(out, manifest.tabel[t.nama].parquet);
			const column = await sql(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
			expect(column.map((k) => `${k.column_name} ${k.column_type}`)).toEqual(t.kolom.map((k) => `${k.nama} ${k.tipe}`));
		}
		const pagu = await sql(`SELECT typeof(pagu) AS t FROM read_parquet('${join(out, manifest.tabel.anggaran.parquet)}') LIMIT 1`);
		expect(pagu[0].t).toBe('BIGINT');
	});

	it('has row counts and exact rupiah matching the extraction', async () => {
		const ref = readMasterData();
		const laporan = FILES.map((f) => extractReport(readFileSync(join(LKIP, f), 'utf8'), f, ref));
		const read = async (name: string) => sql(`SELECT * FROM read_parquet('${join(out, manifest.tabel[name].parquet)}')`);
		expect((await read('laporan')).map((b) => b.laporan_id)).toEqual(['arjasa-2023', 'balung-2020', 'pakusari-2021', 'patrang-2023', 'puger-2023']);
		for (const [name, rekaman] of Object.entries(PER_REPORT_TABLES)) {
			const expected = laporan.reduce((n, l) => n + rekaman(l, ref).length, 0);
			expect([name, manifest.tabel[name].baris]).toEqual([name, expected]);
			expect([name, (await read(name)).length]).toEqual([name, expected]);
		}
		const anggaran = await read('anggaran');
		const dariEkstraksi = laporan.flatMap((l) =>
			l.anggaran.map((a) => [l.file, a.line, a.level, a.pagu === null ? null : BigInt(a.pagu), a.realisasi === null ? null : BigInt(a.realisasi)])
		);
		expect(anggaran.map((a) => [a.file, a.line, a.level, a.pagu, a.realisasi])).toEqual(dariEkstraksi);
	});

	it('lists all 31 kecamatan with the years that have reports', async () => {
		const kec = await sql(
			`SELECT kecamatan, ada_laporan, tahun_laporan::VARCHAR AS tahun FROM read_parquet('${join(out, manifest.tabel.kecamatan.parquet)}') ORDER BY kode`
		);
		expect(kec).toHaveLength(31);
		expect(kec.filter((k) => k.ada_laporan).map((k) => [k.kecamatan, k.tahun])).toEqual([
			['Puger', '[2023]'],
			['Balung', '[2020]'],
			['Patrang', '[2023]'],
			['Arjasa', '[2023]'],
			['Pakusari', '[2021]']
		]);
	});

	it('writes CSV twins with BOM and the reference for the browser', () => {
		for (const t of TABLES) {
			const csv = readFileSync(join(out, manifest.tabel[t.nama].csv), 'utf8');
			expect(csv.charCodeAt(0)).toBe(0xfeff);
			const { data: rows, errors } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
			expect(errors).toEqual([]);
			expect(rows[0]).toEqual(t.kolom.map((k) => k.nama));
			expect(rows).toHaveLength(manifest.tabel[t.nama].baris + 1);
			for (const b of rows) for (const cell of b) expect(cell).not.toMatch(/^[=+@\t\r]/);
		}
		expect(JSON.parse(readFileSync(join(out, 'referensi.json'), 'utf8'))).toEqual(readMasterData());
	});
});

describe('npm run data refuses doubtful input and keeps the old dataset', { timeout: 120_000 }, () => {
	const out = join(tmp, 'lama');
	let before: Record<string, string>;
	beforeAll(() => {
		const dir = join(tmp, 'satu');
		mkdirSync(dir);
		copyFileSync(join(LKIP, 'balung-2020.txt'), join(dir, 'balung-2020.txt'));
		expect(data('--lkip', dir, '--out', out).kode).toBe(0);
		before = isi(out);
	}, 120_000);

	function lkipDir(name: string, file: Record<string, string | Buffer>): string {
		const dir = join(tmp, name);
		mkdirSync(dir);
		for (const [f, isiBerkas] of Object.entries(file)) writeFileSync(join(dir, f), isiBerkas);
		return dir;
	}

	it('fails on a file that is not a LKIP, naming it', () => {
		const dir = lkipDir('bukan', {
			'arjasa-2023.txt': readFileSync(join(LKIP, 'arjasa-2023.txt')),
			'catatan-rapat.txt': 'Notulen rapat koordinasi\nHadir: 12 orang\n',
			'scan.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])
		});
		const r = data('--lkip', dir, '--out', out);
		expect(r.kode).toBe(1);
		expect(r.stderr).toContain('Data GAGAL dibangun');
		expect(r.stderr).toContain('catatan-rapat.txt: nama kecamatan dan tahun laporan tidak ditemukan');
		expect(r.stderr).toContain('scan.txt: berkas gambar, bukan laporan');
		expect(isi(out)).toEqual(before);
	});

	it('fails on two reports for the same kecamatan and year, naming both', () => {
		const arjasa = readFileSync(join(LKIP, 'arjasa-2023.txt'));
		const dir = lkipDir('ganda', { 'arjasa-2023.txt': arjasa, 'arjasa-2023-revisi.txt': arjasa });
		const r = data('--lkip', dir, '--out', out);
		expect(r.kode).toBe(1);
		expect(r.stderr).toMatch(/arjasa-2023\.txt: laporan kecamatan dan tahun yang sama \(arjasa-2023\) sudah dibaca dari arjasa-2023-revisi\.txt/);
		expect(isi(out)).toEqual(before);
	});

	it('fails on a schema-violating row, naming file and line', async () => {
		const dir = lkipDir('skema', { 'puger-2023.txt': readFileSync(join(LKIP, 'puger-2023.txt')) });
		const langgar = () => ({
			anggaran_tahun_lain: [
				{
					laporan_id: 'puger-2023',
					kecamatan: 'Puger',
					kode_kecamatan: '35.09.08',
					tahun_laporan: 2023,
					tahun: 2022,
					pagu: 2 ** 60,
					realisasi: null,
					persen: null,
					bagian: 'narasi',
					file: 'puger-2023.txt',
					line: 42,
					raw: 'x'
				}
			]
		});
		EXTRA_INPUTS.push(langgar);
		try {
			await expect(buildData({ lkipDir: dir, outDir: out, referensiDir: 'data' })).rejects.toThrow(
				/^puger-2023\.txt baris 42: kolom "pagu" tabel anggaran_tahun_lain harus bilangan bulat/
			);
		} finally {
			EXTRA_INPUTS.splice(EXTRA_INPUTS.indexOf(langgar), 1);
		}
		expect(isi(out)).toEqual(before);
		expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
	});
});

describe('npm run data on documents', { timeout: 180_000 }, () => {
	it('builds from Word documents beside texts: format, places and a copy of each original', async () => {
		const dir = join(tmp, 'dokumen-lkip');
		const out = join(tmp, 'dokumen-data');
		mkdirSync(dir);
		copyFileSync('tests/fixtures/documents/kencong-2022-pipa.docx', join(dir, 'kencong-2022.docx'));
		copyFileSync(join(LKIP, 'arjasa-2023.txt'), join(dir, 'arjasa-2023.txt'));
		const result = await buildData({ lkipDir: dir, outDir: out, referensiDir: 'data' });
		const m = result.manifest;
		expect(Object.keys(m.dokumen ?? {}).sort()).toEqual(['arjasa-2023.txt', 'kencong-2022.docx']);
		// the copy the site serves is the original, byte for byte
		expect(readFileSync(join(out, m.dokumen!['kencong-2022.docx']))).toEqual(readFileSync(join(dir, 'kencong-2022.docx')));
		const pq = (t: string) => `read_parquet('${join(out, m.tabel[t].parquet)}')`;
		const laporan = await sql(`SELECT file, format, jumlah_halaman FROM ${pq('laporan')} ORDER BY file`);
		expect(laporan).toEqual([
			{ file: 'arjasa-2023.txt', format: 'txt', jumlah_halaman: null },
			{ file: 'kencong-2022.docx', format: 'docx', jumlah_halaman: null }
		]);
		// kencong-2022-pipa.txt, measurement table: IKM 2022 realisasi 84,12; in the Word document a table row
		const ikm = await sql(`SELECT realisasi, page, letak FROM ${pq('ikm')} WHERE file = 'kencong-2022.docx' AND tahun = 2022 AND bagian = 'pengukuran'`);
		expect(ikm.length).toBeGreaterThan(0);
		expect(ikm[0].realisasi).toBe(84.12);
		expect(ikm[0].page).toBeNull();
		expect(ikm[0].letak).toMatch(/^tabel \d+, baris \d+$/);
		// a text report has no place beyond its line
		const text = await sql(`SELECT count(*) AS n FROM ${pq('ikm')} WHERE file = 'arjasa-2023.txt' AND letak IS NOT NULL`);
		expect(Number(text[0].n)).toBe(0);
	});
});
