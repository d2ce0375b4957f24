/**
 * Budget figures stated in running text: "pada tahun 2022 dari total anggaran
 * sebesar Rp. 3.810.244.147,00 terealisasi sebesar Rp. 3.709.209.303,00 atau
 * 97,35%", "Belanja Modal sebesar Rp. 53.225.986,00".
 *
 * Each "Rp" amount of a text line is read with the words before it (back to the
 * previous amount): the nearest cue word says pagu or realisasi (without one,
 * an amount continues the role of the one before it in the line), a belanja
 * name makes it a belanja figure, the last year mentioned before it gives its
 * year (the report year when the line names none). Amounts of one program,
 * kegiatan or sasaran, and changes such as refocusing, are not totals and are
 * skipped.
 */
import { parsePercent, parseRupiah } from './numbers';
import { continuationLine } from './paragraphs';
import { belanjaKind, type AnggaranLine } from './anggaran-table';
import type { BelanjaStatement } from './belanja';
import type { Section, ExtractionContext, Peringatan } from './types';

export interface AnggaranStatement {
	tahun: number;
	pagu: number | null;
	realisasi: number | null;
	persen: number | null;
	pagu_raw: string | null;
	realisasi_raw: string | null;
	persen_raw: string | null;
	bagian: Section;
	line: number;
	raw: string;
}

const RP = /\bRp\.?\s*(\d[\d.,]*\d|\d)(?:\s*,-|\.-|-)?/gi;
const YEAR = /\b(?:tahun(?:\s+anggaran)?|anggaran|ta\.?|t\.a\.?|desember|p-?apbd|apbd(?:-p)?|papbd)\s+(20\d{2})\b(?!\s*[-–/]\s*\d)/gi;
/** cue words, longest first; the last one before an amount names its role */
const ROLES =
	/(tahun anggaran)|(realisasi(?: penyerapan)?(?: anggaran| belanja)?|penyerapan anggaran|serapan anggaran|terealisasi|terserap|penyerapan|serapan|dibelanjakan)|(pagu(?: anggaran)?|total anggaran|anggaran|dana|dialokasikan|mengalokasikan|alokasi|didukung)/gi;
const BELANJA = /belanja\s+(tidak\s+langsung|langsung|operasi(?:onal)?|modal|pegawai|barang\s*(?:(?:dan|\/)\s*)?jasa)/gi;
/** an amount that belongs to one program, kegiatan, sasaran, or to a change of the budget */
const NOT_TOTAL = [
	/\bprogram\b(?!\s+(dan|kegiatan|tahun|yang|kerja)\b)/i,
	/\bsub\s*kegiatan\b/i,
	/\b[Kk]egiatan\s+[A-Z]/,
	/\bsasaran\b/i,
	/refocusing|pengurangan|penambahan|pergeseran|\bsisa\b|silpa|efisiensi/i,
	// money of the desa or of citizens, not the kecamatan's budget
	/\bdana desa\b|\b(add|dd|pad|pbb|blt)\b|pendapatan|pajak|retribusi|bantuan|hibah|bansos|insentif|\bhonor|\bgaji|tunjangan|biaya|tarif/i
];
/** a line about the budget at all; "harga Rp 5.000" is not */
const ANGGARAN_WORDS = /anggaran|pagu|realisasi|terealisasi|terserap|serapan|apbd|belanja/i;

function withoutMarkup(raw: string): string {
	return raw.replace(/<[^<>]+>/g, ' ').replace(/\*\*|__|\\%/g, (m) => (m === '\\%' ? '%' : ''));
}

/** A percentage printed right after an amount ("atau 85,47%", "(93%)"), in the same sentence. */
function percentAfter(text: string): string | null {
	const cut = text.slice(0, 50).split(/\.\s+[A-Z]|;|\bRp\b/i)[0];
	const m = cut.match(/(\d{1,3}(?:[.,]\d{1,2})?)\s*%/);
	return m ? m[0] : null;
}

export function readAnggaranText(
	rows: AnggaranLine[],
	ctx: ExtractionContext
): { pernyataan: AnggaranStatement[]; belanja: BelanjaStatement[]; peringatan: Peringatan[] } {
	const statement: AnggaranStatement[] = [];
	const belanja: BelanjaStatement[] = [];
	const peringatan: Peringatan[] = [];
	// text after the last amount of the previous line: a paragraph broken over
	// two lines ("... dalam Program X" / "yang ... sebesar Rp ...") reads as one
	let rest = '';
	// the statement still open at the end of the previous line, and the last year
	// that line named: a sentence wrapped after its first amount goes on filling them
	let terbuka: AnggaranStatement | null = null;
	let tahunAkhir: number | null = null;
	const lepas = () => {
		if (terbuka) statement.push(terbuka);
		terbuka = null;
	};
	/** the text line before, and whether this one follows it with no blank line between */
	let upper = '';
	let rapat = false;
	for (const r of rows) {
		if (r.cells !== null) {
			rest = '';
			lepas();
			tahunAkhir = null;
			upper = '';
			continue;
		}
		if (r.tepi) continue;
		if (r.raw === '') {
			rapat = false;
			continue;
		}
		const line = withoutMarkup(r.raw);
		const lanjutan = /^[a-z(]|^\d+[,.]\d*\s*%/.test(line.trim()) || continuationLine(upper, line, rapat);
		upper = line;
		rapat = true;
		const text = (lanjutan ? rest + ' ' : '') + line;
		if (!lanjutan) tahunAkhir = null;
		// "... terealisasi sebesar Rp. 3.064.347.153,-" / "dari total anggaran atau 85,47%": the percentage of the open statement
		const tb = terbuka as AnggaranStatement | null;
		if (lanjutan && tb && tb.persen_raw === null) {
			const p = percentAfter(line.split(/\bRp\b/i)[0]);
			if (p) [tb.persen, tb.persen_raw] = [parsePercent(p, ctx.format).nilai, p];
		}
		// an "Rp" at the end of the line above and its amount at the start of this one read as one
		if (!/\brp\b/i.test(lanjutan ? text : line) || !ANGGARAN_WORDS.test(text)) {
			lepas();
			rest = text.slice(-300);
			continue;
		}
		const bagian = ctx.bagian[r.line - 1] ?? 'narasi';
		const tahunDi = [...text.matchAll(YEAR)].map((m) => ({ pos: m.index ?? 0, tahun: Number(m[1]) }));
		let akhirSebelum = 0;
		let peranSebelum: 'pagu' | 'realisasi' | null = null;
		// the statement being filled: one year, at most one pagu and one realisasi
		const active: { s: AnggaranStatement | null } = { s: lanjutan ? terbuka : null };
		if (!lanjutan) lepas();
		terbuka = null;
		let dikecualikan = false;
		const close = () => {
			if (active.s && (active.s.pagu_raw !== null || active.s.realisasi_raw !== null)) statement.push(active.s);
			active.s = null;
		};
		for (const m of text.matchAll(RP)) {
			const pos = m.index ?? 0;
			const konteks = text.slice(akhirSebelum, pos);
			akhirSebelum = pos + m[0].length;
			let peran: 'pagu' | 'realisasi' | null = null;
			for (const c of konteks.matchAll(ROLES)) if (!c[1]) peran = c[2] ? 'realisasi' : 'pagu';
			peran = peran ?? peranSebelum ?? 'pagu';
			peranSebelum = peran;
			const jenisB = [...konteks.matchAll(BELANJA)].pop();
			// "Rp 3,1 miliar" is a rounded figure, not an exact amount
			const satuan = text.slice(akhirSebelum).match(/^\s*(miliar|milyar|juta|ribu|triliun)\b/i);
			const h = satuan
				? { nilai: null, masalah: `"Rp ${m[1]} ${satuan[1]}" adalah angka bulat dalam teks, bukan nilai rupiah pasti` }
				: parseRupiah(m[1], ctx.format);
			if (jenisB) {
				if (h.masalah) peringatan.push({ line: r.line, pesan: `Baris ${r.line}: ${h.masalah}; teks asli disimpan, nilai dikosongkan` });
				const uraian = jenisB[0].replace(/\s+/g, ' ');
				belanja.push({
					jenis: belanjaKind(uraian) ?? 'lainnya',
					uraian: uraian.charAt(0).toUpperCase() + uraian.slice(1),
					pagu: peran === 'pagu' ? h.nilai : null,
					realisasi: peran === 'realisasi' ? h.nilai : null,
					tabel: false,
					bagian,
					line: r.line,
					raw: r.raw
				});
				continue;
			}
			// one sentence about a program: its realisasi after its pagu is not a total either
			if (NOT_TOTAL.some((re) => re.test(konteks)) || (dikecualikan && !/[.;:]\s+\S/.test(konteks))) {
				dikecualikan = true;
				close();
				continue;
			}
			dikecualikan = false;
			if (h.masalah) peringatan.push({ line: r.line, pesan: `Baris ${r.line}: ${h.masalah}; teks asli disimpan, nilai dikosongkan` });
			const tahun = tahunDi.filter((t) => t.pos < pos).pop()?.tahun ?? tahunAkhir ?? ctx.tahun;
			if (tahun === null) continue;
			if (active.s === null || active.s.tahun !== tahun || active.s[`${peran}_raw`] !== null) {
				close();
				active.s = {
					tahun,
					pagu: null,
					realisasi: null,
					persen: null,
					pagu_raw: null,
					realisasi_raw: null,
					persen_raw: null,
					bagian,
					line: r.line,
					raw: r.raw
				};
			}
			const st = active.s;
			st[peran] = h.nilai;
			st[`${peran}_raw`] = m[0].trim();
			const p = percentAfter(text.slice(akhirSebelum));
			if (p && st.persen_raw === null) {
				const hp = parsePercent(p, ctx.format);
				st.persen = hp.nilai;
				st.persen_raw = p;
			}
		}
		if (active.s && (active.s.pagu_raw !== null || active.s.realisasi_raw !== null) && !dikecualikan) terbuka = active.s;
		else close();
		tahunAkhir = tahunDi.at(-1)?.tahun ?? tahunAkhir;
		rest = text.slice(akhirSebelum).slice(-300);
	}
	lepas();
	return { pernyataan: statement, belanja, peringatan };
}
