/**
 * How much of a long list the dashboard draws and ships. Jember has 31 kecamatan,
 * but the same pages must stay usable for a province (hundreds) or the country
 * (thousands): a chart with one bar per kecamatan would be metres tall, and a
 * prerendered page holding every row would weigh megabytes.
 */

/** A ranking chart draws the best and the worst this many kecamatan; all of them when there are at most twice as many. */
export const CHART_TAIL = 15;

/** Rows of a chart's data table that travel with the page; the full table comes by CSV/XLSX download. */
export const TABLE_ROWS = 200;

/**
 * Of those, the rows a chart's table draws before "Tampilkan semua". Laying out 200 rows
 * of Beranda's open IKM table took 30–45 ms of every year change past one kabupaten
 * (issue 10), for rows below the fold; at Jember's 31 the whole table is drawn as before.
 */
export const FIGURE_TABLE_ROWS = 50;

/** Perbandingan compares every kecamatan with a report by default when there are at most this many… */
export const COMPARE_ALL_UP_TO = 8;
/** …and otherwise this many, those with the newest reports. */
export const COMPARE_DEFAULT = 5;

/** The note under a ranking chart that draws only both ends of the list; null when it draws every kecamatan. */
export function tailNote(jumlahKecamatan: number): string | null {
	if (jumlahKecamatan <= 2 * CHART_TAIL) return null;
	const n = jumlahKecamatan.toLocaleString('id-ID');
	return `Menampilkan ${CHART_TAIL} teratas dan ${CHART_TAIL} terbawah dari ${n} kecamatan; tabel lengkap di bawah.`;
}

/**
 * The map draws one kabupaten's kecamatan (the published boundaries); a longer list
 * (the benchmark's provincial and national scales) gets no map rows, so the page does
 * not ship thousands of rows it cannot draw.
 */
export const MAP_UP_TO = 100;

/**
 * A page lists every kecamatan (links, checkboxes, the chooser's suggestions) when there
 * are at most this many. Past it, a page ships this many rows and the true count; the
 * chooser asks DuckDB-WASM for the rest as the reader types, and the full list is a
 * download on Data & metode.
 */
export const KECAMATAN_LIST_UP_TO = 100;

/** Suggestions the chooser offers for what was typed, past the shipped list. */
export const KECAMATAN_SUGGESTIONS = 20;

/**
 * Every kecamatan gets its own prerendered page (/kecamatan/<slug>) when there are at
 * most this many. Past it, prerendering one page per kecamatan does not fit CI (7.277
 * pages of fourteen queries each), so every kecamatan is shown by the one page
 * /kecamatan?kode=<kode>, which queries DuckDB-WASM in the browser.
 */
export const KECAMATAN_PAGES_UP_TO = 100;

/** The address of a kecamatan's page, without the base path: its own page, or the shared one by code. */
export function kecamatanHref(k: { slug?: unknown; kode?: unknown }, jumlahKecamatan: number): string {
	return jumlahKecamatan <= KECAMATAN_PAGES_UP_TO ? `/kecamatan/${String(k.slug)}` : `/kecamatan?kode=${encodeURIComponent(String(k.kode))}`;
}
