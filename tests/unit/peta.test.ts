/**
 * The map's bands, rows and option (lib/peta.ts), the kecamatan lookup and the figure
 * summary of "Kecamatan saya" (lib/kecamatan-saya.ts), and the area data checks of the
 * data build (scripts/wilayah.ts), on invented rows and files.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { barisUkuran, opsiPeta, tingkatPeta, UKURAN, BELUM_LAPORAN, TANPA_ANGKA, ARSIR_BELUM_LAPORAN, WARNA_BELUM_LAPORAN } from '../../src/lib/peta';
import { cariKecamatan, ringkasFigur, teksArah, teksBanding } from '../../src/lib/kecamatan-saya';
import { bacaPeta, bedaJumlahDesa, hitungDesa } from '../../scripts/wilayah';
import type { KecamatanRef } from '../../src/lib/lkip/types';

describe('tingkat warna peta', () => {
	test('IKM memakai batas mutu PermenPAN-RB 14/2017 setelah dibulatkan dua desimal', () => {
		const u = UKURAN.ikm;
		expect(tingkatPeta(u, 88.31)?.label).toMatch(/^A Sangat Baik/);
		expect(tingkatPeta(u, 88.305)?.label).toMatch(/^A /); // prints as 88,31
		expect(tingkatPeta(u, 88.3)?.label).toMatch(/^B Baik/);
		expect(tingkatPeta(u, 76.61)?.label).toMatch(/^B /);
		expect(tingkatPeta(u, 76.6)?.label).toMatch(/^C Kurang Baik/);
		expect(tingkatPeta(u, 65)?.label).toMatch(/^C /);
		expect(tingkatPeta(u, 64.99)?.label).toMatch(/^D Tidak Baik/);
		expect(tingkatPeta(u, null)).toBeNull();
	});
	test('capaian dan serapan berbelah di 100%', () => {
		expect(tingkatPeta(UKURAN.capaian, 99.99)?.label).toBe('90% – di bawah 100%');
		expect(tingkatPeta(UKURAN.capaian, 100)?.label).toBe('100% – di bawah 120% (tercapai)');
		expect(tingkatPeta(UKURAN.serapan, 100)?.label).toBe('100% – di bawah 120% (terserap penuh)');
		expect(tingkatPeta(UKURAN.serapan, 74.9)?.label).toBe('di bawah 75%');
	});
});

const baris = (lain: Record<string, unknown>) => ({
	kode: '99.01.01',
	kecamatan: 'Sukamaju',
	slug: 'sukamaju',
	ada_laporan_tahun: true,
	ikm: null,
	capaian_rata: null,
	serapan: null,
	...lain
});

describe('baris peta', () => {
	test('angka dengan sumbernya, tautan ke halaman kecamatan', () => {
		const r = barisUkuran(
			baris({ ikm: 90.1, ikm_file: 'lkip-sukamaju.txt', ikm_line: 12, ikm_raw: 'IKM 90,10', ikm_letak: 'baris 12' }) as never,
			UKURAN.ikm,
			2024
		);
		expect(r).toMatchObject({ kode: '99.01.01', nilai: 90.1, tautan: '/kecamatan/sukamaju', file: 'lkip-sukamaju.txt', line: 12, warna: '#2166ac' });
		expect(r.keterangan).toMatch(/^A /);
	});
	test('tanpa laporan tahun itu, dan laporan tanpa angka itu, dibedakan', () => {
		const belum = barisUkuran(baris({ ada_laporan_tahun: false }) as never, UKURAN.serapan, 2024);
		expect(belum).toMatchObject({ nilai: null, keterangan: `${BELUM_LAPORAN} tahun 2024` });
		expect(belum.file).toBeUndefined();
		const tanpa = barisUkuran(baris({}) as never, UKURAN.serapan, 2024);
		expect(tanpa.keterangan).toBe(TANPA_ANGKA);
		const ada = barisUkuran(baris({ serapan: 92.5 }) as never, UKURAN.serapan, 2024);
		const o = opsiPeta([belum, tanpa, ada], UKURAN.serapan, 2024) as {
			series: { data: { value: number; itemStyle?: { decal?: unknown } }[] }[];
			visualMap: { pieces: { label: string }[] };
		};
		expect(o.series[0].data.map((d) => d.value)).toEqual([-1, -2, 92.5]);
		// not by colour alone: only the kecamatan without a report is hatched
		expect(o.series[0].data.map((d) => d.itemStyle?.decal ?? null)).toEqual([ARSIR_BELUM_LAPORAN, null, null]);
		expect(ARSIR_BELUM_LAPORAN.color).not.toBe(WARNA_BELUM_LAPORAN);
		expect(o.visualMap.pieces.map((p) => p.label)).toContain('belum ada laporan (abu-abu berarsir)');
		expect(o.visualMap.pieces.map((p) => p.label)).toContain(TANPA_ANGKA);
	});
});

describe('Kecamatan saya', () => {
	const daftar = [
		{ kode: '99.01.01', kecamatan: 'Suka Maju', slug: 'suka-maju' },
		{ kode: '99.01.02', kecamatan: 'Tanjung', slug: 'tanjung' }
	];
	test('kode, slug atau nama (huruf apa pun, dengan "Kecamatan")', () => {
		expect(cariKecamatan(daftar, '99.01.02')?.slug).toBe('tanjung');
		expect(cariKecamatan(daftar, 'suka-maju')?.kode).toBe('99.01.01');
		expect(cariKecamatan(daftar, '  kecamatan  SUKA   maju ')?.kode).toBe('99.01.01');
		expect(cariKecamatan(daftar, 'Kec. Tanjung')?.kode).toBe('99.01.02');
		expect(cariKecamatan(daftar, 'Sukamaju')).toBeNull();
		expect(cariKecamatan(daftar, '')).toBeNull();
	});
	test('angka terbaru, tren, perubahan, dan pembanding dari kueri', () => {
		const f = ringkasFigur(
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
		expect(teksArah(1.5, 2022)).toBe('naik 1,50 poin dari 2022');
		expect(teksArah(-0.004, 2022)).toBe('sama dengan 2022');
		expect(teksBanding(81.5, 83)).toBe('lebih rendah dari');
		expect(teksBanding(83.004, 83)).toBe('sama dengan');
		expect(ringkasFigur([{ tahun: 2024, realisasi: null }], 'realisasi', 'rata_lain')).toBeNull();
		expect(ringkasFigur([{ tahun: 2024, realisasi: 70, rata_lain: null, jumlah_lain: 0 }], 'realisasi', 'rata_lain')!.banding).toBeNull();
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
		expect(Object.fromEntries(hitungDesa(desa, '99.01'))).toEqual({ '99.01.01': { desa: 2, kelurahan: 1 }, '99.01.02': { desa: 1, kelurahan: 0 } });
		expect(bedaJumlahDesa(KEC, desa)).toEqual([]);
		const beda = bedaJumlahDesa(
			[
				{ ...KEC[0], desa: 3 },
				{ ...KEC[1], kode: '99.01.09' }
			],
			desa
		);
		expect(beda).toEqual([
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
		const ok = bacaPeta(folderPeta([kotak('99.01.01'), kotak('99.01.02')]), KEC);
		expect(JSON.parse(new TextDecoder().decode(ok.geojson)).features).toHaveLength(2);
		expect(() => bacaPeta(folderPeta([kotak('99.01.01'), kotak('99.01.01'), kotak('99.01.07')]), KEC)).toThrow(
			/fitur ke-2: kode 99\.01\.01 sudah dipakai fitur ke-1\n {2}fitur ke-3: kode 99\.01\.07 tidak ada di kecamatan\.csv\n {2}kecamatan 99\.01\.02 Tanjung tidak punya batas wilayah/
		);
		expect(() => bacaPeta(folderPeta([{ ...kotak('99.01.01'), geometry: { type: 'Point' } }, kotak('99.01.02')]), KEC)).toThrow(/fitur ke-1: geometri Point/);
	});
});
