/**
 * Layout invariance: the same report printed in another table layout must give
 * the same figures. Each of the five real reports (tab-separated tables) is
 * converted programmatically, every tab row of it, into
 *   pipa   markdown pipe rows with a `|---|` separator after each table's first row,
 *   html   one `<table>` per run of tab rows, one `<tr>` per source line, with a
 *          blank cell under a filled one written as rowspan and a blank cell right of
 *          a filled one as colspan (so merged-cell expansion is exercised everywhere),
 *   html1  the same tables with each whole table on one line,
 *   spasi  space-aligned columns (cells padded to the column width, 2+ spaces apart,
 *          blank cells as spaces), as `pdftotext -layout` prints them;
 * and the extraction of the converted text is compared with the original's:
 * identity, IKM values, measurement-table rows, budget rows. Every record's line is
 * checked against where its source row went, and that line must print its figures.
 *
 * What a layout cannot carry, and so is not asserted:
 * - pipa: a row of dashes only ("--\t---") is a `|---|` separator, not a row (the
 *   cell check skips it; no record comes from such rows);
 * - spasi: tab rows outside a block of 2+ aligned lines of 3+ cells with figures
 *   (the table of contents, two-column tables, a lone row) read as prose, so only
 *   the records listed above are compared, not every table row; a cell holding a
 *   double space cannot be printed (the converter collapses inner spaces). Column
 *   positions, blank leading cells included, survive because cells are padded to
 *   the column width, which is what `pdftotext -layout` does too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines, splitCells, cellText } from '../../../src/lib/lkip/table';
import type { Report } from '../../../src/lib/lkip/types';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const LAPORAN = ['arjasa-2023', 'balung-2020', 'pakusari-2021', 'patrang-2023', 'puger-2023'];

interface Konversi {
	teks: string;
	/** new 1-based line of each original 1-based line */
	pindah: (line: number) => number;
}

/** Runs of tab rows (blank lines may sit between rows of one table): [first, last] line indexes. */
function tabelTab(lines: string[]): { tab: boolean[]; tabel: [number, number][] } {
	const tab = lines.map((l) => l.includes('\t') && !l.trim().startsWith('|') && splitCells(l) !== null);
	const tabel: [number, number][] = [];
	for (let i = 0; i < lines.length; i++) {
		if (!tab[i]) continue;
		let j = i;
		for (let k = i + 1; k < lines.length && (tab[k] || !lines[k].trim()); k++) if (tab[k]) j = k;
		tabel.push([i, j]);
		i = j;
	}
	return { tab, tabel };
}

const selTab = (l: string) =>
	l
		.replace(/\s+$/, '')
		.split('\t')
		.map((c) => c.replace(/\s+/g, ' ').trim());

/**
 * Lines of a report; trailing tabs go (a line with text and only trailing tabs is
 * no table row, even in the tab layout, and the converted text must hold no tab).
 */
const baris = (text: string) => text.split('\n').map((l) => l.replace(/[ \t]+$/, ''));

function kePipa(text: string): Konversi {
	const lines = baris(text);
	const { tab, tabel: table } = tabelTab(lines);
	const pertama = new Set(table.map(([a]) => a));
	const out: string[] = [];
	const baru: number[] = [];
	lines.forEach((l, i) => {
		baru[i] = out.length + 1;
		if (!tab[i]) return void out.push(l);
		out.push(
			`| ${selTab(l)
				.map((c) => c.replace(/\|/g, '\\|'))
				.join(' | ')} |`
		);
		if (pertama.has(i))
			out.push(
				`|${selTab(l)
					.map(() => '---')
					.join('|')}|`
			);
	});
	return { teks: out.join('\n'), pindah: (n) => baru[n - 1] };
}

/** Cell text for html: markup tags kept, text escaped. */
function escHtml(c: string): string {
	return c
		.split(/(<\/?[a-z]+>)/i)
		.map((s, k) => (k % 2 ? s : s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
		.join('');
}

/** The html rows of one table: blank cells under or right of a filled cell become rowspan / colspan. */
function trHtml(rows: string[][]): string[] {
	const diambil = rows.map((r) => r.map(() => false));
	return rows.map((r, y) => {
		const td: string[] = [];
		for (let x = 0; x < r.length; x++) {
			if (diambil[y][x]) continue;
			if (r[x] === '') {
				td.push('<td>&nbsp;</td>');
				continue;
			}
			let rs = 1;
			while (y + rs < rows.length && x < rows[y + rs].length && rows[y + rs][x] === '' && !diambil[y + rs][x]) diambil[y + rs++][x] = true;
			let cs = 1;
			if (rs === 1) while (x + cs < r.length && r[x + cs] === '' && !diambil[y][x + cs]) diambil[y][x + cs++] = true;
			const attr = (rs > 1 ? ` rowspan="${rs}"` : '') + (cs > 1 ? ` colspan="${cs}"` : '');
			td.push(`<td${attr}>${escHtml(r[x])}</td>`);
		}
		return `<tr>${td.join('')}</tr>`;
	});
}

function keHtml(text: string, satuBaris: boolean): Konversi {
	const lines = baris(text);
	const { tabel: table } = tabelTab(lines);
	const out: string[] = [];
	const baru: number[] = [];
	let i = 0;
	for (const [a, b] of table) {
		for (; i < a; i++) baru[i] = out.push(lines[i]);
		const idx = [];
		for (let k = a; k <= b; k++) if (lines[k].trim()) idx.push(k);
		const tr = trHtml(idx.map((k) => selTab(lines[k])));
		if (satuBaris) {
			const n = out.push(`<table>${tr.join('')}</table>`);
			for (let k = a; k <= b; k++) baru[k] = n;
		} else
			for (let k = a, t = 0; k <= b; k++) {
				const content = lines[k].trim() ? tr[t++] : '';
				baru[k] = out.push((k === a ? '<table>' : '') + content + (k === b ? '</table>' : ''));
			}
		i = b + 1;
	}
	for (; i < lines.length; i++) baru[i] = out.push(lines[i]);
	return { teks: out.join('\n'), pindah: (n) => baru[n - 1] };
}

function keSpasi(text: string): Konversi {
	const lines = baris(text);
	const { tabel: table } = tabelTab(lines);
	const out = [...lines];
	for (const [a, b] of table) {
		const rows = new Map<number, string[]>();
		for (let k = a; k <= b; k++) if (lines[k].trim()) rows.set(k, selTab(lines[k]));
		const width: number[] = [];
		for (const r of rows.values()) r.forEach((c, x) => (width[x] = Math.max(width[x] ?? 0, c.length)));
		for (const [k, r] of rows)
			out[k] = r
				.map((c, x) => c.padEnd(width[x] + 2))
				.join('')
				.replace(/\s+$/, '');
	}
	return { teks: out.join('\n'), pindah: (n) => n };
}

const asli = new Map<string, { teks: string; l: Report }>();
function laporanAsli(name: string) {
	if (!asli.has(name)) {
		const teks = readFileSync(`data/lkip/${name}.txt`, 'utf8');
		asli.set(name, { teks, l: extractReport(teks, `${name}.txt`, ref) });
	}
	return asli.get(name)!;
}

const identitas = (l: Report) => [l.kecamatan, l.kabupaten, l.tahun];
const ikm = (l: Report) => l.ikm.map((r) => [r.tahun, r.target, r.realisasi, r.mutu, r.target_raw, r.realisasi_raw, r.bagian]);
const indikator = (l: Report) =>
	l.indikator.map((r) => [
		r.tahun,
		r.no,
		r.sasaran,
		r.indikator,
		r.kunci,
		r.target,
		r.realisasi,
		r.capaian,
		r.target_raw,
		r.realisasi_raw,
		r.capaian_raw,
		r.satuan
	]);
const anggaran = (l: Report) =>
	l.anggaran.map((r) => [r.level, r.urutan, r.kode, r.uraian, r.program, r.kegiatan, r.pagu, r.realisasi, r.persen, r.pagu_raw, r.realisasi_raw, r.persen_raw]);

/** Printed text without markup: a figure read from prose ("Rp **3.316.970.181,00**") keeps no bold marks. */
const cetak = (s: string) =>
	cellText(
		s
			.replace(/<[^<>]*>/g, ' ')
			.replace(/&nbsp;/g, ' ')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
	);

/** Every record's line is where its source row went, and prints the record's figures. */
function cekBaris(origin: Report, result: Report, k: Konversi) {
	const lines = k.teks.split('\n');
	const pasang = [
		[origin.ikm, result.ikm, (r: Report['ikm'][number]) => [r.target_raw, r.realisasi_raw]],
		[origin.indikator, result.indikator, (r: Report['indikator'][number]) => [r.target_raw, r.realisasi_raw, r.capaian_raw]],
		[origin.anggaran, result.anggaran, (r: Report['anggaran'][number]) => [r.pagu_raw, r.realisasi_raw, r.persen_raw]]
	] as const;
	for (const [a, h, angka] of pasang) {
		expect(h.map((r) => r.line)).toEqual(a.map((r) => k.pindah(r.line)));
		for (const r of h) for (const v of (angka as (r: unknown) => (string | null)[])(r)) if (v) expect(cetak(lines[r.line - 1])).toContain(cetak(v));
	}
}

const KONVERSI: [string, (t: string) => Konversi][] = [
	['pipa', kePipa],
	['html', (t) => keHtml(t, false)],
	['html1', (t) => keHtml(t, true)],
	['spasi', keSpasi]
];

describe('the five reports read the same in every table layout', () => {
	for (const name of LAPORAN)
		for (const [tata, ubah] of KONVERSI)
			it(`${name} as ${tata}`, () => {
				const { teks: text, l: origin } = laporanAsli(name);
				expect(origin.indikator.length + origin.anggaran.length).toBeGreaterThan(5);
				const k = ubah(text);
				expect(k.teks).not.toBe(text);
				expect(k.teks).not.toContain('\t');
				const result = extractReport(k.teks, `${name}.txt`, ref);
				expect(identitas(result)).toEqual(identitas(origin));
				expect(ikm(result)).toEqual(ikm(origin));
				expect(indikator(result)).toEqual(indikator(origin));
				expect(anggaran(result)).toEqual(anggaran(origin));
				cekBaris(origin, result, k);
			});
});

describe('the converted tables split back into the same cells', () => {
	for (const name of LAPORAN)
		for (const [tata, ubah] of KONVERSI.filter(([t]) => t !== 'spasi'))
			it(`${name} as ${tata}`, () => {
				const { teks: text } = laporanAsli(name);
				const k = ubah(text);
				const lines = text.split('\n');
				// a pipe table cannot print a row of dashes only ("--  --  ---"): it reads as the |---| separator
				const garis = (c: string[]) => tata === 'pipa' && c.every((x) => /^-*$/.test(x));
				const origin = allLines(text).filter((r) => r.cells && lines[r.line - 1].includes('\t') && !garis(r.cells));
				const result = allLines(k.teks);
				const perBaris = new Map<number, string[][]>();
				for (const r of result) if (r.cells) perBaris.set(r.line, [...(perBaris.get(r.line) ?? []), r.cells]);
				const terpakai = new Map<number, number>();
				for (const r of origin) {
					const line = k.pindah(r.line);
					const n = terpakai.get(line) ?? 0;
					terpakai.set(line, n + 1);
					expect(perBaris.get(line)?.[n], `${name} line ${r.line}`).toEqual(r.cells);
				}
			});
});
