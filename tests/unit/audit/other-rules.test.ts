import { describe, expect, it } from 'vitest';
import { labelFor, checkReportScale } from '../../../src/lib/audit/report-scale';
import { readPredikatScale } from '../../../src/lib/lkip/predikat-scale';
import { allLines } from '../../../src/lib/lkip/table';
import { directionClaims } from '../../../src/lib/audit/narrative-claims';
import { ATURAN } from '../../../src/lib/audit/rules';
import { auditAll } from '../../../src/lib/audit/index';
import { anggaranRecord, ikm, indikatorRecord, testReport, testText, temuan } from './helpers';

const SKALA7 = {
	1: 'No\tKategori\tNilai\tInterpretasi',
	2: '1.\tAA\t➤ 90 - 100\tSangat Memuaskan',
	3: '2.\tA\t➤ 80 - 90\tMemuaskan',
	4: '3.\tBB\t➤ 70 - 80\tSangat Baik',
	5: '4.\tB\t➤ 60 - 70\tBaik'
};
const SKALA4 = {
	1: 'No\tCAPAIAN KINERJA\tKETERANGAN',
	2: '1.\tLebih dari 100 %\tSANGAT BAIK',
	3: '2.\t76 % s/d 100 %\tBAIK',
	4: '2.\t55 % s/d 75 %\tCUKUP',
	5: '3.\tKurang dari 55 %\tKURANG'
};

describe('predikat_skala', () => {
	it('reads the report scale and treats shared boundaries and gaps as either label', () => {
		const s = checkReportScale(readPredikatScale(allLines(testText(6, SKALA7))))!;
		expect(s.tingkatan.map((t) => t.kode)).toEqual(['AA', 'A', 'BB', 'B']);
		expect([...labelFor(s, 90)].sort()).toEqual(['memuaskan', 'sangatmemuaskan']);
		expect([...labelFor(s, 89.99)]).toEqual(['memuaskan']);
		const s4 = checkReportScale(readPredikatScale(allLines(testText(6, SKALA4))))!;
		expect([...labelFor(s4, 100)]).toEqual(['baik']);
		expect([...labelFor(s4, 100.01)]).toEqual(['sangatbaik']);
		expect([...labelFor(s4, 75.5)].sort()).toEqual(['baik', 'cukup']);
	});

	it('flags "capaian 99% ... kategori Memuaskan", accepts 90% as Memuaskan and "AA (Sangat Memuaskan)"', () => {
		const text = testText(12, {
			...SKALA7,
			8: 'Capaian Kinerja 99 % sehingga masuk kategori Memuaskan.',
			9: 'Capaian Kinerja 90 % sehingga masuk kategori Memuaskan.',
			10: 'rata-rata capaian mencapai 97,25 % dan masuk dalam kategori AA (Sangat Memuaskan ).'
		});
		const t = temuan(testReport(), text, 'predikat_skala');
		expect(t.map((x) => [x.nilai, x.lines[x.lines.length - 1]])).toEqual([[99, 8]]);
	});

	it('checks the ticked column of the summary table', () => {
		const text = testText(12, { ...SKALA7, 8: '\t\tSangat Memuaskan\tMemuaskan\tSangat Baik\tBaik', 9: 'Nilai SAKIP\t100%\t\t\t\tV', 10: 'IKM\t97,5%\tV' });
		const t = temuan(testReport(), text, 'predikat_skala');
		expect(t.map((x) => x.nilai)).toEqual([100]);
		expect(t[0].lines).toContain(9);
	});

	it('does nothing when the report states no scale', () => {
		expect(temuan(testReport(), testText(3, { 1: 'Capaian 99% masuk kategori Memuaskan.' }), 'predikat_skala')).toEqual([]);
	});
});

describe('klaim_narasi', () => {
	it('reads direction claims with both numbers', () => {
		expect(directionClaims('terdapat Penurunan realisasi dari 82,5% Tahun 2022 dan pada tahun 2023 dengan realisasi 81,9 %')).toEqual({
			arah: 'turun',
			dari: 82.5,
			ke: 81.9
		});
		expect(directionClaims('sebesar 90% merupakan peningkatan dibandingkan tahun sebelumnya yaitu 85%')).toEqual({ arah: 'naik', dari: 85, ke: 90 });
		expect(directionClaims('Capaian meningkat dibanding tahun lalu')).toBeNull();
	});

	it('flags "meningkat" when the figure fell, not when it rose or stayed', () => {
		const text = testText(4, {
			1: 'Terdapat peningkatan realisasi dari 82,5% Tahun 2022 menjadi 81,9% tahun 2023.',
			2: 'Terdapat peningkatan dari 80 % Tahun 2022 dan pada tahun 2023 dengan realisasi 90%.',
			3: 'Terdapat penurunan dari 90% menjadi 90%.'
		});
		const t = temuan(testReport(), text, 'klaim_narasi');
		expect(t.map((x) => x.lines)).toEqual([[1]]);
	});

	it('flags a count above target larger than the table allows, not a smaller one', () => {
		const l = testReport({
			indikator: [
				indikatorRecord({ line: 2, target: 85, realisasi: 82.89, capaian: 97.5 }),
				indikatorRecord({ line: 3, target: 100, realisasi: 100, capaian: 100 })
			]
		});
		expect(temuan(l, testText(5, { 5: 'sebanyak 2 (dua) indikator capaian diatas target.' }), 'klaim_narasi')).toHaveLength(1);
		expect(temuan(l, testText(5, { 5: 'sebanyak 1 (satu) indikator capaian diatas target.' }), 'klaim_narasi')).toEqual([]);
	});

	it('checks a stated average of the indicators with printed precision', () => {
		const l = testReport({
			indikator: [
				indikatorRecord({ line: 2, capaian: 100 }),
				indikatorRecord({ line: 3, capaian: 97.5 }),
				indikatorRecord({ line: 4, capaian: 100 }),
				indikatorRecord({ line: 5, capaian: 100 })
			]
		});
		const kal = (x: string) => testText(8, { 7: `capaian 4 (empat) indikator sasaran rata rata mencapai ${x} % dan masuk kategori AA.` });
		expect(temuan(l, kal('99,38'), 'klaim_narasi')).toEqual([]); // 99,375
		expect(temuan(l, kal('99,37'), 'klaim_narasi')).toEqual([]); // truncation
		expect(temuan(l, kal('99,36'), 'klaim_narasi')).toHaveLength(1);
	});
});

describe('target_beda', () => {
	it('flags a Renstra year target that differs from the PK and the measurement table', () => {
		const text = testText(12, {
			1: 'No.\tSasaran\tIndikator\tTarget Kinerja Pada Tahun ke-',
			2: '\t\t\t2022\t2023\t2024',
			3: '1\tKepuasan\tIndeks Kepuasan Masyarakat\t85\t85\t85',
			5: 'NO\tSASARAN\tINDIKATOR KINERJA\tTARGET TAHUN 2023',
			6: '2\tKepuasan\tIndeks Kepuasan Masyarakat\t90',
			8: 'NO.\tSASARAN\tINDIKATOR\tTARGET 2023\tREALISASI 2023\tCAPAIAN 2023',
			9: '2.\tKepuasan\tIndeks Kepuasan Masyarakat\t90\t81,9\t91%'
		});
		const t = temuan(testReport(), text, 'target_beda');
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 85, seharusnya: 90, lines: [3, 6, 9] });
	});

	it('uses the extractor IKM targets too and accepts equal targets', () => {
		const l = testReport({
			ikm: [ikm({ line: 1, bagian: 'pengukuran', target: 90, target_raw: '90' }), ikm({ line: 2, bagian: 'perjanjian_kinerja', target: 90, target_raw: '90' })]
		});
		expect(temuan(l, testText(3), 'target_beda')).toEqual([]);
	});
});

describe('di_luar_rentang', () => {
	it('flags IKM above 100, realisasi above pagu, negative amounts and shares above 100%', () => {
		const l = testReport({
			ikm: [ikm({ line: 1, bagian: 'pengukuran', realisasi: 100.5 }), ikm({ line: 2, bagian: 'ikhtisar', realisasi: 100 })],
			anggaran: [anggaranRecord('kegiatan', 3, 100, 101), anggaranRecord('kegiatan', 4, -5, 0), anggaranRecord('kegiatan', 5, 100, 100)],
			indikator: [
				indikatorRecord({ line: 6, indikator: 'Persentase desa mandiri', satuan: '%', realisasi: 105 }),
				indikatorRecord({ line: 7, indikator: 'Persentase peningkatan PBB', satuan: '%', realisasi: 120 })
			]
		});
		const t = temuan(l, testText(8), 'di_luar_rentang');
		expect(t.map((x) => x.lines[0])).toEqual([1, 3, 4, 6]);
	});
});

describe('angka_rusak', () => {
	it('flags malformed rupiah in text and grouped table cells, not ordinary decimals', () => {
		const text = testText(6, {
			1: 'sebesar Rp. 1.091.110.00,00 ( Satu milyar )',
			2: '\tKegiatan 3\t113.824.807\t87.988,409\t77,30%',
			3: '\tKegiatan 4\t180.480.000\t171.480.000\t95,01%',
			4: 'realisasi Rp 337.369.33,- atau 84 %',
			5: 'IKM\t85\t82,89\t97.5%\tRp 273.951.400.00'
		});
		const t = temuan(testReport({ peringatan: [{ line: 6, pesan: 'format angka "1.2.3" tidak dikenali' }] }), text, 'angka_rusak');
		expect(t.map((x) => x.lines[0])).toEqual([1, 2, 4, 6]);
	});
});

describe('pangsa_anggaran', () => {
	it('checks "Rp X ... sebesar P% dari keseluruhan belanja" against the total pagu', () => {
		const l = testReport({ anggaran: [anggaranRecord('total', 1, 400_000_000, 1)] });
		const ok = testText(3, {
			2: 'Keseluruhan anggaran Program sejumlah Rp. 51.645.000,- yang dialokasikan untuk sasaran I adalah sebesar 12,9% dari keseluruhan belanja langsung.'
		});
		expect(temuan(l, ok, 'pangsa_anggaran')).toEqual([]);
		const wrong = testText(3, {
			2: 'Keseluruhan anggaran Program sejumlah Rp 29.927.500,00 yang dialokasikan untuk sasaran II adalah sebesar 11,08 % dari keseluruhan belanja.'
		});
		expect(temuan(l, wrong, 'pangsa_anggaran')).toHaveLength(1);
	});
});

describe('antar_tahun', () => {
	it("compares a quoted previous-year total and IKM with that year's own report of the same kecamatan", () => {
		const lalu = testReport({
			file: 'uji-2022.txt',
			tahun: 2022,
			anggaran: [anggaranRecord('total', 50, 3_810_244_147, 3_709_209_303)],
			ikm: [ikm({ line: 40, tahun: 2022, bagian: 'pengukuran', realisasi: 82.5, realisasi_raw: '82,5' })]
		});
		const ini = testReport({
			anggaran_tahun_lain: [{ tahun: 2022, pagu: 3_810_244_147, realisasi: 3_709_209_000, persen: 97.35, bagian: 'anggaran', line: 7, raw: 'x' }],
			ikm: [ikm({ line: 8, tahun: 2022, bagian: 'narasi', realisasi: 85, realisasi_raw: '85' })]
		});
		const t = temuan(ini, testText(9), 'antar_tahun', [lalu]);
		expect(t.map((x) => [x.lines, x.nilai, x.seharusnya])).toEqual([
			[[7], 3_709_209_000, 3_709_209_303],
			[[8], 85, 82.5]
		]);
		const other = testReport({ ...lalu, kecamatan: 'Lain' });
		expect(temuan(ini, testText(9), 'antar_tahun', [other])).toEqual([]);
	});
});

describe('registry and score', () => {
	it('every rule has an id, an Indonesian title, a severity and a documented tolerance', () => {
		const ids = ATURAN.map((a) => a.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const a of ATURAN) {
			expect(['tinggi', 'sedang', 'rendah']).toContain(a.tingkat);
			expect(a.judul.length).toBeGreaterThan(5);
			expect(a.toleransi.length).toBeGreaterThan(40);
		}
	});

	it('weights failed checks by severity', () => {
		const clean = auditAll(testReport({ anggaran: [anggaranRecord('program', 1, 100, 50), anggaranRecord('kegiatan', 2, 100, 50)] }), testText(3)).skor;
		expect(clean.skor).toBe(100);
		const kotor = auditAll(testReport({ anggaran: [anggaranRecord('program', 1, 100, 50), anggaranRecord('kegiatan', 2, 90, 50)] }), testText(3)).skor;
		expect(kotor.gagal).toBe(1);
		expect(kotor.skor).toBeLessThan(100);
		expect(auditAll(testReport(), testText(1)).skor.skor).toBeNull();
	});
});
