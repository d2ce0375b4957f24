/**
 * The data build reads reports on every core (scripts/extract-pool.ts): the
 * dataset is the very one one thread builds, and a file that fails is named as
 * before, whichever worker read it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildData } from '../../../scripts/build-data';
import { readAll, workerCount } from '../../../scripts/extract-pool';
import { DATA_DIR, readMasterData } from '../../../scripts/master-data';

const tmp = mkdtempSync(join(tmpdir(), 'extract-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DOK = 'tests/fixtures/documents';

describe('extraction in worker threads', { timeout: 300_000 }, () => {
	test('PDF, Word and text reports read by two workers give what one thread gives, in file order, errors with their file', async () => {
		const dir = join(tmp, 'campur');
		mkdirSync(dir);
		for (const f of readdirSync('data/lkip')) copyFileSync(join('data/lkip', f), join(dir, f));
		for (const f of ['arjasa-2023.docx', 'balung-2020.libreoffice.pdf', 'puger-2023.pdfkit.pdf', 'kencong-2022-pipa.docx'])
			copyFileSync(join(DOK, f), join(dir, f));
		copyFileSync(join(DOK, 'broken', 'encrypted.pdf'), join(dir, 'rusak-terkunci.pdf'));
		const files = readdirSync(dir).sort();
		const ref = readMasterData();
		const satu = await readAll(dir, files, ref, DATA_DIR, 1);
		const dua = await readAll(dir, files, ref, DATA_DIR, 2);
		expect(dua.map((h) => h.file)).toEqual(files);
		expect(dua).toEqual(satu);
		// the reports were read, not all failed alike
		expect(satu.filter((h) => h.report).length).toBe(files.length - 1);
		expect(satu.some((h) => (h.pages ?? 0) > 0)).toBe(true);
		const rusak = dua.find((h) => h.file === 'rusak-terkunci.pdf')!;
		expect(rusak.report).toBeUndefined();
		expect(rusak.error).toContain(join(dir, 'rusak-terkunci.pdf'));
	});

	test('the data build on data/lkip writes the same dataset with one thread and with three', async () => {
		const result = [];
		for (const pekerja of [1, 3]) {
			const out = join(tmp, `data-${pekerja}`);
			const h = await buildData({ lkipDir: 'data/lkip', outDir: out, referensiDir: 'data', workers: pekerja });
			expect(h.extraction.workers).toBe(pekerja);
			expect(h.extraction.reports).toBe(5);
			result.push({ manifest: { ...h.manifest, dibuat: '' }, laporan: h.laporan, parquet: readFileSync(join(out, h.manifest.tabel.anggaran.parquet)) });
		}
		// content-hashed names: equal manifests are equal files
		expect(result[1]).toEqual(result[0]);
	});

	test('without a count, a handful of files is read in this thread and thousands on every core', () => {
		expect(workerCount(5)).toBe(1);
		expect(workerCount(5, 3)).toBe(3);
		expect(workerCount(2, 8)).toBe(2);
		expect(workerCount(10_000)).toBe(availableParallelism());
	});
});
