/**
 * Extracted reports (Laporan) → rows of every table in schema.ts, checked
 * against the schema. Plain TypeScript: the data build, the synthetic-data
 * generator and the browser's upload feature all use it.
 *
 * Rows are built from the schema: a column takes the report's context value
 * (laporan_id, kecamatan, tahun_laporan, file) or the record's field of the same
 * name, so a column added to schema.ts and to the record type flows through
 * without touching this file.
 */
import { placeLabel, placeOfLine } from '../document/place';
import type { KecamatanRef, Report, MasterData } from '../lkip/types';
import { TABLES, tabel, type ColumnDef, type TableDef } from './schema';
import { markIkmChoice } from '../domain/ikm-choice';
import { anggaranScope } from '../domain/anggaran-scope';
import { computeSerapan, ikmMutu } from '../domain/scales';
import { methodFor } from '../lkip/ikm-method';
import { kecamatanNameKey } from '../lkip/kecamatan-name';

export type ColumnValue = string | number | bigint | boolean | null | number[];
export type StoredRow = Record<string, ColumnValue>;
export type RowsByTable = Record<string, StoredRow[]>;

/** Something besides the extraction that adds rows (e.g. the audit's findings). */
export type RowProducer = (laporan: Report[], ref: MasterData) => RowsByTable;

function withSerapan<T extends { pagu: number | null; realisasi: number | null }>(r: T): T & { serapan: number | null } {
	return { ...r, serapan: computeSerapan(r.realisasi, r.pagu) };
}

/** Per-report tables and where their records live on a Laporan: the one list to extend. */
export const PER_REPORT_TABLES = {
	// the chosen statement of each year is marked once, here (domain/ikm-choice.ts)
	ikm: (l: Report) => {
		const metode = methodFor(l.ikm, l.ikm_metode ?? []);
		// the grade and the method are derived once, here, and published with the value
		return markIkmChoice(l.ikm).map((v, i) => ({
			...v,
			mutu_permenpan: ikmMutu(v.realisasi)?.kode ?? null,
			metode: metode[i]?.metode ?? null,
			metode_line: metode[i]?.line ?? null
		}));
	},
	ikm_kabupaten: (l: Report) => l.ikm_kabupaten ?? [],
	// the standard name comes from the mapping, once, here: a printed name (of an upload, say) never relabels an indicator
	indikator: (l: Report, ref: MasterData) => {
		const baku = new Map(ref.indikator.map((a) => [a.kunci, a.label]));
		return l.indikator.map((i) => ({ ...i, indikator_baku: i.kunci === null ? null : (baku.get(i.kunci) ?? null) }));
	},
	skala_predikat: (l: Report) => l.skala.map((s, i) => ({ ...s, urutan: i + 1 })),
	// serapan is decided here, once, and published: SQL, pages and downloads read the column
	anggaran: (l: Report) => l.anggaran.map(withSerapan),
	belanja: (l: Report) => l.belanja.map(withSerapan),
	anggaran_tahun_lain: (l: Report) => l.anggaran_tahun_lain.map(withSerapan),
	profil: (l: Report) => l.profil,
	efisiensi: (l: Report) => l.efisiensi ?? [],
	ikm_metode: (l: Report) => l.ikm_metode ?? [],
	ikm_unsur: (l: Report) => l.ikm_unsur ?? [],
	peringatan: (l: Report) => l.peringatan
} satisfies Record<string, (l: Report, ref: MasterData) => readonly object[]>;

/** LKIP under the SAKIP rules exist from the 2000s; earlier years are misreads. */
export const MIN_YEAR = 2000;
/** Renstra tables state targets up to five years ahead; a report year cannot be in the future. */
const YEARS_AHEAD = 10;

const INT32_MAX = 2 ** 31 - 1;

const kecamatanIndex = new WeakMap<MasterData, Map<string, KecamatanRef>>();

export function lookupKecamatan(name: string, ref: MasterData): KecamatanRef | null {
	let index = kecamatanIndex.get(ref);
	if (!index) {
		index = new Map();
		for (const k of ref.kecamatan) {
			if (!index.has(kecamatanNameKey(k.slug))) index.set(kecamatanNameKey(k.slug), k);
			if (!index.has(kecamatanNameKey(k.nama))) index.set(kecamatanNameKey(k.nama), k);
		}
		kecamatanIndex.set(ref, index);
	}
	return index.get(kecamatanNameKey(name)) ?? null;
}

const codeIndex = new WeakMap<MasterData, Map<string, KecamatanRef>>();

/** The kecamatan of a report: by its code when the source states one, else by its name. */
export function reportKecamatan(l: Pick<Report, 'kecamatan' | 'kode_kecamatan'>, ref: MasterData): KecamatanRef | null {
	if (l.kode_kecamatan) {
		let index = codeIndex.get(ref);
		if (!index) codeIndex.set(ref, (index = new Map(ref.kecamatan.map((k) => [k.kode, k]))));
		return index.get(l.kode_kecamatan) ?? null;
	}
	return l.kecamatan ? lookupKecamatan(l.kecamatan, ref) : null;
}

/** Why an extraction is not a usable LKIP (no kecamatan or year), or null when it is. */
export function notLkipReason(l: Report): string | null {
	if (!l.kecamatan && l.kecamatan_masalah) return l.kecamatan_masalah.pesan;
	if (!l.kecamatan && !l.tahun) return 'nama kecamatan dan tahun laporan tidak ditemukan; berkas ini tampaknya bukan LKIP kecamatan';
	if (!l.kecamatan) return 'nama kecamatan tidak ditemukan; berkas ini tampaknya bukan LKIP kecamatan';
	if (!l.tahun) return 'tahun laporan tidak ditemukan';
	return null;
}

export function reportId(k: KecamatanRef, year: number): string {
	return `${k.slug}-${year}`;
}

// read once: validation runs per row, millions of times at the synthetic scales
const THIS_YEAR = new Date().getFullYear();
function thisYear(): number {
	return THIS_YEAR;
}

const columnNames = new WeakMap<TableDef, Set<string>>();
function tableColumns(t: TableDef): Set<string> {
	let s = columnNames.get(t);
	if (!s) columnNames.set(t, (s = new Set(t.kolom.map((k) => k.nama))));
	return s;
}

function rowLocation(t: TableDef, b: StoredRow, lokasi?: string): string {
	if (lokasi) return lokasi;
	if (typeof b.file === 'string' && typeof b.line === 'number') return `${b.file} baris ${b.line}`;
	if (typeof b.file === 'string') return b.file;
	return `tabel ${t.nama}`;
}

function shown(v: unknown): string {
	if (typeof v === 'string') return `"${v.length > 60 ? v.slice(0, 60) + '…' : v}"`;
	if (Array.isArray(v)) return `[${v.join(', ')}]`;
	return String(v);
}

function checkYear(k: ColumnDef, t: TableDef, v: number): string | null {
	// the year a report is about cannot lie ahead; years it mentions (targets) may
	const tahunLaporan = k.nama === 'tahun_laporan' || (t.nama === 'laporan' && k.nama === 'tahun');
	const maks = thisYear() + (tahunLaporan ? 0 : YEARS_AHEAD);
	if (v < MIN_YEAR || v > maks) return `tahun ${v} tidak masuk akal (harus ${MIN_YEAR}–${maks})`;
	return null;
}

/** What is wrong with one value of column k, or null. */
function valueProblem(k: ColumnDef, t: TableDef, v: ColumnValue): string | null {
	switch (k.tipe) {
		case 'VARCHAR':
			return typeof v === 'string' ? null : 'harus teks';
		case 'BOOLEAN':
			return typeof v === 'boolean' ? null : 'harus benar/salah';
		case 'DOUBLE':
			return typeof v === 'number' && Number.isFinite(v) ? null : 'harus angka';
		case 'BIGINT':
			if (typeof v === 'bigint')
				return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? null : 'di luar rentang bilangan bulat yang aman';
			return typeof v === 'number' && Number.isSafeInteger(v)
				? null
				: 'harus bilangan bulat rupiah yang aman (tanpa pecahan, paling besar 9.007.199.254.740.991)';
		case 'INTEGER': {
			if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > INT32_MAX) return 'harus bilangan bulat';
			if (k.nama === 'tahun' || k.nama === 'tahun_laporan') return checkYear(k, t, v);
			if (k.nama === 'line' && v < 1) return 'nomor baris harus mulai dari 1';
			return null;
		}
		case 'INTEGER[]': {
			if (!Array.isArray(v) || !v.every((x) => Number.isInteger(x) && Math.abs(x) <= INT32_MAX)) return 'harus daftar bilangan bulat';
			if (k.nama === 'tahun_laporan')
				for (const x of v) {
					const m = checkYear(k, t, x);
					if (m) return m;
				}
			return null;
		}
	}
}

/**
 * Check one row against its table: every column known, required ones present,
 * values of the column's type. Throws an Error naming file and line.
 */
export function validateRow(t: TableDef, b: StoredRow, lokasi?: string): void {
	const dikenal = tableColumns(t);
	for (const nama in b) {
		if (!dikenal.has(nama)) throw new Error(`${rowLocation(t, b, lokasi)}: tabel ${t.nama} tidak punya kolom "${nama}"`);
	}
	for (const k of t.kolom) {
		const v = b[k.nama];
		if (v === null || v === undefined) {
			if (k.wajib) throw new Error(`${rowLocation(t, b, lokasi)}: kolom "${k.nama}" tabel ${t.nama} wajib diisi tetapi kosong`);
			continue;
		}
		const problem = valueProblem(k, t, v);
		if (problem) throw new Error(`${rowLocation(t, b, lokasi)}: kolom "${k.nama}" tabel ${t.nama} ${problem}; tertulis ${shown(v)}`);
	}
}

export interface RowPlace {
	page: number | null;
	letak: string | null;
}

/** The schema's `page` and `letak` of a line: where it was printed in the original PDF or DOCX (both null for text). */
export function rowPlace(l: Pick<Report, 'dokumen'>, line: number): RowPlace {
	const p = l.dokumen ? placeOfLine(l.dokumen, line) : null;
	return { page: p?.kind === 'pdf' ? p.page : null, letak: p ? placeLabel(p) : null };
}

/** Why a report gets no rows (not a LKIP, or a kecamatan not in the reference), or null: what reportRows throws. */
export function reportProblem(l: Report, ref: MasterData): string | null {
	const bukan = notLkipReason(l);
	if (bukan) return bukan;
	if (!reportKecamatan(l, ref))
		return `kecamatan "${l.kecamatan}"${l.kode_kecamatan ? ` (kode ${l.kode_kecamatan})` : ''} tidak ada dalam daftar referensi kecamatan (data/kecamatan.csv)`;
	return null;
}

/** Rows of the per-report tables for one report, validated. Throws on a non-LKIP or unknown kecamatan. */
export function reportRows(l: Report, ref: MasterData): RowsByTable {
	const problem = reportProblem(l, ref);
	if (problem) throw new Error(`${l.file}: ${problem}`);
	const kec = reportKecamatan(l, ref)!;
	const tahun = l.tahun!;
	const konteks: StoredRow = { laporan_id: reportId(kec, tahun), kecamatan: kec.nama, kode_kecamatan: kec.kode, tahun_laporan: tahun, file: l.file };

	const result: RowsByTable = {};
	const parent: StoredRow = {
		laporan_id: konteks.laporan_id,
		file: l.file,
		format: l.dokumen?.format ?? 'txt',
		jumlah_halaman: l.dokumen?.pages ?? null,
		kecamatan: kec.nama,
		kode_kecamatan: kec.kode,
		kabupaten: l.kabupaten,
		tahun,
		jumlah_indikator: l.indikator.length,
		jumlah_anggaran: l.anggaran.length,
		jumlah_peringatan: l.peringatan.length,
		capaian_maks_100: l.capaian_maks_100 !== null,
		capaian_maks_100_line: l.capaian_maks_100?.line ?? null,
		capaian_maks_100_raw: l.capaian_maks_100?.raw ?? null,
		cakupan_anggaran: anggaranScope(l.anggaran.find((a) => a.level === 'total')?.pagu ?? null, l.belanja)
	};
	const tLaporan = tabel('laporan');
	validateRow(tLaporan, parent);
	result.laporan = [parent];

	for (const [nama, rekaman] of Object.entries(PER_REPORT_TABLES)) {
		const t = tabel(nama);
		result[nama] = rekaman(l, ref).map((r) => {
			const rec = r as unknown as Record<string, ColumnValue>;
			const b: StoredRow = {};
			const place = typeof rec.line === 'number' ? rowPlace(l, rec.line) : null;
			for (const k of t.kolom)
				b[k.nama] = k.nama in konteks ? konteks[k.nama] : place && k.nama in place ? place[k.nama as keyof RowPlace] : (rec[k.nama] ?? null);
			validateRow(t, b);
			return b;
		});
	}
	return result;
}

/** The `kecamatan` table: every kecamatan of the reference, with the years that have reports. */
export function kecamatanRows(ref: MasterData, tahunPerKode: ReadonlyMap<string, readonly number[]>): StoredRow[] {
	const t = tabel('kecamatan');
	return ref.kecamatan.map((k) => {
		const year = [...(tahunPerKode.get(k.kode) ?? [])].sort((a, b) => a - b);
		const b: StoredRow = {
			kode: k.kode,
			kecamatan: k.nama,
			slug: k.slug,
			jumlah_desa: k.desa,
			jumlah_kelurahan: k.kelurahan,
			ada_laporan: year.length > 0,
			tahun_laporan: year
		};
		validateRow(t, b, `referensi kecamatan ${k.kode} ${k.nama}`);
		return b;
	});
}

/** Collects the years per kecamatan and refuses a second report for the same kecamatan and year. */
export class ReportRecorder {
	private readonly fileSama = new Map<string, string>();
	readonly tahunPerKode = new Map<string, number[]>();

	catat(laporanIdBaru: string, code: string, year: number, file: string): void {
		const old = this.fileSama.get(laporanIdBaru);
		if (old !== undefined)
			throw new Error(`${file}: laporan kecamatan dan tahun yang sama (${laporanIdBaru}) sudah dibaca dari ${old}; hapus salah satu dari ${old} dan ${file}`);
		this.fileSama.set(laporanIdBaru, file);
		const list = this.tahunPerKode.get(code) ?? [];
		list.push(year);
		this.tahunPerKode.set(code, list);
	}
}

/** Empty row lists for every table of the schema. */
export function emptyTables(): RowsByTable {
	return Object.fromEntries(TABLES.map((t) => [t.nama, [] as StoredRow[]]));
}

/**
 * The whole dataset from a list of reports: per-report tables, the kecamatan
 * table, and rows from extra producers (the audit). Throws on the first problem.
 */
export function datasetRows(laporan: readonly Report[], ref: MasterData, tambahan: readonly RowProducer[] = []): RowsByTable {
	const result = emptyTables();
	const pencatat = new ReportRecorder();
	for (const l of laporan) {
		const row = reportRows(l, ref);
		const parent = row.laporan[0];
		pencatat.catat(parent.laporan_id as string, parent.kode_kecamatan as string, parent.tahun as number, l.file);
		for (const [nama, daftar] of Object.entries(row)) for (const b of daftar) result[nama].push(b);
	}
	result.kecamatan = kecamatanRows(ref, pencatat.tahunPerKode);
	for (const penghasil of tambahan) {
		const rows = penghasil([...laporan], ref);
		validateRows(rows);
		for (const [nama, daftar] of Object.entries(rows)) for (const b of daftar) result[nama].push(b);
	}
	return result;
}

/** Checks rows that reportRows did not make (a producer's, the audit's) against their tables; throws on the first problem. */
export function validateRows(rows: RowsByTable): void {
	for (const [nama, daftar] of Object.entries(rows)) {
		const t = tabel(nama);
		for (const b of daftar) validateRow(t, b);
	}
}
