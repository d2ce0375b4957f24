import { describe, expect, it } from 'vitest';
import { validCapaian } from '../../../src/lib/audit/capaian';
import { indikatorRecord, testReport, testText, temuan } from './helpers';

const BATAS = 'Penetapan angka capaian kinerja sasaran yang mencapai angka lebih dari 100% termasuk pada angka capaian kinerja 100%.';

describe('capaian_indikator', () => {
	it('computes both polarities and the capped value', () => {
		expect(validCapaian(80, 100, 'positif', false)).toEqual([125]);
		expect(validCapaian(80, 100, 'negatif', false)).toEqual([75]);
		expect(validCapaian(80, 100, 'positif', true)).toEqual([125, 100]);
		expect(validCapaian(10, 25, 'negatif', true)).toEqual([-50, 0]);
		expect(validCapaian(80, 100, null, false)).toEqual([125, 75]);
	});

	it('accepts 91% for 81,9 of 90 and flags 99%', () => {
		const ok = testReport({ indikator: [indikatorRecord({ line: 2, target: 90, realisasi: 81.9, capaian: 91, capaian_raw: '91%' })] });
		expect(temuan(ok, testText(3), 'capaian_indikator')).toEqual([]);
		const wrong = testReport({ indikator: [indikatorRecord({ line: 2, target: 90, realisasi: 81.9, capaian: 99, capaian_raw: '99%' })] });
		const t = temuan(wrong, testText(3), 'capaian_indikator');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 99, seharusnya: 91, lines: [2] });
	});

	it('borderline: 97.5% printed with one decimal for 97,5176% passes, 97.4% does not', () => {
		const l = (c: number, raw: string) => testReport({ indikator: [indikatorRecord({ line: 1, target: 85, realisasi: 82.89, capaian: c, capaian_raw: raw })] });
		expect(temuan(l(97.5, '97.5%'), testText(2), 'capaian_indikator')).toEqual([]);
		expect(temuan(l(97.4, '97.4%'), testText(2), 'capaian_indikator')).toHaveLength(1);
	});

	it('applies the report cap only when the report states it', () => {
		const rec = () => testReport({ indikator: [indikatorRecord({ line: 1, target: 80, realisasi: 100, capaian: 100, capaian_raw: '100%' })] });
		expect(temuan(rec(), testText(3, { 3: BATAS }), 'capaian_indikator')).toEqual([]);
		expect(temuan(rec(), testText(3), 'capaian_indikator')).toHaveLength(1);
	});

	it('uses the negative formula when the reference says so', () => {
		const l = testReport({
			indikator: [
				indikatorRecord({ line: 1, indikator: 'Angka pelanggaran', kunci: 'pelanggaran', target: 10, realisasi: 12, capaian: 80, capaian_raw: '80%' })
			]
		});
		const options = { indikator: [{ kunci: 'pelanggaran', label: 'x', polaritas: 'negatif' as const, pola: [] }] };
		expect(temuan(l, testText(2), 'capaian_indikator', [], options)).toEqual([]);
		const pos = { indikator: [{ kunci: 'pelanggaran', label: 'x', polaritas: 'positif' as const, pola: [] }] };
		expect(temuan(l, testText(2), 'capaian_indikator', [], pos)).toHaveLength(1);
	});

	it('checks target | realisasi | capaian rows of comparison tables, but not tables whose last column is not a percentage', () => {
		const text = testText(6, {
			1: 'NO.\tSASARAN\tINDIKATOR\tTARGET RENSTRA 2026\tREALISASI\tCAPAIAN',
			2: '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
			3: '2.\tKepuasan\tIndeks Kepuasan Masyarakat\t80\t80\t80%',
			5: 'SASARAN\tINDIKATOR\tTARGET\tREALISASI',
			6: 'Kepuasan\tIKM\t75\t76\t85\t80,37\t83,24\t82,89%'
		});
		const t = temuan(testReport(), text, 'capaian_indikator');
		expect(t.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([[[3], 80, 100]]);
	});
});
