/**
 * Profile of the kecamatan: population (total, male, female), number of desa
 * and kelurahan, area in km², staff count. Reports state these in sentences
 * ("Jumlah penduduk ... sebanyak 48.535 Jiwa yang terdiri dari penduduk laki
 * laki sebanyak 22.571 Jiwa ...") or in a table with laki-laki / perempuan
 * columns and a "Jumlah" row. The first statement of each attribute is kept.
 */
import type { TextRow, TableBlock } from './table-blocks';
import { tableBlocks } from './table-blocks';
import { parseToken, type NumberFormat } from './numbers';
import { continuationLine } from './paragraphs';
import { normalise } from './table';
import type { ProfilAttribute, Peringatan, ProfilRecord } from './types';

export interface ProfilResult {
	profil: ProfilRecord[];
	peringatan: Peringatan[];
}

// the `\d+` alternative takes any run of digits, so a scan never fails after reading digits: linear
/* eslint-disable regexp/no-super-linear-move */
const ANGKA: Record<NumberFormat, RegExp> = {
	id: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
	en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
};
/* eslint-enable regexp/no-super-linear-move */

function wholeNumber(text: string, format: NumberFormat): number | null {
	const h = parseToken(text, true, format);
	return h.nilai !== null && Number.isInteger(h.nilai) ? h.nilai : null;
}

/** What cleaned would change; most lines of running text need nothing. */
const NEEDS_CLEANING = /[<*_]|\s\s|[^\S ]/;

function cleaned(raw: string): string {
	if (!NEEDS_CLEANING.test(raw)) return raw;
	let t = raw;
	if (t.includes('<')) t = t.replace(/<[^<>]+>/g, ' ');
	if (t.includes('*') || t.includes('_')) t = t.replace(/[*_]/g, '');
	return t.replace(/\s+/g, ' ');
}

interface Paragraph {
	teks: string;
	/** each line of the paragraph with where its text starts */
	potongan: { r: TextRow; mulai: number }[];
}

/**
 * Running text as paragraphs: a sentence that a PDF converter wrapped ("... luas
 * wilayah" / "146,92 km2 ...") is read whole, and each figure keeps the line it
 * is printed on (paragraphs.ts says which line continues which).
 */
function paragraphText(rows: TextRow[]): Paragraph[] {
	const result: Paragraph[] = [];
	let active: Paragraph | null = null;
	for (const r of rows) {
		if (r.tepi) continue;
		if (!r.raw || r.cells) {
			active = null;
			continue;
		}
		const teks = cleaned(r.raw).trim();
		if (active && continuationLine(active.potongan[active.potongan.length - 1].r.raw, r.raw, true)) {
			active.teks += ' ';
			active.potongan.push({ r, mulai: active.teks.length });
			active.teks += teks;
			continue;
		}
		active = { teks, potongan: [{ r, mulai: 0 }] };
		result.push(active);
	}
	return result;
}

function lineAt(p: Paragraph, pos: number): TextRow {
	let r = p.potongan[0].r;
	for (const x of p.potongan) if (x.mulai <= pos) r = x.r;
	return r;
}

/** `blok`: the text's table blocks, when the caller has already split them (extract.ts). */
export function extractProfil(rows: TextRow[], format: NumberFormat = 'id', block: TableBlock[] = tableBlocks(rows)): ProfilResult {
	const found = new Map<ProfilAttribute, ProfilRecord>();
	const peringatan: Peringatan[] = [];
	// the year and source printed with the statement being read (asalData), read only when it holds a figure
	let origin: () => DataSource = () => NO_SOURCE;
	const sekali = (f: () => DataSource) => {
		let d: DataSource | null = null;
		return () => (d ??= f());
	};
	const save = (atribut: ProfilAttribute, nilai: number | null, r: TextRow, text: string) => {
		if (nilai === null) {
			peringatan.push({ line: r.line, pesan: `angka ${atribut} "${text}" tidak terbaca` });
			return;
		}
		if (!found.has(atribut)) found.set(atribut, { atribut, nilai, ...origin(), line: r.line, raw: r.raw });
	};

	const paragraf = paragraphText(rows);
	for (const [i, p] of paragraf.entries()) {
		const text = p.teks;
		origin = sekali(() => dataSourceOf(text, paragraf[i + 1]?.teks ?? ''));
		const t = text.toLowerCase();
		const di = (pos: number) => lineAt(p, pos);
		if (/penduduk/.test(t)) population(text, di, save, format);
		if (
			/membawahi|terdiri (dari|atas)|secara administrati|wilayah administrasi|jumlah (desa|kelurahan)/.test(t) &&
			!/kabupaten\s+\w+\s+(terdiri|membawahi|memiliki)/.test(t)
		) {
			for (const m of text.matchAll(/\b(\d{1,3})\s*(?:\([a-z ]+\)\s*)?(desa|kelurahan)\b/gi)) {
				save(m[2].toLowerCase() === 'desa' ? 'jumlah_desa' : 'jumlah_kelurahan', Number(m[1]), di(m.index), m[0]);
			}
		}
		// the substrings every match holds: most paragraphs have none, and the patterns below are costly to fail
		const luas = t.includes('luas') && text.match(/\bluas(?: wilayah| daerah)?[^.\d]{0,40}?(\d[\d.,]*)\s*(km\s*2|km²|km\b|kilometer persegi|ha\b|hektar)/i);
		if (luas) {
			const h = parseToken(luas[1], true, format);
			const r = di((luas.index ?? 0) + luas[0].indexOf(luas[1]));
			if (h.nilai === null) save('luas_km2', null, r, luas[1]);
			else save('luas_km2', /^h/i.test(luas[2]) ? h.nilai / 100 : h.nilai, r, luas[0]);
		}
		const sdm =
			t.includes('orang') &&
			(t.includes('daya manusia') || t.includes('sdm') || t.includes('pegawai') || t.includes('aparatur')) &&
			text.match(
				/(sumber ?daya manusia|\bsdm\b|pegawai|aparatur)[^.]{0,80}?(berjumlah|terdiri dari|sebanyak|sejumlah|total)\s+(\d[\d.]*)\s*(?:\([^)]*\)\s*)?orang/i
			);
		if (sdm) save('pegawai_total', wholeNumber(sdm[3], format), di((sdm.index ?? 0) + sdm[0].lastIndexOf(sdm[3])), sdm[0]);
	}
	origin = () => NO_SOURCE;
	populationTable(rows, block, save, format, (title, setelah) => (origin = sekali(() => dataSourceOf(title, setelah))));
	const order: ProfilAttribute[] = ['penduduk', 'penduduk_l', 'penduduk_p', 'jumlah_desa', 'jumlah_kelurahan', 'luas_km2', 'pegawai_total'];
	return { profil: order.flatMap((a) => (found.has(a) ? [found.get(a)!] : [])), peringatan };
}

interface DataSource {
	tahun_data: number | null;
	sumber_data: string | null;
}

const NO_SOURCE: DataSource = { tahun_data: null, sumber_data: null };

const SOURCE = /\bsumber(?:\s+data)?\s*:\s*([^;]{3,160}?)(?:\.\s|\.?$|;)/i;
// the year a population figure is of: "pada akhir tahun 2023", "(data tahun 2022)", "keadaan Desember 2022", "per 31 Desember 2023"
const DATA_YEAR =
	/\b(?:(?:pada\s+)?(?:akhir\s+)?tahun|th\.?|keadaan(?:\s+(?:bulan\s+)?[a-z]+)?|per(?:\s+\d{1,2})?(?:\s+[a-z]+)?|semester\s+[iv12]+(?:\s+tahun)?)\s+((?:19|20)\d\d)\b/i;

/**
 * The year and the source a profile statement prints with it: in its own sentence, or a
 * "Sumber: ..." line right after it. A source names its year often ("Kecamatan X Dalam
 * Angka 2024" is of 2023, but that is BPS's rule, not the report's): the year is only what
 * the statement itself says.
 */
function dataSourceOf(text: string, berikut: string): DataSource {
	const source = text.match(SOURCE) ?? (/^\W*sumber\b/i.test(berikut) ? berikut.match(SOURCE) : null);
	const t = text.replace(SOURCE, ' ').match(DATA_YEAR);
	return { tahun_data: t ? Number(t[1]) : null, sumber_data: source ? source[1].trim() : null };
}

type Keep = (atribut: ProfilAttribute, nilai: number | null, r: TextRow, teks: string) => void;

/**
 * Each "<number> jiwa" is classified by the words of its own clause: before it
 * back to the previous number or comma ("penduduk laki laki sebanyak 22.571"),
 * else after it up to the next one ("63.388 Jiwa penduduk laki laki").
 */
function population(text: string, di: (pos: number) => TextRow, save: Keep, format: NumberFormat) {
	const angka = [...text.matchAll(ANGKA[format])];
	let jumlahDiambil = false;
	angka.forEach((m, k) => {
		const end = (m.index ?? 0) + m[0].length;
		const after = text.slice(end, angka[k + 1]?.index ?? text.length);
		if (!/^\s*(jiwa|orang|population)\b/i.test(after)) return;
		// "Tabel 2.1 Penduduk menurut ...": a caption's number, not a count
		if (/\b(?:tabel|table|gambar|grafik|bab)\s*[\d.]*$/i.test(text.slice(0, (m.index ?? 0) + m[0].length))) return;
		// back to the previous figure; a year in between ("pada akhir tahun 2023 sebanyak") is no figure
		let kk = k - 1;
		while (kk >= 0 && /^(19|20)\d\d$/.test(angka[kk][0])) kk--;
		const dariAngka = kk >= 0 ? (angka[kk].index ?? 0) + angka[kk][0].length : 0;
		let before = text.slice(dariAngka, m.index);
		const koma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
		if (koma >= 0) before = before.slice(koma + 1);
		const klausaSesudah = after.split(/[,;]/)[0];
		const kind = (s: string) => (/\blaki|\bpria\b/i.test(s) ? 'penduduk_l' : /\bperempuan|\bwanita\b/i.test(s) ? 'penduduk_p' : null);
		// "jumlah penduduk ... sebanyak 48.535 jiwa yang terdiri dari penduduk laki laki ...": the words
		// before the number decide when they name the population at all
		const atribut = kind(before) ?? (/penduduk/i.test(before) ? null : kind(klausaSesudah));
		if (atribut) save(atribut, wholeNumber(m[0], format), di(m.index ?? 0), m[0]);
		else if (!jumlahDiambil && /penduduk/i.test(before + klausaSesudah)) {
			jumlahDiambil = true;
			save('penduduk', wholeNumber(m[0], format), di(m.index ?? 0), m[0]);
		}
	});
}

/** A population table: a header row with laki-laki and perempuan cells, and a "Jumlah"/"Total" row. */
function populationTable(rows: TextRow[], block: TableBlock[], save: Keep, format: NumberFormat, origin: (title: string, setelah: string) => void) {
	const firstAfter = rowsAfter(rows);
	for (const b of block) {
		// a table's source is printed on the line after it ("Sumber: ..."), its year in its caption
		const end = b.rows[b.rows.length - 1]?.line ?? 0;
		const after = firstAfter(end, (r) => r.raw.trim() !== '' && !r.tepi);
		origin(b.judul, after && !after.cells ? cleaned(after.raw) : '');
		const iKepala = b.rows.findIndex((r) => r.cells.some((c) => /\blaki|\bpria\b/i.test(c)) && r.cells.some((c) => /\bperempuan|\bwanita\b/i.test(c)));
		if (iKepala < 0) continue;
		const header = b.rows[iKepala].cells.map(normalise);
		const kol = (re: RegExp, kecuali: number[] = []) => header.findIndex((c, i) => !kecuali.includes(i) && re.test(c));
		const iL = kol(/\blaki|\bpria\b/);
		const iP = kol(/\bperempuan|\bwanita\b/);
		const iJ = kol(/\b(jumlah|total)\b/, [iL, iP]);
		const r = b.rows.slice(iKepala + 1).find((x) => x.cells.some((c) => /^(jumlah|total)\b/.test(normalise(c))));
		if (!r) continue;
		const ambil = (i: number, a: ProfilAttribute) => {
			const t = (r.cells[i] ?? '').trim();
			if (i >= 0 && t) save(a, wholeNumber(t.replace(/(?<!\s)\s*(jiwa|orang)$/i, ''), format), r, t);
		};
		ambil(iL, 'penduduk_l');
		ambil(iP, 'penduduk_p');
		ambil(iJ, 'penduduk');
	}
}

/**
 * `rows.find((r) => r.line > line && ok(r))` for every table of a report: rows come in line
 * order, so the search starts at the first row past `line` instead of at the top (a scan of
 * the whole report per table). Rows out of order (never seen) are searched from the top.
 */
function rowsAfter(rows: readonly TextRow[]): (line: number, ok: (r: TextRow) => boolean) => TextRow | undefined {
	let sorted = true;
	for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1].line <= rows[i].line;
	return (line, ok) => {
		if (!sorted) return rows.find((r) => r.line > line && ok(r));
		let lo = 0;
		let hi = rows.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (rows[mid].line > line) hi = mid;
			else lo = mid + 1;
		}
		for (let i = lo; i < rows.length; i++) if (ok(rows[i])) return rows[i];
		return undefined;
	};
}
