/**
 * Which section of the report each line belongs to, from its headings and table
 * captions. The audit compares what different sections state (the ikhtisar says
 * one IKM, the measurement table another), so every figure carries its section.
 *
 * Headings are recognised by their words, never by position: a heading is a
 * short line that is numbered ("BAB III", "C.", "B.1", "Tabel 3.2"), marked up
 * (#, **) or written in capitals. A table caption gives its table a section of
 * its own ("Perbandingan ...") until the table ends.
 */
import type { TextRow } from './table-blocks';
import { isPipeSeparator, normalise } from './table';
import type { Section } from './types';

const TITLE_LENGTH = 130;

/** Keyword rules, first match wins; order matters ("perencanaan dan perjanjian kinerja" is a chapter, not the PK). */
const ATURAN: [RegExp, Section][] = [
	[/\bdaftar (isi|tabel|gambar|lampiran)\b|\bkata pengantar\b/, 'narasi'],
	[/\bikhtisar eksekutif\b|\bringkasan eksekutif\b|\bexecutive summary\b/, 'ikhtisar'],
	[/\bperbandingan\b/, 'perbandingan'],
	[/\bperencanaan (dan perjanjian )?kinerja\b/, 'narasi'],
	[/\bperjanjian kinerja\b|\bpenetapan kinerja\b/, 'perjanjian_kinerja'],
	[/\brencana (kinerja|kerja) tahunan\b|\brkt\b|\brencana aksi\b|\brenja\b/, 'rkt'],
	[/\brencana (kerja )?strategis\b|\brenstra\b|\bmatriks? tujuan\b|\bcascading\b/, 'renstra'],
	[/\brealisasi anggaran\b|\bakuntabilitas keuangan\b|\balokasi anggaran\b|\banggaran belanja\b|\brealisasi keuangan\b/, 'anggaran'],
	[
		/\bakuntabilitas kinerja\b|\bpengukuran\b|\bcapaian (kinerja|indikator|iku|sasaran)\b|\brealisasi kinerja\b|\banalisis? capaian\b|\bevaluasi dan analisis\b/,
		'pengukuran'
	],
	[/\bpenutup\b|\bkesimpulan\b/, 'penutup'],
	[/\bindikator kinerja utama\b|\bkeputusan (camat|kepala)\b|\bprestasi\b|\bpenghargaan\b|\blampiran\b/, 'lainnya'],
	[/^(bab [ivx\d]+|bab)$|\bpendahuluan\b|\bprofil\b|\bsumber daya manusia\b|\bisu strategis\b|\blatar belakang\b/, 'narasi']
];

/** Any character withoutMarkup removes or rewrites; most lines hold none and are only trimmed. */
const MARKUP = /[<#*_]/;

function withoutMarkup(raw: string): string {
	if (!MARKUP.test(raw)) return raw.trim();
	return raw
		.replace(/<[^<>]+>/g, ' ')
		.replace(/^#+\s*/, '')
		.replace(/[*_]/g, '')
		.trim();
}

/** Whether a line looks like a heading or caption rather than running text. */
function titleOf(raw: string): boolean {
	const t = withoutMarkup(raw);
	if (t.length < 3 || t.length > TITLE_LENGTH) return false;
	if (/^[-•*]\s/.test(raw.trim())) return false; // list item
	if (/^#|^\*\*/.test(raw.trim())) return true;
	if (/^(bab|tabel|table|lampiran)\b/i.test(t)) return true;
	if (/^([a-h]|[ivx]+|\d{1,2})(\.\d{1,2})?[.)]\s+\S/i.test(t)) return !/[.:;,]$/.test(t) || /^[A-Z\s.,()\-–/0-9]+$/.test(t);
	return mostlyCapitals(t);
}

/** At least four ASCII letters, more than 70% of them capitals; counted, as every line of running text gets here. */
function mostlyCapitals(t: string): boolean {
	let huruf = 0;
	let kapital = 0;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c >= 65 && c <= 90) {
			huruf++;
			kapital++;
		} else if (c >= 97 && c <= 122) huruf++;
	}
	return huruf >= 4 && kapital / huruf > 0.7;
}

function titleSection(raw: string): Section | null {
	const t = normalise(withoutMarkup(raw));
	for (const [re, b] of ATURAN) if (re.test(t)) return b;
	return null;
}

export function sectionPerLine(rows: TextRow[]): Section[] {
	// indexed by line - 1: an html table on one line gives several rows the same line
	const result: Section[] = new Array(rows.at(-1)?.line ?? 0);
	let bab: Section = 'narasi';
	let i = 0;
	while (i < rows.length) {
		const r = rows[i];
		if (r.cells === null && r.raw !== '' && titleOf(r.raw)) {
			const t = withoutMarkup(r.raw);
			if (/^(tabel|table)\b/i.test(t)) {
				// a caption: its words (this line and the next short ones) name the table's section
				let j = i;
				let text = t;
				let n = 0;
				while (j + 1 < rows.length && n < 3) {
					const s = rows[j + 1];
					if (s.cells !== null) break;
					j++;
					if (s.raw === '') continue;
					if (s.raw.length > TITLE_LENGTH * 1.5) {
						j--;
						break;
					}
					text += ' ' + withoutMarkup(s.raw);
					n++;
				}
				const b = titleSection(text) ?? bab;
				// the caption and its table, up to the first running text after the table
				let k = j + 1;
				let diTabel = false;
				while (k < rows.length) {
					const s = rows[k];
					if (s.cells !== null || (diTabel && isPipeSeparator(s.raw))) diTabel = true;
					else if (s.raw !== '' && diTabel) break;
					else if (s.raw !== '' && !diTabel && s.raw.length > TITLE_LENGTH * 1.5) break;
					k++;
				}
				for (let x = i; x < k; x++) result[rows[x].line - 1] = b;
				i = k;
				continue;
			}
			const b = titleSection(r.raw);
			if (b) bab = b;
		}
		result[r.line - 1] = bab;
		i++;
	}
	return result;
}
