/**
 * What the extractor reads out of one LKIP text. Plain data, no classes, so the
 * same objects serialise to the CLI's JSON, to Parquet rows and to the browser.
 *
 * Provenance: every figure has `line` (1-based line in the source text) and `raw`
 * (the printed text of that line, trimmed); the file name lives on the report.
 * Rupiah amounts are integers (`number`, checked with Number.isSafeInteger);
 * nothing is rounded here, rounding is for display only.
 */
import type { DocumentFormat, Place } from '../document/types';

export interface Peringatan {
	line: number;
	pesan: string;
}

/** Where in the report a figure was stated: used by the audit to compare sections. */
export type Section =
	| 'ikhtisar' // ringkasan / ikhtisar eksekutif
	| 'pengukuran' // tabel pengukuran kinerja tahun laporan (Tabel 3.1 and the like)
	| 'perbandingan' // tabel perbandingan antar-tahun / dengan renstra / nasional
	| 'perjanjian_kinerja'
	| 'rkt'
	| 'renstra'
	| 'anggaran' // tabel realisasi anggaran
	| 'penutup'
	| 'narasi' // any other running text
	| 'lainnya';

export interface IkmRecord {
	/** year the value belongs to (comparison tables give earlier years) */
	tahun: number;
	target: number | null;
	realisasi: number | null;
	/** printed quality letter (A/B/C/D) when the report prints one */
	mutu: string | null;
	target_raw: string | null;
	realisasi_raw: string | null;
	bagian: Section;
	line: number;
	raw: string;
}

/** The kabupaten's IKM as a report prints it (lkip/ikm-kabupaten.ts). */
export interface IkmKabupatenRecord {
	tahun: number;
	/** the kabupaten's name as printed after "Kabupaten", when it is */
	kabupaten: string | null;
	realisasi: number;
	realisasi_raw: string;
	bagian: Section;
	line: number;
	raw: string;
}

export type Satuan = '%' | 'indeks' | 'dokumen' | 'huruf' | 'nilai' | 'lainnya';

export interface IndikatorRecord {
	tahun: number;
	/** 1-based row order in the measurement table */
	no: number;
	sasaran: string | null;
	indikator: string;
	/** canonical key from data/indikator.csv, null when no rule matched */
	kunci: string | null;
	target: number | null;
	realisasi: number | null;
	capaian: number | null;
	target_raw: string;
	realisasi_raw: string;
	capaian_raw: string;
	satuan: Satuan | null;
	line: number;
	raw: string;
}

/** `rincian`: a budget account below a sub kegiatan ("Belanja Modal Peralatan dan Mesin"), in a block read one level down */
export type AnggaranLevel = 'total' | 'program' | 'kegiatan' | 'subkegiatan' | 'rincian';

export interface AnggaranRecord {
	level: AnggaranLevel;
	/** 1-based order of the row in the budget tree, parents before children */
	urutan: number;
	/** printed numbering such as "1", "2.1", "Kegiatan 3" when present */
	kode: string | null;
	uraian: string;
	/** uraian of the enclosing program / kegiatan (null for total and for programs) */
	program: string | null;
	kegiatan: string | null;
	/**
	 * Permendagri 90/2019 code of the row's program (data/program.csv): of the row itself
	 * for a program, of its program for the rows below; null when no rule matched.
	 * Absent on uploads kept before programs were mapped.
	 */
	kode_program?: string | null;
	/** the standard name of that program */
	program_baku?: string | null;
	pagu: number | null;
	realisasi: number | null;
	/** printed percentage, as a number (85,47% -> 85.47) */
	persen: number | null;
	pagu_raw: string | null;
	realisasi_raw: string | null;
	persen_raw: string | null;
	line: number;
	raw: string;
}

export type BelanjaKind = 'operasi' | 'modal' | 'pegawai' | 'barang_jasa' | 'langsung' | 'tidak_langsung' | 'lainnya';

export interface BelanjaRecord {
	jenis: BelanjaKind;
	uraian: string;
	pagu: number | null;
	realisasi: number | null;
	line: number;
	raw: string;
}

export interface AnggaranTahunLainRecord {
	tahun: number;
	pagu: number | null;
	realisasi: number | null;
	persen: number | null;
	bagian: Section;
	line: number;
	raw: string;
}

export type ProfilAttribute = 'penduduk' | 'penduduk_l' | 'penduduk_p' | 'jumlah_desa' | 'jumlah_kelurahan' | 'luas_km2' | 'pegawai_total';

export interface ProfilRecord {
	atribut: ProfilAttribute;
	nilai: number;
	/** the year the figure is of, as printed with it ("pada akhir tahun 2023"); null when not printed */
	tahun_data?: number | null;
	/** the source printed with it ("Sumber: BPS, Kecamatan X Dalam Angka 2024"); null when not printed */
	sumber_data?: string | null;
	line: number;
	raw: string;
}

/** One row of the report's table relating a sasaran to its budget ("Efisiensi Penggunaan Sumber Daya"). */
export interface EfisiensiRecord {
	/** 1-based row order */
	no: number;
	sasaran: string;
	/** % capaian kinerja as printed, read */
	capaian: number | null;
	/** % serapan anggaran as printed, read */
	serapan: number | null;
	capaian_raw: string;
	serapan_raw: string;
	/** the report's own verdict ("Efisien"), as printed */
	tingkat: string | null;
	line: number;
	raw: string;
}

/** How the IKM was measured (survey.ts in lkip: ikm-method.ts): SUKMA-e, a survey by Bappeda or a university, a manual survey. */
export type IkmMethod = 'sukma_e' | 'bappeda' | 'universitas' | 'manual';

/** A statement of the report about its satisfaction survey: method, respondents, period; each null when the line does not say. */
export interface IkmMethodRecord {
	metode: IkmMethod | null;
	/** the words that name the method or the body, as printed ("aplikasi SUKMA-e", "LPPM Universitas Jember") */
	lembaga: string | null;
	jumlah_responden: number | null;
	/** the survey period as printed ("Januari s.d. Desember 2023", "Triwulan IV 2023") */
	periode: string | null;
	line: number;
	raw: string;
}

/** One unsur's score in the survey table a report prints (ikm-unsur.ts), on the report's own scale (NRR 1–4 or 25–100). */
export interface IkmUnsurRecord {
	/** line of the table's header row: the rows of one table share it */
	tabel_line: number;
	/** order of the unsur in its table, from 1 */
	no: number;
	/** the unsur's name as printed */
	unsur: string;
	nilai: number;
	/** the score as printed */
	nilai_raw: string;
	/** the predikat or mutu printed beside it, as printed; null when the table has none */
	predikat: string | null;
	line: number;
	raw: string;
}

/** A statement of the report with its place: line (1-based) and the printed line, trimmed. */
export interface TextSource {
	line: number;
	raw: string;
}

/** One level of the predikat scale the report prints for its capaian ("AA ➤ 90 - 100 Sangat Memuaskan"). */
export interface ScaleRecord {
	/** printed code such as "AA", "BB", when the row has one */
	kode: string | null;
	label: string;
	/** lower bound as printed; null when open below ("Kurang dari 55 %") */
	bawah: number | null;
	/** upper bound as printed; null when open above ("Lebih dari 100 %") */
	atas: number | null;
	line: number;
	raw: string;
}

export interface Report {
	file: string;
	kecamatan: string | null;
	/**
	 * The Kemendagri code, when the source states it (a synthetic report, an upload
	 * row): it decides the kecamatan, since names repeat across kabupaten.
	 */
	kode_kecamatan?: string | null;
	/** where the kecamatan was read: the cover, or only the body (a warning says so) */
	kecamatan_keyakinan?: 'sampul' | 'isi' | null;
	/** why no kecamatan was given: a name not in the list, or more than one; the report is refused */
	kecamatan_masalah?: Peringatan;
	kabupaten: string | null;
	/** the year whose performance is reported (not the publication year) */
	tahun: number | null;
	ikm: IkmRecord[];
	/** the kabupaten's IKM as printed in the text; absent on uploads kept before it was read */
	ikm_kabupaten?: IkmKabupatenRecord[];
	indikator: IndikatorRecord[];
	anggaran: AnggaranRecord[];
	belanja: BelanjaRecord[];
	anggaran_tahun_lain: AnggaranTahunLainRecord[];
	profil: ProfilRecord[];
	/** the sasaran-to-budget table (absent on uploads kept before it was read) */
	efisiensi?: EfisiensiRecord[];
	/** what the report says about how its IKM was measured (absent on uploads kept before it was read) */
	ikm_metode?: IkmMethodRecord[];
	/** the survey's score per unsur, where the report prints it (absent on uploads kept before it was read) */
	ikm_unsur?: IkmUnsurRecord[];
	/** indicator names that no rule of data/indikator.csv matched */
	indikator_tak_dikenal: string[];
	/** program names (budget rows at program level) that no rule of data/program.csv matched; absent on older uploads */
	program_tak_dikenal?: string[];
	peringatan: Peringatan[];
	/** the report's own predikat scale, in printed order; empty when it states none */
	skala: ScaleRecord[];
	/** where the report says a capaian above 100% counts as 100%; null when it does not */
	capaian_maks_100: TextSource | null;
	/**
	 * The original document when it was a PDF or DOCX: where each line of the
	 * reading text was printed. Absent for a text report (the line is the place)
	 * and for uploads kept before documents were read.
	 */
	dokumen?: ReportDocument;
}

/** A report's original document: its format, pages and the place of every line the extractor read. */
export interface ReportDocument {
	format: DocumentFormat;
	pages: number | null;
	places: (Place | null)[];
}

/** Reference data the extractor needs; loaded from data/ by Node, fetched by the browser. */
export interface IndikatorMapping {
	kunci: string;
	label: string;
	polaritas: 'positif' | 'negatif';
	/** every group must match (AND); within a group any alternative (OR) */
	pola: string[][];
}

export interface KecamatanRef {
	kode: string;
	nama: string;
	slug: string;
	desa: number;
	kelurahan: number;
}

/** One rule of data/program.csv: a Permendagri 90/2019 program and the keywords its printed names carry. */
export interface ProgramMapping {
	/** program code, e.g. "7.01.02" */
	kode: string;
	/** the standard name */
	nama: string;
	pola: string[][];
}

/** One kabupaten of data/kabupaten.csv: its Kemendagri code ("35.09") and name ("Jember"). */
export interface KabupatenRef {
	kode: string;
	nama: string;
}

export interface MasterData {
	kecamatan: KecamatanRef[];
	/** data/kabupaten.csv: tells apart kecamatan of the same name; absent in reference data saved before it */
	kabupaten?: KabupatenRef[];
	indikator: IndikatorMapping[];
	/** data/program.csv; absent in reference data saved before programs were mapped */
	program?: ProgramMapping[];
}

/** What the section extractors get besides the rows: shared context computed once per report. */
export interface ExtractionContext {
	/** report year, when identity extraction found it */
	tahun: number | null;
	/** section of the report each line belongs to, indexed by line - 1 */
	bagian: Section[];
	/** how the report writes its figures (numbers.ts FormatAngka): 'id' 1.234,5 (when absent) or 'en' 1,234.5 */
	format?: 'id' | 'en';
}
