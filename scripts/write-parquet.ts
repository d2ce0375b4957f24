/**
 * Writes a dataset (rows of every table in schema.ts) as Parquet and CSV with
 * content-hashed names, plus manifest.json and extra JSON files.
 *
 * Never half a dataset, even when the process is killed at any moment: the
 * manifest is the one pointer to the dataset, and it is swapped by a single
 * rename. Everything is written into a temporary sibling directory, read back
 * and checked; then the new content-hashed files are moved beside the old ones
 * (names differ with content, so nothing the old manifest lists changes), the
 * new manifest is written under a temporary name and renamed over
 * manifest.json, and only then are the files no manifest lists removed. A kill
 * before that rename leaves the old manifest and all its files; after it, the
 * new one and all of its. On any error the temporary directory is removed and
 * the previous dataset stays as it was. The target directory belongs wholly to
 * this writer.
 *
 * The detailed tables are written a second time in parts by kecamatan code range
 * (`manifest.bagian`, src/lib/query/partitions.ts), so a kecamatan page fetches one
 * part; the CSV twin of a table stays whole, for download.
 *
 * Rows stream in (`tambah`), so the synthetic generator can write millions of
 * rows: DuckDB keeps them in a database file on disk (call `simpanSementara`
 * now and then to move them out of memory), CSV is written as it goes.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DuckDBAppender, DuckDBConnection, DuckDBDataChunkWriter, DuckDBInstance, listValue, type DuckDBValue } from '@duckdb/node-api';
import { TABLES, type TableDef } from '../src/lib/store/schema';
import { SUMMARIES, sqlCountSummary, sqlSummaryYears, sqlWriteSummary, summaryTable, type SummaryFile } from '../src/lib/query/summaries';
import { openNode } from '../src/lib/query/duckdb-node';
import { PUBLISHED_YEARS, sqlWritePublishedYears } from '../src/lib/query/published-years';
import { sqlReportYears } from '../src/lib/query/sql';
import { partBounds, PART_COLUMN, partFilter, PARTITIONED_TABLES, type ManifestParts } from '../src/lib/query/partitions';
import { ddl, quoteIdent } from '../src/lib/store/ddl';
import { BOM, csvRow, type CellValue } from '../src/lib/export/csv';
import type { StoredRow, RowsByTable } from '../src/lib/store/rows';

export interface TableFile {
	parquet: string;
	csv: string;
	baris: number;
}

export interface Manifest {
	dibuat: string;
	tabel: Record<string, TableFile>;
	/** source file name → its copy under dokumen/, content-hashed, for the document viewer */
	dokumen?: Record<string, string>;
	/** other published files (the kecamatan boundaries, their licence): name → content-hashed name */
	aset?: Record<string, string>;
	/**
	 * extra JSON file → its content-hashed copy (referensi.json → referensi.<hash>.json),
	 * consistent with the tables. The plain name is written too, for readers that
	 * fetch it directly; it is replaced by a rename of its own, just before the manifest.
	 */
	lampiran?: Record<string, string>;
	/** summaries beside the tables (src/lib/query/summaries.ts): the rows of a table that most pages read */
	ringkasan?: Record<string, SummaryFile>;
	/** the detailed tables again, in parts by kecamatan code range (src/lib/query/partitions.ts) */
	bagian?: ManifestParts;
	/** published answers (src/lib/query/published-years.ts): the years a filter chooses from */
	jawaban?: Record<string, { parquet: string; baris: number }>;
}

/** The steps of publishing a written dataset, in order; `OpsiTulis.setelah` is called after each (a test kills the process there). */
export type PublishStep = 'berkas-pertama' | 'berkas' | 'lampiran' | 'manifest-sementara' | 'manifest' | 'hapus-pertama' | 'selesai';

export interface WriteOptions {
	setelah?: (langkah: PublishStep) => void;
	/** kecamatan per part of the detailed tables (default KECAMATAN_PER_PART; a test cuts smaller) */
	kecamatanPerPart?: number;
}

/** CSV is flushed to disk in blocks of about this many characters. */
const BLOK_CSV = 1 << 20;

interface TabelTerbuka {
	t: TableDef;
	koneksi: DuckDBConnection;
	appender: DuckDBAppender;
	penulis: DuckDBDataChunkWriter;
	ubah: ((v: StoredRow[string]) => DuckDBValue | null)[];
	csvFd: number;
	csvBuffer: string;
	jumlah: number;
}

function pengubah(tipe: TableDef['kolom'][number]['tipe']): (v: StoredRow[string]) => DuckDBValue | null {
	switch (tipe) {
		case 'BIGINT':
			// rupiah go to DuckDB as BigInt: exact, never through a double
			return (v) => (v === null || v === undefined ? null : BigInt(v as number | bigint));
		case 'INTEGER[]':
			return (v) => (v === null || v === undefined ? null : listValue(v as number[]));
		default:
			return (v) => (v === undefined ? null : (v as DuckDBValue));
	}
}

async function hash8(path: string): Promise<string> {
	const h = createHash('sha256');
	for await (const potong of createReadStream(path)) h.update(potong as Buffer);
	return h.digest('hex').slice(0, 8);
}

export class DatasetWriter {
	private selesaiAtauBatal = false;

	private constructor(
		readonly tujuan: string,
		private readonly tmp: string,
		private readonly instance: DuckDBInstance,
		private readonly tabel: Map<string, TabelTerbuka>,
		private readonly opsi: WriteOptions
	) {}

	/** Opens a writer for `tujuan` (e.g. static/data). Nothing there changes until `selesai`. */
	static async buka(tujuan: string, daftarTabel: readonly TableDef[] = TABLES, opsi: WriteOptions = {}): Promise<DatasetWriter> {
		const tmp = join(dirname(tujuan), `.${basename(tujuan)}.baru-${process.pid}`);
		hapusSisaMati(tujuan);
		rmSync(tmp, { recursive: true, force: true });
		mkdirSync(tmp, { recursive: true });
		try {
			const instance = await DuckDBInstance.create(join(tmp, 'kerja.duckdb'), { threads: '2', memory_limit: '512MB' });
			const tabel = new Map<string, TabelTerbuka>();
			for (const t of daftarTabel) {
				const koneksi = await instance.connect();
				await koneksi.run(ddl(t));
				const appender = await koneksi.createAppender(t.nama);
				const csvFd = openSync(join(tmp, `${t.nama}.csv`), 'w');
				writeSync(csvFd, BOM + csvRow(t.kolom.map((k) => k.nama)));
				tabel.set(t.nama, {
					t,
					koneksi,
					appender,
					penulis: DuckDBDataChunkWriter.forAppender(appender),
					ubah: t.kolom.map((k) => pengubah(k.tipe)),
					csvFd,
					csvBuffer: '',
					jumlah: 0
				});
			}
			return new DatasetWriter(tujuan, tmp, instance, tabel, opsi);
		} catch (e) {
			rmSync(tmp, { recursive: true, force: true });
			throw e;
		}
	}

	/** Appends one row (already validated by rows.ts) to table `nama`. */
	tambah(nama: string, b: StoredRow): void {
		const tt = this.tabel.get(nama);
		if (!tt) throw new Error(`tabel "${nama}" tidak ada dalam skema dataset`);
		const kolom = tt.t.kolom;
		const nilai: (DuckDBValue | null)[] = new Array(kolom.length);
		const sel: CellValue[] = new Array(kolom.length);
		for (let i = 0; i < kolom.length; i++) {
			const v = b[kolom[i].nama];
			nilai[i] = tt.ubah[i](v);
			sel[i] = v;
		}
		tt.penulis.appendRow(nilai);
		tt.csvBuffer += csvRow(sel);
		if (tt.csvBuffer.length > BLOK_CSV) {
			writeSync(tt.csvFd, tt.csvBuffer);
			tt.csvBuffer = '';
		}
		tt.jumlah++;
	}

	/**
	 * Flushes every appender and checkpoints, so the rows so far leave memory for
	 * the database file. Without it appended rows stay in native memory outside
	 * DuckDB's memory_limit (2 GB at 72.000 reports, 0.4 GB with it every 1.000).
	 */
	async simpanSementara(): Promise<void> {
		for (const tt of this.tabel.values()) {
			tt.penulis.flush();
			tt.appender.flushSync();
		}
		const c = await this.instance.connect();
		await c.run('CHECKPOINT');
		c.closeSync();
	}

	tambahSemua(data: RowsByTable): void {
		for (const [nama, daftar] of Object.entries(data)) for (const b of daftar) this.tambah(nama, b);
	}

	/**
	 * Writes Parquet, hashes, checks, writes manifest and `json` files
	 * (name → value), then swaps the new directory into place.
	 */
	async selesai(json: Record<string, unknown> = {}, dokumen: Record<string, Uint8Array> = {}, aset: Record<string, Uint8Array> = {}): Promise<Manifest> {
		try {
			const manifest: Manifest = { dibuat: new Date().toISOString(), tabel: {} };
			if (Object.keys(dokumen).length) manifest.dokumen = salinDokumen(this.tmp, dokumen);
			if (Object.keys(aset).length) manifest.aset = tulisAset(this.tmp, aset);
			for (const tt of this.tabel.values()) {
				tt.penulis.flush();
				tt.appender.closeSync();
				writeSync(tt.csvFd, tt.csvBuffer);
				tt.csvBuffer = '';
				closeSync(tt.csvFd);
			}
			const koneksi = await this.instance.connect();
			for (const tt of this.tabel.values()) {
				const nama = tt.t.nama;
				const parquetSementara = join(this.tmp, `${nama}.parquet`);
				await koneksi.run(`COPY ${quoteIdent(nama)} TO '${parquetSementara.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
				const berkas: TableFile = { parquet: '', csv: '', baris: tt.jumlah };
				for (const ext of ['parquet', 'csv'] as const) {
					const sementara = join(this.tmp, `${nama}.${ext}`);
					const akhir = `${nama}.${await hash8(sementara)}.${ext}`;
					renameSync(sementara, join(this.tmp, akhir));
					berkas[ext] = akhir;
				}
				await periksaParquet(koneksi, tt.t, join(this.tmp, berkas.parquet), tt.jumlah);
				manifest.tabel[nama] = berkas;
			}
			// summaries beside the tables, for the pages that need no detail (src/lib/query/summaries.ts)
			for (const r of SUMMARIES) {
				const tulis = async (nama: string, tahun?: number) => {
					const sementara = join(this.tmp, `${nama}.parquet`);
					await koneksi.run(sqlWriteSummary(r, sementara, tahun));
					const akhir = `${nama}.${await hash8(sementara)}.parquet`;
					renameSync(sementara, join(this.tmp, akhir));
					const n = Number((await koneksi.runAndReadAll(sqlCountSummary(r, tahun))).getRowObjects()[0].n);
					await periksaParquet(koneksi, summaryTable(r), join(this.tmp, akhir), n);
					return { parquet: akhir, baris: n };
				};
				const berkas: SummaryFile = await tulis(r.nama);
				if (r.perTahun) {
					// one file per year beside the whole one: a page showing one year reads that year's
					berkas.tahun = {};
					for (const { tahun } of (await koneksi.runAndReadAll(sqlSummaryYears(r))).getRowObjects())
						berkas.tahun[String(tahun)] = await tulis(`${r.nama}.t${Number(tahun)}`, Number(tahun));
				}
				(manifest.ringkasan ??= {})[r.nama] = berkas;
			}
			await this.writePublishedYears(manifest);
			await this.writeParts(koneksi, manifest);
			koneksi.closeSync();
			this.tutupDuckdb();
			rmSync(join(this.tmp, 'kerja.duckdb'), { force: true });
			rmSync(join(this.tmp, 'kerja.duckdb.wal'), { force: true });
			for (const [nama, isi] of Object.entries(json)) {
				const teks = JSON.stringify(isi) + '\n';
				const hash = createHash('sha256').update(teks).digest('hex').slice(0, 8);
				const salinan = `${basename(nama, extname(nama))}.${hash}${extname(nama)}`;
				writeFileSync(join(this.tmp, nama), teks);
				writeFileSync(join(this.tmp, salinan), teks);
				(manifest.lampiran ??= {})[nama] = salinan;
			}
			this.terbitkan(manifest, Object.keys(json));
			return manifest;
		} catch (e) {
			this.batal();
			throw e;
		}
	}

	/**
	 * The years a filter chooses from, computed by the pages' own query over the files
	 * just written (their views, as at prerender), so the home page's first query reads
	 * a file of a few rows (src/lib/query/published-years.ts).
	 */
	private async writePublishedYears(manifest: Manifest): Promise<void> {
		const db = await openNode(this.tmp, manifest);
		const sementara = join(this.tmp, `${PUBLISHED_YEARS}.parquet`);
		await db.kueri(sqlWritePublishedYears(sementara));
		const akhir = `${PUBLISHED_YEARS}.${await hash8(sementara)}.parquet`;
		renameSync(sementara, join(this.tmp, akhir));
		const baris = (await db.kueri(sqlReportYears())).length;
		(manifest.jawaban ??= {})[PUBLISHED_YEARS] = { parquet: akhir, baris };
	}

	/**
	 * The detailed tables again in parts by kecamatan code range (src/lib/query/partitions.ts),
	 * each part checked like its table and the parts' rows adding up to the table's.
	 * With one part there is nothing to cut: the manifest then names none.
	 */
	private async writeParts(koneksi: DuckDBConnection, manifest: Manifest): Promise<void> {
		const kec = this.tabel.get('kecamatan');
		const terbagi = PARTITIONED_TABLES.filter((n) => this.tabel.has(n));
		if (!kec || !terbagi.length) return;
		const kode = (await koneksi.runAndReadAll('SELECT kode FROM kecamatan')).getRowObjects().map((r) => String(r.kode));
		const awal = partBounds(kode, this.opsi.kecamatanPerPart);
		if (awal.length < 2) return;
		const bagian: ManifestParts = { kolom: PART_COLUMN, awal, tabel: {} };
		for (const nama of terbagi) {
			const tt = this.tabel.get(nama)!;
			const daftar: ManifestParts['tabel'][string] = [];
			for (let i = 0; i < awal.length; i++) {
				const saring = partFilter(awal, i);
				const sementara = join(this.tmp, `${nama}.b${i}.parquet`);
				await koneksi.run(`COPY (SELECT * FROM ${quoteIdent(nama)} WHERE ${saring}) TO '${sementara.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
				const akhir = `${nama}.b${i}.${await hash8(sementara)}.parquet`;
				renameSync(sementara, join(this.tmp, akhir));
				// the part's count from its own file (Parquet metadata, no second scan of the table);
				// the sum over the parts is checked against the table below
				const n = Number(
					(await koneksi.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${join(this.tmp, akhir).replace(/'/g, "''")}')`)).getRowObjects()[0].n
				);
				await periksaParquet(koneksi, tt.t, join(this.tmp, akhir), n);
				daftar.push({ parquet: akhir, baris: n });
			}
			const jumlah = daftar.reduce((a, b) => a + b.baris, 0);
			if (jumlah !== tt.jumlah) throw new Error(`${nama}: bagian-bagiannya berisi ${jumlah} baris, tabelnya ${tt.jumlah}`);
			bagian.tabel[nama] = daftar;
		}
		manifest.bagian = bagian;
	}

	/** Drops everything written so far; the previous dataset stays. Safe to call twice. */
	batal(): void {
		if (this.selesaiAtauBatal) return;
		this.tutupDuckdb();
		for (const tt of this.tabel.values()) {
			try {
				closeSync(tt.csvFd);
			} catch {
				// already closed by selesai
			}
		}
		rmSync(this.tmp, { recursive: true, force: true });
		this.selesaiAtauBatal = true;
	}

	private tutupDuckdb(): void {
		for (const tt of this.tabel.values()) {
			try {
				tt.koneksi.closeSync();
			} catch {
				// closing is best effort: the instance goes next
			}
		}
		try {
			this.instance.closeSync();
		} catch {
			// already closed
		}
	}

	/**
	 * Moves the new files beside the old ones, then swaps the manifest by one
	 * rename: the moment the dataset changes. Files only the old manifest listed
	 * are removed after it.
	 */
	private terbitkan(manifest: Manifest, polos: string[]): void {
		const setelah = this.opsi.setelah ?? (() => {});
		const berkas = [
			...Object.values(manifest.tabel).flatMap((b) => [b.parquet, b.csv]),
			...Object.values(manifest.dokumen ?? {}),
			...Object.values(manifest.aset ?? {}),
			...Object.values(manifest.ringkasan ?? {}).flatMap((r) => [r.parquet, ...Object.values(r.tahun ?? {}).map((t) => t.parquet)]),
			...Object.values(manifest.bagian?.tabel ?? {}).flatMap((b) => b.map((x) => x.parquet)),
			...Object.values(manifest.jawaban ?? {}).map((j) => j.parquet),
			...Object.values(manifest.lampiran ?? {})
		];
		mkdirSync(this.tujuan, { recursive: true });
		for (const [i, f] of berkas.entries()) {
			mkdirSync(dirname(join(this.tujuan, f)), { recursive: true });
			// a name already there holds the same content (the name is its hash)
			renameSync(join(this.tmp, f), join(this.tujuan, f));
			if (i === 0) setelah('berkas-pertama');
		}
		setelah('berkas');
		for (const nama of polos) renameSync(join(this.tmp, nama), join(this.tujuan, nama));
		setelah('lampiran');
		const sementara = join(this.tujuan, `.manifest.json.baru-${process.pid}`);
		const fd = openSync(sementara, 'w');
		try {
			writeSync(fd, JSON.stringify(manifest, null, '\t') + '\n');
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		setelah('manifest-sementara');
		renameSync(sementara, join(this.tujuan, 'manifest.json'));
		this.selesaiAtauBatal = true;
		setelah('manifest');
		try {
			hapusKecuali(this.tujuan, new Set(['manifest.json', ...polos, ...berkas]), () => setelah('hapus-pertama'));
		} catch (e) {
			// the new dataset is in place; a file left over is removed by the next write
			console.warn(`berkas data lama tidak dapat dihapus: ${(e as Error).message}`);
		}
		rmSync(this.tmp, { recursive: true, force: true });
		setelah('selesai');
	}
}

/** Removes every file under `dir` whose path (relative, with '/') is not in `tetap`, and folders left empty. */
function hapusKecuali(dir: string, tetap: ReadonlySet<string>, pertama: () => void, awalan = ''): void {
	let sudah = false;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const rel = `${awalan}${e.name}`;
		const path = join(dir, e.name);
		if (e.isDirectory()) {
			hapusKecuali(path, tetap, pertama, `${rel}/`);
			if (readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
		} else if (!tetap.has(rel)) {
			rmSync(path, { force: true });
			if (!sudah) pertama();
			sudah = true;
		}
	}
}

function hidup(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Temporary directories left by a killed build (its pid is gone): they would otherwise pile up beside the dataset. */
function hapusSisaMati(tujuan: string): void {
	const pola = new RegExp(`^\\.${basename(tujuan).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(baru|lama)-(\\d+)$`);
	let isi: string[];
	try {
		isi = readdirSync(dirname(tujuan));
	} catch {
		return;
	}
	for (const f of isi) {
		const m = pola.exec(f);
		if (m && Number(m[2]) !== process.pid && !hidup(Number(m[2]))) rmSync(join(dirname(tujuan), f), { recursive: true, force: true });
	}
}

/** Reads a written Parquet file back: the schema's column names and types, and the row count. */
async function periksaParquet(koneksi: DuckDBConnection, t: TableDef, path: string, jumlah: number): Promise<void> {
	const sumber = `read_parquet('${path.replace(/'/g, "''")}')`;
	const kolom = (await koneksi.runAndReadAll(`DESCRIBE SELECT * FROM ${sumber}`)).getRowObjects();
	const tertulis = kolom.map((k) => `${k.column_name} ${k.column_type}`).join(', ');
	const diharapkan = t.kolom.map((k) => `${k.nama} ${k.tipe}`).join(', ');
	if (tertulis !== diharapkan) throw new Error(`${basename(path)}: kolom Parquet tidak sesuai skema.\n  tertulis:    ${tertulis}\n  diharapkan: ${diharapkan}`);
	const n = Number((await koneksi.runAndReadAll(`SELECT count(*) AS n FROM ${sumber}`)).getRowObjects()[0].n);
	if (n !== jumlah) throw new Error(`${basename(path)}: ${n} baris tertulis, seharusnya ${jumlah}`);
}

/**
 * The original reports, copied so the site serves them itself (the viewer opens
 * a figure's page): `dokumen/<name>.<hash8>.<ext>`, immutable like the tables.
 * The name keeps only safe characters, since it becomes a URL path.
 */
function salinDokumen(dir: string, dokumen: Record<string, Uint8Array>): Record<string, string> {
	mkdirSync(join(dir, 'dokumen'), { recursive: true });
	const daftar: Record<string, string> = {};
	for (const [file, isi] of Object.entries(dokumen)) {
		const ext = extname(file).toLowerCase();
		const nama =
			basename(file, extname(file))
				.replace(/[^A-Za-z0-9._-]+/g, '-')
				.slice(0, 80) || 'dokumen';
		const hash = createHash('sha256').update(isi).digest('hex').slice(0, 8);
		const path = `dokumen/${nama}.${hash}${ext}`;
		writeFileSync(join(dir, path), isi);
		daftar[file] = path;
	}
	return daftar;
}

/**
 * Files published beside the tables under content-hashed names (`peta-kecamatan.json`
 * → `peta-kecamatan.<hash8>.json`), so the server marks them immutable and a page
 * fetches them through the HTTP cache like the Parquet files.
 */
function tulisAset(dir: string, aset: Record<string, Uint8Array>): Record<string, string> {
	const daftar: Record<string, string> = {};
	for (const [nama, isi] of Object.entries(aset)) {
		if (!/^[A-Za-z0-9_-]+\.[a-z]+$/.test(nama)) throw new Error(`nama berkas aset tidak sah: ${nama}`);
		const ext = extname(nama);
		const akhir = `${basename(nama, ext)}.${createHash('sha256').update(isi).digest('hex').slice(0, 8)}${ext}`;
		writeFileSync(join(dir, akhir), isi);
		daftar[nama] = akhir;
	}
	return daftar;
}

/** Writes a whole in-memory dataset in one go, with the original documents and other files when given. */
export async function writeDataset(
	tujuan: string,
	data: RowsByTable,
	json: Record<string, unknown> = {},
	dokumen: Record<string, Uint8Array> = {},
	aset: Record<string, Uint8Array> = {},
	opsi: WriteOptions = {}
): Promise<Manifest> {
	const penulis = await DatasetWriter.buka(tujuan, TABLES, opsi);
	try {
		penulis.tambahSemua(data);
	} catch (e) {
		penulis.batal();
		throw e;
	}
	return penulis.selesai(json, dokumen, aset);
}
