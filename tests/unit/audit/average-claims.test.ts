/**
 * rerata_capaian on hand-made reports: "rata-rata capaian X%" without naming indicators is right
 * when it is the mean indicator capaian, the total serapan, or the serapan of amounts stated
 * just above; the expected figures are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import { anggaranRecord, indikatorRecord, testReport, testText, temuan } from './helpers';

// capaian 90 and 95: mean 92,5. Budget total 200.000.000 / 170.000.000: serapan 85%.
function lap() {
	return testReport({
		indikator: [
			indikatorRecord({ line: 2, no: 1, indikator: 'Persentase layanan selesai tepat waktu', capaian: 90 }),
			indikatorRecord({ line: 3, no: 2, indikator: 'Indeks Kepuasan Masyarakat', capaian: 95 })
		],
		anggaran: [anggaranRecord('total', 6, 200_000_000, 170_000_000), anggaranRecord('program', 7, 200_000_000, 170_000_000)]
	});
}
const kalimat = (s: string, before = '') => testText(20, { 14: before, 15: s });

describe('rerata_capaian', () => {
	it('accepts the mean capaian at the printed precision, and the half-unit edge', () => {
		expect(temuan(lap(), kalimat('Hal ini mendukung tujuan kecamatan dengan rata-rata capaian kinerja sebesar 92,5%.'), 'rerata_capaian')).toEqual([]);
		// 93% for 92,5: within half a unit of a whole percent
		expect(temuan(lap(), kalimat('Sumber daya tersebut menunjang sasaran strategis dengan rata rata capaian 93 %'), 'rerata_capaian')).toEqual([]);
	});

	it('flags a figure that is neither the mean, the total serapan nor a nearby serapan', () => {
		// 94% is 1,5 points above 92,5 and far from 85
		const t = temuan(lap(), kalimat('Sumber daya tersebut menunjang sasaran strategis dengan rata rata capaian 94 %'), 'rerata_capaian');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 94, seharusnya: 92.5, lines: [2, 3, 15] });
		// 92,6% printed with one decimal: 0,1 above 92,5 is more than its half unit (0,05)
		expect(temuan(lap(), kalimat('dengan rata-rata capaian 92,6%'), 'rerata_capaian')).toHaveLength(1);
	});

	it('accepts the serapan of the budget table or of the amounts stated just above', () => {
		// 170.000.000 ÷ 200.000.000 = 85%
		expect(temuan(lap(), kalimat('Kecamatan Sukamaju dengan rata- rata capaian 85,00%.'), 'rerata_capaian')).toEqual([]);
		// 45.000.000 ÷ 50.000.000 = 90%, stated on the line before
		const near = kalimat(
			'Dukungan sumber daya itu memberi rata-rata capaian 90%.',
			'Program ini didukung anggaran sebesar Rp 50.000.000,- dan terealisasi sebesar Rp 45.000.000,-.'
		);
		expect(temuan(lap(), near, 'rerata_capaian')).toEqual([]);
	});

	it('does not judge table rows, indicator sentences or other years', () => {
		expect(temuan(lap(), kalimat('Rata-rata capaian\t70%\t√'), 'rerata_capaian')).toEqual([]);
		expect(temuan(lap(), kalimat('Dua indikator kinerja dengan rata-rata capaian 70%.'), 'rerata_capaian')).toEqual([]);
		expect(temuan(lap(), kalimat('Pada tahun 2022 rata-rata capaian 70%.'), 'rerata_capaian')).toEqual([]);
	});
});
