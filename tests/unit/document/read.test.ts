/**
 * The entry point every report goes through: the format is told by the bytes,
 * and each file that is not a report gets the message a user can act on.
 * (The PDF and DOCX readers have their own tests.)
 */
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../scripts/pdfjs-node';
import { placeLabel } from '../../../src/lib/document/place';
import { MAX_DOCUMENT_BYTES, readDocument } from '../../../src/lib/document/read';
import { signatureOf } from '../../../src/lib/document/signature';

const read = (bytes: Uint8Array) => readDocument(bytes, { pdfjs: loadPdfjsForNode });
const bytes = (...b: number[]) => new Uint8Array(b);

describe('readDocument', () => {
	it('reads a text report as it is, with no places (its line is the place)', async () => {
		const doc = await read(new TextEncoder().encode('\uFEFFLAPORAN KINERJA\nKECAMATAN SILO\n'));
		expect(doc).toEqual({ format: 'txt', text: 'LAPORAN KINERJA\nKECAMATAN SILO\n', places: [], pages: null, notes: [] });
	});

	it('reads Windows-1252 text, saying so', async () => {
		const doc = await read(bytes(0x4b, 0x65, 0x63, 0x61, 0x6d, 0x61, 0x74, 0x61, 0x6e, 0x20, 0xe9));
		expect(doc.text).toBe('Kecamatan é');
		expect(doc.notes).toEqual(['bukan UTF-8, dibaca sebagai Windows-1252; periksa huruf beraksen']);
	});

	it.each([
		['an empty file', bytes(), 'berkas kosong (0 byte)'],
		[
			'an old Word file or a password-protected DOCX',
			bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
			'dokumen Word lama (.doc) atau dokumen Word yang dilindungi kata sandi'
		],
		['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'berkas gambar, bukan laporan'],
		['a JPEG image (a scan)', bytes(0xff, 0xd8, 0xff, 0xe0), 'ketik/OCR dulu'],
		['UTF-16 text', bytes(0xff, 0xfe, 0x4c, 0x00), 'UTF-16; simpan ulang sebagai teks UTF-8'],
		['a binary file', bytes(0x41, 0x00, 0x42), 'byte NUL pada posisi 2']
	])('refuses %s with a message that says what it is', async (_, b, message) => {
		await expect(read(b)).rejects.toThrow(message);
		await expect(read(b)).rejects.toMatchObject({ name: 'DocumentError' });
	});

	it('refuses a document over the size limit before parsing it', async () => {
		const besar = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
		besar.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
		await expect(read(besar)).rejects.toThrow('dokumen terlalu besar (60 MB); batasnya 60 MB');
	});
});

describe('signatureOf', () => {
	it('finds a PDF header after leading junk, as PDF readers accept', () => {
		expect(signatureOf(new TextEncoder().encode('\n\n  %PDF-1.7\n'))).toBe('pdf');
		expect(signatureOf(new TextEncoder().encode('LAPORAN %PDF di tengah teks'.padStart(2000)))).toBe('other');
	});
	it('tells a zip (DOCX, ODT, XLSX) from text', () => {
		expect(signatureOf(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe('zip');
		expect(signatureOf(new TextEncoder().encode('PK bukan zip'))).toBe('other');
	});
});

describe('placeLabel', () => {
	it('says the place as a person reads it', () => {
		expect(placeLabel({ kind: 'pdf', page: 21, box: { x: 1, y: 2, w: 3, h: 4 } })).toBe('halaman 21');
		expect(placeLabel({ kind: 'docx-row', table: 3, row: 5 })).toBe('tabel 3, baris 5');
		expect(placeLabel({ kind: 'docx-paragraph', paragraph: 40 })).toBe('paragraf 40');
	});
});
