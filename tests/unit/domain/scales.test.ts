import { describe, expect, it } from 'vitest';
import {
	roundTo,
	computeCapaian,
	computeSerapan,
	bandFromText,
	ikmMutu,
	normalPredikat,
	reportScalePredikat,
	ALL_SCALES,
	SKALA_IKM,
	SKALA_IKM_2004,
	SKALA_PREDIKAT_4,
	SKALA_PREDIKAT_7,
	SKALA_SAKIP,
	rangeText,
	applyScale,
	bandLevel
} from '$lib/domain/scales';

const kode = (scale: Parameters<typeof applyScale>[0], x: number | null) => applyScale(scale, x)?.kode ?? null;

describe('bulatkan', () => {
	it('rounds the printed decimal, not the binary approximation', () => {
		// 76.605 is 76.6049999… in binary; Math.round(x * 100) / 100 would give 76.6
		expect(roundTo(76.605)).toBe(76.61);
		expect(roundTo(88.305)).toBe(88.31);
		expect(roundTo(1.005)).toBe(1.01);
		expect(roundTo(-1.005)).toBe(-1.01);
		expect(roundTo(88.3049)).toBe(88.3);
		expect(roundTo(85.4678, 1)).toBe(85.5);
	});
	it('handles tiny, huge and non-finite values', () => {
		expect(roundTo(1e-9)).toBe(0);
		expect(Object.is(roundTo(-1e-9), 0)).toBe(true);
		expect(roundTo(1e20)).toBe(1e20);
		expect(roundTo(Number.NaN)).toBeNaN();
	});
});

describe('IKM mutu (PermenPAN-RB 14/2017)', () => {
	it('grades at the published borders', () => {
		expect(ikmMutu(100)?.kode).toBe('A');
		expect(ikmMutu(88.31)?.kode).toBe('A');
		expect(ikmMutu(88.3)?.kode).toBe('B');
		expect(ikmMutu(76.61)?.kode).toBe('B');
		expect(ikmMutu(76.6)?.kode).toBe('C');
		expect(ikmMutu(65)?.kode).toBe('C');
		expect(ikmMutu(64.99)?.kode).toBe('D');
		expect(ikmMutu(25)?.kode).toBe('D');
	});
	it('rounds to two decimals first, closing the gaps in the published ranges', () => {
		expect(ikmMutu(88.305)?.kode).toBe('A');
		expect(ikmMutu(88.3049)?.kode).toBe('B');
		expect(ikmMutu(76.605)?.kode).toBe('B');
		expect(ikmMutu(76.6049)?.kode).toBe('C');
		expect(ikmMutu(64.995)?.kode).toBe('C');
		expect(ikmMutu(64.994)?.kode).toBe('D');
	});
	it('gives the Indonesian label', () => {
		expect(ikmMutu(86.34)).toEqual({ kode: 'B', label: 'Baik', min: 76.61, minInklusif: true });
		expect(ikmMutu(90)?.label).toBe('Sangat Baik');
		expect(ikmMutu(70)?.label).toBe('Kurang Baik');
		expect(ikmMutu(50)?.label).toBe('Tidak Baik');
	});
	it('has no grade for a missing value', () => {
		expect(ikmMutu(null)).toBeNull();
		expect(ikmMutu(undefined)).toBeNull();
		expect(ikmMutu(Number.NaN)).toBeNull();
	});
	it('the old 2004 rules give another letter to the same number', () => {
		expect(kode(SKALA_IKM_2004, 85)).toBe('A');
		expect(kode(SKALA_IKM, 85)).toBe('B');
		expect(kode(SKALA_IKM_2004, 81.25)).toBe('B');
		expect(kode(SKALA_IKM_2004, 43.75)).toBe('D');
	});
});

describe('predikat scales', () => {
	it('four levels: more than 100 is Sangat Baik, exactly 100 is Baik', () => {
		expect(kode(SKALA_PREDIKAT_4, 100.01)).toBe('Sangat Baik');
		expect(kode(SKALA_PREDIKAT_4, 100)).toBe('Baik');
		expect(kode(SKALA_PREDIKAT_4, 100.004)).toBe('Baik'); // prints as 100,00
		expect(kode(SKALA_PREDIKAT_4, 76)).toBe('Baik');
		expect(kode(SKALA_PREDIKAT_4, 75.99)).toBe('Cukup');
		expect(kode(SKALA_PREDIKAT_4, 55)).toBe('Cukup');
		expect(kode(SKALA_PREDIKAT_4, 54.99)).toBe('Kurang');
	});
	it('seven levels: lower bounds included', () => {
		expect(kode(SKALA_PREDIKAT_7, 120)).toBe('AA');
		expect(kode(SKALA_PREDIKAT_7, 90)).toBe('AA');
		expect(kode(SKALA_PREDIKAT_7, 89.99)).toBe('A');
		expect(kode(SKALA_PREDIKAT_7, 80)).toBe('A');
		expect(kode(SKALA_PREDIKAT_7, 70)).toBe('BB');
		expect(kode(SKALA_PREDIKAT_7, 60)).toBe('B');
		expect(kode(SKALA_PREDIKAT_7, 50)).toBe('CC');
		expect(kode(SKALA_PREDIKAT_7, 30)).toBe('C');
		expect(kode(SKALA_PREDIKAT_7, 29.99)).toBe('D');
		expect(kode(SKALA_PREDIKAT_7, 0)).toBe('D');
		expect(applyScale(SKALA_PREDIKAT_7, 75)?.label).toBe('Sangat Baik');
	});
	it('SAKIP grade: strict lower bounds (AA > 90)', () => {
		expect(kode(SKALA_SAKIP, 90)).toBe('A');
		expect(kode(SKALA_SAKIP, 90.01)).toBe('AA');
		expect(kode(SKALA_SAKIP, 30)).toBe('D');
		expect(kode(SKALA_SAKIP, 30.01)).toBe('C');
	});
	it('normalised predikat uses the seven-level scale on the capaian number', () => {
		expect(normalPredikat(101)?.kode).toBe('AA');
		expect(normalPredikat(85.47)?.kode).toBe('A');
		expect(normalPredikat(null)).toBeNull();
	});
	it('ranks levels best first', () => {
		expect(bandLevel(SKALA_PREDIKAT_7, applyScale(SKALA_PREDIKAT_7, 95))).toBe(7);
		expect(bandLevel(SKALA_PREDIKAT_7, applyScale(SKALA_PREDIKAT_7, 10))).toBe(1);
		expect(bandLevel(SKALA_PREDIKAT_7, null)).toBe(0);
	});
	it('reads a printed code or label', () => {
		expect(bandFromText(SKALA_PREDIKAT_7, ' bb ')?.label).toBe('Sangat Baik');
		expect(bandFromText(SKALA_PREDIKAT_7, 'Sangat  Memuaskan')?.kode).toBe('AA');
		expect(bandFromText(SKALA_PREDIKAT_4, 'sangat baik')?.kode).toBe('Sangat Baik');
		expect(bandFromText(SKALA_PREDIKAT_4, 'Luar biasa')).toBeNull();
		expect(bandFromText(SKALA_PREDIKAT_4, '')).toBeNull();
	});
	it('every scale runs from best to worst and ends with an open lowest level', () => {
		for (const s of ALL_SCALES) {
			const limit = s.jenjang.map((x) => x.min);
			expect(limit.at(-1), s.id).toBeNull();
			const angka = limit.slice(0, -1) as number[];
			expect(
				[...angka].sort((a, b) => b - a),
				s.id
			).toEqual(angka);
			expect(new Set(s.jenjang.map((x) => x.kode)).size, s.id).toBe(s.jenjang.length);
		}
	});
});

describe('teksRentang', () => {
	it('writes the IKM ranges as published', () => {
		expect(SKALA_IKM.jenjang.map((_, i) => rangeText(SKALA_IKM, i))).toEqual(['88,31 ke atas', '76,61 – 88,30', '65,00 – 76,60', '≤ 64,99']);
	});
	it('writes ranges without a printed step in words', () => {
		expect(rangeText(SKALA_PREDIKAT_4, 0)).toBe('lebih dari 100');
		expect(rangeText(SKALA_PREDIKAT_4, 1)).toBe('76 sampai 100');
		expect(rangeText(SKALA_PREDIKAT_4, 3)).toBe('di bawah 55');
		expect(rangeText(SKALA_SAKIP, 1)).toBe('lebih dari 80 sampai 90');
		expect(rangeText(SKALA_SAKIP, 6)).toBe('30 atau kurang');
	});
});

describe('hitungCapaian', () => {
	it('positive polarity: realisasi ÷ target × 100', () => {
		expect(computeCapaian({ realisasi: 85.47, target: 85 })).toBeCloseTo(100.5529, 4);
		expect(computeCapaian({ realisasi: 3, target: 4 })).toBe(75);
	});
	it('negative polarity: (2 × target − realisasi) ÷ target × 100', () => {
		expect(computeCapaian({ realisasi: 12, target: 10, polaritas: 'negatif' })).toBe(80);
		expect(computeCapaian({ realisasi: 8, target: 10, polaritas: 'negatif' })).toBe(120);
	});
	it('caps at 100 only when asked', () => {
		expect(computeCapaian({ realisasi: 120, target: 100, batasi100: true })).toBe(100);
		expect(computeCapaian({ realisasi: 120, target: 100 })).toBe(120);
		expect(computeCapaian({ realisasi: 90, target: 100, batasi100: true })).toBe(90);
		// the same sentence of those reports counts below 0% as 0
		expect(computeCapaian({ realisasi: 25, target: 10, polaritas: 'negatif', batasi100: true })).toBe(0);
		expect(computeCapaian({ realisasi: 25, target: 10, polaritas: 'negatif' })).toBe(-50);
	});
	it('cannot compute without both numbers or with a zero target', () => {
		expect(computeCapaian({ realisasi: null, target: 10 })).toBeNull();
		expect(computeCapaian({ realisasi: 5, target: undefined })).toBeNull();
		expect(computeCapaian({ realisasi: 5, target: 0 })).toBeNull();
		expect(computeCapaian({ realisasi: Number.NaN, target: 1 })).toBeNull();
	});
});

describe('hitungSerapan', () => {
	it('computes from exact rupiah', () => {
		expect(computeSerapan(3_316_970_181n, 3_500_000_000n)).toBeCloseTo(94.7705766, 7);
		expect(computeSerapan(750, 1000)).toBe(75);
		expect(computeSerapan(750n, 1000)).toBe(75);
	});
	it('stays accurate beyond 2^53', () => {
		expect(computeSerapan(2n ** 60n + 1n, 2n ** 61n)).toBe(50);
		expect(computeSerapan(3n * 10n ** 17n, 4n * 10n ** 17n)).toBe(75);
	});
	it('has no serapan without a pagu', () => {
		expect(computeSerapan(5n, 0n)).toBeNull();
		expect(computeSerapan(5, 0)).toBeNull();
		expect(computeSerapan(null, 10n)).toBeNull();
		expect(computeSerapan(5n, undefined)).toBeNull();
	});
});

describe('predikatSkalaLaporan', () => {
	const tujuh = [
		{ kode: 'AA', label: 'Sangat Memuaskan', bawah: 90, atas: 100 },
		{ kode: 'A', label: 'Memuaskan', bawah: 80, atas: 90 },
		{ kode: 'BB', label: 'Sangat Baik', bawah: 70, atas: 80 },
		{ kode: 'B', label: 'Baik', bawah: 60, atas: 70 },
		{ kode: 'CC', label: 'Cukup (mamadai)', bawah: 50, atas: 60 },
		{ kode: 'C', label: 'Kurang', bawah: 30, atas: 50 },
		{ kode: 'D', label: 'Sangat Kurang', bawah: 0, atas: 30 }
	];
	const empat = [
		{ kode: null, label: 'SANGAT BAIK', bawah: 100, atas: null },
		{ kode: null, label: 'BAIK', bawah: 76, atas: 100 },
		{ kode: null, label: 'CUKUP', bawah: 55, atas: 75 },
		{ kode: null, label: 'KURANG', bawah: null, atas: 55 }
	];
	const kodeDi = (x: number | null) => reportScalePredikat(x, tujuh)?.kode ?? null;
	const labelDi = (x: number) => reportScalePredikat(x, empat)?.label ?? null;

	it('a bound shared by two levels goes to the upper one', () => {
		expect(kodeDi(90)).toBe('AA');
		expect(kodeDi(89.99)).toBe('A');
		expect(kodeDi(89.995)).toBe('AA'); // rounds to 90,00 as printed
		expect(kodeDi(30)).toBe('C');
		expect(kodeDi(0)).toBe('D');
	});

	it('"Lebih dari 100" is strict where another level ends at 100; a gap goes to the lower level', () => {
		expect(labelDi(100)).toBe('BAIK');
		expect(labelDi(100.01)).toBe('SANGAT BAIK');
		expect(labelDi(76)).toBe('BAIK');
		expect(labelDi(75.5)).toBe('CUKUP');
		expect(labelDi(55)).toBe('CUKUP');
		expect(labelDi(54.99)).toBe('KURANG');
		expect(labelDi(-10)).toBe('KURANG');
	});

	it('above every range the top level, below every bound the lowest, whatever the printed order', () => {
		expect(kodeDi(125)).toBe('AA');
		expect(kodeDi(-5)).toBe('D');
		expect(reportScalePredikat(95, [...tujuh].reverse())?.kode).toBe('AA');
		// "≥ 91 Sangat Tinggi" (open above, no level ends at 91): inclusive
		const tinggi = [
			{ kode: null, label: 'Sangat Tinggi', bawah: 91, atas: null },
			{ kode: null, label: 'Tinggi', bawah: 76, atas: 90 },
			{ kode: null, label: 'Sangat Rendah', bawah: null, atas: 50 }
		];
		expect(reportScalePredikat(91, tinggi)?.label).toBe('Sangat Tinggi');
		expect(reportScalePredikat(90.5, tinggi)?.label).toBe('Tinggi');
		expect(reportScalePredikat(60, tinggi)?.label).toBe('Sangat Rendah');
	});

	it('no capaian or no scale: null', () => {
		expect(kodeDi(null)).toBeNull();
		expect(reportScalePredikat(Number.NaN, tujuh)).toBeNull();
		expect(reportScalePredikat(95, [])).toBeNull();
	});
});
