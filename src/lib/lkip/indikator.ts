/**
 * The main performance-measurement table of the report year ("Tabel 3.1
 * Pengukuran Realisasi Kinerja" in most reports, but captions, column orders
 * and numbering differ).
 *
 * Which table: among tables with indicator, target and realisasi columns, the
 * one whose caption and section say "pengukuran" and whose columns are of one
 * year; comparison tables (several years, renstra end targets, national
 * figures) score low. After a page break the table may continue with a
 * repeated header: following blocks with the same columns are read as part of it.
 *
 * Rows: a blank sasaran cell continues the sasaran above (merged cells); a row
 * without values continues the indicator name above; a row cut by a page break
 * ("3 | ... | 100% |" then, after the repeated header, "| | ... | | 95% | 95%")
 * is joined back when the second part only fills the first part's gaps.
 */
import { headerRows, blockHeader, type TableBlock, type BlockColumn } from './table-blocks';
import { parseIndikatorValue, parsePercent, type NumberFormat } from './numbers';
import { indikatorKey } from './master-data';
import { normalise } from './table';
import type { Section, IndikatorRecord, Peringatan, MasterData, Satuan } from './types';

export interface IndikatorResult {
	indikator: IndikatorRecord[];
	indikator_tak_dikenal: string[];
	peringatan: Peringatan[];
}

interface Candidate {
	blok: number;
	skor: number;
	kol: ColumnMap;
}

interface ColumnMap {
	no: number;
	sasaran: number;
	indikator: number;
	target: number;
	realisasi: number;
	capaian: number;
	/** a "Satuan" column, -1 when the table has none */
	satuan: number;
	tahun: number | null;
	peran: string;
}

const COMPARATORS = /\bperbandingan\b|\brenstra\b|\brencana strategis\b|\bnasional\b|\bjangka menengah\b|\btahun sebelumnya\b/;

function columnMap(column: BlockColumn[], tahunLaporan: number | null): ColumnMap | null {
	const pilih = (peran: BlockColumn['peran']) => {
		const all = column.filter((c) => c.peran === peran && !c.akhir);
		return all.find((c) => c.tahun === tahunLaporan) ?? all.find((c) => c.tahun === null) ?? all[0];
	};
	const ind = column.find((c) => c.peran === 'indikator');
	const tgt = pilih('target');
	const real = pilih('realisasi');
	if (!ind || !tgt || !real) return null;
	return {
		no: column.find((c) => c.peran === 'no')?.index ?? -1,
		sasaran: column.find((c) => c.peran === 'sasaran')?.index ?? -1,
		indikator: ind.index,
		target: tgt.index,
		realisasi: real.index,
		capaian: pilih('capaian')?.index ?? -1,
		satuan: column.find((c) => /^satuan\b/.test(c.label))?.index ?? -1,
		tahun: real.tahun ?? tgt.tahun,
		peran: column.map((c) => c.peran).join(',')
	};
}

function skor(b: TableBlock, column: BlockColumn[], kol: ColumnMap, section: Section, tahunLaporan: number | null): number {
	let s = 0;
	if (/\bpengukuran\b/.test(b.judul)) s += 4;
	if (/\bcapaian\b|\brealisasi\b/.test(b.judul)) s += 1;
	if (COMPARATORS.test(b.judul)) s -= 5;
	if (section === 'pengukuran') s += 2;
	if (section === 'perjanjian_kinerja' || section === 'rkt' || section === 'renstra' || section === 'perbandingan') s -= 4;
	if (column.some((c) => c.akhir && (c.peran === 'target' || c.peran === 'realisasi'))) s -= 5;
	const tahunReal = new Set(column.filter((c) => c.peran === 'realisasi').map((c) => c.tahun));
	if (tahunReal.size > 1) s -= 3;
	if (column.some((c) => /nasional/.test(c.label))) s -= 3;
	if (kol.capaian >= 0) s += 1;
	if (tahunLaporan !== null && kol.tahun === tahunLaporan) s += 2;
	if (tahunLaporan !== null && kol.tahun !== null && kol.tahun !== tahunLaporan) s -= 3;
	return s;
}

const NUMBER_PREFIX = /^(?:\d{1,2}[.)]?|[a-z][.)]|[-–•])\s+(?=\S)/i;

export function cleanName(s: string): string {
	return s
		.replace(/<[^<>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(NUMBER_PREFIX, '')
		.trim();
}

function isEmpty(s: string): boolean {
	return s.trim() === '' || /^[-–—]+$/.test(s.trim());
}

function satuanFrom(t: ReturnType<typeof parseIndikatorValue>, r: ReturnType<typeof parseIndikatorValue>, name: string): Satuan | null {
	const s = r.satuan ?? t.satuan;
	const index = /\bindeks\b|\bikm\b|\bskm\b|\bipp\b/i.test(name);
	// "B 87,25" for an index is a score with its grade; "BB (80)" for SAKIP stays a grade
	if (index && (s === 'nilai' || (s === 'huruf' && (r.nilai ?? t.nilai) !== null))) return 'indeks';
	return s;
}

/** The unit a Satuan cell names, when it is one the records know. */
function satuanColumn(text: string): Satuan | null {
	const t = normalise(text);
	if (/^(%|persen|prosen|persentase)$/.test(t)) return '%';
	if (/^indeks$/.test(t)) return 'indeks';
	if (/^(dok|dokumen|laporan)$/.test(t)) return 'dokumen';
	return null;
}

interface IndicatorRow {
	line: number;
	raw: string;
	no: string;
	sasaran: string;
	indikator: string;
	target: string;
	realisasi: string;
	capaian: string;
	satuan: string;
	/** the text of a row that holds one cell only, merged over the table or opening with "Sasaran" */
	tunggal: string;
}

export function extractIndikator(
	block: TableBlock[],
	section: Section[],
	ref: Pick<MasterData, 'indikator'>,
	tahunLaporan: number | null,
	format: NumberFormat = 'id'
): IndikatorResult {
	const peringatan: Peringatan[] = [];
	const candidate: Candidate[] = [];
	block.forEach((b, i) => {
		const k = blockHeader(b);
		const kol = columnMap(k.kolom, tahunLaporan);
		if (!kol) return;
		const baris0 = b.rows[0]?.line ?? 1;
		candidate.push({ blok: i, skor: skor(b, k.kolom, kol, section[baris0 - 1] ?? 'narasi', tahunLaporan), kol });
	});
	const selected = candidate.filter((c) => c.skor >= 1).sort((a, b) => b.skor - a.skor || a.blok - b.blok)[0];
	if (!selected) {
		peringatan.push({ line: 1, pesan: 'tabel pengukuran kinerja (sasaran, indikator, target, realisasi) tidak ditemukan' });
		return { indikator: [], indikator_tak_dikenal: [], peringatan };
	}

	// the chosen block and its continuations after page breaks
	const bagianBlok = [selected.blok];
	for (let i = selected.blok + 1; i < block.length; i++) {
		const b = block[i];
		const k = blockHeader(b);
		const kol = columnMap(k.kolom, tahunLaporan);
		const before = block[i - 1].rows.at(-1)!.line;
		const distance = b.rows[0].line - before;
		const judulBaru = b.judulLine !== null && !/\blanjutan\b/.test(b.judul) && /\btabel\b|\btable\b/.test(b.judul);
		if (!kol || kol.peran !== selected.kol.peran || judulBaru || distance > 15) break;
		bagianBlok.push(i);
	}

	const kol = selected.kol;
	const rows: IndicatorRow[] = [];
	for (const bi of bagianBlok) {
		const b = block[bi];
		const start = blockHeader(b).jumlahBaris;
		for (const r of b.rows.slice(start)) {
			if (headerRows(r.cells)) continue;
			const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
			const content = r.cells.filter((c) => c.trim() !== '');
			const tunggal = content.length === 1 && (r.cells.length === 1 || /^sasaran\b/i.test(content[0].trim())) ? content[0].trim() : '';
			rows.push({
				line: r.line,
				raw: r.raw,
				no: cell(kol.no),
				sasaran: cell(kol.sasaran),
				indikator: cell(kol.indikator),
				target: cell(kol.target),
				realisasi: cell(kol.realisasi),
				capaian: cell(kol.capaian),
				satuan: cell(kol.satuan),
				tunggal
			});
		}
	}

	const year = kol.tahun ?? tahunLaporan;
	if (year === null) {
		peringatan.push({ line: block[selected.blok].rows[0].line, pesan: 'tabel pengukuran ditemukan tetapi tahunnya tidak diketahui' });
		return { indikator: [], indikator_tak_dikenal: [], peringatan };
	}

	const result: IndikatorRecord[] = [];
	/** the Satuan cell of each record, in step with `hasil` */
	const satuanSel: string[] = [];
	const takDikenal: string[] = [];
	let sasaran: string | null = null;
	let sasaranDariBarisNilai = false;
	for (const r of rows) {
		const adaNilai = !isEmpty(r.target) || !isEmpty(r.realisasi) || !isEmpty(r.capaian);
		// "RATA RATA CAPAIAN", "Jumlah": a summary row, not an indicator ("Jumlah kejadian ..." is one)
		const ringkasan = /^(rata rata|rata2|jumlah|total)( capaian| nilai| kinerja)?$/.test(normalise(r.no || r.sasaran || r.indikator));
		if (ringkasan) continue;
		const prev = result.at(-1);
		if (!adaNilai) {
			if (r.tunggal) {
				// a sasaran heading over the indicator rows below it
				sasaran = cleanName(r.tunggal.replace(/^sasaran\s*\d*\s*:?\s*/i, '')) || r.tunggal;
				sasaranDariBarisNilai = false;
			} else if (r.indikator && prev && !r.no) {
				prev.indikator = `${prev.indikator} ${r.indikator}`;
				if (r.sasaran && prev.sasaran) prev.sasaran = `${prev.sasaran} ${r.sasaran}`;
				if (r.sasaran && sasaran) sasaran = `${sasaran} ${r.sasaran}`;
			} else if (r.sasaran && !r.indikator) {
				// a sasaran heading row, or the wrapped rest of the sasaran above
				if (r.no || /^sasaran\b/i.test(r.sasaran) || !sasaran || sasaranDariBarisNilai)
					sasaran = cleanName(r.sasaran.replace(/^sasaran\s*\d*\s*:?\s*/i, '')) || r.sasaran;
				else sasaran = `${sasaran} ${r.sasaran}`;
				sasaranDariBarisNilai = false;
			} else if (r.indikator) {
				peringatan.push({ line: r.line, pesan: `indikator "${cleanName(r.indikator)}" tanpa target, realisasi dan capaian` });
			}
			continue;
		}
		// the rest of a row cut by a page break: fills only what the row above left empty
		if (prev && !r.no && !r.sasaran && mergeRest(prev, r, format)) continue;
		if (r.sasaran) {
			sasaran = cleanName(r.sasaran);
			sasaranDariBarisNilai = true;
		}
		if (!r.indikator) {
			peringatan.push({ line: r.line, pesan: 'baris tabel pengukuran berisi nilai tanpa nama indikator' });
			continue;
		}
		result.push(record(r, result.length + 1, sasaran, year, peringatan, format));
		satuanSel.push(r.satuan);
	}
	result.forEach((h, n) => {
		h.indikator = cleanName(h.indikator);
		const bagianNama = h.indikator.split(/(?<!\s)\s+2[.)]\s+(?=[A-Za-z])/);
		if (bagianNama.length > 1)
			peringatan.push({
				line: h.line,
				pesan: `sel indikator memuat lebih dari satu indikator dengan satu nilai: "${h.indikator}"`
			});
		h.kunci = indikatorKey(bagianNama[0], ref);
		if (h.kunci === null && !takDikenal.includes(h.indikator)) takDikenal.push(h.indikator);
		const t = parseIndikatorValue(h.target_raw, format);
		const re = parseIndikatorValue(h.realisasi_raw, format);
		h.satuan = satuanFrom(t, re, h.indikator);
		// bare figures ("100", "97,50") take the unit the Satuan column prints
		if (h.satuan === 'nilai') h.satuan = satuanColumn(satuanSel[n]) ?? h.satuan;
	});
	if (result.length === 0)
		peringatan.push({
			line: block[selected.blok].rows[0].line,
			pesan: 'tabel pengukuran kinerja dikenali tetapi tidak ada baris indikator yang terbaca'
		});
	return { indikator: result, indikator_tak_dikenal: takDikenal, peringatan };
}

function mergeRest(prev: IndikatorRecord, r: IndicatorRow, format: NumberFormat): boolean {
	const pasang: [keyof IndikatorRecord & ('target_raw' | 'realisasi_raw' | 'capaian_raw'), string][] = [
		['target_raw', r.target],
		['realisasi_raw', r.realisasi],
		['capaian_raw', r.capaian]
	];
	const celahAda = pasang.some(([k]) => isEmpty(prev[k]));
	const hanyaCelah = pasang.every(([k, v]) => isEmpty(v) || isEmpty(prev[k]));
	if (!celahAda || !hanyaCelah) return false;
	if (r.indikator) prev.indikator = `${prev.indikator} ${r.indikator}`;
	prev.raw = `${prev.raw} / ${r.raw}`;
	if (!isEmpty(r.target)) prev.target_raw = r.target;
	if (!isEmpty(r.realisasi)) prev.realisasi_raw = r.realisasi;
	if (!isEmpty(r.capaian)) prev.capaian_raw = r.capaian;
	prev.target = parseIndikatorValue(prev.target_raw, format).nilai;
	prev.realisasi = parseIndikatorValue(prev.realisasi_raw, format).nilai;
	prev.capaian = parsePercent(prev.capaian_raw, format).nilai;
	return true;
}

function record(r: IndicatorRow, no: number, sasaran: string | null, tahun: number, peringatan: Peringatan[], format: NumberFormat): IndikatorRecord {
	const read = (raw: string, column: string) => {
		if (isEmpty(raw)) return null;
		const p = parseIndikatorValue(raw, format);
		if (p.masalah && /\d/.test(raw)) peringatan.push({ line: r.line, pesan: `${column} "${raw}": ${p.masalah}` });
		return p.nilai;
	};
	let capaian: number | null = null;
	if (!isEmpty(r.capaian) && /\d/.test(r.capaian)) {
		const p = parsePercent(r.capaian.replace(/[a-z]+/gi, ' '), format);
		if (p.masalah) peringatan.push({ line: r.line, pesan: `capaian "${r.capaian}": ${p.masalah}` });
		capaian = p.nilai;
	}
	return {
		tahun,
		no,
		sasaran,
		indikator: r.indikator,
		kunci: null,
		target: read(r.target, 'target'),
		realisasi: read(r.realisasi, 'realisasi'),
		capaian,
		target_raw: r.target,
		realisasi_raw: r.realisasi,
		capaian_raw: r.capaian,
		satuan: null,
		line: r.line,
		raw: r.raw
	};
}
