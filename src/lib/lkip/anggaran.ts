/**
 * Budget part of a LKIP: the realisation tree of the report year (total,
 * program, kegiatan, sub kegiatan), the belanja split, and budget totals the
 * text states for other years.
 *
 * A report may print several tables with budget amounts (the realisation per
 * program, a programme/kegiatan table with "Input : Dana yang dibutuhkan" rows,
 * a PK attachment with pagu only). THE budget table is the one with a total
 * row, then the one with most amount rows; only that one becomes the tree, so
 * nothing is counted twice.
 */
import { readAnggaranText, type AnggaranStatement } from './anggaran-text';
import { buildAnggaranTree } from './anggaran-tree';
import { findAnggaranTables, rupiahCell, type AnggaranTable } from './anggaran-table';
import { belanjaFromTable, mergeBelanja } from './belanja';
import { standardProgram } from './master-data';
import { normalise, type allLines } from './table';
import { anggaranColumnRole } from './table-blocks';
import type { AnggaranRecord, ProgramMapping, AnggaranTahunLainRecord, Section, BelanjaRecord, ExtractionContext, Peringatan } from './types';

export interface AnggaranResult {
	anggaran: AnggaranRecord[];
	/** program names no rule of data/program.csv matched, in printed order */
	program_tak_dikenal: string[];
	belanja: BelanjaRecord[];
	anggaran_tahun_lain: AnggaranTahunLainRecord[];
	peringatan: Peringatan[];
}

function scoreOf(t: AnggaranTable, rows: ReturnType<typeof allLines>, year: number | null): number {
	// a caption just above naming another year ("Realisasi Anggaran Tahun 2022") marks a comparison table
	let tahunLain = false;
	const header = rows.findIndex((r) => r.line === t.header.line && r.cells !== null);
	for (let i = header - 1, n = 0; i >= 0 && n < 6; i--, n++) {
		if (rows[i].cells !== null) break;
		const th = rows[i].raw.match(/\b(20\d{2})\b(?!\s*[-–/]\s*\d)/g);
		if (th && year !== null && th.every((x) => Number(x) !== year)) tahunLain = true;
		if (th) break;
	}
	// rows with rupiah amounts: an indicator table with "90%" targets is not a budget table
	const rupiah = (b: AnggaranTable['baris'][number]) => rupiahCell(b.pagu_raw ?? '') || rupiahCell(b.realisasi_raw ?? '');
	const dataBerangka = t.baris.filter((b) => (b.jenis === 'data' || b.jenis === 'input') && rupiah(b)).length;
	const adaTotal = t.baris.some((b) => b.jenis === 'total' && rupiah(b));
	if (dataBerangka < (adaTotal ? 1 : 2)) return 0;
	return (adaTotal ? 10_000 : 0) + (tahunLain ? 0 : 20_000) + dataBerangka;
}

/** Where a stated report-year total is most authoritative when the table prints none. */
const PRIORITAS_BAGIAN: Section[] = ['anggaran', 'penutup', 'ikhtisar'];

function totalFromText(statement: AnggaranStatement[], year: number | null): AnggaranStatement | null {
	const candidate = statement.filter((p) => p.tahun === year && p.pagu !== null && p.realisasi !== null);
	const rank = (p: AnggaranStatement) => {
		const i = PRIORITAS_BAGIAN.indexOf(p.bagian);
		return i < 0 ? PRIORITAS_BAGIAN.length : i;
	};
	candidate.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
	return candidate[0] ?? null;
}

/**
 * Every budget row gets the Permendagri 90/2019 code and standard name of its
 * program (data/program.csv): a program row by its own printed name, a row below
 * by the program row it names (or, when there is none, by that name itself).
 * Returns the rows and the program names no rule matched.
 */
export function mapProgram(
	anggaran: readonly AnggaranRecord[],
	aturan: readonly ProgramMapping[] | undefined
): { anggaran: AnggaranRecord[]; program_tak_dikenal: string[] } {
	const perNama = new Map<string, ProgramMapping | null>();
	const baku = (name: string) => {
		if (!perNama.has(name)) perNama.set(name, standardProgram(name, aturan));
		return perNama.get(name)!;
	};
	const takDikenal: string[] = [];
	const result = anggaran.map((a) => {
		const name = a.level === 'program' ? a.uraian : a.level === 'total' ? null : a.program;
		const p = name === null ? null : baku(name);
		if (a.level === 'program' && p === null && !takDikenal.includes(a.uraian)) takDikenal.push(a.uraian);
		return { ...a, kode_program: p?.kode ?? null, program_baku: p?.nama ?? null };
	});
	return { anggaran: result, program_tak_dikenal: takDikenal };
}

export function extractAnggaran(rows: ReturnType<typeof allLines>, ctx: ExtractionContext, aturanProgram: readonly ProgramMapping[] = []): AnggaranResult {
	const peringatan: Peringatan[] = [];
	let selected: AnggaranTable | null = null;
	let skorTerbaik = 0;
	const candidate = findAnggaranTables(rows, ctx.format);
	for (const t of candidate) {
		const s = scoreOf(t, rows, ctx.tahun);
		if (s > skorTerbaik) {
			selected = t;
			skorTerbaik = s;
		}
	}
	const text = readAnggaranText(rows, ctx);
	let anggaran: AnggaranRecord[] = [];
	if (selected) {
		const tree = buildAnggaranTree(selected.baris, aturanProgram);
		anggaran = tree.anggaran;
		peringatan.push(...selected.peringatan, ...tree.peringatan);
		if (!anggaran.some((a) => a.level === 'total')) {
			const p = totalFromText(text.pernyataan, ctx.tahun);
			if (p) {
				anggaran = [
					{
						level: 'total',
						urutan: 1,
						kode: null,
						uraian: 'Jumlah (dinyatakan dalam teks)',
						program: null,
						kegiatan: null,
						pagu: p.pagu,
						realisasi: p.realisasi,
						persen: p.persen,
						pagu_raw: p.pagu_raw,
						realisasi_raw: p.realisasi_raw,
						persen_raw: p.persen_raw,
						line: p.line,
						raw: p.raw
					},
					...anggaran.map((a) => ({ ...a, urutan: a.urutan + 1 }))
				];
				peringatan.push({
					line: selected.header.line,
					pesan: `Baris ${selected.header.line}: tabel realisasi anggaran tidak memuat baris jumlah; total diambil dari teks baris ${p.line}`
				});
			} else {
				peringatan.push({ line: selected.header.line, pesan: `Baris ${selected.header.line}: tabel realisasi anggaran tidak memuat baris jumlah` });
			}
		}
	} else {
		// a header that names pagu/anggaran (not just "target") is a budget table we failed to read
		const gagal = candidate.find((t) => anggaranColumnRole(normalise(t.header.cells[t.header.pagu])) === 'pagu');
		peringatan.push(
			gagal
				? {
						line: gagal.header.line,
						pesan: `Baris ${gagal.header.line}: tabel realisasi anggaran dikenali, tetapi tidak ada baris pagu/realisasi yang terbaca`
					}
				: { line: 1, pesan: 'Tabel realisasi anggaran (pagu dan realisasi per program/kegiatan) tidak ditemukan' }
		);
	}
	const belanjaTabel = belanjaFromTable(rows, ctx);
	const belanja = mergeBelanja([...belanjaTabel.belanja, ...text.belanja]);
	peringatan.push(...text.peringatan, ...belanjaTabel.peringatan, ...belanja.peringatan);
	// The report year's own total as stated in the text (ikhtisar, penutup, ...) is
	// kept here too, with its section, so the audit can compare it with the table total.
	const anggaran_tahun_lain: AnggaranTahunLainRecord[] = text.pernyataan.map((p) => ({
		tahun: p.tahun,
		pagu: p.pagu,
		realisasi: p.realisasi,
		persen: p.persen,
		bagian: p.bagian,
		line: p.line,
		raw: p.raw
	}));
	peringatan.sort((a, b) => a.line - b.line);
	const map = mapProgram(anggaran, aturanProgram);
	return { anggaran: map.anggaran, program_tak_dikenal: map.program_tak_dikenal, belanja: belanja.belanja, anggaran_tahun_lain, peringatan };
}
