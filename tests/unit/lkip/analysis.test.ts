/**
 * Issue 12's extraction: the efficiency table (sasaran against budget), how the IKM was
 * measured, and the year and source printed with the profile. Fixtures of our own in
 * other layouts and wordings first; then the five reports, expected values read off
 * the .txt files by hand (1-based line numbers of those files, cited beside each).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableBlocks } from '../../../src/lib/lkip/table-blocks';
import { extractEfficiency } from '../../../src/lib/lkip/efficiency';
import { extractReport } from '../../../src/lib/lkip/extract';
import { extractIkmMethod, methodIn, methodFor } from '../../../src/lib/lkip/ikm-method';
import { extractProfil } from '../../../src/lib/lkip/profile';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { allLines } from '../../../src/lib/lkip/table';
import type { IkmRecord, Report } from '../../../src/lib/lkip/types';
import { reportRows } from '../../../src/lib/store/rows';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const cache = new Map<string, Report>();
function laporan(f: string): Report {
	if (!cache.has(f)) cache.set(f, extractReport(readFileSync(`data/lkip/${f}`, 'utf8'), f, ref));
	return cache.get(f)!;
}

function efisiensi(text: string, format: 'id' | 'en' = 'id') {
	const rows = allLines(text);
	return extractEfficiency(tableBlocks(rows), rows, format);
}

describe('tabel efisiensi, tata letak sendiri', () => {
	it('tabel pipa dengan kolom "Program" dan "Realisasi Anggaran", tanpa kolom tingkat', () => {
		const h = efisiensi(
			[
				'Tabel 4.2 Perbandingan Capaian dan Penyerapan',
				'',
				'| Program | Capaian Kinerja (%) | Realisasi Anggaran (%) |',
				'|---|---|---|',
				'| 1. Penyelenggaraan pemerintahan | 95,5 | 88,25 |',
				'| 2. Pemberdayaan masyarakat | 102 | 71 |',
				'| Jumlah | 98,75 | 80,1 |'
			].join('\n')
		);
		expect(h.efisiensi.map((e) => [e.no, e.sasaran, e.capaian, e.serapan, e.tingkat, e.line])).toEqual([
			[1, 'Penyelenggaraan pemerintahan', 95.5, 88.25, null, 5],
			[2, 'Pemberdayaan masyarakat', 102, 71, null, 6]
		]);
		expect(h.peringatan).toEqual([]);
	});

	it('angka gaya Inggris, nama sasaran terbungkus ke baris sendiri, dan sel rusak diberi peringatan', () => {
		const h = efisiensi(
			[
				'Efisiensi Sumber Daya',
				'Sasaran\tCapaian\tPenyerapan Anggaran\tKategori',
				'Meningkatnya kualitas layanan administrasi\t98.5%\t91.25%\tEfisien',
				'kependudukan\t\t\t',
				'Terwujudnya ketertiban\tx9\t77.10%\tTidak efisien'
			].join('\n'),
			'en'
		);
		expect(h.efisiensi.map((e) => [e.sasaran, e.capaian, e.serapan, e.capaian_raw, e.tingkat])).toEqual([
			['Meningkatnya kualitas layanan administrasi kependudukan', 98.5, 91.25, '98.5%', 'Efisien'],
			['Terwujudnya ketertiban', null, 77.1, 'x9', 'Tidak efisien']
		]);
		expect(h.peringatan.map((p) => p.line)).toEqual([5]);
	});

	it('tabel capaian yang kebetulan punya kolom anggaran, tanpa kata efisiensi atau serapan, bukan tabel efisiensi', () => {
		const h = efisiensi(['Tabel 3.1', 'Sasaran\tCapaian\tAnggaran', 'Sasaran satu\t100\t250.000.000'].join('\n'));
		expect(h.efisiensi).toEqual([]);
	});
});

describe('cara IKM diukur, tata letak sendiri', () => {
	it('metode, lembaga, responden dan periode dalam kalimat lain', () => {
		const rows = allLines(
			[
				'Survei Kepuasan Masyarakat tahun ini dilaksanakan oleh Politeknik Negeri Jember atas permintaan Bappeda Kabupaten Jember.',
				'Jumlah responden sebanyak 1.250 orang, dengan periode survei Januari s.d. Desember 2024.',
				'',
				'Kecamatan juga menyediakan buku kepuasan di loket; sebanyak 312 responden mengisinya selama Triwulan III 2024.',
				'',
				'Rapat koordinasi dilaksanakan Januari sampai Maret 2024.'
			].join('\n')
		);
		const m = extractIkmMethod(rows, 'id');
		expect(m.map((x) => [x.line, x.metode, x.lembaga, x.jumlah_responden, x.periode])).toEqual([
			[1, 'universitas', 'Politeknik Negeri Jember', null, null],
			[2, null, null, 1250, 'Januari s.d. Desember 2024'],
			[4, 'manual', 'buku kepuasan', 312, 'Triwulan III 2024']
		]);
	});

	it('yang disebut pertama dipakai; Bappeda bersama universitas adalah survei universitas', () => {
		expect(methodIn('diisi melalui aplikasi E-SUKMA, selain buku tamu manual')?.metode).toBe('sukma_e');
		expect(methodIn('secara manual, sedangkan aplikasi SUKMA-e jarang dipakai')?.metode).toBe('manual');
		expect(methodIn('hasil kajian BAPPEDA dengan Universitas Jember')).toEqual({ metode: 'universitas', lembaga: 'Universitas Jember' });
		expect(methodIn('Laporan SKM Bappeda')?.metode).toBe('bappeda');
		expect(methodIn('pengisian kuesioner oleh pengunjung')).toBeNull();
	});

	it('setiap nilai IKM mendapat pernyataan metode yang terdekat; tanpa pernyataan, kosong', () => {
		const ikm = [{ line: 10 }, { line: 95 }] as IkmRecord[];
		const metode = [
			{ metode: 'universitas' as const, lembaga: 'LPPM', jumlah_responden: null, periode: null, line: 12, raw: '' },
			{ metode: null, lembaga: null, jumlah_responden: 40, periode: null, line: 90, raw: '' },
			{ metode: 'manual' as const, lembaga: 'manual', jumlah_responden: null, periode: null, line: 100, raw: '' }
		];
		expect(methodFor(ikm, metode).map((m) => m?.metode)).toEqual(['universitas', 'manual']);
		expect(methodFor(ikm, [])).toEqual([null, null]);
	});
});

describe('tahun dan sumber data profil', () => {
	it('tahun dalam kalimat dan sumber pada baris berikutnya', () => {
		const h = extractProfil(
			allLines(
				[
					'Jumlah penduduk Kecamatan Contoh pada akhir tahun 2022 sebanyak 61.204 jiwa.',
					'Sumber: BPS, Kecamatan Contoh Dalam Angka 2023',
					'',
					'Luas wilayah Kecamatan Contoh 52,4 km2.'
				].join('\n')
			)
		);
		expect(h.profil.map((p) => [p.atribut, p.nilai, p.tahun_data, p.sumber_data, p.line])).toEqual([
			['penduduk', 61204, 2022, 'BPS, Kecamatan Contoh Dalam Angka 2023', 1],
			['luas_km2', 52.4, null, null, 4]
		]);
	});

	it('tabel penduduk: tahun dari judulnya, sumber dari baris di bawahnya', () => {
		const h = extractProfil(
			allLines(
				[
					'Tabel 2.1 Penduduk menurut jenis kelamin keadaan Desember 2023',
					'Desa\tLaki-laki\tPerempuan\tJumlah',
					'Desa A\t1.000\t1.100\t2.100',
					'Jumlah\t1.000\t1.100\t2.100',
					'Sumber: Dispendukcapil Kabupaten Contoh'
				].join('\n')
			)
		);
		expect(h.profil.map((p) => [p.atribut, p.nilai, p.tahun_data, p.sumber_data])).toEqual([
			['penduduk', 2100, 2023, 'Dispendukcapil Kabupaten Contoh'],
			['penduduk_l', 1000, 2023, 'Dispendukcapil Kabupaten Contoh'],
			['penduduk_p', 1100, 2023, 'Dispendukcapil Kabupaten Contoh']
		]);
	});
});

describe('lima laporan', () => {
	it('Arjasa 2023: Tabel 3.7 baris 651–654', () => {
		// arjasa-2023.txt 651: "Terjaganya ketertiban umum ...\t100%\t99,51\tEfisien"; 652: "...\t82,89\t99,79\tEfisien";
		// 653: "...\t100%\t93,93\tEfisien"; 654: "...\t100%\t82,33\tEfisien"
		expect(laporan('arjasa-2023.txt').efisiensi!.map((e) => [e.line, e.capaian, e.serapan, e.tingkat])).toEqual([
			[651, 100, 99.51, 'Efisien'],
			[652, 82.89, 99.79, 'Efisien'],
			[653, 100, 93.93, 'Efisien'],
			[654, 100, 82.33, 'Efisien']
		]);
	});

	it('Patrang 2023: Tabel 3.7 baris 777–784, "publik" di baris 779 milik sasaran pertama, capaian "-" kosong', () => {
		const e = laporan('patrang-2023.txt').efisiensi!;
		// patrang-2023.txt 777 "...dan pelayanan\t100%\t98.85%\tEfisien", 779 "publik", 780–784; 783 capaian "-"
		expect(e.map((x) => [x.line, x.capaian, x.serapan])).toEqual([
			[777, 100, 98.85],
			[780, 100, 87.58],
			[781, 100, 99.48],
			[782, 100, 77.97],
			[783, null, 98.95],
			[784, 100, 95.97]
		]);
		expect(e[0].sasaran).toBe('Meningkatnya penataan organisasi pemerintah daerah dan tata laksana penyelenggaraan pemerintahan dan pelayanan publik');
	});

	it('Puger 2023: Tabel 3.7 baris 719–722', () => {
		// puger-2023.txt 719 "…\t100%\t84,61%\tEfisien" … 722 "…\t100%\t97,51%\tEfisien"
		expect(laporan('puger-2023.txt').efisiensi!.map((e) => [e.line, e.capaian, e.serapan])).toEqual([
			[719, 100, 84.61],
			[720, 91, 99.83],
			[721, 100, 78.22],
			[722, 100, 97.51]
		]);
	});

	it('Balung 2020 dan Pakusari 2021 tidak mencetak tabel efisiensi', () => {
		expect(laporan('balung-2020.txt').efisiensi).toEqual([]);
		expect(laporan('pakusari-2021.txt').efisiensi).toEqual([]);
	});

	it('cara IKM diukur, dan IKM yang dipakai mendapat metode pernyataan terdekat', () => {
		const metodeDipakai = (f: string) => {
			const rows = reportRows(laporan(f), ref).ikm.filter((r) => r.dipilih && r.tahun === laporan(f).tahun);
			return rows.map((r) => [r.metode, r.mutu_permenpan]);
		};
		// arjasa-2023.txt 470: "... dilakukan dengan memanfaatkan aplikasi SUKMA-e"; IKM 82,89 (baris 396) is B (76,61–88,30)
		expect(laporan('arjasa-2023.txt').ikm_metode!.find((m) => m.line === 470)?.metode).toBe('sukma_e');
		expect(metodeDipakai('arjasa-2023.txt')).toEqual([['sukma_e', 'B']]);
		// patrang-2023.txt 514: "... memanfaatkan aplikasi SUKMA-e"; IKM 80 is B
		expect(metodeDipakai('patrang-2023.txt')).toEqual([['sukma_e', 'B']]);
		// puger-2023.txt 486: "... dilakukan dengan secara manual yaitu Responden/ Masyarakat mengisi buku ...";
		// 72: "predikat Nilai B (63) berdasarkan Kajian ... (BAPPEDA) ... dengan ... (LPPM) Universitas Jember"
		const puger = laporan('puger-2023.txt').ikm_metode!;
		expect(puger.find((m) => m.line === 486)?.metode).toBe('manual');
		expect(puger.find((m) => m.line === 72)?.metode).toBe('universitas');
		// the IKM used is 81,9 (printed at 429 and later), measured by the manual survey; 81,9 is B
		expect(metodeDipakai('puger-2023.txt')).toEqual([['manual', 'B']]);
		// the 63 of line 72 keeps the university's survey beside it
		expect(reportRows(laporan('puger-2023.txt'), ref).ikm.find((r) => r.line === 72)?.metode).toBe('universitas');
		// pakusari-2021.txt 371: "Sumber Data: Laporan SKM Bappeda tahun"; balung-2020.txt 271: "... Dokumen SKM Bappeda"
		expect(metodeDipakai('pakusari-2021.txt')).toEqual([['bappeda', 'B']]);
		expect(metodeDipakai('balung-2020.txt')).toEqual([['bappeda', 'C']]);
		// none of the five prints a respondent count
		for (const f of ['arjasa-2023.txt', 'patrang-2023.txt', 'puger-2023.txt', 'balung-2020.txt', 'pakusari-2021.txt'])
			expect(laporan(f).ikm_metode!.every((m) => m.jumlah_responden === null)).toBe(true);
	});

	it('profil lima laporan tidak mencetak tahun atau sumber data', () => {
		// arjasa-2023.txt 240, patrang-2023.txt 253, puger-2023.txt 248: population sentences without a year or source
		for (const f of ['arjasa-2023.txt', 'patrang-2023.txt', 'puger-2023.txt']) {
			const p = laporan(f).profil.find((x) => x.atribut === 'penduduk')!;
			expect([p.tahun_data, p.sumber_data]).toEqual([null, null]);
		}
	});
});
