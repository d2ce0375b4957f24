/**
 * The map's bands, rows and option (lib/map.ts), the kecamatan lookup and the figure
 * summary of "Kecamatan saya" (lib/my-kecamatan.ts), and the area data checks of the
 * data build (scripts/regions.ts), on invented rows and files.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureRows, mapOption, mapLevel, MEASURES, NO_REPORT, NO_FIGURE, NO_REPORT_HATCH, NO_REPORT_COLOR } from '../../src/lib/map';
import { findKecamatanRow, summariseFigure, directionText, comparisonText } from '../../src/lib/my-kecamatan';
import { readMap, desaCountDifference, countDesa } from '../../scripts/regions';
import type { KecamatanRef } from '../../src/lib/lkip/types';
import type { ViewRow } from '../../src/lib/table-view';

describe('tingkat warna peta', () => {
	test('IKM memakai batas mutu PermenPAN-RB 14/2017 setelah dibulatkan dua desimal', () => {
		const u = MEASURES.ikm;
		expect(mapLevel(u, 88.31)?.label).toMatch(/^A Sangat Baik/);
		expect(mapLevel(u, 88.305)?.label).toMatch(/^A /); // prints as 88,31
		expect(mapLevel(u, 88.3)?.label).toMatch(/^B Baik/);
		expect(mapLevel(u, 76.61)?.label).toMatch(/^B /);
		expect(mapLevel(u, 76.6)?.label).toMatch(/^C Kurang Baik/);
		expect(mapLevel(u, 65)?.label).toMatch(/^C /);
		expect(mapLevel(u, 64.99)?.label).toMatch(/^D Tidak Baik/);
		expect(mapLevel(u, null)).toBeNull();
	});
	test('capaian dan serapan berbelah di 100%', () => {
		expect(mapLevel(MEASURES.capaian, 99.99)?.label).toBe('90% – di bawah 100%');
		expect(mapLevel(MEASURES.capaian, 100)?.label).toBe('100% – di bawah 120% (tercapai)');
		expect(mapLevel(MEASURES.serapan, 100)?.label).toBe('100% – di bawah 120% (terserap penuh)');
		expect(mapLevel(MEASURES.serapan, 74.9)?.label).toBe('di bawah 75%');
	});
});

const baris = (other: Record<string, unknown>) => ({
	kode: '99.01.01',
	kecamatan: 'Sukamaju',
	slug: 'sukamaju',
	ada_laporan_tahun: true,
	ikm: null,
	capaian_rata: null,
	serapan: null,
	...other
});

describe('baris peta', () => {
	test('angka dengan sumbernya, tautan ke halaman kecamatan', () => {
		const r = measureRows(
			baris({ ikm: 90.1, ikm_file: 'lkip-sukamaju.txt', ikm_line: 12, ikm_raw: 'IKM 90,10', ikm_letak: 'baris 12' }) as never,
			MEASURES.ikm,
			2024
		);
		expect(r).toMatchObject({ kode: '99.01.01', nilai: 90.1, tautan: '/kecamatan/sukamaju', file: 'lkip-sukamaju.txt', line: 12, warna: '#2166ac' });
		expect(r.keterangan).toMatch(/^A /);
	});
	test('tanpa laporan tahun itu, dan laporan tanpa angka itu, dibedakan', () => {
		const belum = measureRows(baris({ ada_laporan_tahun: false }) as never, MEASURES.serapan, 2024);
		expect(belum).toMatchObject({ nilai: null, keterangan: `${NO_REPORT} tahun 2024` });
		expect(belum.file).toBeUndefined();
		const tanpa = measureRows(baris({}) as never, MEASURES.serapan, 2024);
		expect(tanpa.keterangan).toBe(NO_FIGURE);
		const found = measureRows(baris({ serapan: 92.5 }) as never, MEASURES.serapan, 2024);
		const o = mapOption([belum, tanpa, found], MEASURES.serapan, 2024) as {
			series: { data: { value: number; itemStyle?: { decal?: unknown } }[] }[];
			visualMap: { pieces: { label: string }[] };
		};
		expect(o.series[0].data.map((d) => d.value)).toEqual([-1, -2, 92.5]);
		// not by colour alone: only the kecamatan without a report is hatched
		expect(o.series[0].data.map((d) => d.itemStyle?.decal ?? null)).toEqual([NO_REPORT_HATCH, null, null]);
		expect(NO_REPORT_HATCH.color).not.toBe(NO_REPORT_COLOR);
		expect(o.visualMap.pieces.map((p) => p.label)).toContain('belum ada laporan (abu-abu berarsir)');
		expect(o.visualMap.pieces.map((p) => p.label)).toContain(NO_FIGURE);
	});
	test('an uploaded figure says so in its tooltip, in the words of every other view', () => {
		const unggah = measureRows(baris({ serapan: 92.5, serapan_unggahan: true, serapan_file: 'anggaran-silo.csv' }) as never, MEASURES.serapan, 2024);
		const terbit = measureRows(baris({ serapan: 92.5 }) as never, MEASURES.serapan, 2024);
		const o = mapOption([unggah, terbit], MEASURES.serapan, 2024) as { tooltip: { formatter: (p: unknown) => string } };
		const tooltip = (r: ViewRow) => o.tooltip.formatter({ data: { baris: r } });
		expect(tooltip(unggah)).toContain('Asal data');
		expect(tooltip(unggah)).toContain('data unggahan');
		expect(tooltip(terbit)).not.toContain('Asal data');
	});
});

describe('Kecamatan saya', () => {
	const list = [
		{ kode: '99.01.01', kecamatan: 'Suka Maju', slug: 'suka-maju' },
		{ kode: '99.01.02', kecamatan: 'Tanjung', slug: 'tanjung' }
	];
	test('kode, slug atau nama (huruf apa pun, dengan "Kecamatan")', () => {
		expect(findKecamatanRow(list, '99.01.02')?.slug).toBe('tanjung');
		expect(findKecamatanRow(list, 'suka-maju')?.kode).toBe('99.01.01');
		expect(findKecamatanRow(list, '  kecamatan  SUKA   maju ')?.kode).toBe('99.01.01');
		expect(findKecamatanRow(list, 'Kec. Tanjung')?.kode).toBe('99.01.02');
		expect(findKecamatanRow(list, 'Sukamaju')).toBeNull();
		expect(findKecamatanRow(list, '')).toBeNull();
	});
	test('angka terbaru, tren, perubahan, dan pembanding dari kueri', () => {
		const f = summariseFigure(
			[
				{ tahun: 2024, realisasi: 81.5, rata_lain: 83, jumlah_lain: 3 },
				{ tahun: 2022, realisasi: 80, rata_lain: null, jumlah_lain: 0 },
				{ tahun: 2023, realisasi: null, rata_lain: 82, jumlah_lain: 2 }
			],
			'realisasi',
			'rata_lain'
		)!;
		expect(f.tahun).toBe(2024);
		expect(f.tren).toEqual([
			{ tahun: 2022, nilai: 80 },
			{ tahun: 2024, nilai: 81.5 }
		]);
		expect(f.perubahan).toEqual({ dari: 2022, selisih: 1.5 });
		expect(f.banding).toEqual({ nilai: 83, jumlah: 3 });
		expect(directionText(1.5, 2022)).toBe('naik 1,50 poin dari 2022');
		expect(directionText(-0.004, 2022)).toBe('sama dengan 2022');
		expect(comparisonText(81.5, 83)).toBe('lebih rendah dari');
		expect(comparisonText(83.004, 83)).toBe('sama dengan');
		expect(summariseFigure([{ tahun: 2024, realisasi: null }], 'realisasi', 'rata_lain')).toBeNull();
		expect(summariseFigure([{ tahun: 2024, realisasi: 70, rata_lain: null, jumlah_lain: 0 }], 'realisasi', 'rata_lain')!.banding).toBeNull();
	});
});

const KEC: KecamatanRef[] = [
	{ kode: '99.01.01', nama: 'Suka Maju', slug: 'suka-maju', desa: 2, kelurahan: 1 },
	{ kode: '99.01.02', nama: 'Tanjung', slug: 'tanjung', desa: 1, kelurahan: 0 }
];

describe('data wilayah', () => {
	const desa = [
		'code,district_code,name',
		'99.01.01.1001,99.01.01,Kota',
		'99.01.01.2001,99.01.01,A',
		'99.01.01.2002,99.01.01,B',
		'99.01.02.2001,99.01.02,C',
		'98.01.01.2001,98.01.01,Lain'
	].join('\n');
	test('desa (kode 2xxx) dan kelurahan (1xxx) dihitung per kecamatan', () => {
		expect(Object.fromEntries(countDesa(desa, '99.01'))).toEqual({ '99.01.01': { desa: 2, kelurahan: 1 }, '99.01.02': { desa: 1, kelurahan: 0 } });
		expect(desaCountDifference(KEC, desa)).toEqual([]);
		const diff = desaCountDifference(
			[
				{ ...KEC[0], desa: 3 },
				{ ...KEC[1], kode: '99.01.09' }
			],
			desa
		);
		expect(diff).toEqual([
			'kecamatan.csv: 99.01.01 Suka Maju tertulis 3 desa dan 1 kelurahan, data wilayah Kemendagri (idn-area-data) 2 desa dan 1 kelurahan',
			'kecamatan.csv: 99.01.09 Tanjung tidak ada di data wilayah Kemendagri (idn-area-data)'
		]);
	});

	function folderPeta(fitur: unknown[]): string {
		const dir = mkdtempSync(join(tmpdir(), 'peta-'));
		mkdirSync(join(dir, 'peta'));
		writeFileSync(join(dir, 'peta', 'jember-kecamatan.geojson'), JSON.stringify({ type: 'FeatureCollection', features: fitur }));
		writeFileSync(join(dir, 'peta', 'LICENSE-wilayah_boundaries.txt'), 'MIT');
		return dir;
	}
	const kotak = (kode: string) => ({
		type: 'Feature',
		properties: { kode },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		}
	});

	test('batas wilayah: satu fitur per kecamatan, dicocokkan dengan kode Kemendagri', () => {
		const ok = readMap(folderPeta([kotak('99.01.01'), kotak('99.01.02')]), KEC);
		expect(JSON.parse(new TextDecoder().decode(ok.geojson)).features).toHaveLength(2);
		expect(() => readMap(folderPeta([kotak('99.01.01'), kotak('99.01.01'), kotak('99.01.07')]), KEC)).toThrow(
			/fitur ke-2: kode 99\.01\.01 sudah dipakai fitur ke-1\n {2}fitur ke-3: kode 99\.01\.07 tidak ada di kecamatan\.csv\n {2}kecamatan 99\.01\.02 Tanjung tidak punya batas wilayah/
		);
		expect(() => readMap(folderPeta([{ ...kotak('99.01.01'), geometry: { type: 'Point' } }, kotak('99.01.02')]), KEC)).toThrow(/fitur ke-1: geometri Point/);
	});
});
