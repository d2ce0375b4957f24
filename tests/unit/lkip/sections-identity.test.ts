import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readIdentity, matchKecamatan } from '../../../src/lib/lkip/identity';
import { indikatorKey, parseMasterData } from '../../../src/lib/lkip/master-data';
import { sectionPerLine } from '../../../src/lib/lkip/sections';
import { allLines } from '../../../src/lib/lkip/table';

const kecCsv = readFileSync('data/kecamatan.csv', 'utf8');
const indCsv = readFileSync('data/indikator.csv', 'utf8');
const ref = parseMasterData(kecCsv, indCsv);

describe('reference data', () => {
	it('reads all 31 kecamatan and the indicator rules, skipping comment lines', () => {
		expect(ref.kecamatan).toHaveLength(31);
		expect(ref.kecamatan.find((k) => k.nama === 'Sumberjambe')).toMatchObject({ kode: '35.09.31', desa: 9, kelurahan: 0, slug: 'sumberjambe' });
		const key = ref.indikator.map((a) => a.kunci);
		for (const k of [
			'ikm',
			'nilai_sakip',
			'dokumen_penataan_organisasi',
			'fasilitasi_kesejahteraan',
			'penyelesaian_trantibum',
			'indikator_program_tercapai',
			'rekomendasi_koordinasi',
			'dokumen_desa'
		])
			expect(key).toContain(k);
		expect(ref.indikator.find((a) => a.kunci === 'fasilitasi_kesejahteraan')?.pola).toEqual([['fasilitas'], ['kesejahteraan']]);
	});

	it('maps the wordings the reports use to one key', () => {
		const k = (s: string) => indikatorKey(s, ref);
		expect(k('Niai Survei kepuasan Masyarakat (SKM)')).toBe('ikm');
		expect(k('IKM')).toBe('ikm');
		expect(k('Indeks Kepuasan Masyarakat')).toBe('ikm');
		expect(k('Nilai SAKIP OPD')).toBe('nilai_sakip');
		expect(k('Persentase Fasilitasi Peningkatan Kesejahteraan Masyarakat')).toBe('fasilitasi_kesejahteraan');
		expect(k('Prosentase Rekomendasi hasil koordinasi di bidang Pemberdayaan Masyarakat dan kesejahteraan sosial')).toBe('rekomendasi_koordinasi');
		expect(k('Prosentase desa yang sudah menyusun dokumen perencanaan')).toBe('dokumen_desa');
		expect(k('Presentase Indikator Program yang Tercapai')).toBe('indikator_program_tercapai');
		expect(k('Indeks Ketahanan Pangan')).toBeNull();
	});

	it('a non-programmer can add a rule: a new CSV line is enough', () => {
		const lebih = parseMasterData(kecCsv, indCsv + 'ketahanan_pangan,Indeks Ketahanan Pangan,positif,ketahanan pangan\n');
		expect(indikatorKey('Indeks Ketahanan Pangan Desa', lebih)).toBe('ketahanan_pangan');
	});

	it('reports a broken rule file with its row', () => {
		expect(() => parseMasterData(kecCsv, 'kunci,label,polaritas,pola\nx,X,naik,abc\n')).toThrow(/baris data ke-1.*polaritas/);
		expect(() => parseMasterData(kecCsv, 'kunci,label,polaritas,pola\nx,X,positif,\n')).toThrow(/pola/);
	});
});

describe('identity', () => {
	it('matches kecamatan names tolerant of case, spacing and one typo', () => {
		expect(matchKecamatan('SUMBER JAMBE', ref.kecamatan)?.nama).toBe('Sumberjambe');
		expect(matchKecamatan('Pakusri', ref.kecamatan)?.nama).toBe('Pakusari');
		expect(matchKecamatan('kalisat', ref.kecamatan)?.nama).toBe('Kalisat');
		expect(matchKecamatan('Surabaya', ref.kecamatan)).toBeNull();
	});

	it('takes the earlier of two cover years and the phrases that name the reported year', () => {
		const text = [
			'LAPORAN KINERJA',
			'KECAMATAN SUKOWONO',
			'TAHUN 2019',
			'TAHUN 2020',
			'',
			'KATA PENGANTAR',
			'Sesuai Peraturan Nomor 8 Tahun 2006 tentang Laporan Kinerja.'
		].join('\n');
		const id = readIdentity(allLines(text), ref.kecamatan);
		expect(id.kecamatan?.nama).toBe('Sukowono');
		expect(id.tahun).toBe(2019);
	});
});

describe('sections', () => {
	it('assigns sections from headings and captions, not from positions', () => {
		const text = [
			'IKHTISAR EKSEKUTIF', // 1
			'Ringkas.', // 2
			'BAB II PERENCANAAN DAN PERJANJIAN KINERJA', // 3
			'C. PERJANJIAN KINERJA', // 4
			'NO\tINDIKATOR\tTARGET', // 5
			'BAB III AKUNTABILITAS KINERJA', // 6
			'Tabel 3.2', // 7
			'Perbandingan Realisasi Kinerja', // 8
			'NO\tINDIKATOR\tREALISASI 2022', // 9
			'1\tIKM\t80', // 10
			'Teks sesudah tabel.', // 11
			'C. REALISASI ANGGARAN', // 12
			'BAB IV PENUTUP' // 13
		].join('\n');
		expect(sectionPerLine(allLines(text))).toEqual([
			'ikhtisar',
			'ikhtisar',
			'narasi',
			'perjanjian_kinerja',
			'perjanjian_kinerja',
			'pengukuran',
			'perbandingan',
			'perbandingan',
			'perbandingan',
			'perbandingan',
			'pengukuran',
			'anggaran',
			'penutup'
		]);
	});
});

describe('what cannot be read is said, with its line', () => {
	it('a text that is not a LKIP gets warnings for kecamatan, year and measurement table', () => {
		const l = extractReport('Resep nasi goreng.\nBumbu secukupnya.', 'resep.txt', ref);
		expect(l).toMatchObject({ kecamatan: null, tahun: null, indikator: [], ikm: [] });
		const message = l.peringatan.map((p) => p.pesan).join('\n');
		expect(message).toMatch(/kecamatan tidak ditemukan/);
		expect(message).toMatch(/tahun laporan tidak ditemukan/);
		expect(message).toMatch(/tabel pengukuran kinerja .* tidak ditemukan/);
	});

	it('a measurement table whose rows have no indicator names is recognised but reported as unread', () => {
		const text = [
			'LAPORAN KINERJA KECAMATAN JELBUK TAHUN 2022',
			'Tabel 3.1',
			'Pengukuran Kinerja Tahun 2022',
			'NO\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN',
			'1\tMeningkatnya pelayanan\t\t90\t80\t88%'
		].join('\n');
		const l = extractReport(text, 'x.txt', ref);
		expect(l.kecamatan).toBe('Jelbuk');
		expect(l.indikator).toEqual([]);
		expect(l.peringatan.map((p) => [p.line, p.pesan])).toEqual(
			expect.arrayContaining([
				[5, 'baris tabel pengukuran berisi nilai tanpa nama indikator'],
				[4, 'tabel pengukuran kinerja dikenali tetapi tidak ada baris indikator yang terbaca']
			])
		);
	});

	it('a malformed realisasi keeps its raw text and gets a warning naming the line', () => {
		const text = [
			'LAPORAN KINERJA KECAMATAN MAYANG TAHUN 2022',
			'Tabel 3.1 Pengukuran Kinerja Tahun 2022',
			'NO\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN',
			'1\tPersentase desa mandiri\t50%\t337.369.33\t-'
		].join('\n');
		const l = extractReport(text, 'x.txt', ref);
		expect(l.indikator[0]).toMatchObject({ realisasi: null, realisasi_raw: '337.369.33', kunci: 'desa_mandiri', target: 50 });
		expect(l.peringatan.find((p) => p.line === 4)?.pesan).toMatch(/realisasi "337\.369\.33".*tidak dikenali/);
	});
});
