/**
 * What each page shows, as one function per page: run the page's queries with any
 * executor (node at prerender, DuckDB-WASM in the browser) and return plain data.
 * Filters are optional: without them the page shows its default (prerendered) view.
 */
import type { Executor, Kueri, QueryRow, Scope } from './executor';
import * as q from './sql';
import { BARIS_TABEL, DAFTAR_KECAMATAN, PERBANDINGAN_BAWAAN, PERBANDINGAN_SEMUA_SAMPAI, PETA_SAMPAI, SARAN_KECAMATAN, UJUNG_GRAFIK } from './limits';

export interface FilterBeranda {
	tahun?: number;
}

/** A list over every kecamatan, cut for the page (sql.ts sqlPotong, limits in batas.ts). */
export interface Potongan<R extends QueryRow = QueryRow> {
	/** what the chart draws: the best and worst UJUNG_GRAFIK kecamatan, or all */
	grafik: (R & q.KolomPotong)[];
	/** the data table's first BARIS_TABEL rows */
	tabel: (R & q.KolomPotong)[];
	/** kecamatan in the whole list */
	jumlahKecamatan: number;
	/** rows of the whole table */
	jumlahBaris: number;
}

/** A list of kecamatan as a page ships it: at most DAFTAR_KECAMATAN rows, and how many there are in all. */
export interface DaftarTerbatas {
	baris: QueryRow[];
	jumlah: number;
}

function batasi(rows: QueryRow[]): DaftarTerbatas {
	return { baris: rows.slice(0, DAFTAR_KECAMATAN), jumlah: rows.length };
}

export interface DataBeranda {
	tahunTersedia: number[];
	/** years with reports of their own */
	tahunLaporan: number[];
	tahun: number | null;
	kpi: q.BarisKpi | null;
	peringkatIkm: Potongan<q.BarisPeringkatIkm>;
	serapan: Potongan<q.BarisSerapanKecamatan>;
	capaian: Potongan<q.BarisCapaianMatriks>;
	/** the first DAFTAR_KECAMATAN kecamatan of the list (all of them up to that many) */
	kecamatan: q.BarisDaftarKecamatan[];
	/** kecamatan in the whole list */
	jumlahKecamatan: number;
	/** kecamatan without any processed report */
	tanpaLaporan: DaftarTerbatas;
	/** kecamatan with reports, but none for the year shown */
	belumTahunIni: DaftarTerbatas;
	/** every kecamatan with its IKM, serapan and mean capaian of the year, for the map (sqlPeta) */
	peta: q.BarisPeta[];
}

/** The whole-list queries of Beranda, by the field of DataBeranda they fill. */
const DAFTAR_BERANDA = {
	peringkatIkm: q.sqlPeringkatIkm,
	serapan: q.sqlSerapanKecamatan,
	capaian: q.sqlCapaianMatriks
} as const;
export type DaftarBeranda = keyof typeof DAFTAR_BERANDA;

const POTONGAN_KOSONG: Potongan<never> = { grafik: [], tabel: [], jumlahKecamatan: 0, jumlahBaris: 0 };

async function muatPotongan<R extends q.KolomDaftar>(db: Executor, daftar: Kueri<R>): Promise<Potongan<R>> {
	// one query marks both parts (at most 2·UJUNG_GRAFIK + BARIS_TABEL rows)
	const rows = await db.kueri(q.sqlPotong(daftar, UJUNG_GRAFIK, BARIS_TABEL));
	return {
		grafik: rows.filter((r) => r.di_grafik),
		tabel: rows.filter((r) => r.di_tabel),
		jumlahKecamatan: Number(rows[0]?.jumlah_kecamatan ?? 0),
		jumlahBaris: Number(rows[0]?.jumlah_baris ?? 0)
	};
}

/** Every row of one of Beranda's lists, for a download (never shipped with the page). */
export type BarisDaftarBeranda<K extends DaftarBeranda> = ReturnType<(typeof DAFTAR_BERANDA)[K]> extends Kueri<infer R> ? R : never;

export function loadFullList<K extends DaftarBeranda>(db: Executor, daftar: K, tahun: number): Promise<BarisDaftarBeranda<K>[]> {
	return db.kueri(DAFTAR_BERANDA[daftar](tahun) as Kueri<BarisDaftarBeranda<K>>);
}

/*
 * The lists filters choose from (years, kecamatan, indicators) change only when
 * this browser's uploads do, so each engine answers them once; pasangUnggahan
 * forgets them when it replaces the uploads.
 */
const ingatan = new WeakMap<Executor, Map<string, Promise<QueryRow[]>>>();

function kueriDaftar<R extends QueryRow>(db: Executor, sql: Kueri<R>): Promise<R[]> {
	let peta = ingatan.get(db);
	if (!peta) ingatan.set(db, (peta = new Map()));
	// one map for every list: the SQL text, which carries its row type, is the key
	let janji = peta.get(sql) as Promise<R[]> | undefined;
	if (!janji) {
		janji = db.kueri(sql);
		peta.set(sql, janji);
		// a failed answer is not kept: the next call asks again
		janji.catch(() => peta.delete(sql));
	}
	return janji;
}

/** Forget the filter lists of this engine (its data changed). */
export function lupakanDaftar(db: Executor): void {
	ingatan.delete(db);
}

interface DaftarTahun {
	/** every year with a figure */
	semua: number[];
	/** years with a report of their own (the others are quoted by later reports) */
	denganLaporan: number[];
}

async function daftarTahun(db: Executor): Promise<DaftarTahun> {
	const rows = await kueriDaftar(db, q.sqlTahunLaporan());
	return {
		semua: rows.map((r) => r.tahun),
		denganLaporan: rows.filter((r) => r.jumlah_laporan > 0).map((r) => r.tahun)
	};
}

export async function loadHome(db: Executor, f: FilterBeranda = {}): Promise<DataBeranda> {
	const [daftar, semua] = await Promise.all([daftarTahun(db), kueriDaftar(db, q.sqlDaftarKecamatan())]);
	const tahunTersedia = daftar.semua;
	const tahunLaporan = daftar.denganLaporan;
	// the default is the newest year with reports of its own, not a year only quoted
	const tahun = f.tahun !== undefined && tahunTersedia.includes(f.tahun) ? f.tahun : (tahunLaporan.at(-1) ?? tahunTersedia.at(-1) ?? null);
	// the page ships bounded lists (limits.ts DAFTAR_KECAMATAN), counted over the whole one
	const daftarKecamatan = {
		kecamatan: semua.slice(0, DAFTAR_KECAMATAN),
		jumlahKecamatan: semua.length,
		tanpaLaporan: batasi(semua.filter((k) => !k.ada_laporan)),
		belumTahunIni: batasi(
			tahun === null
				? []
				: semua.filter(
						(k) =>
							k.ada_laporan &&
							!String(k.tahun_laporan ?? '')
								.split(', ')
								.includes(String(tahun))
					)
		)
	};
	if (tahun === null) {
		const kosong = POTONGAN_KOSONG;
		return { tahunTersedia, tahunLaporan, tahun, kpi: null, peringkatIkm: kosong, serapan: kosong, capaian: kosong, ...daftarKecamatan, peta: [] };
	}
	const [[kpi], peringkatIkm, serapan, capaian, peta] = await Promise.all([
		db.kueri(q.sqlKpi(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.peringkatIkm(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.serapan(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.capaian(tahun)),
		semua.length <= PETA_SAMPAI ? db.kueri(q.sqlPeta(tahun)) : Promise.resolve([])
	]);
	return { tahunTersedia, tahunLaporan, tahun, kpi: kpi ?? null, peringkatIkm, serapan, capaian, ...daftarKecamatan, peta };
}

export interface FilterPerbandingan {
	kecamatan?: string[];
	tahun?: number[];
	indikator?: string;
}

export interface DataPerbandingan {
	/**
	 * The kecamatan offered as checkboxes: every one up to DAFTAR_KECAMATAN, else the
	 * first DAFTAR_KECAMATAN (those with reports first) and the chosen ones; the chooser
	 * finds the others (loadKecamatanSaran).
	 */
	kecamatanTersedia: q.BarisDaftarKecamatan[];
	/** kecamatan in the whole list, with and without a report */
	jumlahBerlaporan: number;
	jumlahTanpaLaporan: number;
	tahunTersedia: number[];
	indikatorTersedia: q.BarisDaftarIndikator[];
	kecamatan: string[];
	tahun: number[];
	indikator: string | null;
	trenIkm: q.BarisTrenIkm[];
	trenSerapan: q.BarisTrenSerapan[];
	komposisi: q.BarisKomposisi[];
	capaian: q.BarisCapaianBerdampingan[];
	/** capaian against serapan per kecamatan and year (the quadrant), with the kabupaten medians */
	efisiensi: q.BarisEfisiensi[];
	/** per-capita and normalised figures per kecamatan and year */
	perPenduduk: q.BarisPerPenduduk[];
}

/**
 * Perbandingan's first view: every kecamatan with a report when they are few;
 * otherwise the PERBANDINGAN_BAWAAN with the newest reports (the user adds more).
 * In the list's own order.
 */
export function kecamatanBawaan(kecamatanTersedia: q.BarisDaftarKecamatan[]): string[] {
	const berlaporan = kecamatanTersedia.filter((k) => k.ada_laporan);
	if (berlaporan.length <= PERBANDINGAN_SEMUA_SAMPAI) return berlaporan.map((k) => k.slug);
	const terbaru = new Set(
		berlaporan
			.map((k, i) => ({ slug: k.slug, tahun: k.tahun_terbaru ?? 0, i }))
			.sort((a, b) => b.tahun - a.tahun || a.i - b.i)
			.slice(0, PERBANDINGAN_BAWAAN)
			.map((k) => k.slug)
	);
	return berlaporan.map((k) => k.slug).filter((s) => terbaru.has(s));
}

/** The checkboxes Perbandingan ships (DataPerbandingan.kecamatanTersedia), in the list's order. */
function kecamatanDitawarkan(semua: q.BarisDaftarKecamatan[], dipilih: string[]): q.BarisDaftarKecamatan[] {
	if (semua.length <= DAFTAR_KECAMATAN) return semua;
	const berlaporan = semua.filter((k) => k.ada_laporan);
	const awal = [...berlaporan, ...semua.filter((k) => !k.ada_laporan)].slice(0, DAFTAR_KECAMATAN).map((k) => k.slug);
	const tampil = new Set([...awal, ...dipilih]);
	return semua.filter((k) => tampil.has(k.slug));
}

export async function loadComparison(db: Executor, f: FilterPerbandingan = {}): Promise<DataPerbandingan> {
	const [semuaKecamatan, daftar, indikatorTersedia] = await Promise.all([
		kueriDaftar(db, q.sqlDaftarKecamatan()),
		daftarTahun(db),
		kueriDaftar(db, q.sqlDaftarIndikator())
	]);
	const tahunTersedia = daftar.semua;
	const slugs = new Set(semuaKecamatan.map((k) => k.slug));
	const dipilih = (f.kecamatan ?? []).filter((s) => slugs.has(s));
	const kecamatan = dipilih.length ? dipilih : kecamatanBawaan(semuaKecamatan);
	const kecamatanTersedia = kecamatanDitawarkan(semuaKecamatan, kecamatan);
	const jumlahBerlaporan = semuaKecamatan.filter((k) => k.ada_laporan).length;
	const jumlahTanpaLaporan = semuaKecamatan.length - jumlahBerlaporan;
	const tahunDipilih = (f.tahun ?? []).filter((t) => tahunTersedia.includes(t));
	const tahun = tahunDipilih.length ? [...tahunDipilih].sort() : tahunTersedia;
	// the chosen years apply to all four charts; none chosen = every year
	const saringTahun = tahunDipilih.length ? tahun : null;
	const indikator = f.indikator && indikatorTersedia.some((i) => i.kunci === f.indikator) ? f.indikator : null;
	const [trenIkm, trenSerapan, komposisi, capaian, efisiensi, perPenduduk] = await Promise.all([
		db.kueri(q.sqlTrenIkm(kecamatan, saringTahun)),
		db.kueri(q.sqlTrenSerapan(kecamatan, saringTahun)),
		db.kueri(q.sqlKomposisiProgram(kecamatan, tahun)),
		db.kueri(q.sqlCapaianBerdampingan(kecamatan, tahun, indikator)),
		db.kueri(q.sqlEfisiensi(kecamatan, saringTahun, indikator)),
		db.kueri(q.sqlPerPenduduk(kecamatan, saringTahun))
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

export interface DataKecamatan {
	kecamatan: q.BarisKecamatan | null;
	laporan: q.BarisLaporanKecamatan[];
	profil: q.BarisProfil[];
	ikm: q.BarisIkmKecamatan[];
	anggaranTahunan: q.BarisAnggaranTahunan[];
	indikator: q.BarisIndikatorKecamatan[];
	/** the scale each report prints for its own predikat (table skala_predikat) */
	skala: q.BarisSkala[];
	pohon: q.BarisPohon[];
	belanja: q.BarisBelanja[];
	peringatan: q.BarisPeringatan[];
	/** the report's own sasaran-to-budget table */
	efisiensiSasaran: q.BarisEfisiensiSasaran[];
	/** the kecamatan's place in the efficiency quadrant, per year */
	efisiensi: q.BarisEfisiensi[];
	/** what the reports say about how the IKM was measured */
	metodeIkm: q.BarisMetodeIkm[];
	/** the survey's score per unsur, where a report prints it */
	ikmUnsur: QueryRow[];
	perPenduduk: q.BarisPerPenduduk[];
}

/** A kecamatan's reports and its IKM and budget totals per year: what both kecamatan pages show first. */
interface KecamatanHeadlines {
	laporan: q.BarisLaporanKecamatan[];
	ikm: q.BarisIkmKecamatan[];
	anggaranTahunan: q.BarisAnggaranTahunan[];
}

/** `scope`: the kecamatan's own rows may come from its part; IKM and budget per year compare it with the others, so read whole. */
async function loadKecamatanHeadlines(db: Executor, slug: string, scope?: Scope): Promise<KecamatanHeadlines> {
	const [laporan, ikm, anggaranTahunan] = await Promise.all([
		db.kueri(q.sqlLaporanKecamatan(slug), scope),
		db.kueri(q.sqlIkmKecamatan(slug)),
		db.kueri(q.sqlAnggaranTahunanKecamatan(slug))
	]);
	return { laporan, ikm, anggaranTahunan };
}

function scopeOf(k: q.BarisKecamatan | undefined): Scope {
	return { kode: k ? [k.kode] : [] };
}

/** What a query over only the kecamatan of `slug` reads (none when there is no such kecamatan). */
export async function kecamatanScope(db: Executor, slug: string): Promise<Scope> {
	return scopeOf((await db.kueri(q.sqlKecamatan(slug)))[0]);
}

/**
 * Everything about one kecamatan, every year: small enough to prerender whole.
 * Its detail queries read only this kecamatan's rows, so they say so (`Scope`)
 * and the browser fetches only its part of the detailed tables (partitions.ts).
 * Those that compare it with the others (mean of the others in sqlIkmKecamatan and
 * sqlAnggaranTahunanKecamatan, the kabupaten medians in sqlEfisiensi) read whole tables.
 */
export async function loadKecamatan(db: Executor, slug: string): Promise<DataKecamatan> {
	const [kecamatan] = await db.kueri(q.sqlKecamatan(slug));
	const c = scopeOf(kecamatan);
	const [
		{ laporan, ikm, anggaranTahunan },
		profil,
		indikator,
		skala,
		pohon,
		belanja,
		peringatan,
		efisiensiSasaran,
		efisiensi,
		metodeIkm,
		ikmUnsur,
		perPenduduk
	] = await Promise.all([
		loadKecamatanHeadlines(db, slug, c),
		db.kueri(q.sqlProfilKecamatan(slug), c),
		db.kueri(q.sqlIndikatorKecamatan(slug), c),
		db.kueri(q.sqlSkalaKecamatan(slug), c),
		db.kueri(q.sqlPohonAnggaran(slug), c),
		db.kueri(q.sqlBelanjaKecamatan(slug), c),
		db.kueri(q.sqlPeringatanKecamatan(slug), c),
		db.kueri(q.sqlEfisiensiSasaran(slug), c),
		db.kueri(q.sqlEfisiensi([slug], null)),
		db.kueri(q.sqlMetodeIkm(slug), c),
		db.kueri(q.sqlIkmUnsur(slug), c),
		db.kueri(q.sqlPerPenduduk([slug]), c)
	]);
	return {
		kecamatan: kecamatan ?? null,
		laporan,
		profil,
		ikm,
		anggaranTahunan,
		indikator,
		skala,
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
	return (await db.kueri(q.sqlSlugKecamatan())).map((r) => r.slug);
}

/** The chooser's suggestions for what was typed (at most SARAN_KECAMATAN, exact matches first). */
export async function loadKecamatanSaran(db: Executor, teks: string): Promise<QueryRow[]> {
	return teks.trim() ? db.kueri(q.sqlCariKecamatan(teks, SARAN_KECAMATAN)) : [];
}

/**
 * The kecamatan page's figures by Kemendagri code, for /kecamatan?kode= (the one page that
 * shows every kecamatan past limits.ts HALAMAN_KECAMATAN_SAMPAI); null when no kecamatan has that code.
 */
export async function loadKecamatanByKode(db: Executor, kode: string): Promise<DataKecamatan | null> {
	const k = await kecamatanByKode(db, kode);
	return k ? loadKecamatan(db, k.slug) : null;
}

/** The list row of the kecamatan with this Kemendagri code, or null. */
export async function kecamatanByKode(db: Executor, kode: string): Promise<q.BarisDaftarKecamatan | null> {
	return (await kueriDaftar(db, q.sqlDaftarKecamatan())).find((k) => k.kode === kode) ?? null;
}

/** One kecamatan's three headline figures over the years, each row with its source and comparison. */
export interface RingkasanKecamatan {
	laporan: q.BarisLaporanKecamatan[];
	/** sqlIkmKecamatan: IKM per year, with `rata_lain`/`jumlah_lain` */
	ikm: q.BarisIkmKecamatan[];
	/** sqlCapaianRataKecamatan: mean capaian per report year, with `rata_lain`/`jumlah_lain` */
	capaian: q.BarisCapaianRata[];
	/** sqlAnggaranTahunanKecamatan: serapan per year, with `serapan_lain`/`jumlah_lain` */
	anggaran: q.BarisAnggaranTahunan[];
}

export interface DataKecamatanSaya {
	/** the first DAFTAR_KECAMATAN kecamatan of the list (all of them up to that many) */
	kecamatan: q.BarisDaftarKecamatan[];
	jumlahKecamatan: number;
	/**
	 * by Kemendagri code, for every kecamatan with a report (the others have nothing to
	 * show) while the list is whole; past DAFTAR_KECAMATAN none, asked with muatRingkasanKecamatan
	 */
	ringkasan: Record<string, RingkasanKecamatan>;
}

/**
 * "Kecamatan saya": up to DAFTAR_KECAMATAN kecamatan (a kabupaten), every one's headline
 * figures, shipped with the prerendered page so a shared link (?kode=) shows at once
 * without DuckDB-WASM. Past that, the page ships the first kecamatan for the chooser and
 * no figures (four queries per kecamatan would dominate the prerender, and the page its
 * size); it asks DuckDB-WASM for the one named.
 */
export async function muatKecamatanSaya(db: Executor): Promise<DataKecamatanSaya> {
	const semua = await kueriDaftar(db, q.sqlDaftarKecamatan());
	const kecamatan = semua.slice(0, DAFTAR_KECAMATAN);
	const ringkasan: Record<string, RingkasanKecamatan> = {};
	const dikirim = semua.length <= DAFTAR_KECAMATAN ? semua.filter((k) => k.ada_laporan) : [];
	for (const k of dikirim) {
		const r = await muatRingkasanKecamatan(db, k.slug);
		if (r) ringkasan[k.kode] = r;
	}
	return { kecamatan, jumlahKecamatan: semua.length, ringkasan };
}

/**
 * One kecamatan's headline figures, as "Kecamatan saya" shows them: in the browser
 * with this browser's uploads (rows marked `unggahan`), so an uploaded report of a
 * kecamatan without a published one shows too. Null when nothing is known of it.
 */
export async function muatRingkasanKecamatan(db: Executor, slug: string): Promise<RingkasanKecamatan | null> {
	const [{ laporan, ikm, anggaranTahunan: anggaran }, capaian] = await Promise.all([
		loadKecamatanHeadlines(db, slug),
		db.kueri(q.sqlCapaianRataKecamatan(slug))
	]);
	return laporan.length || ikm.length || capaian.length || anggaran.length ? { laporan, ikm, capaian, anggaran } : null;
}
