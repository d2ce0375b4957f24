import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportRows } from '../../../src/lib/store/rows';
import { syntheticReports, syntheticMasterData } from '../../../src/lib/store/synth';
import { readMasterData } from '../../../scripts/master-data';
import { writeSynthetic } from '../../../scripts/synth';

const jember = readMasterData();
const tmp = mkdtempSync(join(tmpdir(), 'synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('referensiSintetis', () => {
	it('starts with the real kecamatan and invents unique codes and slugs beyond them', () => {
		const ref = syntheticMasterData(7277, jember);
		expect(ref.kecamatan).toHaveLength(7277);
		expect(ref.kecamatan.slice(0, 31)).toEqual(jember.kecamatan);
		expect(new Set(ref.kecamatan.map((k) => k.kode)).size).toBe(7277);
		expect(new Set(ref.kecamatan.map((k) => k.slug)).size).toBe(7277);
		expect(syntheticMasterData(5, jember).kecamatan).toEqual(jember.kecamatan.slice(0, 5));
	});
});

describe('laporanSintetis', () => {
	const ref = syntheticMasterData(664, jember);
	const k = ref.kecamatan[500];

	it('is deterministic for a seed and differs between seeds', () => {
		expect(syntheticReports(k, 2020, ref, 7)).toEqual(syntheticReports(k, 2020, ref, 7));
		expect(syntheticReports(k, 2020, ref, 7)).not.toEqual(syntheticReports(k, 2020, ref, 8));
	});

	it('produces valid rows with figures in realistic ranges and a consistent budget tree', { timeout: 60_000 }, () => {
		for (const kec of ref.kecamatan.slice(0, 60))
			for (let year = 2015; year <= 2024; year++) {
				const l = syntheticReports(kec, year, ref, 3);
				expect(() => reportRows(l, ref)).not.toThrow();
				expect(l.file.startsWith('sintetis-')).toBe(true);
				for (const i of l.ikm) expect(i.realisasi! >= 25 && i.realisasi! <= 100).toBe(true);
				const total = l.anggaran.filter((a) => a.level === 'total');
				expect(total).toHaveLength(1);
				const sum = (level: string) => l.anggaran.filter((a) => a.level === level).reduce((s, a) => s + a.pagu!, 0);
				expect(sum('program')).toBe(total[0].pagu);
				expect(sum('subkegiatan')).toBe(total[0].pagu);
				for (const a of l.anggaran) {
					expect(Number.isSafeInteger(a.pagu) && Number.isSafeInteger(a.realisasi)).toBe(true);
					expect(a.realisasi!).toBeLessThanOrEqual(a.pagu!);
				}
				expect(l.belanja.reduce((s, b) => s + b.pagu!, 0)).toBe(total[0].pagu);
			}
	});
});

describe('tulisSintetis', { timeout: 60_000 }, () => {
	it('writes kecamatan × years through the dataset writer', async () => {
		const out = join(tmp, 'data');
		const m = await writeSynthetic({ kecamatan: 40, tahun: 3, outDir: out, seed: 2, tahunAkhir: 2024 });
		expect(m.tabel.laporan.baris).toBe(120);
		expect(m.tabel.kecamatan.baris).toBe(40);
		expect(m.tabel.anggaran.baris).toBeGreaterThan(120 * 5);
		const ref = JSON.parse(readFileSync(join(out, 'referensi.json'), 'utf8'));
		expect(ref.kecamatan).toHaveLength(40);
		const csv = readFileSync(join(out, m.tabel.kecamatan.csv), 'utf8');
		expect(csv).toContain('35.09.01,Jombang,jombang,6,0,true,"2022;2023;2024"');
	});
});
