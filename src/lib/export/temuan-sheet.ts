/**
 * The Lembar Temuan (audit/letter.ts) as a file: plain text, Markdown, XLSX or PDF. One
 * implementation for the CLI (`lkip audit --format …`, `lkip surat`) and the Konsistensi
 * page's downloads, so both give the same content. Several reports make one file: letters
 * one after the other (text, Markdown), each on new pages (PDF), rows tagged with their
 * report (XLSX: one sheet of findings, one of scores and their calculation).
 *
 * The PDF uses pdf-lib (pure JS, runs in Node and the browser) with the standard Helvetica
 * font, so no font file is shipped; characters outside its Windows-1252 set are spelled out.
 * The page imports this module lazily, on the click: pdf-lib stays out of the first view.
 */
import { letterRows, temuanSheet, type LetterItem, type LetterContent, type TemuanSheet } from '../audit/letter';
import { xlsxWorkbook, MIME_XLSX } from './xlsx';
import type { TableColumn } from '../table-view';

export type LetterFormat = 'txt' | 'md' | 'xlsx' | 'pdf';

export const LETTER_FORMATS: Record<LetterFormat, { label: string; mime: string; ext: string }> = {
	pdf: { label: 'PDF', mime: 'application/pdf', ext: 'pdf' },
	xlsx: { label: 'Excel (XLSX)', mime: MIME_XLSX, ext: 'xlsx' },
	md: { label: 'Markdown', mime: 'text/markdown;charset=utf-8', ext: 'md' },
	txt: { label: 'Teks', mime: 'text/plain;charset=utf-8', ext: 'txt' }
};

/** A format name as typed ("PDF", "xlsx"), or null when it is none of ours. */
export function readLetterFormat(x: string): LetterFormat | null {
	const f = x.trim().toLowerCase().replace(/^\./, '');
	return f in LETTER_FORMATS ? (f as LetterFormat) : null;
}

// ------------------------------------------------------------------ text

export function letterText(content: readonly LetterContent[]): string {
	// a form feed between letters: each starts on a new page when printed
	return content
		.map((x) =>
			letterRows(temuanSheet(x))
				.map((b) => b.teks)
				.concat('')
				.join('\n')
		)
		.join('\f\n');
}

// ------------------------------------------------------------------ Markdown

/** Markdown text: the characters that would start markup are escaped, so a printed line shows as printed. */
function md(s: string): string {
	return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function itemMd(b: LetterItem, tingkat: number): string[] {
	const h = '#'.repeat(tingkat);
	const out = [
		`${h} ${b.no}. ${md(b.judul)}`,
		'',
		`- Aturan: \`${b.aturan}\`; tingkat **${b.tingkat}**${b.peran === 'sebab' ? '; **penyebab** (satu angka yang salah)' : b.peran === 'akibat' ? '; akibat (dihitung satu kali bersama penyebabnya)' : ''}`,
		`- Letak: ${md(b.letak)}`
	];
	if (b.tercetak.length) {
		out.push('- Yang tercetak:');
		for (const x of b.tercetak) out.push(`  - ${md(x.letak)}: «${md(x.teks)}»`);
	}
	out.push(`- Yang tidak sesuai: ${md(b.pesan)}`);
	if (b.nilai !== null || b.seharusnya !== null)
		out.push(`- Angka tercetak: ${md(b.nilai ?? '-')}; menurut hitungan atau sumber lain: ${md(b.seharusnya ?? '-')}`);
	if (b.peran !== 'akibat') out.push(`- Yang perlu diperiksa: ${md(b.saran)}`);
	out.push('');
	if (b.akibat.length) {
		out.push(`Akibatnya (${b.akibat.length} pemeriksaan gagal karena angka ini; dihitung satu kali):`, '');
		for (const a of b.akibat) out.push(...itemMd(a, tingkat + 1));
	}
	return out;
}

function oneMd(l: TemuanSheet): string {
	const out = [
		`# ${md(l.judul)}`,
		'',
		`**${md(l.laporan)}**`,
		'',
		`Berkas: \`${l.file.replace(/`/g, "'")}\``,
		'',
		...l.kepada.map((x, i) => (i < l.kepada.length - 1 ? `${md(x)}  ` : md(x))),
		'',
		`Perihal: ${md(l.perihal)}`,
		'',
		'Dengan hormat,',
		'',
		md(l.pembuka),
		''
	];
	if (l.butir.length) {
		out.push('## Temuan', '');
		for (const b of l.butir) out.push(...itemMd(b, 3));
	}
	out.push('## Skor kualitas data', '');
	for (const s of l.skor) out.push(s.startsWith('   ') ? `    ${s.trim()}` : md(s), '');
	out.push(...l.penutup.map((x) => (x ? `${md(x)}  ` : '')), '');
	return out.join('\n');
}

export function letterMarkdown(content: readonly LetterContent[]): string {
	return content.map((x) => oneMd(temuanSheet(x))).join('\n---\n\n');
}

// ------------------------------------------------------------------ XLSX

const KOLOM_TEMUAN: TableColumn[] = [
	{ kunci: 'laporan', label: 'Laporan' },
	{ kunci: 'berkas', label: 'Berkas' },
	{ kunci: 'no', label: 'No' },
	{ kunci: 'peran', label: 'Sebab/akibat' },
	{ kunci: 'aturan', label: 'Kode aturan' },
	{ kunci: 'judul', label: 'Aturan' },
	{ kunci: 'tingkat', label: 'Tingkat' },
	{ kunci: 'tempat', label: 'Letak (halaman/baris)' },
	{ kunci: 'tercetak', label: 'Yang tercetak' },
	{ kunci: 'pesan', label: 'Yang tidak sesuai' },
	{ kunci: 'nilai', label: 'Angka tercetak', format: 'angka' },
	{ kunci: 'seharusnya', label: 'Menurut hitungan atau sumber lain', format: 'angka' },
	{ kunci: 'saran', label: 'Yang perlu diperiksa' }
];

const KOLOM_SKOR: TableColumn[] = [
	{ kunci: 'laporan', label: 'Laporan' },
	{ kunci: 'berkas', label: 'Berkas' },
	{ kunci: 'keterangan', label: 'Skor kualitas data dan perhitungannya' }
];

const PERAN: Record<string, string> = { sebab: 'sebab (satu angka yang salah)', akibat: 'akibat (dihitung bersama sebabnya)' };

export function letterXlsx(content: readonly LetterContent[]): Uint8Array {
	const temuan: Record<string, unknown>[] = [];
	const score: Record<string, unknown>[] = [];
	for (const x of content) {
		const l = temuanSheet(x);
		const key = { laporan: l.laporan, berkas: l.file };
		const baris = (b: LetterItem) =>
			temuan.push({
				...key,
				no: b.no,
				peran: b.peran ? PERAN[b.peran] : null,
				aturan: b.aturan,
				judul: b.judul,
				tingkat: b.tingkat,
				tempat: b.letak,
				tercetak: b.tercetak.map((t) => `${t.letak}: "${t.teks}"`).join('\n'),
				pesan: b.pesan,
				nilai: b.nilaiAngka,
				seharusnya: b.seharusnyaAngka,
				saran: b.peran === 'akibat' ? null : b.saran
			});
		for (const b of l.butir) {
			baris(b);
			b.akibat.forEach(baris);
		}
		if (!l.butir.length) temuan.push({ ...key, pesan: 'Tidak ditemukan angka yang saling bertentangan.' });
		for (const s of l.skor) score.push({ ...key, keterangan: s.trim() });
	}
	return xlsxWorkbook([
		{ judul: 'Lembar Temuan', kolom: KOLOM_TEMUAN, baris: temuan },
		{ judul: 'Skor kualitas data', kolom: KOLOM_SKOR, baris: score }
	]);
}

// ------------------------------------------------------------------ PDF

// Windows-1252 beyond Latin-1: what Helvetica's standard encoding can print
const CP1252 = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const GANTI: Record<string, string> = { '−': '-', '≤': '<=', '≥': '>=', '≠': '!=', '→': '->', '←': '<-', '≈': '~', '«': '"', '»': '"', '\t': ' ' };

/** Text Helvetica can print: a sign outside its set is spelled out or becomes "?" (never dropped silently). */
export function pdfText(s: string): string {
	let out = '';
	for (const c of s) {
		const k = c.codePointAt(0) as number;
		if ((k >= 0x20 && k <= 0x7e) || (k >= 0xa0 && k <= 0xff) || CP1252.has(c)) out += c;
		else out += GANTI[c] ?? '?';
	}
	return out;
}

export async function letterPdf(content: readonly LetterContent[], title = 'Lembar Temuan'): Promise<Uint8Array> {
	const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
	const doc = await PDFDocument.create();
	doc.setTitle(pdfText(title));
	doc.setLanguage('id-ID');
	doc.setCreator('Dasbor Kinerja Kecamatan');
	// a fixed date keeps the file reproducible for the same letters (the letter prints its own date)
	const date = content[0]?.tanggal ?? new Date(0);
	doc.setCreationDate(date);
	doc.setModificationDate(date);
	const plain = await doc.embedFont(StandardFonts.Helvetica);
	const tebal = await doc.embedFont(StandardFonts.HelveticaBold);
	const [W, H] = [595.28, 841.89]; // A4
	const M = 56;
	const UKURAN = 9.5;
	const JARAK = 12.5;
	for (const x of content) {
		let page = doc.addPage([W, H]);
		let y = H - M;
		const write = (text: string, f: typeof plain, left: number) => {
			if (y < M) {
				page = doc.addPage([W, H]);
				y = H - M;
			}
			page.drawText(text, { x: left, y, size: UKURAN, font: f, color: rgb(0, 0, 0) });
			y -= JARAK;
		};
		for (const b of letterRows(temuanSheet(x))) {
			const f = b.tebal ? tebal : plain;
			const text = pdfText(b.teks);
			const indent = (/^ */.exec(text)?.[0].length ?? 0) + (/^ *- /.test(text) ? 2 : 0);
			const left = M + plain.widthOfTextAtSize(' ', UKURAN) * indent;
			const width = W - M - left;
			if (!text.trim()) {
				y -= JARAK * 0.6;
				continue;
			}
			// wrap at spaces, with a hanging indent; a word longer than the line is cut
			let rest = text.trimStart();
			let pertama = true;
			while (rest) {
				const kiriBaris = pertama ? M + plain.widthOfTextAtSize(' ', UKURAN) * (/^ */.exec(text)?.[0].length ?? 0) : left;
				const load = pertama ? W - M - kiriBaris : width;
				let cut = rest.length;
				while (cut > 1 && f.widthOfTextAtSize(rest.slice(0, cut), UKURAN) > load) {
					const spasi = rest.lastIndexOf(' ', cut - 1);
					cut = spasi > 0 ? spasi : cut - 1;
				}
				write(rest.slice(0, cut).trimEnd(), f, kiriBaris);
				rest = rest.slice(cut).trimStart();
				pertama = false;
			}
		}
	}
	return doc.save({ useObjectStreams: false });
}

// ------------------------------------------------------------------ any

/** The letters of the given reports in one file of the format. */
export async function letterFile(content: readonly LetterContent[], format: LetterFormat): Promise<string | Uint8Array> {
	if (format === 'md') return letterMarkdown(content);
	if (format === 'xlsx') return letterXlsx(content);
	if (format === 'pdf') return letterPdf(content);
	return letterText(content);
}
