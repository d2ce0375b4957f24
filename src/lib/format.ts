/**
 * Number formatting for the dashboard, in Indonesian conventions (id-ID):
 * "." groups thousands, "," marks decimals, "Rp 3,32 M" for 3,32 miliar.
 * Missing values print as an en dash so an empty cell is never mistaken for zero.
 */

export const EMPTY = '–';

/** A figure that is a plain number, else null: a bigint sum or a missing cell shows as KOSONG. */
export const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** How a column's values are shown: shared by tables, tooltips and exports. */
export type ColumnFormat = 'rupiah' | 'persen' | 'angka' | 'indeks' | 'teks' | 'tahun';

/**
 * Decimals a figure of each format is shown with, in tables, charts and exports
 * alike (an IKM is 75,50 everywhere, never 75,5 in one place and 75,50 in another).
 * `angka` shows up to this many, without trailing zeros.
 */
export const DECIMALS: Record<'persen' | 'angka' | 'indeks', number> = { persen: 2, angka: 2, indeks: 2 };

/** A figure rounded as it is shown, for exports: 81.59666666666668 → 81.6 (shown 81,60). Rupiah stay integers. */
export function roundForDisplay(x: number, format: ColumnFormat | undefined): number {
	if (format === 'rupiah') return Math.round(x);
	if (format === 'persen' || format === 'angka' || format === 'indeks') {
		const f = 10 ** DECIMALS[format];
		return Math.round((x + Math.sign(x) * Number.EPSILON) * f) / f;
	}
	return x;
}

/** An IKM-like index (25–100) with its fixed two decimals: 81.9 → "81,90". */
export function formatIndex(x: number | null | undefined): string {
	return formatNumber(x, DECIMALS.indeks);
}

/**
 * Printed text without the markup the conversion to text left in it (<b>, <i>,
 * <sup>, **bold**, *emphasis*, entities) and with table cells separated by " | ",
 * for exports: the words and figures as a reader saw them on the page.
 */
export function plainText(s: string): string {
	return s
		.replace(/<sup>\s*2\s*<\/sup>/gi, '²')
		.replace(/<sup>\s*3\s*<\/sup>/gi, '³')
		.replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, '')
		.replace(/\*\*/g, '')
		.replace(/(^|[\s(])\*(?=\S)([^*\n]*\S)\*(?=$|[\s).,:;])/g, '$1$2')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.split('\t')
		.map((c) => c.trim())
		.filter((c, i, a) => c !== '' || i === 0 || i === a.length - 1)
		.join(' | ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

const formatCache = new Map<string, Intl.NumberFormat>();

function nf(min: number, max: number, grouping = true): Intl.NumberFormat {
	const key = `${min}/${max}/${grouping}`;
	let f = formatCache.get(key);
	if (!f) {
		f = new Intl.NumberFormat('id-ID', {
			minimumFractionDigits: min,
			maximumFractionDigits: max,
			useGrouping: grouping,
			// "-0,00" for a tiny negative would read as a real negative figure
			signDisplay: 'negative'
		});
		formatCache.set(key, f);
	}
	return f;
}

function isEmpty(x: unknown): x is null | undefined {
	return x === null || x === undefined || (typeof x === 'number' && !Number.isFinite(x));
}

/** Units for the short rupiah form, largest first. */
const SATUAN: [bigint, string][] = [
	[1_000_000_000_000n, 'T'],
	[1_000_000_000n, 'M'],
	[1_000_000n, 'Jt']
];

/** a / b rounded half away from zero, in hundredths, exactly (bigint). */
function divideByHundred(a: bigint, b: bigint): bigint {
	const negatif = a < 0n;
	const abs = negatif ? -a : a;
	const q = (abs * 200n + b) / (2n * b);
	return negatif ? -q : q;
}

/**
 * Rupiah. Short form (default): "Rp 3,32 M" (miliar), "Rp 250,00 Jt" (juta),
 * "Rp 1,20 T" (triliun); amounts that round to under 1,00 Jt in full. Full form: "Rp 1.250.000.000".
 * Integers (number or bigint) are rounded exactly, never through floating point.
 */
export function formatRupiah(n: number | bigint | null | undefined, summary = true): string {
	if (isEmpty(n)) return EMPTY;
	if (typeof n === 'number' && !Number.isInteger(n)) {
		// Rupiah are integers in our data; a fraction here is a computed value (e.g. an average).
		n = Math.round(n);
	}
	const b = BigInt(n);
	const mark = b < 0n ? '-' : '';
	const abs = b < 0n ? -b : b;
	if (summary) {
		for (const [unit, label] of SATUAN) {
			// choose the unit by the rounded value: 999.995.000 is "Rp 1,00 M", not "Rp 1.000,00 Jt"
			const seratus = divideByHundred(abs, unit);
			if (seratus >= 100n) return `${mark}Rp ${nf(2, 2).format(Number(seratus) / 100)} ${label}`;
		}
	}
	return `${mark}Rp ${nf(0, 0).format(abs)}`;
}

/** Percentage with a fixed number of decimals: 85.4678 → "85,47%". */
export function formatPercent(x: number | null | undefined, digits = 2): string {
	if (isEmpty(x)) return EMPTY;
	return `${nf(digits, digits).format(x)}%`;
}

/**
 * A plain number: 1234.5 → "1.234,5". Without `digits`, up to two decimals and no
 * trailing zeros; with `digits`, exactly that many.
 */
export function formatNumber(x: number | bigint | null | undefined, digits?: number): string {
	if (isEmpty(x)) return EMPTY;
	return digits === undefined ? nf(0, 2).format(x) : nf(digits, digits).format(x);
}

/** A year, never grouped: 2023 → "2023" (not "2.023"). */
export function formatYear(x: number | null | undefined): string {
	if (isEmpty(x)) return EMPTY;
	return nf(0, 0, false).format(x);
}

/** A cell value by column format, for tables and tooltips. */
export function formatValue(x: unknown, format: ColumnFormat = 'teks'): string {
	if (isEmpty(x) || x === '') return EMPTY;
	switch (format) {
		case 'rupiah':
			return typeof x === 'number' || typeof x === 'bigint' ? formatRupiah(x, false) : String(x);
		case 'persen':
			return typeof x === 'number' ? formatPercent(x) : String(x);
		case 'angka':
			return typeof x === 'number' || typeof x === 'bigint' ? formatNumber(x) : String(x);
		case 'indeks':
			return typeof x === 'number' ? formatIndex(x) : String(x);
		case 'tahun':
			return typeof x === 'number' ? formatYear(x) : String(x);
		default:
			return String(x);
	}
}

/** Columns whose values are numbers: right-aligned in tables, numeric cells in XLSX. */
export function isNumberFormat(format: ColumnFormat | undefined): boolean {
	return format === 'rupiah' || format === 'persen' || format === 'angka' || format === 'indeks';
}
