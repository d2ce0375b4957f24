/**
 * Kecamatan are identified by their Kemendagri code, never by name: names repeat
 * across kabupaten (query-repeated-names.test.ts shows what a name key breaks).
 * This reads the SQL of src/lib/query/ as text and fails on a join condition, a
 * window partition or a distinct count that uses a `kecamatan` name column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A bare or qualified `kecamatan` column (not kode_kecamatan, not kecamatan_terbit). */
const NAMA = /(?<![\w.])(?:\w+\.)?kecamatan\b(?!_)/;

/** The places in SQL text where a kecamatan is keyed by its name, each with the clause found. */
function kunciNama(sql: string): string[] {
	const wrong: string[] = [];
	// a join condition runs from ON to the next clause keyword or the end of the statement
	for (const m of sql.matchAll(/\bON\b([\s\S]*?)(?=\b(?:JOIN|WHERE|QUALIFY|GROUP|ORDER|UNION|LEFT|INNER|SELECT|FROM)\b|\)\s*(?:,|$)|`|$)/g))
		if (NAMA.test(m[1])) wrong.push(`ON${m[1]}`.trim());
	for (const m of sql.matchAll(/\bPARTITION BY\b([^)]*?)(?=\bORDER BY\b|\))/g)) if (NAMA.test(m[1])) wrong.push(`PARTITION BY${m[1]}`.trim());
	for (const m of sql.matchAll(/\bcount\(\s*DISTINCT\s+([^)]*)\)/gi)) if (NAMA.test(m[1])) wrong.push(m[0]);
	return wrong;
}

const DIR = 'src/lib/query';
const berkas = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('kunci kecamatan di SQL', () => {
	it('finds a name key where there is one (the check can fail)', () => {
		expect(kunciNama('FROM ikm i JOIN laporan l ON l.kecamatan = i.kecamatan WHERE true')).toHaveLength(1);
		expect(kunciNama('SELECT 1 FROM a JOIN b ON b.kode = a.kode AND b.kecamatan = a.kecamatan')).toHaveLength(1);
		expect(kunciNama('row_number() OVER (PARTITION BY i.kecamatan, i.tahun ORDER BY i.file)')).toHaveLength(1);
		expect(kunciNama('SELECT count(DISTINCT kecamatan) FROM laporan')).toHaveLength(1);
		expect(kunciNama('FROM ikm i LEFT JOIN kecamatan k ON k.kode = i.kode_kecamatan WHERE x')).toEqual([]);
		expect(kunciNama('PARTITION BY i.kode_kecamatan, i.tahun ORDER BY i.kecamatan')).toEqual([]);
	});

	it.each(berkas)('%s joins, partitions and counts kecamatan by code', (f) => {
		expect(kunciNama(readFileSync(join(DIR, f), 'utf8'))).toEqual([]);
	});
});
