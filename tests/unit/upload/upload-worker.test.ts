/**
 * Issue 14, item 3: what the upload worker does (upload-task.ts), run here in
 * Node with an in-memory IndexedDB (fake-indexeddb). A check reports its
 * progress; the stored uploads' rows are computed once and then taken from
 * IndexedDB, again only when the uploads, the reference data or the code's
 * version change.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { readBytes } from '../../../src/lib/upload/import-file';
import { readProcessed, deleteUpload, saveUpload } from '../../../src/lib/upload/store';
import { processSaved, checkFile, type TaskProgress } from '../../../src/lib/upload/upload-task';

const ref = readMasterData();
const berkas = (name: string, text: string) => {
	const byte = new TextEncoder().encode(text);
	return { name, size: byte.length, arrayBuffer: async () => byte.buffer as ArrayBuffer };
};
const tanpaPdf = () => Promise.reject(new Error('no PDF in this test'));

/** n budget rows of one kecamatan and year, every one its own kegiatan. */
function csvBesar(n: number): string {
	const lines = ['kecamatan,tahun,level,uraian,pagu,realisasi'];
	for (let i = 0; i < n; i++) lines.push(`Silo,2023,kegiatan,Kegiatan ${i + 1},1.000.000,900.000`);
	return lines.join('\n') + '\n';
}

describe('checking a file', () => {
	// 5,000 rows twice (worker task and the main-thread pipeline): a 60 s limit as a correctness test, not a timing one
	it('reports CSV rows as it validates them, and the same result as the main-thread pipeline', { timeout: 60_000 }, async () => {
		const text = csvBesar(5000);
		const progress: TaskProgress[] = [];
		const h = await checkFile(berkas('ikm.csv', text), ref, {}, tanpaPdf, (k) => progress.push(k));
		const rujukan = readBytes('ikm.csv', new TextEncoder().encode(text), ref);
		expect(h.barisDiterima).toHaveLength(5000);
		expect(h.barisDiterima).toEqual(rujukan.barisDiterima);
		expect(h.masalah).toEqual(rujukan.masalah);
		const membaca = progress.filter((k) => k.tahap === 'membaca');
		// every 2,000 rows, then the end: 0, 2000, 4000, 5000 of 5000
		expect(membaca.map((k) => k.selesai)).toEqual([0, 2000, 4000, 5000]);
		expect(membaca.every((k) => k.total === 5000)).toBe(true);
	});

	it('audits an uploaded LKIP text in the worker', async () => {
		const name = 'kencong-2022-pipa.txt';
		const text = readFileSync(join('tests/fixtures/lkip', name), 'utf8');
		const h = await checkFile(berkas(name, text), ref, {}, tanpaPdf, () => {});
		expect(h.laporan).toHaveLength(1);
		// the fixture prints "98,5,1" (a malformed figure) on the line the audit quotes
		expect(h.temuanAudit.some((t) => t.includes('98,5,1'))).toBe(true);
	});
});

describe('stored uploads, computed once', () => {
	beforeEach(async () => {
		// a fresh browser profile per test
		indexedDB.deleteDatabase('dasbor-kinerja-kecamatan');
	});

	const silo = 'kecamatan,tahun,level,uraian,pagu,realisasi\nSilo,2023,total,Jumlah,2.000.000.000,1.900.000.000\n';

	it('computes on the first load, takes the stored result on the next, recomputes once for a new version', async () => {
		const h = readBytes('silo.csv', new TextEncoder().encode(silo), ref);
		await saveUpload('silo.csv', 'anggaran', h.laporan, h.teks!);

		const pertama = await processSaved(ref, 'v1');
		expect(pertama.dihitung).toBe(true);
		expect(pertama.daftar.map((u) => u.nama)).toEqual(['silo.csv']);
		expect(pertama.perintah.some((s) => s.includes('2000000000'))).toBe(true);
		expect((await readProcessed())?.versi).toBe('v1');

		const kedua = await processSaved(ref, 'v1');
		expect(kedua.dihitung).toBe(false);
		expect(kedua.perintah).toEqual(pertama.perintah);

		expect((await processSaved(ref, 'v2')).dihitung).toBe(true);
		expect((await processSaved(ref, 'v2')).dihitung).toBe(false);
	});

	it('recomputes when an upload is added or removed, or the reference data changes', async () => {
		const a = readBytes('silo.csv', new TextEncoder().encode(silo), ref);
		const u = await saveUpload('silo.csv', 'anggaran', a.laporan, a.teks!);
		await processSaved(ref, 'v1');

		const other = 'kecamatan,tahun,target,realisasi\nPuger,2023,80,88,5\n'.replace('88,5', '88.5');
		const b = readBytes('ikm.csv', new TextEncoder().encode(other), ref);
		await saveUpload('ikm.csv', 'ikm', b.laporan, b.teks!);
		const dua = await processSaved(ref, 'v1');
		expect(dua.dihitung).toBe(true);
		expect(dua.daftar.map((x) => x.nama)).toEqual(['silo.csv', 'ikm.csv']);

		const refLain = { ...ref, indikator: ref.indikator.slice(1) };
		expect((await processSaved(refLain, 'v1')).dihitung).toBe(true);

		await deleteUpload(u.id);
		const satu = await processSaved(refLain, 'v1');
		expect(satu.dihitung).toBe(true);
		expect(satu.daftar.map((x) => x.nama)).toEqual(['ikm.csv']);
	});

	it('the same file added twice (two tabs) is stored once', async () => {
		const h = readBytes('silo.csv', new TextEncoder().encode(silo), ref);
		const [x, y] = await Promise.all([saveUpload('silo.csv', 'anggaran', h.laporan, h.teks!), saveUpload('silo (1).csv', 'anggaran', h.laporan, h.teks!)]);
		expect([x.baru, y.baru].sort()).toEqual([false, true]);
		expect((await processSaved(ref, 'v1')).daftar).toHaveLength(1);
	});
});
