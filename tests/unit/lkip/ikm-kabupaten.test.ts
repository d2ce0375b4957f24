/**
 * The kabupaten IKM a report prints, read from sentences: the five reports and a
 * fixture in other wordings (tests/fixtures/lkip/ikm-kabupaten-kalimat.txt).
 * Expected values are read off the texts (file and line in the comments).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { extractKabupatenIkm } from '../../../src/lib/lkip/ikm-kabupaten';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { sectionPerLine } from '../../../src/lib/lkip/sections';
import { allLines } from '../../../src/lib/lkip/table';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'), readFileSync('data/program.csv', 'utf8'));
const dari = (text: string, year: number | null = 2024, kabupaten: string | null = 'Jember') => {
	const rows = allLines(text);
	return extractKabupatenIkm(rows, sectionPerLine(rows), year, kabupaten).map((r) => [r.tahun, r.kabupaten, r.realisasi, r.realisasi_raw, r.line]);
};

describe('IKM kabupaten in the five reports', () => {
	const read = (f: string) => extractReport(readFileSync(`data/lkip/${f}.txt`, 'utf8'), `${f}.txt`, ref).ikm_kabupaten;
	it('Arjasa and Patrang print 86,34 for 2023; the kecamatan figure in the same sentence is not taken', () => {
		// arjasa-2023.txt line 476: "Namun IKM Kabupaten Jember tahun 2023 menunjukkan hasil sebesar 86,34 dan realisasi IKM Kecamatan Arjasa sebesar 82,89"
		expect(read('arjasa-2023')).toEqual([expect.objectContaining({ tahun: 2023, kabupaten: 'Jember', realisasi: 86.34, realisasi_raw: '86,34', line: 476 })]);
		// patrang-2023.txt line 518: "Namun IKM kabupaten Jember tahun 2023 menunjukkan hasil sebesar 86,34 dan realisasi IKM Kecamatan Patrang sebesar"
		expect(read('patrang-2023')).toEqual([expect.objectContaining({ tahun: 2023, kabupaten: 'Jember', realisasi: 86.34, line: 518 })]);
		expect(read('arjasa-2023')?.[0].raw).toContain('IKM Kabupaten Jember tahun 2023');
	});
	it('Balung, Pakusari and Puger print none (Puger line 72 names BAPPEDA Kabupaten Jember, not its IKM)', () => {
		for (const f of ['balung-2020', 'pakusari-2021', 'puger-2023']) expect(read(f)).toEqual([]);
	});
});

describe('IKM kabupaten in other wordings', () => {
	it('reads the fixture: the name in brackets, a figure on the next line, years before or after', () => {
		const text = readFileSync('tests/fixtures/lkip/ikm-kabupaten-kalimat.txt', 'utf8');
		expect(dari(text)).toEqual([
			// line 8: "Indeks Kepuasan Masyarakat (IKM) Kabupaten Jember pada tahun 2024 tercatat 87,10, sedangkan IKM Kecamatan Kalisat mencapai 84,20."
			[2024, 'Jember', 87.1, '87,10', 8],
			// lines 11-12: "... di bawah rata-rata IKM Kabupaten Jember / yang pada tahun 2023 mencapai 86,34."
			[2023, 'Jember', 86.34, '86,34', 12]
		]);
	});
	it('skips another kabupaten, a target, the mean of kecamatan, a kecamatan figure and SAKIP', () => {
		expect(dari('Nilai SKM tingkat Kabupaten Bondowoso tahun 2023 adalah 79,5 %.')).toEqual([]);
		expect(dari('Target IKM Kabupaten Jember tahun 2025 sebesar 88.')).toEqual([]);
		expect(dari('IKM Kabupaten Jember tahun 2024 dengan target 85 terealisasi 86,10.')).toEqual([[2024, 'Jember', 86.1, '86,10', 1]]);
		expect(dari('Rata-rata kepuasan masyarakat seluruh kecamatan di Kabupaten Jember sebesar 83,00.')).toEqual([]);
		expect(dari('IKM Kecamatan Kalisat sebesar 84,20 berada di bawah IKM Kabupaten Jember.')).toEqual([]);
		expect(dari('IKM Kabupaten Jember belum diumumkan, sedangkan IKM Kecamatan Kalisat 84,20.')).toEqual([]);
		expect(dari('Nilai SAKIP Kabupaten Jember tahun 2024 adalah 70,15.')).toEqual([]);
	});
	it('takes the report year when the sentence names none, and the name may be left out', () => {
		expect(dari('Sementara itu SKM kabupaten sebesar 85,5 dengan mutu B.', 2022)).toEqual([[2022, null, 85.5, '85,5', 1]]);
		expect(dari('Sementara itu SKM kabupaten sebesar 85,5.', null)).toEqual([]);
		// a figure above the IKM scale is no IKM
		expect(dari('IKM Kabupaten Jember tahun 2024 sebanyak 120 responden.')).toEqual([]);
	});
});
