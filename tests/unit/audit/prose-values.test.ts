/**
 * Values quoted in the analysis against the measurement table, and averages of listed items.
 * Fixture written for these tests (tests/fixtures/audit/nilai-uraian.txt); figures worked by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indikatorRecord, testReport, temuan } from './helpers';

const TEKS = readFileSync('tests/fixtures/audit/nilai-uraian.txt', 'utf8');

const tabel = () =>
	testReport({
		tahun: 2024,
		indikator: [
			indikatorRecord({
				line: 30,
				tahun: 2024,
				sasaran: 'Terwujudnya tata kelola pemerintahan kecamatan yang akuntabel',
				indikator: 'Nilai Akuntabilitas Kinerja Kecamatan',
				target: 80,
				realisasi: 68,
				capaian: 85,
				target_raw: 'BB (80)',
				realisasi_raw: 'B (68)',
				capaian_raw: '85%'
			}),
			indikatorRecord({
				line: 31,
				tahun: 2024,
				no: 2,
				sasaran: 'Meningkatnya kualitas pelayanan administrasi terpadu kecamatan',
				indikator: 'Indeks Kepuasan Masyarakat',
				target: 88,
				realisasi: 84.4,
				capaian: 95.91,
				target_raw: '88',
				realisasi_raw: '84,4',
				capaian_raw: '95,91%'
			})
		]
	});

describe('nilai_uraian', () => {
	it('accepts a section that repeats its table row', () => {
		// line 3: BB, B (68), 85% = row 30; line 8: 88, 84,4, 95,9% = row 31 (95,91 at the coarser precision);
		// line 4 speaks of 2023, line 5 of an average
		expect(temuan(tabel(), TEKS, 'nilai_uraian')).toEqual([]);
	});

	it('flags a letter that differs (B vs BB) and a capaian off by one digit', () => {
		const l = tabel();
		l.indikator[0] = { ...l.indikator[0], target_raw: 'A (85)', target: 85 };
		l.indikator[1] = { ...l.indikator[1], capaian_raw: '96,91%', capaian: 96.91 };
		const t = temuan(l, TEKS, 'nilai_uraian');
		expect(t.map((x) => x.lines)).toEqual([
			[3, 30],
			[8, 31]
		]);
		expect(t[0].pesan).toContain('target "BB", padahal tabel pengukuran (baris 30) mencetak "A (85)"');
		expect(t[1]).toMatchObject({ nilai: 95.9, seharusnya: 96.91 });
	});

	it('reads nothing outside a section whose heading names an indicator of the table', () => {
		const l = tabel();
		l.indikator = l.indikator.map((r) => ({
			...r,
			sasaran: 'Sasaran lain sama sekali berbeda',
			indikator: 'Indikator berbeda lainnya',
			target_raw: '1',
			realisasi_raw: '1',
			capaian_raw: '1%'
		}));
		expect(temuan(l, TEKS, 'nilai_uraian')).toEqual([]);
	});
});

describe('rerata_daftar', () => {
	it('flags an average that is not the mean of the list above it, accepts one that is', () => {
		const t = temuan(tabel(), TEKS, 'rerata_daftar');
		// (90,5 + 97 + 80) / 3 = 89,17 vs 95% (line 15); (100 + 90) / 2 = 95 on line 19 is right
		expect(t).toHaveLength(1);
		expect(t[0]).toMatchObject({ nilai: 95, seharusnya: 89.17, lines: [11, 12, 13, 15] });
	});
});
