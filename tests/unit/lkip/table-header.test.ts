/**
 * Issue 13 item 3: a table block's header is read once (blockHeader) and the roles of
 * header cells come from one module (table-blocks.ts) for the indicator reader, the
 * budget reader and the audit. Tables below are invented, except where a report's line is quoted.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tableBlocks, blockHeader, blockHeaders, headerOfRow, columnRole, anggaranColumnRole, readTableHeader } from '../../../src/lib/lkip/table-blocks';
import { readAnggaranHeader } from '../../../src/lib/lkip/anggaran-table';
import { allLines, normalise } from '../../../src/lib/lkip/table';

const indikatorTabel = [
	'Tabel 3.1 Pengukuran Kinerja',
	'No\tSasaran\tIndikator\tTarget\t\tRealisasi\t\tCapaian',
	'\t\t\t2022\t2023\t2022\t2023\t',
	'1\tMeningkatnya pelayanan\tIndeks Kepuasan Masyarakat\t80\t82\t81\t84\t102%'
].join('\n');

describe('the header of a block, read once', () => {
	it('gives each column its label, role, budget role and year', () => {
		const [b] = tableBlocks(allLines(indikatorTabel));
		const k = blockHeader(b);
		expect(k.jumlahBaris).toBe(2);
		expect(k.kolom.map((c) => [c.peran, c.tahun])).toEqual([
			['no', null],
			['sasaran', null],
			['indikator', null],
			['target', 2022],
			['target', 2023],
			['realisasi', 2022],
			['realisasi', 2023],
			['capaian', null]
		]);
		expect(k.kolom.map((c) => c.anggaran)).toEqual(['kode', null, null, 'rencana', 'rencana', 'realisasi', 'realisasi', 'realisasi']);
	});
	it('returns the same reading to every reader of the block', () => {
		const [b] = tableBlocks(allLines(indikatorTabel));
		expect(blockHeader(b)).toBe(blockHeader(b));
	});
});

describe('the header of a count table, for the audit', () => {
	// data/lkip/arjasa-2023.txt line 204: "No\tPangkat\tGolongan\tJumlah", then "1\tPembina\tIV/a\t2"
	const text = 'No\tPangkat\tGolongan\tJumlah\n1\tPembina\tIV/a\t2\n2\tPenata\tIII/c\t2\n\tJumlah\t\t4';
	it('reads a top row of text labels as its header, and only that row', () => {
		const [b] = tableBlocks(allLines(text));
		const k = readTableHeader(b.rows);
		expect(k.jumlahBaris).toBe(1);
		expect(k.kolom.map((c) => [c.teks, c.peran, c.anggaran])).toEqual([
			['No', 'no', 'kode'],
			['Pangkat', 'lainnya', null],
			['Golongan', 'lainnya', 'kode'],
			['Jumlah', 'lainnya', null]
		]);
	});
	it("leaves the measurement and budget readers' header as it was: one keyword is no label row", () => {
		const [b] = tableBlocks(allLines(text));
		expect(blockHeader(b).jumlahBaris).toBe(0);
	});
	it('takes no row of figures, and no "-", for a header', () => {
		expect(readTableHeader(allLines('Camat\t1.200\nSekcam\t800').map((r) => ({ cells: r.cells! }))).jumlahBaris).toBe(0);
		expect(readTableHeader(allLines('Desa\t-\nArjasa\t5').map((r) => ({ cells: r.cells! }))).jumlahBaris).toBe(0);
		// "S1" and a year are labels
		expect(readTableHeader(allLines('Pendidikan\tS1\t2023\nASN\t4\t5').map((r) => ({ cells: r.cells! }))).jumlahBaris).toBe(1);
	});
});

describe('roles of a header cell', () => {
	it('reads a cell for an indicator table and for a budget table', () => {
		const dua = (s: string) => [columnRole(normalise(s)), anggaranColumnRole(normalise(s))];
		expect(dua('Realisasi (%)')).toEqual(['realisasi', 'persen']);
		expect(dua('Capaian')).toEqual(['capaian', 'realisasi']);
		expect(dua('Target')).toEqual(['target', 'rencana']);
		expect(dua('Pagu Anggaran (Rp)')).toEqual(['lainnya', 'pagu']);
		expect(dua('Sisa Anggaran')).toEqual(['lainnya', 'sisa']);
		expect(dua('Program/Kegiatan')).toEqual(['lainnya', 'uraian']);
		expect(dua('Target Nasional')).toEqual(['lainnya', 'rencana']);
		expect(dua('')).toEqual(['lainnya', null]);
	});
	it('the budget reader places its columns by those roles', () => {
		const [r] = allLines('No\tProgram/Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%');
		expect(readAnggaranHeader(r)).toMatchObject({ kode: 0, nama: 1, pagu: 2, realisasi: 3, persen: 4 });
		const [s] = allLines('Uraian\tTarget\tRealisasi\tCapaian');
		// "Realisasi | Capaian": the second is the percentage
		expect(readAnggaranHeader(s)).toMatchObject({ nama: 0, pagu: 1, realisasi: 2, persen: 3 });
	});
});

describe('every header of a block, for the audit', () => {
	it('reads a header whose labels carry column numbers', () => {
		// data/lkip/arjasa-2023.txt line 887: "NO (1)\tSASARAN STRATEGIS (2)\tINDIKATOR KINERJA (3)\tTARGET (4)"
		const text = 'NO (1)\tSASARAN STRATEGIS (2)\tINDIKATOR KINERJA (3)\tTARGET (4)\n2.\tMeningkatnya Kepuasan Masyarakat\tIKM\t85';
		const [b] = tableBlocks(allLines(text));
		expect(blockHeader(b).jumlahBaris).toBe(1);
		expect(
			headerOfRow(b, 1)
				?.kolom.slice(1)
				.map((k) => [k.label, k.peran])
		).toEqual([
			['sasaran strategis 2', 'sasaran'],
			['indikator kinerja 3', 'indikator'],
			['target 4', 'target']
		]);
		expect(headerOfRow(b, 0)).toBeNull();
	});
	it('finds the header of a table the block joined across a blank line', () => {
		// data/lkip/pakusari-2021.txt lines 638-643: an RPJMD table, a blank line, then the RKT
		// matrix under "TUJUAN OPD | | SASARAN OPD | ..." and "Uraian | Indikator Tujuan | Uraian | Indikator Sasaran | Target | ..."
		const lines = readFileSync('data/lkip/pakusari-2021.txt', 'utf8').split('\n');
		const b = tableBlocks(allLines(lines.slice(0, 643).join('\n'))).find((x) => x.rows.some((r) => r.line === 643))!;
		const i = b.rows.findIndex((r) => r.line === 643);
		const spans = blockHeaders(b);
		expect(spans.length).toBeGreaterThanOrEqual(2);
		const k = headerOfRow(b, i)!;
		expect(k).toBe(spans[spans.length - 1].header);
		expect(k.jumlahBaris).toBe(2);
		expect(k.kolom[4]).toMatchObject({ label: 'sasaran opd target', peran: 'target', tahun: null });
		expect(
			headerOfRow(
				b,
				b.rows.findIndex((r) => r.line === 641)
			)
		).toBeNull();
	});
});
