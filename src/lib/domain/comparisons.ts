/**
 * What a comparison figure beside a kecamatan is, in one place: the SQL computes
 * these figures (query/sql.ts), charts, tiles and tables name them with these
 * labels, and "Data & metode" prints ATURAN_PEMBANDING. The reports do not give a
 * kabupaten-wide figure for every year, so the dashboard never calls its own mean
 * "kabupaten": it says how many kecamatan it covers, and beside one kecamatan it
 * leaves that kecamatan out.
 */

/** The trend line of the mean (its count varies per year, so it is said per point). */
export const KECAMATAN_AVERAGE_NAME = 'Rata-rata kecamatan berlaporan';
export const COMBINED_NAME = 'Gabungan kecamatan berlaporan';

/** "rata-rata 3 kecamatan berlaporan": the mean IKM of the kecamatan with a value that year. */
export function kecamatanAverageLabel(n: number | null | undefined): string {
	return `Rata-rata ${n ?? 0} kecamatan berlaporan`;
}

/** Beside one kecamatan: the mean of the others; null when no other kecamatan has a value. */
export function otherAverageLabel(n: number | null | undefined): string | null {
	return n ? `rata-rata ${n} kecamatan lain` : null;
}

/** Serapan over several kecamatan: their rupiah summed, not their percentages averaged. */
export function combinedLabel(n: number | null | undefined): string {
	return `Gabungan ${n ?? 0} kecamatan berlaporan`;
}

export function otherCombinedLabel(n: number | null | undefined): string | null {
	return n ? `gabungan ${n} kecamatan lain` : null;
}

/** "3 dari 31 kecamatan": how much of the kecamatan list a figure covers. */
export function labelCakupan(n: number | null | undefined, sum: number): string {
	return `${n ?? 0} dari ${sum} kecamatan`;
}

/** Rules for the data dictionary, stated once. */
export const COMPARISON_RULE: { judul: string; isi: string }[] = [
	{
		judul: 'Angka pembanding IKM',
		isi: 'Dasbor tidak menyebut rata-ratanya sendiri "IKM kabupaten". Garis dan kolom pembanding adalah rata-rata sederhana IKM kecamatan yang punya nilai IKM pada tahun itu, dan selalu menyebut jumlahnya ("rata-rata 3 kecamatan berlaporan"); jumlah itu berubah dari tahun ke tahun, sehingga naik turunnya garis bisa karena kecamatan yang berlaporan berganti. Di halaman satu kecamatan, pembandingnya adalah rata-rata kecamatan lain: kecamatan itu sendiri tidak ikut dihitung, dan bila tidak ada kecamatan lain yang berlaporan, pembanding dikosongkan.'
	},
	{
		judul: 'Angka pembanding serapan',
		isi: 'Serapan gabungan adalah jumlah realisasi dibagi jumlah pagu kecamatan yang berlaporan pada tahun itu (dari rupiah, bukan rata-rata persentase), dengan jumlah kecamatannya. Di halaman satu kecamatan, gabungan itu tanpa kecamatan itu sendiri.'
	}
];

/**
 * A change between two years, said over the same kecamatan: "naik 2,50 poin dibanding
 * 2022 (2 kecamatan yang sama di kedua tahun)". Null when no kecamatan has both years,
 * so the page says there is nothing to compare instead of comparing two sets.
 */
export function changeText(
	current: number | null,
	lalu: number | null,
	sum: number | null,
	tahunLalu: number,
	satuan = '',
	digit = 2
): { teks: string; naik: boolean } | null {
	if (current === null || lalu === null || !sum) return null;
	const d = current - lalu;
	const besar = new Intl.NumberFormat('id-ID', { minimumFractionDigits: digit, maximumFractionDigits: digit }).format(Math.abs(d));
	const arah = Math.abs(d) < 0.5 * 10 ** -digit ? 'tetap' : d > 0 ? `naik ${besar}${satuan}` : `turun ${besar}${satuan}`;
	return { teks: `${arah} dibanding ${tahunLalu} (${sum} kecamatan yang sama di kedua tahun)`, naik: d >= 0 };
}
