/**
 * Probe, not a target met: the five reports retyped as html, laid out by
 * LibreOffice with touching cells and read back with `pdftotext -layout`
 * (scripts/fixtures/lkip-pdftotext-five.sh). Their figures, compared with the
 * same report read from its text (whose figures real-reports.test.ts checks
 * by hand). The floors are what the reader recovers today (issue 8 asks 98%);
 * they guard against going back, and say how far there is to go.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import { coverage } from '../document/figures';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
/** share of the text version's figures found; before the space-aligned reader of issue 8: 28, 19, 14, 23, 21% */
const LANTAI: [string, number][] = [
	['arjasa-2023', 0.8],
	['balung-2020', 0.65],
	['pakusari-2021', 0.54],
	['patrang-2023', 0.31],
	['puger-2023', 0.77]
];

describe('the five reports through LibreOffice and pdftotext -layout', () => {
	for (const [name, lantai] of LANTAI)
		it(name, () => {
			const text = extractReport(readFileSync(`data/lkip/${name}.txt`, 'utf8'), `${name}.txt`, ref);
			const pdf = extractReport(readFileSync(`tests/fixtures/lkip/pdftotext/${name}.txt`, 'utf8'), `${name}.txt`, ref);
			expect([pdf.kecamatan, pdf.kabupaten, pdf.tahun]).toEqual([text.kecamatan, text.kabupaten, text.tahun]);
			expect(coverage(text, pdf).share).toBeGreaterThanOrEqual(lantai);
		});
});
