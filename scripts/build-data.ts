/**
 * `npm run data`: every LKIP in data/lkip/ (.pdf, .docx or .txt) → the dataset
 * in static/data/ (Parquet + CSV per table, manifest.json, referensi.json, and a
 * copy of each original document under dokumen/ for the viewer).
 *
 * data/lkip/ is curated, so anything doubtful stops the build rather than
 * being skipped: a file that is not a LKIP (no kecamatan or year), a kecamatan
 * missing from data/kecamatan.csv, two reports for the same kecamatan and year,
 * a row that violates the schema. Every problem is listed with its file (and
 * line where there is one) and the previous dataset stays in place.
 *
 * Reports are read, extracted and put through the audit rules that read one report
 * alone, then audited per kecamatan (the rule across years, the grouping by cause, the
 * score and rows), on every core (worker threads: scripts/extract-pool.ts,
 * scripts/audit-pool.ts); the summary prints reports and PDF pages per second. In between, each report and its text wait on disk in the
 * writer's staging directory (spool.ts) and each document is copied there as it is
 * read; each kecamatan's rows are written as its audit comes in. So what the build
 * holds is a line per report, not every text, document and row: a national build's
 * texts alone are gigabytes.
 *
 * Options (for tests and one-off builds): --lkip DIR, --out DIR, --referensi DIR
 * (where kecamatan.csv, indikator.csv and program.csv live), --pekerja N (threads;
 * 1 reads in the main thread).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { kecamatanRows, reportRows, ReportRecorder, validateRows, type RowProducer } from '../src/lib/store/rows';
import { isReportFile, REPORT_EXTENSIONS } from './read-report-file';
import { spoolAll, workerCount } from './extract-pool';
import type { SpoolPlace } from './spool';
import { readMasterData } from './master-data';
import { auditSpooled, type AuditTask } from './audit-pool';
import { DatasetWriter, type Manifest } from './write-parquet';
import { readMap, desaCountDifference, desaIdnFile } from './regions';

/**
 * Producers of rows beyond the extraction and the audit, run on each kecamatan's
 * reports as they are written; a new table goes into schema.ts too.
 */
export const EXTRA_INPUTS: RowProducer[] = [];

/** Reports written between checkpoints of the writer: what it holds in memory is bounded by these, not by the build. */
const REPORTS_PER_CHECKPOINT = 1000;

export interface BuildOptions {
	lkipDir: string;
	outDir: string;
	referensiDir: string;
	/** worker threads that read, extract and audit the reports (default: every core that pays, extract-pool.ts; 1 = this thread) */
	workers?: number;
}

/** How fast the reports were read and extracted. */
export interface ExtractionStats {
	/** files read */
	reports: number;
	/** PDF pages among them */
	pages: number;
	seconds: number;
	/** worker threads (1: this thread) */
	workers: number;
}

/** Seconds per phase after reading: the audit with the dataset rows written as it goes, then the files. */
export interface BuildPhases {
	baris: number;
	tulis: number;
}

/** A report in the dataset, as the summary names it. */
export interface BuiltReport {
	file: string;
	kode_kecamatan: string;
	tahun: number;
	/** extraction warnings (table peringatan) */
	peringatan: number;
}

export interface BuildResult {
	manifest: Manifest;
	phases: BuildPhases;
	/** in file order */
	laporan: BuiltReport[];
	catatan: string[];
	extraction: ExtractionStats;
}

/** `12 laporan (40 halaman PDF) dalam 0.8 s dengan 2 pekerja: 15.0 laporan/s, 50.0 halaman/s` */
export function formatExtraction(e: ExtractionStats): string {
	const per = (n: number) => (e.seconds > 0 ? (n / e.seconds).toFixed(1) : '–');
	return `Ekstraksi (dengan aturan audit per laporan): ${e.reports} laporan (${e.pages} halaman PDF) dalam ${e.seconds.toFixed(2)} s dengan ${e.workers} pekerja: ${per(e.reports)} laporan/s, ${per(e.pages)} halaman/s`;
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
	const ref = readMasterData(options.referensiDir);
	// area data first: a boundary or a desa count that belongs to another list stops the build
	const map = readMap(options.referensiDir, ref.kecamatan);
	const desaIdn = desaIdnFile();
	if (desaIdn) {
		const diff = desaCountDifference(ref.kecamatan, readFileSync(desaIdn, 'utf8'));
		if (diff.length) throw new Error(diff.join('\n'));
	}
	let name: string[];
	try {
		name = readdirSync(options.lkipDir).filter(isReportFile).sort();
	} catch {
		throw new Error(`folder laporan ${options.lkipDir} tidak dapat dibaca`);
	}
	if (name.length === 0) throw new Error(`tidak ada berkas ${REPORT_EXTENSIONS.join(', ')} di ${options.lkipDir}`);

	// nothing in outDir changes until the writer's last step; any error leaves it as it was
	const writer = await DatasetWriter.buka(options.outDir);
	try {
		const note: string[] = [];
		const error: string[] = [];
		const start = performance.now();
		const to = { staging: writer.stagingDir, spool: join(writer.stagingDir, 'antrean') };
		const dibaca = await spoolAll(options.lkipDir, name, ref, options.referensiDir, to, options.workers);
		const detik = (performance.now() - start) / 1000;
		let page = 0;
		const laporan: BuiltReport[] = [];
		const recorder = new ReportRecorder();
		// each kecamatan's reports, by code (names repeat across kabupaten), in file order
		const groups = new Map<string, SpoolPlace[]>();
		// in file order, whichever worker read it: the same dataset as one thread builds
		for (const h of dibaca) {
			note.push(...h.notes);
			page += h.pages ?? 0;
			if (h.error || !h.spool) {
				error.push(h.error ?? `${h.file}: pengekstrak gagal`);
				continue;
			}
			writer.addCopiedDocument(h.file, h.dokumen!);
			if (h.masalah || !h.kode || h.tahun === undefined || !h.laporan_id) {
				error.push(`${h.file}: ${h.masalah}`);
				continue;
			}
			try {
				recorder.catat(h.laporan_id, h.kode, h.tahun, h.file);
			} catch (e) {
				error.push((e as Error).message);
				continue;
			}
			laporan.push({ file: h.file, kode_kecamatan: h.kode, tahun: h.tahun, peringatan: h.peringatan ?? 0 });
			const group = groups.get(h.kode);
			if (group) group.push(h.spool);
			else groups.set(h.kode, [h.spool]);
		}
		const extraction: ExtractionStats = { reports: dibaca.length, pages: page, seconds: detik, workers: workerCount(name.length, options.workers) };
		if (error.length) throw new Error(error.join('\n'));

		const rowsStart = performance.now();
		const tasks: AuditTask[] = [...groups.values()].map((spool) => ({ spool }));
		let written = 0;
		await auditSpooled(
			tasks,
			ref,
			options.referensiDir,
			async (g) => {
				for (const l of g.laporan) writer.tambahSemua(reportRows(l, ref));
				for (const producer of EXTRA_INPUTS) {
					const rows = producer(g.laporan, ref);
					validateRows(rows);
					writer.tambahSemua(rows);
				}
				for (const rows of g.audit) {
					validateRows(rows);
					writer.tambahSemua(rows);
				}
				if (Math.floor((written + g.laporan.length) / REPORTS_PER_CHECKPOINT) > Math.floor(written / REPORTS_PER_CHECKPOINT)) await writer.simpanSementara();
				written += g.laporan.length;
			},
			options.workers
		);
		// every report audited: the spool is no longer needed (its files hold many kecamatan each)
		rmSync(to.spool, { recursive: true, force: true });
		for (const b of kecamatanRows(ref, recorder.tahunPerKode)) writer.tambah('kecamatan', b);
		const writeStart = performance.now();
		const manifest = await writer.selesai(
			{ 'referensi.json': ref },
			{},
			{
				'peta-kecamatan.json': map.geojson,
				'LICENSE-wilayah_boundaries.txt': map.lisensi
			}
		);
		const phases: BuildPhases = { baris: (writeStart - rowsStart) / 1000, tulis: (performance.now() - writeStart) / 1000 };
		return { manifest, phases, laporan, catatan: note, extraction };
	} catch (e) {
		writer.batal();
		throw e;
	}
}

function ringkasan(h: BuildResult, outDir: string): string {
	const peringatan = h.laporan.reduce((n, l) => n + l.peringatan, 0);
	const table = Object.entries(h.manifest.tabel)
		.map(([name, t]) => `  ${name.padEnd(20)} ${String(t.baris).padStart(6)} baris`)
		.join('\n');
	return [
		`${h.laporan.length} laporan dibaca: ${h.laporan.map((l) => l.file).join(', ')}`,
		table,
		`${peringatan} peringatan ekstraksi (lihat tabel peringatan)`,
		formatExtraction(h.extraction),
		`Baris data dan audit antartahun ${h.phases.baris.toFixed(2)} s, penulisan ${h.phases.tulis.toFixed(2)} s`,
		...h.catatan,
		`Ditulis ke ${outDir}`
	].join('\n');
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			lkip: { type: 'string', default: 'data/lkip' },
			out: { type: 'string', default: 'static/data' },
			referensi: { type: 'string', default: 'data' },
			pekerja: { type: 'string' }
		}
	});
	const pekerja = values.pekerja === undefined ? undefined : Number(values.pekerja);
	if (pekerja !== undefined && (!Number.isInteger(pekerja) || pekerja < 1)) {
		console.error(`--pekerja harus bilangan bulat positif, tertulis "${values.pekerja}"`);
		process.exitCode = 2;
		return;
	}
	const options: BuildOptions = { lkipDir: values.lkip!, outDir: resolve(values.out!), referensiDir: values.referensi!, workers: pekerja };
	try {
		const result = await buildData(options);
		console.log(ringkasan(result, values.out!));
	} catch (e) {
		console.error(`Data GAGAL dibangun; data lama di ${values.out} tidak diubah.\n${(e as Error).message}`);
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
