/**
 * "Kecamatan saya": finding the kecamatan a citizen typed, and the plain sentences
 * about one figure over the years (its newest value, its trend, how it stands
 * against the other kecamatan). The figures and comparisons come from the query layer
 * (sqlIkmKecamatan, sqlCapaianRataKecamatan, sqlAnggaranTahunanKecamatan); this only words them.
 */
import type { QueryRow } from './query/executor';

const tidy = (t: string) =>
	t
		.normalize('NFKC')
		.toLowerCase()
		.replace(/^\s*(kecamatan|kec\.?)\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The kecamatan named by a Kemendagri code, a slug or a name (any case, "Kecamatan …"
 * allowed), or by a suggestion "Name (code)": past one kabupaten names repeat, so the
 * chooser's suggestions carry the code.
 */
export function findKecamatanRow(list: readonly QueryRow[], text: string | null | undefined): QueryRow | null {
	if (!text) return null;
	const code = /\((\d+(?:\.\d+)*)\)\s*$/.exec(text)?.[1];
	if (code) return list.find((k) => String(k.kode) === code) ?? null;
	const t = tidy(text);
	if (!t) return null;
	return list.find((k) => String(k.kode) === t) ?? list.find((k) => String(k.slug) === t) ?? list.find((k) => tidy(String(k.kecamatan)) === t) ?? null;
}

export interface Point {
	tahun: number;
	nilai: number;
}

export interface FigureSummary {
	/** the newest year's row */
	terakhir: QueryRow;
	tahun: number;
	nilai: number;
	/** every year with a value, oldest first */
	tren: Point[];
	/** the change against the previous year with a value (null when there is none) */
	perubahan: { dari: number; selisih: number } | null;
	/** the other kecamatan's figure that year and how many they are (null when none reported) */
	banding: { nilai: number; jumlah: number } | null;
}

const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * One figure of one kecamatan over the years. `kolom` holds the figure; `kolomLain`
 * and `kolomJumlah` the comparison the query computed beside it.
 */
export function summariseFigure(rows: readonly QueryRow[], column: string, kolomLain: string, kolomJumlah = 'jumlah_lain'): FigureSummary | null {
	const found = rows.filter((r) => n(r[column]) !== null && n(r.tahun) !== null).sort((a, b) => (a.tahun as number) - (b.tahun as number));
	const terakhir = found.at(-1);
	if (!terakhir) return null;
	const tren = found.map((r) => ({ tahun: r.tahun as number, nilai: r[column] as number }));
	const before = tren.at(-2);
	const nilai = terakhir[column] as number;
	const other = n(terakhir[kolomLain]);
	const jumlah = n(terakhir[kolomJumlah]);
	return {
		terakhir,
		tahun: terakhir.tahun as number,
		nilai,
		tren,
		perubahan: before ? { dari: before.tahun, selisih: nilai - before.nilai } : null,
		banding: other !== null && jumlah ? { nilai: other, jumlah } : null
	};
}

/** "naik 1,20 poin dari 2022", "tetap dibanding 2022"; the difference rounded as shown (2 decimals). */
export function directionText(selisih: number, dari: number, satuan = ' poin'): string {
	const besar = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(selisih));
	if (Math.abs(selisih) < 0.005) return `sama dengan ${dari}`;
	return `${selisih > 0 ? 'naik' : 'turun'} ${besar}${satuan} dari ${dari}`;
}

/** "lebih tinggi dari", "lebih rendah dari", "sama dengan" a comparison figure, at two decimals. */
export function comparisonText(value: number, pembanding: number): string {
	const d = Math.round(value * 100) - Math.round(pembanding * 100);
	return d > 0 ? 'lebih tinggi dari' : d < 0 ? 'lebih rendah dari' : 'sama dengan';
}
