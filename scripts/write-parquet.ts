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
import { PUBLISHED_ANSWERS } from '../src/lib/query/published-answers';
import { sqlReportYears } from '../src/lib/query/sql';
import { partBounds, PART_COLUMN, partFilter, PARTITIONED_TABLES, type ManifestParts } from '../src/lib/query/partitions';
import { ddl, quoteIdent } from '../src/lib/store/ddl';
import { copyDocument } from './document-copy';
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
	/** published answers (src/lib/query/published-answers.ts): the years a filter chooses from, the per-year comparisons */
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
	for await (const cut of createReadStream(path)) h.update(cut as Buffer);
	return h.digest('hex').slice(0, 8);
}

export class DatasetWriter {
	private selesaiAtauBatal = false;
	/** documents the build copied into the staging directory itself (addCopiedDocument) */
	private readonly copied: Record<string, string> = {};

	private constructor(
		readonly tujuan: string,
		private readonly tmp: string,
		private readonly instance: DuckDBInstance,
		private readonly tabel: Map<string, TabelTerbuka>,
		private readonly opsi: WriteOptions
	) {}

	/** Opens a writer for `tujuan` (e.g. static/data). Nothing there changes until `selesai`. */
	static async buka(tujuan: string, daftarTabel: readonly TableDef[] = TABLES, options: WriteOptions = {}): Promise<DatasetWriter> {
		const tmp = join(dirname(tujuan), `.${basename(tujuan)}.baru-${process.pid}`);
		hapusSisaMati(tujuan);
		rmSync(tmp, { recursive: true, force: true });
		mkdirSync(tmp, { recursive: true });
		try {
			const instance = await DuckDBInstance.create(join(tmp, 'kerja.duckdb'), { threads: '2', memory_limit: '512MB' });
			const table = new Map<string, TabelTerbuka>();
			for (const t of daftarTabel) {
				const koneksi = await instance.connect();
				await koneksi.run(ddl(t));
				const appender = await koneksi.createAppender(t.nama);
				const csvFd = openSync(join(tmp, `${t.nama}.csv`), 'w');
				writeSync(csvFd, BOM + csvRow(t.kolom.map((k) => k.nama)));
				table.set(t.nama, {
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
			return new DatasetWriter(tujuan, tmp, instance, table, options);
		} catch (e) {
			rmSync(tmp, { recursive: true, force: true });
			throw e;
		}
	}

	/**
	 * The staging directory, where the data build copies each document as it reads it
	 * (document-copy.ts) and spools its reports between extraction and audit: what is
	 * there goes with it, published only when named (addCopiedDocument).
	 */
	get stagingDir(): string {
		return this.tmp;
	}

	/** Names a document already copied under stagingDir (`path` relative to it) for the manifest. */
	addCopiedDocument(file: string, path: string): void {
		this.copied[file] = path;
	}

	/** Appends one row (already validated by rows.ts) to table `nama`. */
	tambah(name: string, b: StoredRow): void {
		const tt = this.tabel.get(name);
		if (!tt) throw new Error(`tabel "${name}" tidak ada dalam skema dataset`);
		const column = tt.t.kolom;
		const value: (DuckDBValue | null)[] = new Array(column.length);
		const cell: CellValue[] = new Array(column.length);
		for (let i = 0; i < column.length; i++) {
			const v = b[column[i].nama];
			value[i] = tt.ubah[i](v);
			cell[i] = v;
		}
		tt.penulis.appendRow(value);
		tt.csvBuffer += csvRow(cell);
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
		for (const [name, list] of Object.entries(data)) for (const b of list) this.tambah(name, b);
	}

	/**
	 * Writes Parquet, hashes, checks, writes manifest and `json` files
	 * (name → value), then swaps the new directory into place.
	 */
	async selesai(json: Record<string, unknown> = {}, dokumen: Record<string, Uint8Array> = {}, aset: Record<string, Uint8Array> = {}): Promise<Manifest> {
		try {
			const manifest: Manifest = { dibuat: new Date().toISOString(), tabel: {} };
			const copies = { ...this.copied, ...salinDokumen(this.tmp, dokumen) };
			if (Object.keys(copies).length) manifest.dokumen = copies;
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
				const name = tt.t.nama;
				const parquetSementara = join(this.tmp, `${name}.parquet`);
				await koneksi.run(`COPY ${quoteIdent(name)} TO '${parquetSementara.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
				const file: TableFile = { parquet: '', csv: '', baris: tt.jumlah };
				for (const ext of ['parquet', 'csv'] as const) {
					const temp = join(this.tmp, `${name}.${ext}`);
					const end = `${name}.${await hash8(temp)}.${ext}`;
					renameSync(temp, join(this.tmp, end));
					file[ext] = end;
				}
				await periksaParquet(koneksi, tt.t, join(this.tmp, file.parquet), tt.jumlah);
				manifest.tabel[name] = file;
			}
			// summaries beside the tables, for the pages that need no detail (src/lib/query/summaries.ts)
			for (const r of SUMMARIES) {
				const write = async (name: string, year?: number) => {
					const temp = join(this.tmp, `${name}.parquet`);
					await koneksi.run(sqlWriteSummary(r, temp, year));
					const end = `${name}.${await hash8(temp)}.parquet`;
					renameSync(temp, join(this.tmp, end));
					const n = Number((await koneksi.runAndReadAll(sqlCountSummary(r, year))).getRowObjects()[0].n);
					await periksaParquet(koneksi, summaryTable(r), join(this.tmp, end), n);
					return { parquet: end, baris: n };
				};
				const file: SummaryFile = await write(r.nama);
				if (r.perTahun) {
					// one file per year beside the whole one: a page showing one year reads that year's
					file.tahun = {};
					for (const { tahun: year } of (await koneksi.runAndReadAll(sqlSummaryYears(r))).getRowObjects())
						file.tahun[String(year)] = await write(`${r.nama}.t${Number(year)}`, Number(year));
				}
				(manifest.ringkasan ??= {})[r.nama] = file;
			}
			await this.writePublishedAnswers(manifest);
			await this.writeParts(koneksi, manifest);
			koneksi.closeSync();
			this.tutupDuckdb();
			rmSync(join(this.tmp, 'kerja.duckdb'), { force: true });
			rmSync(join(this.tmp, 'kerja.duckdb.wal'), { force: true });
			for (const [name, content] of Object.entries(json)) {
				const text = JSON.stringify(content) + '\n';
				const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
				const salinan = `${basename(name, extname(name))}.${hash}${extname(name)}`;
				writeFileSync(join(this.tmp, name), text);
				writeFileSync(join(this.tmp, salinan), text);
				(manifest.lampiran ??= {})[name] = salinan;
			}
			this.terbitkan(manifest, Object.keys(json));
			return manifest;
		} catch (e) {
			this.batal();
			throw e;
		}
	}

	/**
	 * The published answers (src/lib/query/published-answers.ts: the years a filter
	 * chooses from, the per-year comparisons of a kecamatan page), computed by the pages'
	 * own queries over the files just written (their views, as at prerender), so a page
	 * reads a file of a few rows instead of the tables behind it.
	 */
	private async writePublishedAnswers(manifest: Manifest): Promise<void> {
		const db = await openNode(this.tmp, manifest);
		// the years a filter chooses from: Beranda's answers are written for each
		const years = (await db.query(sqlReportYears())).map((r) => r.tahun);
		for (const a of PUBLISHED_ANSWERS) {
			const temp = join(this.tmp, `${a.nama}.parquet`);
			await db.query(a.write(temp, years));
			const end = `${a.nama}.${await hash8(temp)}.parquet`;
			renameSync(temp, join(this.tmp, end));
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM read_parquet('${join(this.tmp, end).replace(/'/g, "''")}')`);
			(manifest.jawaban ??= {})[a.nama] = { parquet: end, baris: Number(n) };
		}
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
		const code = (await koneksi.runAndReadAll('SELECT kode FROM kecamatan')).getRowObjects().map((r) => String(r.kode));
		const start = partBounds(code, this.opsi.kecamatanPerPart);
		if (start.length < 2) return;
		const section: ManifestParts = { kolom: PART_COLUMN, awal: start, tabel: {} };
		for (const name of terbagi) {
			const tt = this.tabel.get(name)!;
			const list: ManifestParts['tabel'][string] = [];
			for (let i = 0; i < start.length; i++) {
				const filter = partFilter(start, i);
				const temp = join(this.tmp, `${name}.b${i}.parquet`);
				await koneksi.run(`COPY (SELECT * FROM ${quoteIdent(name)} WHERE ${filter}) TO '${temp.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
				const end = `${name}.b${i}.${await hash8(temp)}.parquet`;
				renameSync(temp, join(this.tmp, end));
				// the part's count from its own file (Parquet metadata, no second scan of the table);
				// the sum over the parts is checked against the table below
				const n = Number(
					(await koneksi.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${join(this.tmp, end).replace(/'/g, "''")}')`)).getRowObjects()[0].n
				);
				await periksaParquet(koneksi, tt.t, join(this.tmp, end), n);
				list.push({ parquet: end, baris: n });
			}
			const sum = list.reduce((a, b) => a + b.baris, 0);
			if (sum !== tt.jumlah) throw new Error(`${name}: bagian-bagiannya berisi ${sum} baris, tabelnya ${tt.jumlah}`);
			section.tabel[name] = list;
		}
		// the summaries a kecamatan page reads, in the same parts (src/lib/query/summaries.ts `bagian`)
		for (const r of SUMMARIES.filter((x) => x.bagian && manifest.ringkasan?.[x.nama] && this.tabel.has(x.dari))) {
			const list: { parquet: string; baris: number }[] = [];
			for (let i = 0; i < start.length; i++) {
				const filter = partFilter(start, i);
				const temp = join(this.tmp, `${r.nama}.b${i}.parquet`);
				// cut from the summary's whole file just written: its rows, a few MB, not the table again
				const whole = join(this.tmp, manifest.ringkasan![r.nama].parquet).replace(/'/g, "''");
				await koneksi.run(`COPY (SELECT * FROM read_parquet('${whole}') WHERE ${filter}) TO '${temp.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
				const end = `${r.nama}.b${i}.${await hash8(temp)}.parquet`;
				renameSync(temp, join(this.tmp, end));
				const n = Number(
					(await koneksi.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${join(this.tmp, end).replace(/'/g, "''")}')`)).getRowObjects()[0].n
				);
				await periksaParquet(koneksi, summaryTable(r), join(this.tmp, end), n);
				list.push({ parquet: end, baris: n });
			}
			const sum = list.reduce((a, b) => a + b.baris, 0);
			const whole = manifest.ringkasan![r.nama].baris;
			if (sum !== whole) throw new Error(`${r.nama}: bagian-bagiannya berisi ${sum} baris, ringkasannya ${whole}`);
			manifest.ringkasan![r.nama].bagian = list;
		}
		manifest.bagian = section;
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
		const file = [
			...Object.values(manifest.tabel).flatMap((b) => [b.parquet, b.csv]),
			...Object.values(manifest.dokumen ?? {}),
			...Object.values(manifest.aset ?? {}),
			...Object.values(manifest.ringkasan ?? {}).flatMap((r) => [
				r.parquet,
				...Object.values(r.tahun ?? {}).map((t) => t.parquet),
				...(r.bagian ?? []).map((b) => b.parquet)
			]),
			...Object.values(manifest.bagian?.tabel ?? {}).flatMap((b) => b.map((x) => x.parquet)),
			...Object.values(manifest.jawaban ?? {}).map((j) => j.parquet),
			...Object.values(manifest.lampiran ?? {})
		];
		mkdirSync(this.tujuan, { recursive: true });
		for (const [i, f] of file.entries()) {
			mkdirSync(dirname(join(this.tujuan, f)), { recursive: true });
			// a name already there holds the same content (the name is its hash)
			renameSync(join(this.tmp, f), join(this.tujuan, f));
			if (i === 0) setelah('berkas-pertama');
		}
		setelah('berkas');
		for (const name of polos) renameSync(join(this.tmp, name), join(this.tujuan, name));
		setelah('lampiran');
		const temp = join(this.tujuan, `.manifest.json.baru-${process.pid}`);
		const fd = openSync(temp, 'w');
		try {
			writeSync(fd, JSON.stringify(manifest, null, '\t') + '\n');
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		setelah('manifest-sementara');
		renameSync(temp, join(this.tujuan, 'manifest.json'));
		this.selesaiAtauBatal = true;
		setelah('manifest');
		try {
			hapusKecuali(this.tujuan, new Set(['manifest.json', ...polos, ...file]), () => setelah('hapus-pertama'));
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
	const pattern = new RegExp(`^\\.${basename(tujuan).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(baru|lama)-(\\d+)$`);
	let content: string[];
	try {
		content = readdirSync(dirname(tujuan));
	} catch {
		return;
	}
	for (const f of content) {
		const m = pattern.exec(f);
		if (m && Number(m[2]) !== process.pid && !hidup(Number(m[2]))) rmSync(join(dirname(tujuan), f), { recursive: true, force: true });
	}
}

/** Reads a written Parquet file back: the schema's column names and types, and the row count. */
async function periksaParquet(koneksi: DuckDBConnection, t: TableDef, path: string, sum: number): Promise<void> {
	const source = `read_parquet('${path.replace(/'/g, "''")}')`;
	const column = (await koneksi.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjects();
	const tertulis = column.map((k) => `${k.column_name} ${k.column_type}`).join(', ');
	const expected = t.kolom.map((k) => `${k.nama} ${k.tipe}`).join(', ');
	if (tertulis !== expected) throw new Error(`${basename(path)}: kolom Parquet tidak sesuai skema.\n  tertulis:    ${tertulis}\n  diharapkan: ${expected}`);
	const n = Number((await koneksi.runAndReadAll(`SELECT count(*) AS n FROM ${source}`)).getRowObjects()[0].n);
	if (n !== sum) throw new Error(`${basename(path)}: ${n} baris tertulis, seharusnya ${sum}`);
}

function salinDokumen(dir: string, dokumen: Record<string, Uint8Array>): Record<string, string> {
	return Object.fromEntries(Object.entries(dokumen).map(([file, content]) => [file, copyDocument(dir, file, content)]));
}

/**
 * Files published beside the tables under content-hashed names (`peta-kecamatan.json`
 * → `peta-kecamatan.<hash8>.json`), so the server marks them immutable and a page
 * fetches them through the HTTP cache like the Parquet files.
 */
function tulisAset(dir: string, aset: Record<string, Uint8Array>): Record<string, string> {
	const list: Record<string, string> = {};
	for (const [name, content] of Object.entries(aset)) {
		if (!/^[A-Za-z0-9_-]+\.[a-z]+$/.test(name)) throw new Error(`nama berkas aset tidak sah: ${name}`);
		const ext = extname(name);
		const end = `${basename(name, ext)}.${createHash('sha256').update(content).digest('hex').slice(0, 8)}${ext}`;
		writeFileSync(join(dir, end), content);
		list[name] = end;
	}
	return list;
}

/** Writes a whole in-memory dataset in one go, with the original documents and other files when given. */
export async function writeDataset(
	tujuan: string,
	data: RowsByTable,
	json: Record<string, unknown> = {},
	dokumen: Record<string, Uint8Array> = {},
	aset: Record<string, Uint8Array> = {},
	options: WriteOptions = {}
): Promise<Manifest> {
	const penulis = await DatasetWriter.buka(tujuan, TABLES, options);
	try {
		penulis.tambahSemua(data);
	} catch (e) {
		penulis.batal();
		throw e;
	}
	return penulis.selesai(json, dokumen, aset);
}
