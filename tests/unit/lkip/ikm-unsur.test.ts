/**
 * The survey's score per unsur (lkip/ikm-unsur.ts), published as table ikm_unsur and read by
 * the audit's survey rules. Expected values are read off the texts by hand: the five
 * reports' .txt (1-based lines cited beside each), the pdftotext layout of the same
 * Pakusari report, and a fixture of our own in another wording and layout
 * (tests/fixtures/lkip/sumbersari-2024-unsur-pipa.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAll } from '../../../src/lib/audit/index';
import { extractReport } from '../../../src/lib/lkip/extract';
import { extractIkmUnsur } from '../../../src/lib/lkip/ikm-unsur';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';
import { reportRows } from '../../../src/lib/store/rows';
import { tabel } from '../../../src/lib/store/schema';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const baca = (f: string) => readFileSync(f, 'utf8');
const unsur = (text: string, format: 'id' | 'en' = 'id') => extractIkmUnsur(allLines(text), format);

// pakusari-2021.txt 413–427, as printed:
//   "NO	UNSUR	SKOR	PREDIKAT"
//   "1	Persyaratan	70	Baik" … "9	Penanganan pengaduan dan saran	47,5	baik" …
//   "12	Kenyamanan	52,5	Kurang Baik" … "14	Keamanan	92,5	Sangat Baik"
const PAKUSARI: [string, number, string][] = [
	['Persyaratan', 70, 'Baik'],
	['Kemudahan Prosedur', 70, 'baik'],
	['Kecepatan Pelayanan', 72.5, 'baik'],
	['Biaya lain (pungutan)', 80, 'baik'],
	['Kesesuaian antara hasil pelayanan dengan ketentuan yang ada', 65, 'baik'],
	['Kemampuan memberikan pelayanan', 67.5, 'baik'],
	['Kesopanan petugas', 72.5, 'baik'],
	['Kesesuaian pelaksanaan pelayanan dengan standart pelayanan', 75, 'baik'],
	['Penanganan pengaduan dan saran', 47.5, 'baik'],
	['Kejelasan alur pembagian petugas pelayanan', 72.5, 'baik'],
	['Waktu pelaksanaan pelayanan', 72.5, 'baik'],
	['Kenyamanan', 52.5, 'Kurang Baik'],
	['Kecepatan dan ketepatan waktu', 62.5, 'Baik'],
	['Keamanan', 92.5, 'Sangat Baik']
];

describe('nilai per unsur pada lima laporan', () => {
	it('Pakusari 2021 mencetak 14 unsur (baris 414–427), dengan skor dan predikat tercetak', () => {
		const u = unsur(baca('data/lkip/pakusari-2021.txt'));
		expect(u.map((r) => [r.unsur, r.nilai, r.predikat])).toEqual(PAKUSARI);
		expect(u.map((r) => r.line)).toEqual(Array.from({ length: 14 }, (_, i) => 414 + i));
		expect(u.every((r) => r.tabel_line === 413)).toBe(true);
		expect(u[2]).toMatchObject({ no: 3, nilai_raw: '72,5', raw: '3\tKecepatan Pelayanan\t72,5\tbaik' });
	});

	it('the distribution table above it (baris 397, "Tidak Baik … Total") is not a score table', () => {
		expect(unsur(baca('data/lkip/pakusari-2021.txt')).some((r) => r.line < 413)).toBe(false);
	});

	it('the other four reports print no unsur scores', () => {
		for (const f of ['arjasa-2023', 'balung-2020', 'patrang-2023', 'puger-2023']) expect(unsur(baca(`data/lkip/${f}.txt`)), f).toEqual([]);
	});

	it('the pdftotext layout of Pakusari (a blank line between rows, "NO UNSUR" in one column) gives the same 14', () => {
		const u = unsur(baca('tests/fixtures/lkip/pdftotext/pakusari-2021.txt'));
		expect(u.map((r) => [r.unsur, r.nilai, r.predikat])).toEqual(PAKUSARI);
	});

	it('every report is published as rows of ikm_unsur with its Kemendagri code, matching the schema', () => {
		const f = 'pakusari-2021.txt';
		const rows = reportRows(extractReport(baca(`data/lkip/${f}`), f, ref), ref).ikm_unsur;
		expect(rows).toHaveLength(14);
		expect(rows[11]).toMatchObject({ kode_kecamatan: '35.09.24', tahun_laporan: 2021, unsur: 'Kenyamanan', nilai: 52.5, nilai_raw: '52,5', line: 425 });
		const column = tabel('ikm_unsur').kolom.map((k) => k.nama);
		expect(Object.keys(rows[0]).sort()).toEqual([...column].sort());
	});
});

describe('nilai per unsur, tata letak dan kata lain', () => {
	const FIXTURE = baca('tests/fixtures/lkip/sumbersari-2024-unsur-pipa.txt');

	it('tabel pipa "Aspek yang Dinilai | Nilai Rata-rata (NRR) | Mutu Pelayanan", terputus satu baris kosong', () => {
		// lines 27–32: "| 1 | Persyaratan | 3,20 | B |" … "| 5 | Perilaku pelaksana | 3,10 | B |"; line 29 is blank;
		// line 33 "| | IKM (rata-rata NRR × 25) | 81,50 | B |" is the table's summary, not an unsur
		expect(unsur(FIXTURE).map((r) => [r.no, r.unsur, r.nilai, r.predikat, r.line, r.tabel_line])).toEqual([
			[1, 'Persyaratan', 3.2, 'B', 27, 25],
			[2, 'Prosedur', 3.05, 'C', 28, 25],
			[3, 'Waktu pelayanan', 3.35, 'B', 30, 25],
			[4, 'Biaya/tarif', 3.6, 'A', 31, 25],
			[5, 'Perilaku pelaksana', 3.1, 'B', 32, 25]
		]);
	});

	it('extractLaporan carries them, so the audit checks the values the dataset publishes', () => {
		const l = extractReport(FIXTURE, 'sumbersari-2024-unsur-pipa.txt', ref);
		expect(l.kecamatan).toBe('Sumbersari');
		expect(l.ikm_unsur).toHaveLength(5);
		const t = auditAll(l, FIXTURE).temuan;
		// "Perilaku pelaksana" 0/10/50/40 % (line 21) gives (1·0 + 2·10 + 3·50 + 4·40) / 100 = 3,30; printed 3,10 (line 32)
		expect(t.filter((x) => x.aturan === 'survei_skor_unsur').map((x) => [x.nilai, x.seharusnya, x.lines])).toEqual([[3.1, 3.3, [21, 32]]]);
		// (3,20 + 3,05 + 3,35 + 3,60 + 3,10) / 5 × 25 = 81,50, as line 33 prints it
		expect(t.filter((x) => x.aturan === 'survei_rerata')).toEqual([]);
		// a published value changed is what the audit then sees
		const ubah = { ...l, ikm_unsur: l.ikm_unsur!.map((r) => (r.unsur === 'Perilaku pelaksana' ? { ...r, nilai: 3.3, nilai_raw: '3,30' } : r)) };
		expect(auditAll(ubah, FIXTURE).temuan.filter((x) => x.aturan === 'survei_skor_unsur')).toEqual([]);
	});

	it('angka gaya Inggris dan tabel tab berkepala "Pertanyaan | Skor"', () => {
		const text = ['Pertanyaan\tSkor', 'Kejelasan informasi\t3.12', 'Keramahan petugas\t3.48', 'Kebersihan ruang tunggu\t2.95', 'Rata-rata\t3.18'].join('\n');
		expect(unsur(text, 'en').map((r) => [r.unsur, r.nilai, r.predikat])).toEqual([
			['Kejelasan informasi', 3.12, null],
			['Keramahan petugas', 3.48, null],
			['Kebersihan ruang tunggu', 2.95, null]
		]);
	});

	it('a yearly IKM table, fewer than three unsur, or prose in between is no unsur table', () => {
		// kencong-2022-pipa.txt "| Tahun | Nilai IKM | Mutu Pelayanan |": no unsur column
		expect(unsur(baca('tests/fixtures/lkip/kencong-2022-pipa.txt'))).toEqual([]);
		expect(unsur(['Unsur\tNilai', 'Persyaratan\t80', 'Prosedur\t75'].join('\n'))).toEqual([]);
		const terputus = ['Unsur\tNilai', 'Persyaratan\t80', 'Prosedur\t75', 'Catatan: dua unsur di atas.', 'Waktu\t70', 'Biaya\t90'].join('\n');
		expect(unsur(terputus)).toEqual([]);
	});
});
