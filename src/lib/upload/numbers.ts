/**
 * Decimal numbers typed into a CSV, where Indonesian ("86,34", "1.234,5") and
 * plain/English ("86.34", "1,234.5") formats meet. Most values say which they
 * use; "1,234" and "1.234" do not (one thousand two hundred thirty-four, or
 * one point two three four?). Those are read by the format the rest of the file
 * uses, with a note; when the file uses both formats they are refused with an
 * explanation instead of guessed. Rupiah are whole numbers and go through
 * parseRupiah, where this ambiguity does not arise.
 */
import { parseToken } from '../lkip/numbers';
import { quoteSnippet } from './problems';

export type NumberStyle = 'id' | 'en';

/** Evidence of a format from one value, or null when the value does not say. */
export function valueStyle(raw: string): NumberStyle | null {
	const t = raw.replace(/[\s%]/g, '').replace(/^[-−+]/, '');
	if (!/^\d[\d.,]*\d$/.test(t)) return null;
	const point = t.lastIndexOf('.');
	const koma = t.lastIndexOf(',');
	if (point >= 0 && koma >= 0) return koma > point ? 'id' : 'en';
	if (point < 0 && koma < 0) return null;
	const sep = point >= 0 ? '.' : ',';
	const section = t.split(sep);
	if (section.length > 2) return sep === '.' ? 'id' : 'en'; // 1.234.567: grouping
	if (section[1].length === 3) return null; // 1.234 / 1,234: says nothing
	return sep === ',' ? 'id' : 'en';
}

export interface StyleSample {
	baris: number;
	raw: string;
}

/** The formats seen in a file's decimal columns, with the first example of each. */
export class FileStyle {
	id: StyleSample | null = null;
	en: StyleSample | null = null;
	jumlah = { id: 0, en: 0 };

	catat(raw: string, baris: number): void {
		const g = valueStyle(raw);
		if (!g) return;
		this.jumlah[g]++;
		this[g] ??= { baris, raw: raw.trim() };
	}

	/** The file's format when it is unmistakable: the majority, or the only one. */
	get utama(): NumberStyle | null {
		if (!this.jumlah.id && !this.jumlah.en) return null;
		return this.jumlah.id >= this.jumlah.en ? 'id' : 'en';
	}

	get campur(): boolean {
		return this.jumlah.id > 0 && this.jumlah.en > 0;
	}
}

export interface ParsedDecimal {
	nilai: number | null;
	/** why it is refused */
	masalah: string | null;
	/** how an ambiguous value was read, for a warning */
	catatan: string | null;
}

const idNumber = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 6 });

/** A decimal cell ("86,34", "97.5%", "1.234,5"), read in the light of the file's format. */
export function readDecimal(raw: string, style: FileStyle): ParsedDecimal {
	const t = raw.replace(/%/g, '').replace(/\s+/g, '');
	if (!t) return { nilai: null, masalah: null, catatan: null };
	const badan = t.replace(/^[-−+]/, '');
	const tunggal = badan.match(/^([1-9]\d{0,2})([.,])(\d{3})$/);
	if (tunggal) {
		const [, bulat, sep, pecahan] = tunggal;
		const mark = /^[-−]/.test(t) ? -1 : 1;
		if (style.campur) {
			return {
				nilai: null,
				catatan: null,
				masalah:
					`${quoteSnippet(raw.trim())} ambigu (ribuan atau pecahan?): berkas ini memakai koma desimal (mis. baris ${style.id!.baris}: ${quoteSnippet(style.id!.raw)}) ` +
					`dan juga titik desimal (mis. baris ${style.en!.baris}: ${quoteSnippet(style.en!.raw)}); pakai satu format angka di seluruh berkas dan tulis ribuan tanpa pemisah, mis. "${bulat}${pecahan}"`
			};
		}
		const ribuan = (sep === '.' && style.utama === 'id') || (sep === ',' && style.utama === 'en');
		if (ribuan) {
			const contoh = style[style.utama!]!;
			const nilai = mark * Number(bulat + pecahan);
			return {
				nilai,
				masalah: null,
				catatan: `${quoteSnippet(raw.trim())} dibaca sebagai ${idNumber(nilai)} (ribuan), karena berkas ini memakai ${style.utama === 'id' ? 'koma' : 'titik'} desimal (mis. baris ${contoh.baris}: ${quoteSnippet(contoh.raw)})`
			};
		}
		return { nilai: mark * Number(`${bulat}.${pecahan}`), masalah: null, catatan: null };
	}
	const p = parseToken(t, false);
	if (p.nilai === null) return { nilai: null, masalah: `${quoteSnippet(raw.trim())} bukan angka`, catatan: null };
	const g = valueStyle(t);
	const main = style.utama;
	let note: string | null = null;
	if (g && main && g !== main && /[.,].*[.,]/.test(badan)) {
		note = `${quoteSnippet(raw.trim())} ditulis dengan format ${g === 'en' ? 'Inggris (koma ribuan, titik desimal)' : 'Indonesia (titik ribuan, koma desimal)'}, berbeda dari baris lain; dibaca sebagai ${idNumber(p.nilai)}`;
	}
	return { nilai: p.nilai, masalah: null, catatan: note };
}
