/* eslint-disable @typescript-eslint/no-explicit-any -- the CLI prints JSON; this file asserts its shape field by field, so the parsed value is untyped on purpose */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lkip(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lkip-cli.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return { kode: r.status, stdout: r.stdout, stderr: r.stderr };
}

const angkaAtauNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const rupiahAtauNull = (v: unknown) => v === null || Number.isSafeInteger(v);

describe('lkip extract on real reports', () => {
	const r = lkip(
		'extract',
		'data/lkip/arjasa-2023.txt',
		'data/lkip/balung-2020.txt',
		'data/lkip/pakusari-2021.txt',
		'data/lkip/patrang-2023.txt',
		'data/lkip/puger-2023.txt'
	);
	const result = JSON.parse(r.stdout) as Record<string, any>[];

	it('prints one JSON array, one object per file, and exits 0', () => {
		expect(r.kode).toBe(0);
		expect(r.stderr).toBe('');
		expect(result.map((h) => [h.file, h.kecamatan, h.tahun])).toEqual([
			['data/lkip/arjasa-2023.txt', 'Arjasa', 2023],
			['data/lkip/balung-2020.txt', 'Balung', 2020],
			['data/lkip/pakusari-2021.txt', 'Pakusari', 2021],
			['data/lkip/patrang-2023.txt', 'Patrang', 2023],
			['data/lkip/puger-2023.txt', 'Puger', 2023]
		]);
	});

	it('prints the unsur scores Pakusari 2021 prints (lines 414-427), none for the others', () => {
		const pakusari = result.find((h) => String(h.file).endsWith('pakusari-2021.txt'))!;
		expect(pakusari.ikm_unsur).toHaveLength(14);
		// line 425: "12	Kenyamanan	52,5	Kurang Baik"
		expect(Object.keys(pakusari.ikm_unsur[11]).slice(0, 7)).toEqual(['no', 'unsur', 'nilai', 'nilai_raw', 'predikat', 'line', 'page']);
		expect(pakusari.ikm_unsur[11]).toMatchObject({ no: 12, unsur: 'Kenyamanan', nilai: 52.5, nilai_raw: '52,5', predikat: 'Kurang Baik', line: 425 });
		expect(result.filter((h) => h.ikm_unsur.length).map((h) => String(h.file).split('/').pop())).toEqual(['pakusari-2021.txt']);
	});

	it('has the documented shape with JSON numbers, integer rupiah and null for unknown', () => {
		for (const h of result) {
			expect(Object.keys(h).slice(0, 11)).toEqual([
				'file',
				'format',
				'kecamatan',
				'kabupaten',
				'tahun',
				'ikm',
				'indikator',
				'anggaran',
				'anggaran_tahun_lain',
				'profil',
				'peringatan'
			]);
			expect(h.format).toBe('txt');
			expect(h.kabupaten).toBe('Jember');
			expect(h.ikm.length).toBeGreaterThan(0);
			for (const i of h.ikm) {
				expect(Object.keys(i).slice(0, 6)).toEqual(['tahun', 'target', 'realisasi', 'raw', 'line', 'page']);
				// a text report: the line is the place
				expect(i.page).toBeNull();
				expect(Number.isInteger(i.tahun) && Number.isInteger(i.line) && typeof i.raw === 'string').toBe(true);
				expect(angkaAtauNull(i.target) && angkaAtauNull(i.realisasi)).toBe(true);
			}
			expect(h.indikator.length).toBeGreaterThan(0);
			for (const i of h.indikator) {
				expect(Object.keys(i).slice(0, 13)).toEqual([
					'tahun',
					'sasaran',
					'indikator',
					'kunci',
					'target',
					'realisasi',
					'capaian',
					'target_raw',
					'realisasi_raw',
					'capaian_raw',
					'satuan',
					'line',
					'page'
				]);
				expect(angkaAtauNull(i.target) && angkaAtauNull(i.realisasi) && angkaAtauNull(i.capaian)).toBe(true);
				expect(typeof i.target_raw).toBe('string');
			}
			expect(h.anggaran.filter((a: any) => a.level === 'total').length).toBeGreaterThan(0);
			for (const a of h.anggaran) {
				expect(Object.keys(a).slice(0, 8)).toEqual(['level', 'uraian', 'program', 'pagu', 'realisasi', 'persen', 'line', 'page']);
				expect(['total', 'program', 'kegiatan', 'subkegiatan', 'rincian']).toContain(a.level);
				expect(rupiahAtauNull(a.pagu) && rupiahAtauNull(a.realisasi) && angkaAtauNull(a.persen)).toBe(true);
			}
			for (const a of h.anggaran_tahun_lain) {
				expect(Object.keys(a).slice(0, 6)).toEqual(['tahun', 'pagu', 'realisasi', 'persen', 'line', 'page']);
				expect(rupiahAtauNull(a.pagu) && rupiahAtauNull(a.realisasi)).toBe(true);
			}
			expect(Object.keys(h.profil)).toEqual(['penduduk', 'penduduk_l', 'penduduk_p', 'jumlah_desa', 'jumlah_kelurahan', 'luas_km2', 'pegawai_total']);
			for (const v of Object.values(h.profil)) expect(angkaAtauNull(v)).toBe(true);
			for (const p of h.peringatan) expect(Object.keys(p).slice(0, 3)).toEqual(['line', 'page', 'pesan']);
		}
	});

	it('takes profil values from the statements it lists with provenance', () => {
		for (const h of result)
			for (const [atribut, value] of Object.entries(h.profil)) {
				const source = h.profil_sumber.filter((p: any) => p.atribut === atribut);
				expect(value).toBe(source.length ? source[0].nilai : null);
			}
	});
});

describe('lkip extract on bad input', { timeout: 60_000 }, () => {
	it('reports a non-LKIP, a missing and a binary file on stderr, still prints the valid one, exits 1', () => {
		const bukan = join(tmp, 'resep-nasi-goreng.txt');
		writeFileSync(bukan, 'Resep nasi goreng\n\nBahan: nasi 2 piring, bawang merah 5 siung.\nCara: tumis bumbu, masukkan nasi.\n');
		const biner = join(tmp, 'laporan.pdf.txt');
		writeFileSync(biner, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
		const hilang = join(tmp, 'tidak-ada.txt');
		const r = lkip('extract', bukan, 'data/lkip/puger-2023.txt', hilang, biner);
		expect(r.kode).toBe(1);
		const result = JSON.parse(r.stdout);
		expect(result.map((h: any) => h.file)).toEqual(['data/lkip/puger-2023.txt']);
		expect(result[0].anggaran.length).toBeGreaterThan(0);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(`galat: ${bukan}: nama kecamatan dan tahun laporan tidak ditemukan; berkas ini tampaknya bukan LKIP kecamatan`);
		expect(lines[1]).toBe(`galat: ${hilang}: berkas tidak ditemukan`);
		expect(lines[2]).toMatch(new RegExp(`^galat: ${biner.replace(/[.]/g, '\\.')}: Berkas ini bukan PDF yang utuh`));
	});

	it('reports a folder and an empty file', () => {
		const empty = join(tmp, 'kosong.txt');
		writeFileSync(empty, '');
		const r = lkip('extract', tmp, empty);
		expect(r.kode).toBe(1);
		expect(JSON.parse(r.stdout)).toEqual([]);
		expect(r.stderr).toContain(`${tmp}: ini folder, bukan berkas LKIP`);
		expect(r.stderr).toContain(`${empty}: berkas kosong`);
	});

	it('prints usage in Indonesian for an unknown or missing subcommand, exit 2', () => {
		const r = lkip('ekstrak', 'x.txt');
		expect(r.kode).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('Subperintah tidak dikenal: ekstrak');
		expect(r.stderr).toContain('Pemakaian: npm run --silent lkip -- <subperintah>');
		expect(r.stderr).toMatch(/extract BERKAS\.\.\./);
		expect(lkip().kode).toBe(2);
		const tanpa = lkip('extract');
		expect(tanpa.kode).toBe(2);
		expect(tanpa.stderr).toContain('sebutkan minimal satu berkas');
	});

	it('works through npm run --silent lkip', () => {
		const r = spawnSync('npm', ['run', '--silent', 'lkip', '--', 'extract', 'data/lkip/balung-2020.txt'], { encoding: 'utf8', maxBuffer: 64 << 20 });
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).map((h: any) => h.kecamatan)).toEqual(['Balung']);
	});
});
