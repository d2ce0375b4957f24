/**
 * Issue 14, item 7: a data build killed at any moment leaves a complete dataset.
 * The writer used to swap two directories with two renames, and a kill between
 * them left none. Now the manifest is the one pointer: each run below writes
 * dataset a, then starts writing b in a child process that SIGKILLs itself
 * after one step of publishing, and the folder must hold exactly a or exactly b,
 * every file the manifest lists present and readable.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishStep, Manifest } from '../../../scripts/write-parquet';
import { openNode } from '../../../src/lib/query/duckdb-node';

const akar = mkdtempSync(join(tmpdir(), 'tulis-mati-'));
afterAll(() => rmSync(akar, { recursive: true, force: true }));

function tulis(tujuan: string, versi: 'a' | 'b', langkah = '') {
	return spawnSync(process.execPath, ['--import', 'tsx', 'tests/unit/store/write-then-die.ts', tujuan, versi, langkah], { encoding: 'utf8' });
}

/** Which dataset the folder holds, after checking it is whole. */
async function isi(tujuan: string): Promise<string> {
	const m = JSON.parse(readFileSync(join(tujuan, 'manifest.json'), 'utf8')) as Manifest;
	for (const f of [
		...Object.values(m.tabel).flatMap((t) => [t.parquet, t.csv]),
		...Object.values(m.dokumen ?? {}),
		...Object.values(m.ringkasan ?? {}).flatMap((r) => [r.parquet, ...Object.values(r.tahun ?? {}).map((t) => t.parquet)]),
		...Object.values(m.jawaban ?? {}).map((j) => j.parquet),
		...Object.values(m.lampiran ?? {})
	])
		expect(existsSync(join(tujuan, f)), f).toBe(true);
	const db = await openNode(tujuan);
	const laporan = (await db.query('SELECT file FROM laporan ORDER BY file')).map((r) => r.file).join(',');
	const referensi = JSON.parse(readFileSync(join(tujuan, m.lampiran!['referensi.json']), 'utf8')).versi;
	const dokumen = Object.keys(m.dokumen ?? {}).join(',');
	return `${laporan}|${referensi}|${dokumen}`;
}

const A = 'arjasa.txt,patrang.txt|a|a.pdf';
const B = 'puger.txt|b|b.pdf';
const LANGKAH: [PublishStep, string][] = [
	['berkas-pertama', A],
	['berkas', A],
	['lampiran', A],
	['manifest-sementara', A],
	['manifest', B],
	['hapus-pertama', B],
	['selesai', B]
];

describe('a build killed while publishing', { timeout: 120_000 }, () => {
	// dataset a, written once (each child process takes seconds) and copied for every case
	const templat = join(akar, 'a');
	beforeAll(async () => {
		expect(tulis(templat, 'a').status).toBe(0);
		expect(await isi(templat)).toBe(A);
	}, 120_000);

	it.each(LANGKAH)('killed after "%s" leaves one whole dataset', async (langkah, expected) => {
		const tujuan = join(akar, langkah);
		cpSync(templat, tujuan, { recursive: true });
		const r = tulis(tujuan, 'b', langkah);
		// really killed, not finished
		expect(r.signal).toBe('SIGKILL');
		expect(await isi(tujuan)).toBe(expected);
	});

	it('the next build finishes over what a kill left (a stray temporary manifest, new files beside the old)', async () => {
		const tujuan = join(akar, 'manifest-sementara');
		expect(tulis(tujuan, 'b').status).toBe(0);
		expect(await isi(tujuan)).toBe(B);
		const m = JSON.parse(readFileSync(join(tujuan, 'manifest.json'), 'utf8')) as Manifest;
		const used = new Set([
			'manifest.json',
			'referensi.json',
			...Object.values(m.tabel).flatMap((t) => [t.parquet, t.csv]),
			...Object.values(m.ringkasan ?? {}).flatMap((r) => [r.parquet, ...Object.values(r.tahun ?? {}).map((t) => t.parquet)]),
			...Object.values(m.jawaban ?? {}).map((j) => j.parquet),
			...Object.values(m.lampiran ?? {})
		]);
		// only what the manifest lists is left: a's files and the temporary manifest are gone
		expect(readdirSync(tujuan).filter((f) => f !== 'dokumen' && !used.has(f))).toEqual([]);
		expect(readdirSync(join(tujuan, 'dokumen')).map((f) => `dokumen/${f}`)).toEqual(Object.values(m.dokumen ?? {}));
	});
});
