/**
 * What each page shows, as one function per page: run the page's queries with any
 * executor (node at prerender, DuckDB-WASM in the browser) and return plain data.
 * Filters are optional: without them the page shows its default (prerendered) view.
 */
import type { Executor, Query, QueryRow, Scope } from './executor';
import * as q from './sql';
import { sqlPublishedYears, sqlYearUploads } from './published-years';
import { sqlComparisonUploads } from './comparison-years';
import { HOME_LIST, homeQueries, sqlHomeAnswered } from './home-answers';
import { KECAMATAN_LIST_UP_TO, COMPARE_DEFAULT, COMPARE_ALL_UP_TO, MAP_UP_TO, KECAMATAN_SUGGESTIONS } from './limits';

export interface HomeFilter {
	tahun?: number;
}

/** A list over every kecamatan, cut for the page (sql.ts sqlPotong, limits in batas.ts). */
export interface Slice<R extends QueryRow = QueryRow> {
	/** what the chart draws: the best and worst UJUNG_GRAFIK kecamatan, or all */
	grafik: (R & q.SliceColumns)[];
	/** the data table's first BARIS_TABEL rows */
	tabel: (R & q.SliceColumns)[];
	/** kecamatan in the whole list */
	jumlahKecamatan: number;
	/** rows of the whole table */
	jumlahBaris: number;
}

/** A list of kecamatan as a page ships it: at most DAFTAR_KECAMATAN rows, and how many there are in all. */
export interface BoundedList {
	baris: QueryRow[];
	jumlah: number;
}

function batasi(rows: QueryRow[]): BoundedList {
	return { baris: rows.slice(0, KECAMATAN_LIST_UP_TO), jumlah: rows.length };
}

export interface HomeData {
	tahunTersedia: number[];
	/** years with reports of their own */
	tahunLaporan: number[];
	tahun: number | null;
	kpi: q.KpiRow | null;
	peringkatIkm: Slice<q.IkmRankingRow>;
	serapan: Slice<q.KecamatanSerapanRow>;
	capaian: Slice<q.CapaianMatrixRow>;
	/** the first DAFTAR_KECAMATAN kecamatan of the list (all of them up to that many) */
	kecamatan: q.KecamatanListRow[];
	/** kecamatan in the whole list */
	jumlahKecamatan: number;
	/** kecamatan without any processed report */
	tanpaLaporan: BoundedList;
	/** kecamatan with reports, but none for the year shown */
	belumTahunIni: BoundedList;
	/** every kecamatan with its IKM, serapan and mean capaian of the year, for the map (sqlMap) */
	peta: q.MapRow[];
}

export type HomeList = keyof typeof HOME_LIST;

const POTONGAN_KOSONG: Slice<never> = { grafik: [], tabel: [], jumlahKecamatan: 0, jumlahBaris: 0 };

/** A list as cut by sqlSlice (one query marks both parts: at most 2·CHART_TAIL + TABLE_ROWS rows). */
async function loadSlice<R extends q.ListColumns>(db: Executor, cut: Query<R & q.SliceColumns>, scope?: Scope): Promise<Slice<R>> {
	const rows = await db.query(cut, scope);
	return {
		grafik: rows.filter((r) => r.di_grafik),
		tabel: rows.filter((r) => r.di_tabel),
		jumlahKecamatan: Number(rows[0]?.jumlah_kecamatan ?? 0),
		jumlahBaris: Number(rows[0]?.jumlah_baris ?? 0)
	};
}

/** Every row of one of Beranda's lists, for a download (never shipped with the page). */
export type HomeListRow<K extends HomeList> = ReturnType<(typeof HOME_LIST)[K]> extends Query<infer R> ? R : never;

export function loadFullList<K extends HomeList>(db: Executor, list: K, year: number): Promise<HomeListRow<K>[]> {
	return db.query(HOME_LIST[list](year) as Query<HomeListRow<K>>, homeScope(year));
}

/*
 * The lists filters choose from (years, kecamatan, indicators) change only when
 * this browser's uploads do, so each engine answers them once; pasangUnggahan
 * forgets them when it replaces the uploads.
 */
const memo = new WeakMap<Executor, Map<string, Promise<QueryRow[]>>>();

function listQuery<R extends QueryRow>(db: Executor, sql: Query<R>): Promise<R[]> {
	let map = memo.get(db);
	if (!map) memo.set(db, (map = new Map()));
	// one map for every list: the SQL text, which carries its row type, is the key
	let promise = map.get(sql) as Promise<R[]> | undefined;
	if (!promise) {
		promise = db.query(sql);
		map.set(sql, promise);
		// a failed answer is not kept: the next call asks again
		promise.catch(() => map.delete(sql));
	}
	return promise;
}

/** Forget the filter lists of this engine (its data changed). */
export function forgetList(db: Executor): void {
	memo.delete(db);
	yearMemo.delete(db);
	answeredMemo.delete(db);
}

/** The year list of each engine, like the other lists (loadYears asks twice, so it is kept apart). */
const yearMemo = new WeakMap<Executor, Promise<q.ReportYearRow[]>>();

interface YearList {
	/** every year with a figure */
	semua: number[];
	/** years with a report of their own (the others are quoted by later reports) */
	denganLaporan: number[];
}

/**
 * The years as published (published-years.ts: a file of a few rows), or computed
 * again when this browser's uploads may add or change some. The answer is the
 * same; only what it reads differs.
 */
export async function loadYears(db: Executor): Promise<q.ReportYearRow[]> {
	const [{ n }] = await db.query<{ n: number | bigint }>(sqlYearUploads());
	return db.query(Number(n) > 0 ? q.sqlReportYears() : sqlPublishedYears());
}

async function yearList(db: Executor): Promise<YearList> {
	let map = yearMemo.get(db);
	if (!map) yearMemo.set(db, (map = loadYears(db)));
	map.catch(() => yearMemo.delete(db));
	const rows = await map;
	return {
		semua: rows.map((r) => r.tahun),
		denganLaporan: rows.filter((r) => r.jumlah_laporan > 0).map((r) => r.tahun)
	};
}

/** Per engine, whether Beranda reads its published answers (home-answers.ts); it changes with the uploads only. */
const answeredMemo = new WeakMap<Executor, Promise<boolean>>();

/** Whether Beranda reads the published answers of its years (also bench/batas-interaksi, which runs them bare). */
export function homeAnswered(db: Executor): Promise<boolean> {
	let p = answeredMemo.get(db);
	if (!p) {
		answeredMemo.set(db, (p = db.query(sqlHomeAnswered()).then(([r]) => Number(r.unggahan) === 0 && Number(r.terbit) > 0)));
		p.catch(() => answeredMemo.delete(db));
	}
	return p;
}

/** What Beranda's queries of one year read (also bench/batas-interaksi, which runs them bare). */
export function homeScope(year: number): Scope {
	return { tahun: [year] };
}

export async function loadHome(db: Executor, f: HomeFilter = {}): Promise<HomeData> {
	const [list, all, published] = await Promise.all([yearList(db), listQuery(db, q.sqlKecamatanList()), homeAnswered(db)]);
	const tahunTersedia = list.semua;
	const tahunLaporan = list.denganLaporan;
	// the default is the newest year with reports of its own, not a year only quoted
	const tahun = f.tahun !== undefined && tahunTersedia.includes(f.tahun) ? f.tahun : (tahunLaporan.at(-1) ?? tahunTersedia.at(-1) ?? null);
	// the page ships bounded lists (limits.ts DAFTAR_KECAMATAN), counted over the whole one
	const daftarKecamatan = {
		kecamatan: all.slice(0, KECAMATAN_LIST_UP_TO),
		jumlahKecamatan: all.length,
		tanpaLaporan: batasi(all.filter((k) => !k.ada_laporan)),
		belumTahunIni: batasi(
			tahun === null
				? []
				: all.filter(
						(k) =>
							k.ada_laporan &&
							!String(k.tahun_laporan ?? '')
								.split(', ')
								.includes(String(tahun))
					)
		)
	};
	if (tahun === null) {
		const empty = POTONGAN_KOSONG;
		return { tahunTersedia, tahunLaporan, tahun, kpi: null, peringkatIkm: empty, serapan: empty, capaian: empty, ...daftarKecamatan, peta: [] };
	}
	// these read one year (and the one before, for the changes): of the summaries written per year, those years' files
	const satuTahun = homeScope(tahun);
	const sql = homeQueries(tahun, published);
	const [[kpi], peringkatIkm, serapan, capaian, peta] = await Promise.all([
		db.query(sql.kpi, satuTahun),
		loadSlice(db, sql.peringkatIkm, satuTahun),
		loadSlice(db, sql.serapan, satuTahun),
		loadSlice(db, sql.capaian, satuTahun),
		all.length <= MAP_UP_TO ? db.query(sql.peta, satuTahun) : Promise.resolve([])
	]);
	return { tahunTersedia, tahunLaporan, tahun, kpi: kpi ?? null, peringkatIkm, serapan, capaian, ...daftarKecamatan, peta };
}

export interface ComparisonFilter {
	kecamatan?: string[];
	tahun?: number[];
	indikator?: string;
}

export interface ComparisonData {
	/**
	 * The kecamatan offered as checkboxes: every one up to DAFTAR_KECAMATAN, else the
	 * first DAFTAR_KECAMATAN (those with reports first) and the chosen ones; the chooser
	 * finds the others (loadKecamatanSaran).
	 */
	kecamatanTersedia: q.KecamatanListRow[];
	/** kecamatan in the whole list, with and without a report */
	jumlahBerlaporan: number;
	jumlahTanpaLaporan: number;
	tahunTersedia: number[];
	indikatorTersedia: q.IndikatorListRow[];
	kecamatan: string[];
	tahun: number[];
	indikator: string | null;
	trenIkm: q.IkmTrendRow[];
	trenSerapan: q.SerapanTrendRow[];
	komposisi: q.CompositionRow[];
	capaian: q.CapaianSideBySideRow[];
	/** capaian against serapan per kecamatan and year (the quadrant), with the kabupaten medians */
	efisiensi: q.EfficiencyRow[];
	/** per-capita and normalised figures per kecamatan and year */
	perPenduduk: q.PerCapitaRow[];
}

/**
 * Perbandingan's first view: every kecamatan with a report when they are few;
 * otherwise the PERBANDINGAN_BAWAAN with the newest reports (the user adds more).
 * In the list's own order.
 */
export function defaultKecamatan(kecamatanTersedia: q.KecamatanListRow[]): string[] {
	const berlaporan = kecamatanTersedia.filter((k) => k.ada_laporan);
	if (berlaporan.length <= COMPARE_ALL_UP_TO) return berlaporan.map((k) => k.slug);
	const terbaru = new Set(
		berlaporan
			.map((k, i) => ({ slug: k.slug, tahun: k.tahun_terbaru ?? 0, i }))
			.sort((a, b) => b.tahun - a.tahun || a.i - b.i)
			.slice(0, COMPARE_DEFAULT)
			.map((k) => k.slug)
	);
	return berlaporan.map((k) => k.slug).filter((s) => terbaru.has(s));
}

/** The checkboxes Perbandingan ships (DataPerbandingan.kecamatanTersedia), in the list's order. */
function kecamatanDitawarkan(all: q.KecamatanListRow[], selected: string[]): q.KecamatanListRow[] {
	if (all.length <= KECAMATAN_LIST_UP_TO) return all;
	const berlaporan = all.filter((k) => k.ada_laporan);
	const start = [...berlaporan, ...all.filter((k) => !k.ada_laporan)].slice(0, KECAMATAN_LIST_UP_TO).map((k) => k.slug);
	const tampil = new Set([...start, ...selected]);
	return all.filter((k) => tampil.has(k.slug));
}

export async function loadComparison(db: Executor, f: ComparisonFilter = {}): Promise<ComparisonData> {
	const [semuaKecamatan, list, indikatorTersedia] = await Promise.all([listQuery(db, q.sqlKecamatanList()), yearList(db), listQuery(db, q.sqlIndikatorList())]);
	const tahunTersedia = list.semua;
	const slugs = new Set(semuaKecamatan.map((k) => k.slug));
	const selected = (f.kecamatan ?? []).filter((s) => slugs.has(s));
	const kecamatan = selected.length ? selected : defaultKecamatan(semuaKecamatan);
	const kecamatanTersedia = kecamatanDitawarkan(semuaKecamatan, kecamatan);
	const jumlahBerlaporan = semuaKecamatan.filter((k) => k.ada_laporan).length;
	const jumlahTanpaLaporan = semuaKecamatan.length - jumlahBerlaporan;
	const tahunDipilih = (f.tahun ?? []).filter((t) => tahunTersedia.includes(t));
	const tahun = tahunDipilih.length ? [...tahunDipilih].sort() : tahunTersedia;
	// the chosen years apply to all four charts; none chosen = every year
	const saringTahun = tahunDipilih.length ? tahun : null;
	const indikator = f.indikator && indikatorTersedia.some((i) => i.kunci === f.indikator) ? f.indikator : null;
	const [trenIkm, trenSerapan, komposisi, capaian, efisiensi, perPenduduk] = await Promise.all([
		db.query(q.sqlIkmTrend(kecamatan, saringTahun)),
		db.query(q.sqlSerapanTrend(kecamatan, saringTahun)),
		db.query(q.sqlProgramComposition(kecamatan, tahun)),
		db.query(q.sqlCapaianSideBySide(kecamatan, tahun, indikator)),
		db.query(q.sqlEfficiency(kecamatan, saringTahun, indikator)),
		db.query(q.sqlPerCapita(kecamatan, saringTahun))
	]);
	return {
		kecamatanTersedia,
		jumlahBerlaporan,
		jumlahTanpaLaporan,
		tahunTersedia,
		indikatorTersedia,
		kecamatan,
		tahun,
		indikator,
		trenIkm,
		trenSerapan,
		komposisi,
		capaian,
		efisiensi,
		perPenduduk
	};
}

export interface KecamatanData {
	kecamatan: q.KecamatanRow | null;
	laporan: q.KecamatanReportRow[];
	profil: q.ProfilRow[];
	ikm: q.KecamatanIkmRow[];
	anggaranTahunan: q.AnnualAnggaranRow[];
	indikator: q.KecamatanIndikatorRow[];
	/** the scale each report prints for its own predikat (table skala_predikat) */
	skala: q.ScaleRow[];
	pohon: q.AnggaranTreeRow[];
	belanja: q.BelanjaRow[];
	peringatan: q.PeringatanRow[];
	/** the report's own sasaran-to-budget table */
	efisiensiSasaran: q.SasaranEfficiencyRow[];
	/** the kecamatan's place in the efficiency quadrant, per year */
	efisiensi: q.EfficiencyRow[];
	/** what the reports say about how the IKM was measured */
	metodeIkm: q.IkmMethodRow[];
	/** the survey's score per unsur, where a report prints it */
	ikmUnsur: QueryRow[];
	perPenduduk: q.PerCapitaRow[];
}

/** A kecamatan's reports and its IKM and budget totals per year: what both kecamatan pages show first. */
interface KecamatanHeadlines {
	laporan: q.KecamatanReportRow[];
	ikm: q.KecamatanIkmRow[];
	anggaranTahunan: q.AnnualAnggaranRow[];
}

/**
 * `scope`: the kecamatan's own rows may come from its part. IKM and budget per year
 * compare it with the others: with `compared` (the published per-year comparisons,
 * comparisonScope) they too read only that part; without, every kecamatan's rows.
 */
async function loadKecamatanHeadlines(db: Executor, slug: string, scope?: Scope, compared?: Scope): Promise<KecamatanHeadlines> {
	const published = compared !== undefined;
	const [laporan, ikm, anggaranTahunan] = await Promise.all([
		db.query(q.sqlKecamatanReports(slug), scope),
		db.query(q.sqlKecamatanIkm(slug, published), compared),
		db.query(q.sqlKecamatanAnnualAnggaran(slug, published), compared)
	]);
	return { laporan, ikm, anggaranTahunan };
}

/**
 * What the kecamatan page's comparisons read: with no uploads in this browser that
 * could change them, the published per-year answer (comparison-years.ts) and the
 * kecamatan's own part (`scope`); otherwise undefined, and they are computed over
 * every kecamatan's rows, uploads included.
 */
async function comparisonScope(db: Executor, scope: Scope): Promise<Scope | undefined> {
	const [{ n }] = await db.query<{ n: number | bigint }>(sqlComparisonUploads());
	return Number(n) > 0 ? undefined : scope;
}

function scopeOf(k: q.KecamatanRow | undefined): Scope {
	return { kode: k ? [k.kode] : [] };
}

/** What a query over only the kecamatan of `slug` reads (none when there is no such kecamatan). */
export async function kecamatanScope(db: Executor, slug: string): Promise<Scope> {
	return scopeOf((await db.query(q.sqlKecamatan(slug)))[0]);
}

/**
 * Everything about one kecamatan, every year: small enough to prerender whole.
 * Its detail queries read only this kecamatan's rows, so they say so (`Scope`)
 * and the browser fetches only its part of the detailed tables and summaries
 * (partitions.ts, summaries.ts). Those that compare it with the others (mean of the
 * others in sqlKecamatanIkm and sqlKecamatanAnnualAnggaran, the medians in
 * sqlEfficiency) read the published per-year answer beside that part, or, while this
 * browser's uploads may change it, every kecamatan's rows (comparisonScope).
 */
export async function loadKecamatan(db: Executor, slug: string): Promise<KecamatanData> {
	const [kecamatan] = await db.query(q.sqlKecamatan(slug));
	const c = scopeOf(kecamatan);
	const compared = await comparisonScope(db, c);
	const [
		{ laporan, ikm, anggaranTahunan },
		profil,
		indikator,
		scale,
		pohon,
		belanja,
		peringatan,
		efisiensiSasaran,
		efisiensi,
		metodeIkm,
		ikmUnsur,
		perPenduduk
	] = await Promise.all([
		loadKecamatanHeadlines(db, slug, c, compared),
		db.query(q.sqlKecamatanProfil(slug), c),
		db.query(q.sqlKecamatanIndikator(slug), c),
		db.query(q.sqlKecamatanScale(slug), c),
		db.query(q.sqlAnggaranTree(slug), c),
		db.query(q.sqlKecamatanBelanja(slug), c),
		db.query(q.sqlKecamatanPeringatan(slug), c),
		db.query(q.sqlSasaranEfficiency(slug), c),
		db.query(q.sqlEfficiency([slug], null, null, compared !== undefined), compared),
		db.query(q.sqlIkmMethod(slug), c),
		db.query(q.sqlIkmUnsur(slug), c),
		db.query(q.sqlPerCapita([slug]), c)
	]);
	return {
		kecamatan: kecamatan ?? null,
		laporan,
		profil,
		ikm,
		anggaranTahunan,
		indikator,
		skala: scale,
		pohon,
		belanja,
		peringatan,
		efisiensiSasaran,
		efisiensi,
		metodeIkm,
		ikmUnsur,
		perPenduduk
	};
}

export async function slugList(db: Executor): Promise<string[]> {
	return (await db.query(q.sqlKecamatanSlugs())).map((r) => r.slug);
}

/** The chooser's suggestions for what was typed (at most SARAN_KECAMATAN, exact matches first). */
export async function loadKecamatanSuggestions(db: Executor, text: string): Promise<QueryRow[]> {
	return text.trim() ? db.query(q.sqlSearchKecamatan(text, KECAMATAN_SUGGESTIONS)) : [];
}

/**
 * The kecamatan page's figures by Kemendagri code, for /kecamatan?kode= (the one page that
 * shows every kecamatan past limits.ts HALAMAN_KECAMATAN_SAMPAI); null when no kecamatan has that code.
 */
export async function loadKecamatanByKode(db: Executor, code: string): Promise<KecamatanData | null> {
	const k = await kecamatanByKode(db, code);
	return k ? loadKecamatan(db, k.slug) : null;
}

/** The list row of the kecamatan with this Kemendagri code, or null. */
export async function kecamatanByKode(db: Executor, code: string): Promise<q.KecamatanListRow | null> {
	return (await listQuery(db, q.sqlKecamatanList())).find((k) => k.kode === code) ?? null;
}

/** One kecamatan's three headline figures over the years, each row with its source and comparison. */
export interface KecamatanSummary {
	laporan: q.KecamatanReportRow[];
	/** sqlIkmKecamatan: IKM per year, with `rata_lain`/`jumlah_lain` */
	ikm: q.KecamatanIkmRow[];
	/** sqlCapaianRataKecamatan: mean capaian per report year, with `rata_lain`/`jumlah_lain` */
	capaian: q.AverageCapaianRow[];
	/** sqlAnggaranTahunanKecamatan: serapan per year, with `serapan_lain`/`jumlah_lain` */
	anggaran: q.AnnualAnggaranRow[];
}

export interface MyKecamatanData {
	/** the first DAFTAR_KECAMATAN kecamatan of the list (all of them up to that many) */
	kecamatan: q.KecamatanListRow[];
	jumlahKecamatan: number;
	/**
	 * by Kemendagri code, for every kecamatan with a report (the others have nothing to
	 * show) while the list is whole; past DAFTAR_KECAMATAN none, asked with muatRingkasanKecamatan
	 */
	ringkasan: Record<string, KecamatanSummary>;
}

/**
 * "Kecamatan saya": up to DAFTAR_KECAMATAN kecamatan (a kabupaten), every one's headline
 * figures, shipped with the prerendered page so a shared link (?kode=) shows at once
 * without DuckDB-WASM. Past that, the page ships the first kecamatan for the chooser and
 * no figures (four queries per kecamatan would dominate the prerender, and the page its
 * size); it asks DuckDB-WASM for the one named.
 */
export async function loadMyKecamatan(db: Executor): Promise<MyKecamatanData> {
	const all = await listQuery(db, q.sqlKecamatanList());
	const kecamatan = all.slice(0, KECAMATAN_LIST_UP_TO);
	const ringkasan: Record<string, KecamatanSummary> = {};
	const dikirim = all.length <= KECAMATAN_LIST_UP_TO ? all.filter((k) => k.ada_laporan) : [];
	for (const k of dikirim) {
		const r = await loadKecamatanSummary(db, k.slug);
		if (r) ringkasan[k.kode] = r;
	}
	return { kecamatan, jumlahKecamatan: all.length, ringkasan };
}

/**
 * One kecamatan's headline figures, as "Kecamatan saya" shows them: in the browser
 * with this browser's uploads (rows marked `unggahan`), so an uploaded report of a
 * kecamatan without a published one shows too. Null when nothing is known of it.
 */
export async function loadKecamatanSummary(db: Executor, slug: string): Promise<KecamatanSummary | null> {
	const [{ laporan, ikm, anggaranTahunan: anggaran }, capaian] = await Promise.all([
		loadKecamatanHeadlines(db, slug),
		db.query(q.sqlKecamatanAverageCapaian(slug))
	]);
	return laporan.length || ikm.length || capaian.length || anggaran.length ? { laporan, ikm, capaian, anggaran } : null;
}
