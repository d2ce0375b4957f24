/**
 * Bad PDFs get the message a user reads, in Indonesian, saying where and what
 * to do; a partly unreadable PDF keeps the rest. Fixtures:
 * tests/fixtures/documents/broken, made by scripts/fixtures/make-broken-pdf.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../scripts/pdfjs-node';
import { pageRanges, readPdf } from '../../../src/lib/document/pdf-read';
import { DocumentError } from '../../../src/lib/document/types';
import { extractReport } from '../../../src/lib/lkip/extract';
import { parseMasterData } from '../../../src/lib/lkip/master-data';

const ref = parseMasterData(readFileSync('data/kecamatan.csv', 'utf8'), readFileSync('data/indikator.csv', 'utf8'));
const broken = (f: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/broken/${f}`));

async function failure(bytes: Uint8Array): Promise<DocumentError> {
	const pdfjs = await loadPdfjsForNode();
	try {
		await readPdf(bytes, pdfjs);
	} catch (e) {
		expect(e).toBeInstanceOf(DocumentError);
		return e as DocumentError;
	}
	throw new Error('readPdf did not fail');
}

describe('bad PDFs', () => {
	it('a scanned PDF (pictures only) names its pages and says to type or OCR it', async () => {
		const e = await failure(broken('scanned.pdf'));
		expect(e.message).toContain('halaman 1–3');
		expect(e.message).toMatch(/tidak memuat teks/);
		expect(e.message).toMatch(/diketik ulang atau diolah dengan OCR/);
	});

	it('a PDF with some picture-only pages keeps the text pages and notes the others', async () => {
		const rt = await readPdf(broken('mixed.pdf'), await loadPdfjsForNode());
		expect(rt.pages).toBe(4);
		expect(rt.notes).toHaveLength(1);
		expect(rt.notes[0]).toMatch(/^Halaman 3–4 tidak memuat teks/);
		// the first two pages of the Balung report are kept: its title page names the kecamatan
		expect(rt.text).toMatch(/KECAMATAN BALUNG/i);
		expect(rt.places.every((p) => p === null || (p.kind === 'pdf' && p.page <= 2))).toBe(true);
	});

	it('an encrypted PDF says it is locked and how to unlock it', async () => {
		const e = await failure(broken('encrypted.pdf'));
		expect(e.message).toMatch(/dikunci dengan kata sandi/);
		expect(e.message).toMatch(/tanpa kata sandi/);
	});

	it('a truncated PDF says the file is broken or cut off and to export it again', async () => {
		const e = await failure(broken('truncated.pdf'));
		expect(e.message).toMatch(/rusak|terpotong/);
		expect(e.message).toMatch(/ekspor ulang/i);
	});

	it('bytes that are no PDF at all are a clear error, not a crash', async () => {
		const e = await failure(new TextEncoder().encode('PK\u0003\u0004 ini berkas zip, bukan PDF'));
		expect(e.message).toMatch(/bukan PDF yang utuh|tidak bisa dibuka/);
	});

	it('a PDF of another document reads as text and yields no LKIP figures', async () => {
		const rt = await readPdf(broken('not-lkip.pdf'), await loadPdfjsForNode());
		expect(rt.text).toContain('NOTULEN RAPAT PENGURUS RT 05');
		const l = extractReport(rt.text, 'not-lkip.pdf', ref);
		expect(l.kecamatan).toBeNull();
		expect(l.ikm).toEqual([]);
		expect(l.anggaran).toEqual([]);
		expect(l.indikator).toEqual([]);
	});

	it('page lists are written as ranges', () => {
		expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
	});
});
