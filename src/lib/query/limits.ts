/**
 * How much of a long list the dashboard draws and ships. Jember has 31 kecamatan,
 * but the same pages must stay usable for a province (hundreds) or the country
 * (thousands): a chart with one bar per kecamatan would be metres tall, and a
 * prerendered page holding every row would weigh megabytes.
 */

/** A ranking chart draws the best and the worst this many kecamatan; all of them when there are at most twice as many. */
export const UJUNG_GRAFIK = 15;

/** Rows of a chart's data table that travel with the page; the full table comes by CSV/XLSX download. */
export const BARIS_TABEL = 200;

/** Perbandingan compares every kecamatan with a report by default when there are at most this many… */
export const PERBANDINGAN_SEMUA_SAMPAI = 8;
/** …and otherwise this many, those with the newest reports. */
export const PERBANDINGAN_BAWAAN = 5;

/** The note under a ranking chart that draws only both ends of the list; null when it draws every kecamatan. */
export function catatanUjung(jumlahKecamatan: number): string | null {
	if (jumlahKecamatan <= 2 * UJUNG_GRAFIK) return null;
	const n = jumlahKecamatan.toLocaleString('id-ID');
	return `Menampilkan ${UJUNG_GRAFIK} teratas dan ${UJUNG_GRAFIK} terbawah dari ${n} kecamatan; tabel lengkap di bawah.`;
}

/**
 * The map draws one kabupaten's kecamatan (the published boundaries); a longer list
 * (the benchmark's provincial and national scales) gets no map rows, so the page does
 * not ship thousands of rows it cannot draw.
 */
export const PETA_SAMPAI = 100;

/**
 * A page lists every kecamatan (links, checkboxes, the chooser's suggestions) when there
 * are at most this many. Past it, a page ships this many rows and the true count; the
 * chooser asks DuckDB-WASM for the rest as the reader types, and the full list is a
 * download on Data & metode.
 */
export const DAFTAR_KECAMATAN = 100;

/** Suggestions the chooser offers for what was typed, past the shipped list. */
export const SARAN_KECAMATAN = 20;

/**
 * Every kecamatan gets its own prerendered page (/kecamatan/<slug>) when there are at
 * most this many. Past it, prerendering one page per kecamatan does not fit CI (7.277
 * pages of fourteen queries each), so every kecamatan is shown by the one page
 * /kecamatan?kode=<kode>, which queries DuckDB-WASM in the browser.
 */
export const HALAMAN_KECAMATAN_SAMPAI = 100;

/** The address of a kecamatan's page, without the base path: its own page, or the shared one by code. */
export function tautanKecamatan(k: { slug?: unknown; kode?: unknown }, jumlahKecamatan: number): string {
	return jumlahKecamatan <= HALAMAN_KECAMATAN_SAMPAI ? `/kecamatan/${String(k.slug)}` : `/kecamatan?kode=${encodeURIComponent(String(k.kode))}`;
}
