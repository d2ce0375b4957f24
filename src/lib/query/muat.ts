/**
 * What each page shows, as one function per page: run the page's queries with any
 * executor (node at prerender, DuckDB-WASM in the browser) and return plain data.
 * Filters are optional: without them the page shows its default (prerendered) view.
 */
import type { Baris, Eksekutor } from './eksekutor';
import * as q from './sql';

export interface FilterBeranda {
	tahun?: number;
}

export interface DataBeranda {
	tahunTersedia: number[];
	tahun: number | null;
	kpi: Baris | null;
	peringkatIkm: Baris[];
	serapan: Baris[];
	capaian: Baris[];
	kecamatan: Baris[];
}

async function daftarTahun(db: Eksekutor): Promise<number[]> {
	return (await db.kueri(q.sqlTahunLaporan())).map((r) => r.tahun as number);
}

export async function muatBeranda(db: Eksekutor, f: FilterBeranda = {}): Promise<DataBeranda> {
	const tahunTersedia = await daftarTahun(db);
	const kecamatan = await db.kueri(q.sqlDaftarKecamatan());
	const tahun = f.tahun !== undefined && tahunTersedia.includes(f.tahun) ? f.tahun : (tahunTersedia.at(-1) ?? null);
	if (tahun === null) return { tahunTersedia, tahun, kpi: null, peringkatIkm: [], serapan: [], capaian: [], kecamatan };
	const [kpi] = await db.kueri(q.sqlKpi(tahun));
	return {
		tahunTersedia,
		tahun,
		kpi: kpi ?? null,
		peringkatIkm: await db.kueri(q.sqlPeringkatIkm(tahun)),
		serapan: await db.kueri(q.sqlSerapanKecamatan(tahun)),
		capaian: await db.kueri(q.sqlCapaianMatriks(tahun)),
		kecamatan
	};
}

export interface FilterPerbandingan {
	kecamatan?: string[];
	tahun?: number[];
	indikator?: string;
}

export interface DataPerbandingan {
	kecamatanTersedia: Baris[];
	tahunTersedia: number[];
	indikatorTersedia: Baris[];
	kecamatan: string[];
	tahun: number[];
	indikator: string | null;
	trenIkm: Baris[];
	trenSerapan: Baris[];
	komposisi: Baris[];
	capaian: Baris[];
}

export async function muatPerbandingan(db: Eksekutor, f: FilterPerbandingan = {}): Promise<DataPerbandingan> {
	const kecamatanTersedia = await db.kueri(q.sqlDaftarKecamatan());
	const tahunTersedia = await daftarTahun(db);
	const indikatorTersedia = await db.kueri(q.sqlDaftarIndikator());
	const slugs = new Set(kecamatanTersedia.map((k) => k.slug as string));
	const dipilih = (f.kecamatan ?? []).filter((s) => slugs.has(s));
	// Default: every kecamatan that has a report, so the first view compares all of them.
	const kecamatan = dipilih.length
		? dipilih
		: kecamatanTersedia.filter((k) => k.ada_laporan).map((k) => k.slug as string);
	const tahunDipilih = (f.tahun ?? []).filter((t) => tahunTersedia.includes(t));
	const tahun = tahunDipilih.length ? [...tahunDipilih].sort() : tahunTersedia;
	const indikator =
		f.indikator && indikatorTersedia.some((i) => i.kunci === f.indikator) ? f.indikator : null;
	return {
		kecamatanTersedia,
		tahunTersedia,
		indikatorTersedia,
		kecamatan,
		tahun,
		indikator,
		trenIkm: await db.kueri(q.sqlTrenIkm(kecamatan)),
		trenSerapan: await db.kueri(q.sqlTrenSerapan(kecamatan)),
		komposisi: await db.kueri(q.sqlKomposisiProgram(kecamatan, tahun)),
		capaian: await db.kueri(q.sqlCapaianBerdampingan(kecamatan, tahun, indikator))
	};
}

export interface DataKecamatan {
	kecamatan: Baris | null;
	laporan: Baris[];
	profil: Baris[];
	ikm: Baris[];
	anggaranTahunan: Baris[];
	indikator: Baris[];
	/** the scale each report prints for its own predikat (table skala_predikat) */
	skala: Baris[];
	pohon: Baris[];
	belanja: Baris[];
	peringatan: Baris[];
}

/** Everything about one kecamatan, every year: small enough to prerender whole. */
export async function muatKecamatan(db: Eksekutor, slug: string): Promise<DataKecamatan> {
	const [kecamatan] = await db.kueri(q.sqlKecamatan(slug));
	return {
		kecamatan: kecamatan ?? null,
		laporan: await db.kueri(q.sqlLaporanKecamatan(slug)),
		profil: await db.kueri(q.sqlProfilKecamatan(slug)),
		ikm: await db.kueri(q.sqlIkmKecamatan(slug)),
		anggaranTahunan: await db.kueri(q.sqlAnggaranTahunanKecamatan(slug)),
		indikator: await db.kueri(q.sqlIndikatorKecamatan(slug)),
		skala: await db.kueri(q.sqlSkalaKecamatan(slug)),
		pohon: await db.kueri(q.sqlPohonAnggaran(slug)),
		belanja: await db.kueri(q.sqlBelanjaKecamatan(slug)),
		peringatan: await db.kueri(q.sqlPeringatanKecamatan(slug))
	};
}

export async function daftarSlug(db: Eksekutor): Promise<string[]> {
	return (await db.kueri(q.sqlSlugKecamatan())).map((r) => r.slug as string);
}
