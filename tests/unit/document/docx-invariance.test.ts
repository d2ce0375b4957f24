/**
 * The five reports as Word documents, by two producers (the docx package and
 * LibreOffice from HTML, see scripts/fixtures/make-docx.ts; for one report also
 * the first document re-saved by LibreOffice, and the text opened as plain text
 * and saved as .docx, tables typed with tabs), must extract as
 * their text versions do: every headline figure equal (identity, IKM of the
 * report year, budget total, every program) and at least 98% of all figures.
 * Every record's line must be a line the reader placed in the document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/document/docx';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';
import type { Report } from '../../../src/lib/lkip/types';
import { coverage, headline } from './figures';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const REPORTS = ['arjasa-2023', 'balung-2020', 'pakusari-2021', 'patrang-2023', 'puger-2023'];
/** docx package, LibreOffice from HTML, and (puger) the first re-saved by LibreOffice and the text pasted as paragraphs */
const routes = (name: string) => (name === 'puger-2023' ? ['docx', 'lo.docx', 'resave.docx', 'text.docx'] : ['docx', 'lo.docx']);

/** every line a record of the report points at */
function recordLines(l: Report): number[] {
	return [...l.ikm, ...l.indikator, ...l.anggaran, ...l.belanja, ...l.anggaran_tahun_lain, ...l.profil].map((r) => r.line);
}

describe.each(REPORTS)('%s as DOCX', (name) => {
	const fromText = extractReport(readFileSync(`data/lkip/${name}.txt`, 'utf8'), `${name}.txt`, ref);

	it.each(routes(name))('%s: same headline figures and at least 98 percent of all figures', async (route) => {
		const doc = await readDocx(readFileSync(`tests/fixtures/documents/${name}.${route}`));
		expect(doc.format).toBe('docx');
		expect(doc.pages).toBeNull();
		expect(doc.places.length).toBe(doc.text.split('\n').length);
		const fromDocx = extractReport(doc.text, `${name}.${route}`, ref);
		expect(headline(fromDocx)).toEqual(headline(fromText));
		const c = coverage(fromText, fromDocx);
		if (c.missing.length) console.log(`${name}.${route} missing`, c.missing, 'extra', c.extra);
		expect(c.share).toBeGreaterThanOrEqual(0.98);
		if (route === 'docx') {
			// the running header and page number live in header/footer parts: never read as body lines
			const [kec, year] = name.split('-');
			expect(doc.text.split('\n')).not.toContain(`Laporan Kinerja Kecamatan ${kec[0].toUpperCase()}${kec.slice(1)} Tahun ${year}`);
		}
		for (const line of recordLines(fromDocx)) {
			const place = doc.places[line - 1];
			expect(place, `line ${line}: ${doc.text.split('\n')[line - 1]}`).not.toBeNull();
			expect(['docx-paragraph', 'docx-row']).toContain(place!.kind);
		}
	});
});

/** other-layout fixtures whose tables a word processor holds (pipe rows, tab rows with page-break artefacts) */
const OTHER = ['kencong-2022-pipa', 'silo-2024-halaman', 'anggaran-halaman'];

describe.each(OTHER)('%s (other layout) as DOCX', (name) => {
	const fromText = extractReport(readFileSync(`tests/fixtures/lkip/${name}.txt`, 'utf8'), `${name}.txt`, ref);

	it.each(['docx', 'lo.docx'])('%s: same headline figures and all figures', async (route) => {
		const doc = await readDocx(readFileSync(`tests/fixtures/documents/${name}.${route}`));
		const fromDocx = extractReport(doc.text, `${name}.${route}`, ref);
		expect(headline(fromDocx)).toEqual(headline(fromText));
		expect(coverage(fromText, fromDocx).missing).toEqual([]);
	});
});
