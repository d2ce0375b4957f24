/**
 * Indonesian number formats as printed in LKIP reports.
 *
 * Indonesian writes "1.234.567,89": dot groups thousands, comma marks decimals.
 * Reports converted from PDF also carry English-style "98.85", stray spaces
 * ("100 %"), currency prefixes ("Rp. 1.250.000.000,00", "Rp 2.400.000.000,-"),
 * units ("4 Dok", "12 Laporan") and grades ("B (61)", "BB (80)").
 * A number that fits none of these is returned as `null` with a `masalah`
 * (problem, in Indonesian) so the caller can keep the raw text and warn;
 * nothing here guesses a "corrected" value.
 */

/**
 * How a report groups thousands and marks decimals: 'id' "1.234.567,89" (the
 * default), 'en' "1,234,567.89" (some offices and converters). One report keeps
 * one format, so it is read once from the whole text and applies to every
 * figure: "47,382 jiwa" is 47382 in an 'en' report, 47,382 in an 'id' one.
 */
export type NumberFormat = 'id' | 'en';

/**
 * Figures that can only be read one way: two or more thousands groups, or a
 * group and decimals. Each starts where no digit or separator stands before
 * it, so a long run of groups is tried once, not from every group (linear).
 */
const GRUP_ID = /(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}\b|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}\b(?![.,]\d)/g;
const GRUP_EN = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{1,2}\b|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}\b(?![.,]\d)/g;

/** The report's number format: 'en' only when its unambiguous figures are mostly English-style. */
export function numberFormat(text: string): NumberFormat {
	const id = (text.match(GRUP_ID) ?? []).length;
	const en = (text.match(GRUP_EN) ?? []).length;
	return en >= 2 && en > id ? 'en' : 'id';
}

/** An English-style figure written the Indonesian way, so one parser reads both. */
function toIdFormat(s: string, format: NumberFormat): string {
	return format === 'en' ? s.replace(/[.,]/g, (c) => (c === ',' ? '.' : ',')) : s;
}

export interface ParsedNumber {
	nilai: number | null;
	/** why the text could not be read as a number; null when it parsed or was blank */
	masalah: string | null;
}

const BLANK = /^[\s\-–—.*]*$/;

/** Strip the decorations that surround a printed number. */
export function cleanToken(raw: string): string {
	return raw
		.replace(/<\/?[a-z][^<>]*>/gi, '') // markdown-table <b> tags
		.replace(/\\%/g, '%') // LaTeX-escaped percent
		.replace(/[*_`$]/g, '') // markdown emphasis, LaTeX math delimiters
		.replace(/\u00a0/g, ' ')
		.trim();
}

/**
 * Parse one numeric token (digits with separators, optional sign).
 * `ribuanTitikTunggal`: whether a single dot followed by exactly three digits
 * ("4.042") means thousands. True for rupiah and counts, where Indonesian
 * print is unambiguous; false for ratios and indices, where "98.850" is rare
 * but "82.890" would otherwise become 82890.
 */
export function parseToken(token: string, ribuanTitikTunggal = true, format: NumberFormat = 'id'): ParsedNumber {
	let t = toIdFormat(token, format).replace(/\s+/g, '');
	let sign = 1;
	if (/^[-−–]/.test(t)) {
		sign = -1;
		t = t.slice(1);
	}
	if (!/^\d[\d.,]*$/.test(t)) return { nilai: null, masalah: `"${token}" bukan angka` };
	t = t.replace(/[.,]$/, ''); // "100.%" and "1.234," : a trailing separator carries nothing
	const dots = (t.match(/\./g) ?? []).length;
	const commas = (t.match(/,/g) ?? []).length;
	const grouped = (s: string, sep: string) => {
		const parts = s.split(sep);
		return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
	};
	let intPart: string;
	let fracPart = '';
	if (dots && commas) {
		const decSep = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
		const thouSep = decSep === ',' ? '.' : ',';
		const [i, f, ...rest] = t.split(decSep);
		if (rest.length || !grouped(i, thouSep)) return { nilai: null, masalah: `format angka "${token}" tidak dikenali (pemisah ribuan/desimal tidak konsisten)` };
		intPart = i.split(thouSep).join('');
		fracPart = f;
	} else if (dots > 1 || commas > 1) {
		const sep = dots > 1 ? '.' : ',';
		if (!grouped(t, sep)) return { nilai: null, masalah: `format angka "${token}" tidak dikenali (kelompok ribuan harus tiga digit)` };
		intPart = t.split(sep).join('');
	} else if (commas === 1) {
		[intPart, fracPart] = t.split(',');
	} else if (dots === 1) {
		const [i, f] = t.split('.');
		// in an 'en' report this separator was printed as a comma, which English only uses to group thousands
		if ((ribuanTitikTunggal || format === 'en') && f.length === 3 && !/^0+$/.test(i) && i.length <= 3) {
			intPart = i + f;
		} else {
			intPart = i;
			fracPart = f;
		}
	} else {
		intPart = t;
	}
	const nilai = sign * Number(`${intPart}${fracPart ? '.' + fracPart : ''}`);
	if (!Number.isFinite(nilai)) return { nilai: null, masalah: `"${token}" bukan angka` };
	return { nilai, masalah: null };
}

const RP_PREFIX = /^\(?\s*rp\.?\s*/i;

/**
 * Rupiah amount as an exact integer. Accepts "Rp. 1.250.000.000,00",
 * "Rp 2.409.251.246,-", "1.961.144.146". Sen other than ",00" are reported,
 * not rounded away.
 */
export function parseRupiah(raw: string, format: NumberFormat = 'id'): ParsedNumber {
	let s = toIdFormat(cleanToken(raw), format).replace(RP_PREFIX, '').replace(/\)$/, '');
	if (BLANK.test(s)) return { nilai: null, masalah: null };
	s = s.replace(/,-+$|\.-+$/, '').replace(/\s+/g, '');
	// ",00" / ".00" after a grouped integer is sen, not a decimal of the grouping
	const sen = s.match(/^([\d.,]+?)([,.])(\d{1,2})$/);
	let intText = s;
	if (sen && /[.,]\d{3}$/.test(sen[1])) {
		// "337.369.33": a separator that groups thousands cannot also mark sen; a digit is missing
		if (sen[1].includes(sen[2])) return { nilai: null, masalah: `format rupiah "${raw.trim()}" tidak dikenali (kelompok ribuan harus tiga digit)` };
		intText = sen[1];
		if (!/^0+$/.test(sen[3])) return { nilai: null, masalah: `nilai rupiah "${raw.trim()}" memuat sen (${sen[3]}); rupiah disimpan sebagai bilangan bulat` };
	} else if (sen && /^\d+$/.test(sen[1]) && sen[1].length > 3) {
		// "1250000000,00"
		intText = sen[1];
		if (!/^0+$/.test(sen[3])) return { nilai: null, masalah: `nilai rupiah "${raw.trim()}" memuat sen (${sen[3]}); rupiah disimpan sebagai bilangan bulat` };
	}
	if (!/^-?\d[\d.,]*$/.test(intText)) return { nilai: null, masalah: `"${raw.trim()}" bukan nilai rupiah` };
	const groups = intText.replace(/^-/, '');
	const sep = groups.includes('.') ? '.' : groups.includes(',') ? ',' : '';
	if (sep && groups.includes('.') && groups.includes(',')) {
		return { nilai: null, masalah: `format rupiah "${raw.trim()}" tidak dikenali (pemisah ribuan bercampur)` };
	}
	if (sep) {
		const parts = groups.split(sep);
		if (!/^\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{3}$/.test(p)))
			return { nilai: null, masalah: `format rupiah "${raw.trim()}" tidak dikenali (kelompok ribuan harus tiga digit)` };
	}
	const digits = intText.replace(/[.,]/g, '');
	const big = BigInt(digits);
	if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < -BigInt(Number.MAX_SAFE_INTEGER))
		return { nilai: null, masalah: `nilai rupiah "${raw.trim()}" terlalu besar` };
	return { nilai: Number(big), masalah: null };
}

/** Percentage: "85,47%", "100 %", "97.5%", "100.%", "85,47". Returns 85.47. */
export function parsePercent(raw: string, format: NumberFormat = 'id'): ParsedNumber {
	const s = cleanToken(raw).replace(/%/g, '').trim();
	if (BLANK.test(s)) return { nilai: null, masalah: null };
	return parseToken(s, false, format);
}

export type ValueKind = '%' | 'indeks' | 'dokumen' | 'huruf' | 'nilai' | 'lainnya';

export interface IndikatorValue extends ParsedNumber {
	/** printed grade letter(s), e.g. "B" from "B (61)" or "BB" */
	huruf: string | null;
	satuan: ValueKind | null;
}

const LETTERS = /^(AA|A|BB|B|CC|C|D)(?![a-z])/i;
const DOCUMENT_FORMAT = /\b(dok(umen)?|laporan|dokumen)\b/i;

/**
 * A value cell of an indicator table: "90%", "84,5", "4 Dok", "B", "B (61)",
 * "BB (80)", "B 86,68 %", "100 %". Units are recognised, not required.
 */
export function parseIndikatorValue(raw: string, format: NumberFormat = 'id'): IndikatorValue {
	const s = cleanToken(raw);
	if (BLANK.test(s)) return { nilai: null, masalah: null, huruf: null, satuan: null };
	let rest = s;
	let huruf: string | null = null;
	const h = rest.match(LETTERS);
	if (h && (rest.length === h[0].length || /^[\s(]/.test(rest.slice(h[0].length)))) {
		huruf = h[1].toUpperCase();
		rest = rest
			.slice(h[0].length)
			.replace(/^[\s(]+|\)\s*$/g, '')
			.trim();
	}
	const percent = /%/.test(rest);
	const m = rest.match(/-?\d[\d.,\s]*\d|-?\d/);
	if (!m) {
		if (huruf) return { nilai: null, masalah: null, huruf, satuan: 'huruf' };
		return { nilai: null, masalah: `"${raw.trim()}" bukan angka`, huruf: null, satuan: null };
	}
	const token = m[0].replace(/\s+/g, '');
	const after = rest.slice((m.index ?? 0) + m[0].length);
	// a count with a unit ("1.200 Dok", "2.500 Orang") groups thousands; a bare ratio ("82.890") does not
	const hitungan = !percent && !huruf && /^\s*[a-z]/i.test(after);
	const parsed = parseToken(token, hitungan, format);
	let satuan: ValueKind;
	if (percent) satuan = '%';
	else if (huruf) satuan = 'huruf';
	else if (DOCUMENT_FORMAT.test(after)) satuan = 'dokumen';
	else if (/^\s*$/.test(after)) satuan = 'nilai';
	else satuan = 'lainnya';
	return { ...parsed, huruf, satuan };
}
