/**
 * What each page shows, as one function per page: run the page's queries with any
 * executor (node at prerender, DuckDB-WASM in the browser) and return plain data.
 * Filters are optional: without them the page shows its default (prerendered) view.
 */
import type { Scope, QueryRow, Executor } from './executor';
import * as q from './sql';
import { BARIS_TABEL, PERBANDINGAN_BAWAAN, PERBANDINGAN_SEMUA_SAMPAI, PETA_SAMPAI, UJUNG_GRAFIK } from './limits';

export interface FilterBeranda {
	tahun?: number;
}

/** A list over every kecamatan, cut for the page (sql.ts sqlPotong, limits in batas.ts). */
export interface Potongan {
	/** what the chart draws: the best and worst UJUNG_GRAFIK kecamatan, or all */
	grafik: QueryRow[];
	/** the data table's first BARIS_TABEL rows */
	tabel: QueryRow[];
	/** kecamatan in the whole list */
	jumlahKecamatan: number;
	/** rows of the whole table */
	jumlahBaris: number;
}

export interface DataBeranda {
	tahunTersedia: number[];
	/** years with reports of their own */
	tahunLaporan: number[];
	tahun: number | null;
	kpi: QueryRow | null;
	peringkatIkm: Potongan;
	serapan: Potongan;
	capaian: Potongan;
	kecamatan: QueryRow[];
	/** every kecamatan with its IKM, serapan and mean capaian of the year, for the map (sqlPeta) */
	peta: QueryRow[];
}

/** The whole-list queries of Beranda, by the field of DataBeranda they fill. */
const DAFTAR_BERANDA = {
	peringkatIkm: q.sqlPeringkatIkm,
	serapan: q.sqlSerapanKecamatan,
	capaian: q.sqlCapaianMatriks
} as const;
export type DaftarBeranda = keyof typeof DAFTAR_BERANDA;

const POTONGAN_KOSONG: Potongan = { grafik: [], tabel: [], jumlahKecamatan: 0, jumlahBaris: 0 };

async function muatPotongan(db: Executor, daftar: string): Promise<Potongan> {
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
export function loadFullList(db: Executor, daftar: DaftarBeranda, tahun: number): Promise<QueryRow[]> {
	return db.kueri(DAFTAR_BERANDA[daftar](tahun));
}

/*
 * The lists filters choose from (years, kecamatan, indicators) change only when
 * this browser's uploads do, so each engine answers them once; pasangUnggahan
 * forgets them when it replaces the uploads.
 */
const ingatan = new WeakMap<Executor, Map<string, Promise<QueryRow[]>>>();

function kueriDaftar(db: Executor, sql: string): Promise<QueryRow[]> {
	let peta = ingatan.get(db);
	if (!peta) ingatan.set(db, (peta = new Map()));
	let janji = peta.get(sql);
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
		semua: rows.map((r) => r.tahun as number),
		denganLaporan: rows.filter((r) => Number(r.jumlah_laporan) > 0).map((r) => r.tahun as number)
	};
}

export async function loadHome(db: Executor, f: FilterBeranda = {}): Promise<DataBeranda> {
	const [daftar, kecamatan] = await Promise.all([daftarTahun(db), kueriDaftar(db, q.sqlDaftarKecamatan())]);
	const tahunTersedia = daftar.semua;
	const tahunLaporan = daftar.denganLaporan;
	// the default is the newest year with reports of its own, not a year only quoted
	const tahun = f.tahun !== undefined && tahunTersedia.includes(f.tahun) ? f.tahun : (tahunLaporan.at(-1) ?? tahunTersedia.at(-1) ?? null);
	if (tahun === null) {
		const kosong = POTONGAN_KOSONG;
		return { tahunTersedia, tahunLaporan, tahun, kpi: null, peringkatIkm: kosong, serapan: kosong, capaian: kosong, kecamatan, peta: [] };
	}
	const [[kpi], peringkatIkm, serapan, capaian, peta] = await Promise.all([
		db.kueri(q.sqlKpi(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.peringkatIkm(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.serapan(tahun)),
		muatPotongan(db, DAFTAR_BERANDA.capaian(tahun)),
		kecamatan.length <= PETA_SAMPAI ? db.kueri(q.sqlPeta(tahun)) : Promise.resolve([])
	]);
	return { tahunTersedia, tahunLaporan, tahun, kpi: kpi ?? null, peringkatIkm, serapan, capaian, kecamatan, peta };
}

export interface FilterPerbandingan {
	kecamatan?: string[];
	tahun?: number[];
	indikator?: string;
}

export interface DataPerbandingan {
	kecamatanTersedia: QueryRow[];
	tahunTersedia: number[];
	indikatorTersedia: QueryRow[];
	kecamatan: string[];
	tahun: number[];
	indikator: string | null;
	trenIkm: QueryRow[];
	trenSerapan: QueryRow[];
	komposisi: QueryRow[];
	capaian: QueryRow[];
	/** capaian against serapan per kecamatan and year (the quadrant), with the kabupaten medians */
	efisiensi: QueryRow[];
	/** per-capita and normalised figures per kecamatan and year */
	perPenduduk: QueryRow[];
}

/**
 * Perbandingan's first view: every kecamatan with a report when they are few;
 * otherwise the PERBANDINGAN_BAWAAN with the newest reports (the user adds more).
 * In the list's own order.
 */
export function kecamatanBawaan(kecamatanTersedia: QueryRow[]): string[] {
	const berlaporan = kecamatanTersedia.filter((k) => k.ada_laporan);
	if (berlaporan.length <= PERBANDINGAN_SEMUA_SAMPAI) return berlaporan.map((k) => k.slug as string);
	const terbaru = new Set(
		berlaporan
			.map((k, i) => ({ slug: k.slug as string, tahun: Number(k.tahun_terbaru ?? 0), i }))
			.sort((a, b) => b.tahun - a.tahun || a.i - b.i)
			.slice(0, PERBANDINGAN_BAWAAN)
			.map((k) => k.slug)
	);
	return berlaporan.map((k) => k.slug as string).filter((s) => terbaru.has(s));
}

export async function loadComparison(db: Executor, f: FilterPerbandingan = {}): Promise<DataPerbandingan> {
	const [kecamatanTersedia, daftar, indikatorTersedia] = await Promise.all([
		kueriDaftar(db, q.sqlDaftarKecamatan()),
		daftarTahun(db),
		kueriDaftar(db, q.sqlDaftarIndikator())
	]);
	const tahunTersedia = daftar.semua;
	const slugs = new Set(kecamatanTersedia.map((k) => k.slug as string));
	const dipilih = (f.kecamatan ?? []).filter((s) => slugs.has(s));
	const kecamatan = dipilih.length ? dipilih : kecamatanBawaan(kecamatanTersedia);
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
	return { kecamatanTersedia, tahunTersedia, indikatorTersedia, kecamatan, tahun, indikator, trenIkm, trenSerapan, komposisi, capaian, efisiensi, perPenduduk };
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
	efisiensiSasaran: QueryRow[];
	/** the kecamatan's place in the efficiency quadrant, per year */
	efisiensi: QueryRow[];
	/** what the reports say about how the IKM was measured */
	metodeIkm: QueryRow[];
	perPenduduk: QueryRow[];
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
	const [laporan, profil, ikm, anggaranTahunan, indikator, skala, pohon, belanja, peringatan, efisiensiSasaran, efisiensi, metodeIkm, perPenduduk] =
		await Promise.all([
			db.kueri(q.sqlLaporanKecamatan(slug), c),
			db.kueri(q.sqlProfilKecamatan(slug), c),
			db.kueri(q.sqlIkmKecamatan(slug)),
			db.kueri(q.sqlAnggaranTahunanKecamatan(slug)),
			db.kueri(q.sqlIndikatorKecamatan(slug), c),
			db.kueri(q.sqlSkalaKecamatan(slug), c),
			db.kueri(q.sqlPohonAnggaran(slug), c),
			db.kueri(q.sqlBelanjaKecamatan(slug), c),
			db.kueri(q.sqlPeringatanKecamatan(slug), c),
			db.kueri(q.sqlEfisiensiSasaran(slug), c),
			db.kueri(q.sqlEfisiensi([slug], null)),
			db.kueri(q.sqlMetodeIkm(slug), c),
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
		perPenduduk
	};
}

export async function slugList(db: Executor): Promise<string[]> {
	return (await db.kueri(q.sqlSlugKecamatan())).map((r) => r.slug as string);
}

/** One kecamatan's three headline figures over the years, each row with its source and comparison. */
export interface RingkasanKecamatan {
	laporan: QueryRow[];
	/** sqlIkmKecamatan: IKM per year, with `rata_lain`/`jumlah_lain` */
	ikm: QueryRow[];
	/** sqlCapaianRataKecamatan: mean capaian per report year, with `rata_lain`/`jumlah_lain` */
	capaian: QueryRow[];
	/** sqlAnggaranTahunanKecamatan: serapan per year, with `serapan_lain`/`jumlah_lain` */
	anggaran: QueryRow[];
}

export interface DataKecamatanSaya {
	kecamatan: QueryRow[];
	/** by Kemendagri code; only kecamatan with a report (the others have nothing to show) */
	ringkasan: Record<string, RingkasanKecamatan>;
}

/**
 * "Kecamatan saya": every kecamatan's headline figures, small enough to ship whole with
 * the prerendered page, so a shared link (?kode=) shows at once without DuckDB-WASM.
 */
export async function muatKecamatanSaya(db: Executor): Promise<DataKecamatanSaya> {
	const kecamatan = await kueriDaftar(db, q.sqlDaftarKecamatan());
	const ringkasan: Record<string, RingkasanKecamatan> = {};
	for (const k of kecamatan.filter((k) => k.ada_laporan)) {
		const slug = k.slug as string;
		const [laporan, ikm, capaian, anggaran] = await Promise.all([
			db.kueri(q.sqlLaporanKecamatan(slug)),
			db.kueri(q.sqlIkmKecamatan(slug)),
			db.kueri(q.sqlCapaianRataKecamatan(slug)),
			db.kueri(q.sqlAnggaranTahunanKecamatan(slug))
		]);
		ringkasan[k.kode as string] = { laporan, ikm, capaian, anggaran };
	}
	return { kecamatan, ringkasan };
}
