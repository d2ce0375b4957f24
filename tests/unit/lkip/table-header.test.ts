/**
 * Issue 13 item 3: a table block's header is read once (blockHeader) and the roles of
 * header cells come from one module (table-blocks.ts) for the indicator reader, the
 * budget reader and the audit. Tables below are invented.
 */
import { describe, expect, it } from 'vitest';
import { tableBlocks, blockHeader, columnRole, anggaranColumnRole } from '../../../src/lib/lkip/table-blocks';
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
