/**
 * predikat_skala for a label given to one sasaran, by its number and name, without a figure
 * ("Sasaran 2 : … capaian indikatornya termasuk kategori Sangat Baik"). Scale of the fixture:
 * 91–100 Sangat Baik, 76–90 Baik, 61–75 Cukup, below 61 Kurang.
 */
import { describe, expect, it } from 'vitest';
import type { ScaleRecord } from '../../../src/lib/lkip/types';
import { indikatorRecord, testReport, testText, temuan } from './helpers';

const skala: ScaleRecord[] = [
	{ kode: null, label: 'Sangat Baik', bawah: 91, atas: 100, line: 1, raw: '91 - 100 Sangat Baik' },
	{ kode: null, label: 'Baik', bawah: 76, atas: 90, line: 2, raw: '76 - 90 Baik' },
	{ kode: null, label: 'Cukup', bawah: 61, atas: 75, line: 3, raw: '61 - 75 Cukup' },
	{ kode: null, label: 'Kurang', bawah: null, atas: 60, line: 4, raw: '< 61 Kurang' }
];

function lap(capaian2: number[]) {
	return testReport({
		skala,
		indikator: [
			indikatorRecord({ line: 6, no: 1, sasaran: 'Tertibnya administrasi kependudukan warga', indikator: 'Persentase dokumen selesai', capaian: 95 }),
			...capaian2.map((c, k) =>
				indikatorRecord({ line: 7 + k, no: 2 + k, sasaran: 'Meningkatnya partisipasi masyarakat desa', indikator: `Indikator ${k + 1}`, capaian: c })
			)
		]
	});
}
const kal = (s: string) => testText(20, { 15: s });

describe('predikat_skala: a label for one sasaran', () => {
	it('flags a label no indicator of that sasaran can have', () => {
		// sasaran 2 has capaian 74 (Cukup): "Sangat Baik" is not possible
		const t = temuan(
			lap([74]),
			kal('• Sasaran 2 : Meningkatnya partisipasi masyarakat desa, dengan capaian indikator termasuk kategori Sangat Baik.'),
			'predikat_skala'
		);
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 74, lines: [1, 2, 3, 4, 7, 15] });
	});

	it('accepts the label of the scale, at the boundary either label, and any indicator of the sasaran', () => {
		expect(temuan(lap([74]), kal('Sasaran 2 : Meningkatnya partisipasi masyarakat desa dengan capaian tergolong Cukup.'), 'predikat_skala')).toEqual([]);
		// 75,5 lies in the gap between 75 and 76: Cukup or Baik
		expect(temuan(lap([75.5]), kal('Sasaran 2 : Meningkatnya partisipasi masyarakat desa dengan capaian tergolong Baik.'), 'predikat_skala')).toEqual([]);
		// two indicators 70 and 80: "Baik" holds for one of them
		expect(temuan(lap([70, 80]), kal('Sasaran 2 : Meningkatnya partisipasi masyarakat desa dengan capaian tergolong Baik.'), 'predikat_skala')).toEqual([]);
	});

	it('is silent when the line names another sasaran, or numbers one the table does not have', () => {
		// the words do not match sasaran 2 of the table
		expect(temuan(lap([74]), kal('Sasaran 2 : Meningkatnya pendapatan asli daerah dengan capaian tergolong Sangat Baik.'), 'predikat_skala')).toEqual([]);
		expect(temuan(lap([74]), kal('Sasaran 5 : Meningkatnya partisipasi masyarakat desa dengan capaian tergolong Sangat Baik.'), 'predikat_skala')).toEqual([]);
	});
});
