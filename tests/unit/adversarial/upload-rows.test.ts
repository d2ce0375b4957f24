/**
 * Issue 14: a CSV upload's time must grow linearly with its rows. Two faults
 * made it quadratic: every row of an indicator upload searched the list of
 * unknown indicators so far (10k rows took 10 s), and the budget-sum rule
 * looked up each child's index from the start of the budget and searched the
 * program's children so far for each kegiatan (a 40k-row budget took 15 s in
 * the audit). Each shape of tests/fixtures/csv-unggahan.ts runs at KECIL and at
 * four times as many rows, every stage apart and every audit rule apart (a
 * quadratic rule is lost in the time of the whole audit until it is large).
 * Linear code takes about 4 times as long on the larger; the test fails past
 * 3 × 3 (more than three times per doubling; quadratic code takes 16 times).
 * A check of growth, not of speed: a busy machine slows both sizes alike.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readMasterData } from '../../../scripts/master-data';
import { ATURAN } from '../../../src/lib/audit';
import { findCause } from '../../../src/lib/audit/cause';
import type { AuditContext } from '../../../src/lib/audit/types';
import { textLines } from '../../../src/lib/audit/util';
import { readBytes } from '../../../src/lib/upload/import-file';
import { BENTUK, csvBesar, waktuUnggah, TAHAP, type BentukCsv } from '../../fixtures/csv-unggahan';

const ref = readMasterData();
const KECIL = 4_000;
const KALI = 4;
/** 3 per doubling, over two doublings. */
const RASIO = 9;
/** Below this a small-size time is timer noise; the expectation starts from here. */
const LANTAI_MS = 20;
/** Fixed costs (a GC pause, allocating the larger input) that do not scale with it. */
const TETAP_MS = 100;

// a collection before each timed part, so a pause owed to an earlier part is not charged to it
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function waktu(f: () => unknown): number {
	gc();
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}

/**
 * Milliseconds of every stage (the fastest of `kali` runs) and of every audit
 * rule (the fastest of three: a rule alone takes milliseconds, so a pause of the
 * machine would otherwise decide) on one upload of `bentuk` with `n` rows.
 */
function ukur(bentuk: BentukCsv, n: number, kali: number): Map<string, number> {
	const text = csvBesar(bentuk, n);
	const out = new Map<string, number>();
	const record = (name: string, ms: number) => out.set(name, Math.min(out.get(name) ?? Infinity, ms));
	for (let i = 0; i < kali; i++) {
		gc();
		for (const [tahap, ms] of Object.entries(waktuUnggah(text, ref))) record(tahap, ms);
	}
	const [laporan] = readBytes('besar.csv', new TextEncoder().encode(text), ref).laporan;
	const ctx: AuditContext = { laporan, text, baris: textLines(text), lain: [], polaritas: new Map() };
	for (let i = 0; i < 3; i++) {
		for (const a of ATURAN)
			record(
				`aturan ${a.id}`,
				waktu(() => a.periksa(ctx))
			);
		record(
			'sebab_angka (cariSebab)',
			waktu(() => findCause(laporan))
		);
	}
	return out;
}

describe('CSV upload: time grows linearly with the rows', () => {
	// JIT and the readers' lazily built tables: not part of any shape's time
	ukur('pohon', 200, 1);

	it.each(BENTUK)(
		`%s: ${KECIL.toLocaleString('id-ID')} vs ${(KECIL * KALI).toLocaleString('id-ID')} rows, every stage and audit rule`,
		{ timeout: 240_000 },
		(bentuk) => {
			const kecil = ukur(bentuk, KECIL, 2);
			const besar = ukur(bentuk, KECIL * KALI, 1);
			expect([...kecil.keys()]).toEqual(expect.arrayContaining([...TAHAP, 'aturan jumlah_anggaran']));
			const bad = [...kecil].flatMap(([section, k]) => {
				const b = besar.get(section)!;
				const limit = RASIO * Math.max(k, LANTAI_MS) + TETAP_MS;
				return b > limit ? [`${section}: ${k.toFixed(0)} ms → ${b.toFixed(0)} ms (batas ${limit.toFixed(0)} ms)`] : [];
			});
			expect(bad).toEqual([]);
		}
	);
});
