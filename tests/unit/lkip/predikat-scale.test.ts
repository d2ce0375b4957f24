/**
 * The predikat scale and the cap-at-100% rule each report states for itself. Expected values
 * were read off the report texts (lines are 1-based lines of those files).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { readCapaianMax100, readPredikatScale } from '../../../src/lib/lkip/predikat-scale';
import { allLines } from '../../../src/lib/lkip/table';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));

type Tingkat = [line: number, kode: string | null, label: string, bawah: number | null, atas: number | null];

const TUJUH = (start: number): Tingkat[] => [
	[start, 'AA', 'Sangat Memuaskan', 90, 100],
	[start + 1, 'A', 'Memuaskan', 80, 90],
	[start + 2, 'BB', 'Sangat Baik', 70, 80],
	[start + 3, 'B', 'Baik', 60, 70],
	[start + 4, 'CC', 'Cukup (mamadai)', 50, 60],
	[start + 5, 'C', 'Kurang', 30, 50],
	[start + 6, 'D', 'Sangat Kurang', 0, 30]
];
const EMPAT = (start: number): Tingkat[] => [
	[start, null, 'SANGAT BAIK', 100, null],
	[start + 1, null, 'BAIK', 76, 100],
	[start + 2, null, 'CUKUP', 55, 75],
	[start + 3, null, 'KURANG', null, 55]
];

const LAPORAN: [file: string, skala: Tingkat[], maks100: number | null][] = [
	['arjasa-2023.txt', TUJUH(364), 372],
	['balung-2020.txt', EMPAT(292), null],
	['pakusari-2021.txt', EMPAT(338), null],
	['patrang-2023.txt', TUJUH(409), 417],
	['puger-2023.txt', TUJUH(397), 405]
];

describe('skala predikat laporan', () => {
	it.each(LAPORAN)('%s: the printed scale and the cap rule, with their lines', (file, scale, maks100) => {
		const text = readFileSync(`data/lkip/${file}`, 'utf8');
		const lines = text.split('\n');
		const l = extractReport(text, file, ref);
		expect(l.skala.map((s) => [s.line, s.kode, s.label, s.bawah, s.atas])).toEqual(scale);
		for (const s of l.skala) expect(s.raw).toBe(lines[s.line - 1].trim());
		expect(l.capaian_maks_100?.line ?? null).toBe(maks100);
		if (maks100 !== null) {
			expect(l.capaian_maks_100!.raw).toBe(lines[maks100 - 1].trim());
			expect(l.capaian_maks_100!.raw).toMatch(/lebih dari 100%/);
		}
	});

	it('reads a pipe table with "91 ≤ 100" and "≤ 50" ranges and a cap sentence wrapped over two lines', () => {
		const text = readFileSync('tests/fixtures/lkip/skala-pipa.txt', 'utf8');
		const rows = allLines(text);
		expect(readPredikatScale(rows).map((s) => [s.line, s.kode, s.label, s.bawah, s.atas])).toEqual([
			[10, null, 'Sangat Tinggi', 91, 100],
			[11, null, 'Tinggi', 76, 90],
			[12, null, 'Sedang', 66, 75],
			[13, null, 'Rendah', 51, 65],
			[14, null, 'Sangat Rendah', null, 50]
		]);
		expect(readCapaianMax100(rows)).toEqual({ line: 16, raw: 'Capaian kinerja yang melebihi 100% dihitung' });
	});

	it('no scale and no cap rule: empty list and null, not a guess', () => {
		const rows = allLines(
			[
				'Capaian kinerja dihitung dari realisasi dibagi target.',
				'Target\tRealisasi\tCapaian',
				'80\t84,2\t105,25%',
				'90 - 100\tSangat Memuaskan',
				'80 - 90\tMemuaskan',
				'',
				'Capaian IKM lebih dari 100% dari target 100%.'
			].join('\n')
		);
		expect(readPredikatScale(rows)).toEqual([]);
		expect(readCapaianMax100(rows)).toBeNull();
	});

	it('a run with a repeated label is not a scale', () => {
		const rows = allLines(['1\t90 - 100\tBaik', '2\t80 - 90\tBaik', '3\t70 - 80\tBaik'].join('\n'));
		expect(readPredikatScale(rows)).toEqual([]);
	});
});
