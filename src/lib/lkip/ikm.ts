/**
 * Every IKM/SKM value a report states, for every year it states, with where.
 *
 * Tables: any table whose row names the IKM (by the "ikm" rule of
 * data/indikator.csv) gives one value per realisasi column; the column's year
 * comes from the header (comparison tables give earlier years), the target is
 * the target column of the same year. Tables that list IKM per year in rows
 * ("Tahun | Nilai IKM | Mutu") are read too.
 *
 * Text: sentences about satisfaction that state a realisasi ("realisasinya
 * mencapai 84,10", "realisasi dari 82,5% Tahun 2022") or a grade with a score
 * ("predikat Nilai B (63)"). Figures about the kabupaten or the nation are not
 * the kecamatan's and are skipped.
 *
 * Nothing is deduplicated: when sections state the same year, every statement
 * is kept with its line and section, so the audit can compare them.
 */
import { yearIn } from './years';
import { headerRows, blockHeader, type TextRow, type TableBlock, type BlockColumn } from './table-blocks';
import { parseIndikatorValue, type NumberFormat } from './numbers';
import { indikatorKey } from './master-data';
import { continuationLine } from './paragraphs';
import { cellText } from './table';
import type { Section, IkmRecord, Peringatan, MasterData } from './types';

export interface IkmResult {
	ikm: IkmRecord[];
	peringatan: Peringatan[];
}

const IKM_WORDS = /kepuasan masyarakat|\bikm\b|\bskm\b|survei kepuasan|survey kepuasan|\bsukma\b/i;
const OUTSIDE = /\bkabupaten\b|\bnasional\b|\bprovinsi\b|\bjawa timur\b|\bnational\b/i;

function nilai(raw: string, format: NumberFormat) {
	const p = parseIndikatorValue(raw, format);
	return { nilai: p.nilai, huruf: p.huruf, masalah: /\d/.test(raw) ? p.masalah : null };
}

function fromTable(
	block: TableBlock[],
	section: Section[],
	ref: Pick<MasterData, 'indikator'>,
	tahunLaporan: number | null,
	ikm: IkmRecord[],
	peringatan: Peringatan[],
	format: NumberFormat
) {
	const cache = new Map<string, boolean>();
	const isIkm = (s: string) => {
		if (!cache.has(s)) cache.set(s, indikatorKey(s, ref) === 'ikm');
		return cache.get(s)!;
	};
	for (const b of block) {
		const k = blockHeader(b);
		const reals = k.kolom.filter((c) => c.peran === 'realisasi');
		if (reals.length) {
			perColumn(b, k.jumlahBaris, k.kolom, reals, isIkm, section, tahunLaporan, ikm, peringatan, format);
			continue;
		}
		// "Tahun | Nilai IKM | Mutu": one year per row
		const iTahun = k.kolom.find((c) => /^(tahun|th)\b/.test(c.label))?.index;
		const iNilai = k.kolom.find((c) => c.index !== iTahun && isIkm(c.label))?.index;
		if (iTahun === undefined || iNilai === undefined) continue;
		const iMutu = k.kolom.find((c) => /\b(mutu|kategori|predikat)\b/.test(c.label))?.index;
		const iTarget = k.kolom.find((c) => c.peran === 'target')?.index;
		for (const r of b.rows.slice(k.jumlahBaris)) {
			const tahun = yearIn(r.cells[iTahun] ?? '');
			const raw = (r.cells[iNilai] ?? '').trim();
			if (tahun === null || !raw || /^[-–—]$/.test(raw)) continue;
			const v = nilai(raw, format);
			if (v.masalah) peringatan.push({ line: r.line, pesan: `nilai IKM: ${v.masalah}` });
			const mutuRaw = iMutu !== undefined ? (r.cells[iMutu] ?? '').trim() : '';
			const tRaw = iTarget !== undefined ? (r.cells[iTarget] ?? '').trim() : '';
			ikm.push({
				tahun,
				target: tRaw ? nilai(tRaw, format).nilai : null,
				realisasi: v.nilai,
				mutu: v.huruf ?? (/^[A-D]$/i.test(mutuRaw) ? mutuRaw.toUpperCase() : null),
				target_raw: tRaw || null,
				realisasi_raw: raw,
				bagian: section[r.line - 1] ?? 'lainnya',
				line: r.line,
				raw: r.raw
			});
		}
	}
}

function perColumn(
	b: TableBlock,
	start: number,
	column: BlockColumn[],
	reals: BlockColumn[],
	isIkm: (s: string) => boolean,
	section: Section[],
	tahunLaporan: number | null,
	ikm: IkmRecord[],
	peringatan: Peringatan[],
	format: NumberFormat
) {
	const targets = column.filter((c) => c.peran === 'target' && !c.akhir);
	const tahunMaks = Math.max(...reals.map((c) => c.tahun ?? -Infinity));
	const teksKolom = column.filter((c) => c.peran === 'indikator' || c.peran === 'sasaran').map((c) => c.index);
	const targetUntuk = (rc: BlockColumn): BlockColumn | undefined => {
		if (rc.tahun !== null) {
			const sama = targets.find((t) => t.tahun === rc.tahun);
			if (sama) return sama;
		}
		const polos = targets.filter((t) => t.tahun === null);
		if (polos.length === 1 && (reals.length === 1 || rc.tahun === tahunMaks)) return polos[0];
		return undefined;
	};
	for (const r of b.rows.slice(start)) {
		if (headerRows(r.cells)) continue;
		const ind = column.find((c) => c.peran === 'indikator');
		const name = ind ? (r.cells[ind.index] ?? '') : '';
		const kenal = name.trim()
			? isIkm(name)
			: // no indicator cell: a label anywhere in the row's text cells
				r.cells.some((c, i) => (teksKolom.includes(i) || !ind) && /[a-z]{3}/i.test(c) && isIkm(c));
		if (!kenal) continue;
		for (const rc of reals) {
			const raw = (r.cells[rc.index] ?? '').trim();
			if (!raw || /^[-–—]+$/.test(raw)) continue;
			const v = nilai(raw, format);
			if (v.masalah) peringatan.push({ line: r.line, pesan: `nilai IKM kolom "${rc.label}": ${v.masalah}` });
			const tc = targetUntuk(rc);
			const tRaw = tc ? (r.cells[tc.index] ?? '').trim() : '';
			const tahun = rc.tahun ?? tc?.tahun ?? tahunLaporan;
			if (tahun === null) {
				peringatan.push({ line: r.line, pesan: `nilai IKM "${raw}" tanpa tahun: tahun laporan tidak diketahui` });
				continue;
			}
			ikm.push({
				tahun,
				target: tRaw && !/^[-–—]+$/.test(tRaw) ? nilai(tRaw, format).nilai : null,
				realisasi: v.nilai,
				mutu: v.huruf,
				target_raw: tRaw && !/^[-–—]+$/.test(tRaw) ? tRaw : null,
				realisasi_raw: raw,
				bagian: section[r.line - 1] ?? 'lainnya',
				line: r.line,
				raw: r.raw
			});
		}
	}
}

interface TextSpan {
	line: number;
	raw: string;
	mulai: number;
}

/** A paragraph broken over lines by the PDF conversion, joined back; each piece remembers its line. */
export function paragraphAt(rows: TextRow[], i: number): { teks: string; potongan: TextSpan[]; berikut: number } {
	const potongan: TextSpan[] = [{ line: rows[i].line, raw: rows[i].raw, mulai: 0 }];
	let teks = cellText(rows[i].raw);
	let j = i + 1;
	// the last piece only (it never is blank): testing the whole growing paragraph is quadratic in its length
	let end = teks;
	while (!/[.!?:]\s*$/.test(end)) {
		let k = j;
		let rapat = true;
		while (k < rows.length && k - j < 6 && (rows[k].raw === '' || rows[k].tepi)) {
			if (rows[k].raw === '') rapat = false;
			k++;
		}
		const s = rows[k];
		if (!s || s.cells !== null || s.raw === '' || !continuationLine(potongan[potongan.length - 1].raw, s.raw, rapat)) break;
		teks += ' ';
		potongan.push({ line: s.line, raw: s.raw, mulai: teks.length });
		end = cellText(s.raw);
		teks += end;
		j = k + 1;
	}
	return { teks, potongan, berikut: j };
}

export interface Paragraph {
	teks: string;
	potongan: TextSpan[];
}

const paragraphCache = new WeakMap<TextRow[], Paragraph[]>();

/**
 * The running-text paragraphs of a report's rows (table rows and blank lines are
 * no paragraph), assembled once per rows array: the report's IKM and the
 * kabupaten's are both read from them, and joining the lines is a good part of
 * either reader's time.
 */
export function paragraphsOf(rows: TextRow[]): Paragraph[] {
	let result = paragraphCache.get(rows);
	if (result) return result;
	result = [];
	let i = 0;
	while (i < rows.length) {
		const r = rows[i];
		if (r.cells !== null || r.raw === '') {
			i++;
			continue;
		}
		const { teks, potongan, berikut } = paragraphAt(rows, i);
		result.push({ teks, potongan });
		i = berikut;
	}
	paragraphCache.set(rows, result);
	return result;
}

export function spanAt(p: TextSpan[], pos: number): TextSpan {
	let result = p[0];
	for (const x of p) if (x.mulai <= pos) result = x;
	return result;
}

export function singleYear(text: string): number | null {
	const all = new Set<number>();
	for (const m of text.matchAll(/\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/g)) {
		if (/[-–]\s*$/.test(text.slice(0, m.index))) continue;
		all.add(Number(m[1]));
	}
	return all.size === 1 ? [...all][0] : null;
}

/**
 * A clause comparing years ("tahun 2023 meningkat dibandingkan tahun 2022 yang
 * realisasinya sebesar 83,47"): the figure belongs to the last year named
 * before it. Null when the text before the figure names no year.
 */
function lastYear(text: string): number | null {
	let result: number | null = null;
	for (const m of text.matchAll(/\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/g)) {
		// "2021 - 2026": the end of a period is no year of its own
		const before = text.slice(Math.max(0, (m.index ?? 0) - 8), m.index).trimEnd();
		if (!before.endsWith('-') && !before.endsWith('–')) result = Number(m[1]);
	}
	return result;
}

const IKM_NUMBER = '(\\d{1,3}(?:[.,]\\d{1,2})?(?![\\d]|[.,]\\d)(?:\\s*%)?)';
// between the word and the figure: words, and a year ("realisasi IKM tahun 2024 mencapai 87,25"),
// or the index's full name with the kecamatan's ("realisasi Indeks Kepuasan Masyarakat Kecamatan X sebesar")
const GAP = '(?:[^0-9]|\\b(?:19|20)\\d\\d\\b){0,70}?';
const RE_REALISASI = new RegExp(`\\brealisasi(?:nya)?\\b${GAP}${IKM_NUMBER}`, 'i');
const RE_TARGET = new RegExp(`\\btarget\\b${GAP}${IKM_NUMBER}`, 'i');
/** the grade stated after the figure: "dengan mutu pelayanan B (Baik)", "kategori B" */
const RE_MUTU = /^(?:[^.;]|\.(?=\d)){0,60}?\b(?:mutu(?: pelayanan)?|kategori|predikat)\s*(?::\s*)?([A-D])(?![A-Za-z])/;
const RE_PREDIKAT = /\bpredikat\s+(?:nilai\s+)?(A|B|C|D)\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*\)/i;

function fromText(rows: TextRow[], section: Section[], tahunLaporan: number | null, ikm: IkmRecord[], format: NumberFormat) {
	for (const { teks: text, potongan } of paragraphsOf(rows)) {
		if (!IKM_WORDS.test(text)) continue;
		let posKalimat = 0;
		for (const sentence of text.split(/(?<=[.!?])\s+(?=[^a-z0-9])/)) {
			const awalKalimat = text.indexOf(sentence, posKalimat);
			posKalimat = awalKalimat + sentence.length;
			const tahunKalimat = singleYear(sentence) ?? tahunLaporan;
			const add = (pos: number, tahun: number | null, realisasiRaw: string, targetRaw: string | null, mutu: string | null) => {
				if (tahun === null) return;
				const v = parseIndikatorValue(realisasiRaw, format);
				if (v.nilai === null || v.nilai > 100) return;
				const p = spanAt(potongan, pos);
				ikm.push({
					tahun,
					target: targetRaw ? parseIndikatorValue(targetRaw, format).nilai : null,
					realisasi: v.nilai,
					mutu,
					target_raw: targetRaw,
					realisasi_raw: realisasiRaw,
					bagian: section[p.line - 1] ?? 'narasi',
					line: p.line,
					raw: p.raw
				});
			};
			if (IKM_WORDS.test(sentence)) {
				const g = sentence.match(RE_PREDIKAT);
				if (g && !OUTSIDE.test(sentence.slice(0, g.index)))
					add(awalKalimat + (g.index ?? 0), tahunKalimat, `${g[1].toUpperCase()} (${g[2]})`, null, g[1].toUpperCase());
			}
			let posKlausa = awalKalimat;
			for (const klausa of sentence.split(/(?<!\s)\s+dan\s+|;\s*/i)) {
				const start = text.indexOf(klausa, posKlausa);
				posKlausa = start + klausa.length;
				const m = klausa.match(RE_REALISASI);
				if (!m || OUTSIDE.test(klausa.slice(0, (m.index ?? 0) + m[0].length))) continue;
				const before = klausa.slice(0, m.index);
				if (/\brp\.?\s*$/i.test(before)) continue;
				const after = klausa.slice((m.index ?? 0) + m[0].length);
				const t = (before + ' ' + after).match(RE_TARGET);
				const mutu = after.match(RE_MUTU);
				add(
					start + (m.index ?? 0) + m[0].length - 1,
					singleYear(klausa) ?? lastYear(klausa.slice(0, (m.index ?? 0) + m[0].length)) ?? tahunKalimat,
					m[1],
					t ? t[1] : null,
					mutu ? mutu[1] : null
				);
			}
		}
	}
}

export function extractIkm(
	rows: TextRow[],
	block: TableBlock[],
	section: Section[],
	ref: Pick<MasterData, 'indikator'>,
	tahunLaporan: number | null,
	format: NumberFormat = 'id'
): IkmResult {
	const ikm: IkmRecord[] = [];
	const peringatan: Peringatan[] = [];
	fromTable(block, section, ref, tahunLaporan, ikm, peringatan, format);
	fromText(rows, section, tahunLaporan, ikm, format);
	ikm.sort((a, b) => a.line - b.line);
	return { ikm, peringatan };
}
