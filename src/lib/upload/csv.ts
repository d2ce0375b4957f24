/**
 * The structure of an uploaded CSV: which separator, which template, which
 * column is which, and every data row with its line number. Values are read
 * later (validate.ts); here only what makes a row unreadable as a row is reported.
 */
import Papa from 'papaparse';
import { galat, quoteSnippet, peringatan, type Problem } from './problems';
import { TEMPLATES, type TemplateColumn, type Template } from './templates';

export interface CsvRow {
	/** 1-based line where the row starts (header = its own line) */
	baris: number;
	/** the row as written, for provenance */
	raw: string;
	/** cell per template column name */
	sel: Record<string, string>;
}

export interface CsvStructure {
	templat: Template | null;
	pemisah: ',' | ';' | null;
	baris: CsvRow[];
	/** lines whose structure is broken (listed in masalah, not offered) */
	barisRusak: number[];
	masalah: Problem[];
}

/** Header cell → comparable name: "Realisasi " / "REALISASI" / "\"realisasi\"" → "realisasi". */
function columnName(s: string): string {
	return s
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

const ALL_COLUMNS = new Set(TEMPLATES.flatMap((t) => t.kolom.map((k) => k.nama)));

function rowCells(line: string, pemisah: string): string[] {
	return (Papa.parse<string[]>(line, { delimiter: pemisah }).data[0] ?? []).map(columnName);
}

function separatorScore(header: string[]): number {
	return header.filter((k) => ALL_COLUMNS.has(k)).length;
}

/** The template most header names belong to; on a tie the one whose required columns are all there. */
function chooseTemplate(header: string[]): Template {
	const value = (t: Template) => {
		const name = new Set(t.kolom.map((k) => k.nama));
		const match = header.filter((k) => name.has(k)).length;
		const complete = t.kolom.every((k) => !k.wajib || header.includes(k.nama)) ? 1 : 0;
		return match * 1000 + complete * 100 - (header.length - match);
	};
	return [...TEMPLATES].sort((a, b) => value(b) - value(a))[0];
}

const columnList = (t: Template) => t.kolom.map((k) => k.nama).join(', ');

export function readCsvStructure(teksAsli: string): CsvStructure {
	const result: CsvStructure = { templat: null, pemisah: null, baris: [], barisRusak: [], masalah: [] };
	// one line-end convention, so line numbers and quoted line breaks agree
	const text = teksAsli.replace(/\r\n?/g, '\n');
	if (!text.trim()) {
		result.masalah.push(galat(null, null, 'berkas kosong: tidak ada baris judul maupun data'));
		return result;
	}
	const semuaBaris = text.split('\n');
	const iKepala = semuaBaris.findIndex((b) => b.trim() !== '');
	const barisKepala = iKepala + 1;
	const teksKepala = semuaBaris[iKepala];

	const kandidat = ([',', ';'] as const).map((p) => ({ p, kepala: rowCells(teksKepala, p) }));
	kandidat.sort((a, b) => separatorScore(b.kepala) - separatorScore(a.kepala) || b.kepala.length - a.kepala.length);
	const { p: pemisah, kepala: header } = kandidat[0];
	if (separatorScore(header) < 2) {
		const other = (['\t', '|'] as const).find((p) => separatorScore(rowCells(teksKepala, p)) >= 2);
		if (other) {
			result.masalah.push(
				galat(
					barisKepala,
					null,
					`kolom dipisah dengan ${other === '\t' ? 'tab' : 'garis tegak (|)'}; gunakan koma (,) atau titik koma (;) sebagai pemisah kolom`
				)
			);
		} else {
			result.masalah.push(
				galat(
					barisKepala,
					null,
					`baris judul ${quoteSnippet(teksKepala.trim())} tidak memuat nama kolom templat; baris pertama harus berisi nama kolom, mis. "${TEMPLATES[0].kolom.map((k) => k.nama).join(';')}" (unduh templat di halaman ini)`
				)
			);
		}
		return result;
	}
	result.pemisah = pemisah;
	const t = chooseTemplate(header);
	result.templat = t;

	const kolomDi: (TemplateColumn | null)[] = header.map((n) => t.kolom.find((k) => k.nama === n) ?? null);
	let fatal = false;
	header.forEach((n, i) => {
		if (header.indexOf(n) !== i && kolomDi[i]) {
			result.masalah.push(galat(barisKepala, n, 'kolom ini muncul dua kali di baris judul'));
			fatal = true;
		}
		if (!kolomDi[i] && n !== '')
			result.masalah.push(peringatan(barisKepala, n, `kolom tidak dikenal di templat ${t.tabel} dan isinya diabaikan (kolom templat: ${columnList(t)})`));
	});
	for (const k of t.kolom) {
		if (k.wajib && !header.includes(k.nama)) {
			result.masalah.push(galat(barisKepala, k.nama, `kolom wajib tidak ada di baris judul (templat ${t.tabel}: ${columnList(t)})`));
			fatal = true;
		}
	}
	if (fatal) return result;

	// newline offsets → line number of a row's first character
	const awalBaris: number[] = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) awalBaris.push(i + 1);
	const nomorBaris = (offset: number) => {
		let lo = 0;
		let hi = awalBaris.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (awalBaris[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};

	let start = 0;
	Papa.parse<string[]>(text, {
		delimiter: pemisah,
		newline: '\n',
		step: (r) => {
			const mulai = start;
			start = r.meta.cursor;
			const cell = r.data;
			const baris = nomorBaris(mulai);
			if (baris <= barisKepala) return;
			if (cell.every((s) => s.trim() === '')) return; // blank line: nothing to report
			const raw = text.slice(mulai, r.meta.cursor).replace(/\n$/, '').trim();
			if (r.errors.some((e) => e.code === 'MissingQuotes')) {
				const end = nomorBaris(Math.max(mulai, r.meta.cursor - 1));
				result.masalah.push(
					galat(baris, null, `tanda kutip (") dibuka tetapi tidak ditutup; baris ${baris}–${end} terbaca sebagai satu sel dan tidak ditambahkan`)
				);
				result.barisRusak.push(baris);
				return;
			}
			if (cell.length < header.length) {
				result.masalah.push(
					galat(baris, null, `berisi ${cell.length} kolom, seharusnya ${header.length} (${header.join(pemisah)}); periksa pemisah kolom dan tanda kutip`)
				);
				result.barisRusak.push(baris);
				return;
			}
			if (cell.slice(header.length).some((s) => s.trim() !== '')) {
				result.masalah.push(
					galat(
						baris,
						null,
						`berisi ${cell.length} kolom, seharusnya ${header.length}; nilai yang memuat pemisah "${pemisah}"${pemisah === ',' ? ' (mis. angka 86,34)' : ''} harus diapit tanda kutip (")`
					)
				);
				result.barisRusak.push(baris);
				return;
			}
			const content: Record<string, string> = {};
			header.forEach((n, i) => {
				if (kolomDi[i]) content[n] = cell[i];
			});
			result.baris.push({ baris, raw, sel: content });
		}
	});
	return result;
}
