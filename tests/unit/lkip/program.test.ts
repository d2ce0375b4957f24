/**
 * Program names → Permendagri 90/2019 program codes (data/program.csv), and a
 * budget table whose belanja modal block restarts the program numbering with
 * kegiatan (tests/fixtures/lkip/silo-2024-modal.txt, a pipe table with letter
 * numbering and program names in other wordings than the five reports).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnggaran } from '../../../src/lib/lkip/anggaran';
import { parseProgram, parseMasterData, standardProgram } from '../../../src/lib/lkip/master-data';
import { extractReport } from '../../../src/lib/lkip/extract';
import { sectionPerLine } from '../../../src/lib/lkip/sections';
import { allLines } from '../../../src/lib/lkip/table';
import { testReport, temuan } from '../audit/helpers';

const ATURAN = parseProgram(readFileSync('data/program.csv', 'utf8'));
const kode = (name: string) => standardProgram(name, ATURAN)?.kode ?? null;

describe('programBaku: printed names to the standard code', () => {
	it('maps the two printed wordings of the Penunjang program to one code', () => {
		// arjasa-2023.txt line 681 and puger-2023.txt line 760 print these two names
		expect(kode('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota')).toBe('7.01.01');
		expect(kode('Penunjang Urusan pemerintahan Kabupaten/Kota Daerah')).toBe('7.01.01');
		expect(kode('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA')).toBe('7.01.01');
		expect(standardProgram('penunjang urusan pemerintahan daerah kab/kota', ATURAN)?.nama).toBe('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota');
	});
	it('maps word order, case and the missing word "Program" of the other kecamatan programs', () => {
		expect(kode('Pelayanan Publik dan Penyelenggaraan Pemerintahan')).toBe('7.01.02');
		expect(kode('PROGRAM PEMBERDAYAAN MASYARAKAT KELURAHAN DAN DESA')).toBe('7.01.03');
		expect(kode('Koordinasi Ketenteraman dan Ketertiban Umum')).toBe('7.01.04');
		expect(kode('program koordinasi ketentraman & ketertiban umum')).toBe('7.01.04');
		expect(kode('Program Penyelenggaraan Urusan Pemerintahan Umum')).toBe('7.01.05');
		expect(kode('Program Pembinaan dan Pengawasan Pemerintahan Desa')).toBe('7.01.06');
	});
	it('keeps a kegiatan name and the old (Permendagri 13/2006) programs unmapped', () => {
		expect(kode('Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah')).toBeNull();
		expect(kode('Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah')).toBeNull();
		expect(kode('Program Pelayanan Administrasi Perkantoran')).toBeNull();
		expect(kode('Program Penyelenggaraan Pelayanan Umum Kecamatan')).toBeNull();
		expect(kode('')).toBeNull();
		expect(standardProgram('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', undefined)).toBeNull();
	});
	it('refuses a malformed mapping file, naming the row', () => {
		expect(() => parseProgram('kode,nama,pola\n7.1,Program X,x\n')).toThrow(/program\.csv: baris data ke-1: kode "7\.1"/);
		expect(() => parseProgram('kode,nama,pola\n7.01.09,Program X,+|\n')).toThrow(/program\.csv: baris data ke-1: pola kosong/);
		expect(() => parseProgram('kode,nama,pola\n7.01.09,,x\n')).toThrow(/kolom "nama" kosong/);
		expect(parseMasterData('kode,nama,desa,kelurahan\n', 'kunci,label,polaritas,pola\n').program).toEqual([]);
	});
});

describe('belanja modal block restarting the numbering (silo-2024-modal.txt)', () => {
	const text = readFileSync('tests/fixtures/lkip/silo-2024-modal.txt', 'utf8');
	const rows = allLines(text);
	const h = extractAnggaran(rows, { tahun: 2024, bagian: sectionPerLine(rows) }, ATURAN);
	const summary = h.anggaran.map((a) => [a.line, a.level, a.kode_program]);

	it('reads the three programs, as the text says ("3 (tiga) program", line 11), with their codes', () => {
		expect(h.anggaran.filter((a) => a.level === 'program').map((a) => [a.line, a.kode_program])).toEqual([
			[15, '7.01.01'],
			[20, '7.01.02'],
			[23, '7.01.04']
		]);
		expect(h.program_tak_dikenal).toEqual([]);
	});
	it('reads the rows under BELANJA MODAL (line 26) one level down: kegiatan, sub kegiatan, account', () => {
		expect(summary.filter(([line, level]) => (line as number) >= 27 && level !== 'total')).toEqual([
			[27, 'kegiatan', '7.01.01'],
			[28, 'subkegiatan', '7.01.01'],
			[29, 'rincian', '7.01.01'],
			[30, 'kegiatan', null],
			[31, 'subkegiatan', null],
			[32, 'rincian', null]
		]);
		// line 27 repeats the kegiatan of line 18, printed under program A (line 15)
		expect(h.anggaran.find((a) => a.line === 27)).toMatchObject({ program: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN KABUPATEN/KOTA DAERAH', pagu: 100_000_000 });
		// line 30 is listed under no program: its program stays unknown, it is not a program either
		expect(h.anggaran.find((a) => a.line === 30)).toMatchObject({ program: null, kode_program: null, pagu: 40_000_000 });
	});
	it('adds up: the audit finds nothing in a table whose figures agree', () => {
		// JUMLAH line 33: 1.140.000.000 = 800 + 150 + 50 (programs) + 100 + 40 (belanja modal kegiatan) million
		expect(h.anggaran[0]).toMatchObject({ level: 'total', pagu: 1_140_000_000 });
		expect(temuan(testReport({ tahun: 2024, anggaran: h.anggaran }), text, 'jumlah_anggaran')).toEqual([]);
		expect(temuan(testReport({ tahun: 2024, anggaran: h.anggaran }), text, 'hitungan_program')).toEqual([]);
	});
	it('without the mapping file: line 20 (no "Program") stays a program beside lines 15 and 23, the belanja modal rows do not', () => {
		const tanpa = extractAnggaran(rows, { tahun: 2024, bagian: sectionPerLine(rows) });
		expect(tanpa.anggaran.filter((a) => a.level === 'program').map((a) => [a.line, a.kode_program])).toEqual([
			[15, null],
			[20, null],
			[23, null]
		]);
		expect(tanpa.program_tak_dikenal).toHaveLength(3);
	});
});

describe('the five reports', () => {
	const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'), readFileSync('data/program.csv', 'utf8'));
	const read = (f: string) => extractReport(readFileSync(`data/lkip/${f}.txt`, 'utf8'), `${f}.txt`, ref);
	it('lines the Penunjang program of Arjasa and of Puger up under 7.01.01', () => {
		const a = read('arjasa-2023').anggaran.find((x) => x.line === 681);
		const p = read('puger-2023').anggaran.find((x) => x.line === 760);
		expect([a?.level, a?.kode_program, p?.level, p?.kode_program]).toEqual(['program', '7.01.01', 'program', '7.01.01']);
	});
	it('lists the old-nomenclature programs of Balung 2020 as unmapped, keeping them with a null code', () => {
		const l = read('balung-2020');
		// balung-2020.txt lines 442, 445, 448, 452
		expect(l.program_tak_dikenal).toEqual([
			'Program Pelayanan Administrasi Perkantoran',
			'Program Peningkatan Sarana dan Prasarana Aparatur',
			'Program Koordinasi Pemerintahan , pembangunan, dan penyelenggaraan pemerintahan wilayah',
			'Program Penyelenggaraan Pelayanan Umum Kecamatan'
		]);
		expect(l.anggaran.filter((a) => a.level === 'program').every((a) => a.kode_program === null)).toBe(true);
	});
});
