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
