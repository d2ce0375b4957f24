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

function rowCells(baris: string, pemisah: string): string[] {
	return (Papa.parse<string[]>(baris, { delimiter: pemisah }).data[0] ?? []).map(columnName);
}

function separatorScore(kepala: string[]): number {
	return kepala.filter((k) => ALL_COLUMNS.has(k)).length;
}

/** The template most header names belong to; on a tie the one whose required columns are all there. */
function chooseTemplate(kepala: string[]): Template {
	const nilai = (t: Template) => {
		const nama = new Set(t.kolom.map((k) => k.nama));
		const cocok = kepala.filter((k) => nama.has(k)).length;
		const lengkap = t.kolom.every((k) => !k.wajib || kepala.includes(k.nama)) ? 1 : 0;
		return cocok * 1000 + lengkap * 100 - (kepala.length - cocok);
	};
	return [...TEMPLATES].sort((a, b) => nilai(b) - nilai(a))[0];
}

const columnList = (t: Template) => t.kolom.map((k) => k.nama).join(', ');

export function readCsvStructure(teksAsli: string): CsvStructure {
	const hasil: CsvStructure = { templat: null, pemisah: null, baris: [], barisRusak: [], masalah: [] };
	// one line-end convention, so line numbers and quoted line breaks agree
	const teks = teksAsli.replace(/\r\n?/g, '\n');
	if (!teks.trim()) {
		hasil.masalah.push(galat(null, null, 'berkas kosong: tidak ada baris judul maupun data'));
		return hasil;
	}
	const semuaBaris = teks.split('\n');
	const iKepala = semuaBaris.findIndex((b) => b.trim() !== '');
	const barisKepala = iKepala + 1;
	const teksKepala = semuaBaris[iKepala];

	const kandidat = ([',', ';'] as const).map((p) => ({ p, kepala: rowCells(teksKepala, p) }));
	kandidat.sort((a, b) => separatorScore(b.kepala) - separatorScore(a.kepala) || b.kepala.length - a.kepala.length);
	const { p: pemisah, kepala } = kandidat[0];
	if (separatorScore(kepala) < 2) {
		const lain = (['\t', '|'] as const).find((p) => separatorScore(rowCells(teksKepala, p)) >= 2);
		if (lain) {
			hasil.masalah.push(
				galat(
					barisKepala,
					null,
					`kolom dipisah dengan ${lain === '\t' ? 'tab' : 'garis tegak (|)'}; gunakan koma (,) atau titik koma (;) sebagai pemisah kolom`
				)
			);
		} else {
			hasil.masalah.push(
				galat(
					barisKepala,
					null,
					`baris judul ${quoteSnippet(teksKepala.trim())} tidak memuat nama kolom templat; baris pertama harus berisi nama kolom, mis. "${TEMPLATES[0].kolom.map((k) => k.nama).join(';')}" (unduh templat di halaman ini)`
				)
			);
		}
		return hasil;
	}
	hasil.pemisah = pemisah;
	const t = chooseTemplate(kepala);
	hasil.templat = t;

	const kolomDi: (TemplateColumn | null)[] = kepala.map((n) => t.kolom.find((k) => k.nama === n) ?? null);
	let fatal = false;
	kepala.forEach((n, i) => {
		if (kepala.indexOf(n) !== i && kolomDi[i]) {
			hasil.masalah.push(galat(barisKepala, n, 'kolom ini muncul dua kali di baris judul'));
			fatal = true;
		}
		if (!kolomDi[i] && n !== '')
			hasil.masalah.push(peringatan(barisKepala, n, `kolom tidak dikenal di templat ${t.tabel} dan isinya diabaikan (kolom templat: ${columnList(t)})`));
	});
	for (const k of t.kolom) {
		if (k.wajib && !kepala.includes(k.nama)) {
			hasil.masalah.push(galat(barisKepala, k.nama, `kolom wajib tidak ada di baris judul (templat ${t.tabel}: ${columnList(t)})`));
			fatal = true;
		}
	}
	if (fatal) return hasil;

	// newline offsets → line number of a row's first character
	const awalBaris: number[] = [0];
	for (let i = 0; i < teks.length; i++) if (teks.charCodeAt(i) === 10) awalBaris.push(i + 1);
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

	let awal = 0;
	Papa.parse<string[]>(teks, {
		delimiter: pemisah,
		newline: '\n',
		step: (r) => {
			const mulai = awal;
			awal = r.meta.cursor;
			const sel = r.data;
			const baris = nomorBaris(mulai);
			if (baris <= barisKepala) return;
			if (sel.every((s) => s.trim() === '')) return; // blank line: nothing to report
			const raw = teks.slice(mulai, r.meta.cursor).replace(/\n$/, '').trim();
			if (r.errors.some((e) => e.code === 'MissingQuotes')) {
				const akhir = nomorBaris(Math.max(mulai, r.meta.cursor - 1));
				hasil.masalah.push(
					galat(baris, null, `tanda kutip (") dibuka tetapi tidak ditutup; baris ${baris}–${akhir} terbaca sebagai satu sel dan tidak ditambahkan`)
				);
				hasil.barisRusak.push(baris);
				return;
			}
			if (sel.length < kepala.length) {
				hasil.masalah.push(
					galat(baris, null, `berisi ${sel.length} kolom, seharusnya ${kepala.length} (${kepala.join(pemisah)}); periksa pemisah kolom dan tanda kutip`)
				);
				hasil.barisRusak.push(baris);
				return;
			}
			if (sel.slice(kepala.length).some((s) => s.trim() !== '')) {
				hasil.masalah.push(
					galat(
						baris,
						null,
						`berisi ${sel.length} kolom, seharusnya ${kepala.length}; nilai yang memuat pemisah "${pemisah}"${pemisah === ',' ? ' (mis. angka 86,34)' : ''} harus diapit tanda kutip (")`
					)
				);
				hasil.barisRusak.push(baris);
				return;
			}
			const isi: Record<string, string> = {};
			kepala.forEach((n, i) => {
				if (kolomDi[i]) isi[n] = sel[i];
			});
			hasil.baris.push({ baris, raw, sel: isi });
		}
	});
	return hasil;
}
