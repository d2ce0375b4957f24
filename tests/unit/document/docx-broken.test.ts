/**
 * What a user hands in by mistake under a .docx name gets a message in Bahasa
 * Indonesia saying what the file really is and what to do. The corpus is made
 * by scripts/fixtures/make-docx.ts (LibreOffice for the .odt and .doc).
 */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/document/docx';
import { DocumentError } from '../../../src/lib/document/types';

const broken = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/broken/${name}`));

async function message(bytes: Uint8Array): Promise<string> {
	try {
		await readDocx(bytes);
	} catch (e) {
		expect(e).toBeInstanceOf(DocumentError);
		return (e as Error).message;
	}
	throw new Error('readDocx read a document that should have been refused');
}

describe('readDocx refuses what is no readable DOCX, saying what it is', () => {
	it('an OpenDocument text renamed .docx: says .odt and to save as .docx', async () => {
		const m = await message(broken('odt-renamed.docx'));
		expect(m).toContain('OpenDocument (.odt');
		expect(m).toMatch(/Simpan Sebagai .*\.docx/);
	});

	it('an old Word 97-2003 file renamed .docx: says .doc and to save as .docx', async () => {
		const m = await message(broken('doc-renamed.docx'));
		expect(m).toContain('dokumen Word lama (.doc, Word 97-2003)');
		expect(m).toContain('Simpan Sebagai');
	});

	it('a password-protected document: says it is protected and how to remove the password', async () => {
		const m = await message(broken('password.docx'));
		expect(m).toContain('dilindungi kata sandi');
		expect(m).toContain('hapus perlindungannya');
	});

	it('a download cut off half way: says damaged or truncated and to fetch the original again', async () => {
		const m = await message(broken('truncated.docx'));
		expect(m).toContain('Berkas Word rusak atau terpotong');
		expect(m).toContain('Unduh atau salin ulang');
	});

	it('a zip of other files: says word/document.xml is missing', async () => {
		expect(await message(broken('not-docx.docx'))).toContain('bagian word/document.xml (isi dokumen) tidak ada');
	});

	it('a text file renamed .docx: says it is no zip as a .docx is', async () => {
		expect(await message(broken('text-renamed.docx'))).toContain('bukan dokumen Word (.docx): isinya bukan arsip ZIP');
	});

	it('a Word document with nothing typed in it: says it is empty', async () => {
		expect(await message(broken('empty.docx'))).toContain('Dokumen Word ini kosong');
	});

	it('a document of pictures only: says it has no text and needs typing or OCR', async () => {
		const doc = zipSync({
			'_rels/.rels': strToU8(
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
			),
			'word/document.xml': strToU8('<w:document xmlns:w="w"><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>'),
			'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47])
		});
		const m = await message(doc);
		expect(m).toContain('hanya gambar');
		expect(m).toContain('OCR');
	});

	it('an Excel workbook, a PDF and an empty file under a .docx name each say what they are', async () => {
		expect(await message(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toContain('berkas Excel');
		expect(await message(strToU8('%PDF-1.7\n%...'))).toContain('sebenarnya PDF');
		expect(await message(new Uint8Array())).toContain('kosong (0 byte)');
	});

	it('a document.xml cut off in the middle of a paragraph is read up to the cut, with a note, not refused', async () => {
		const r = await readDocx(broken('malformed-xml.docx'));
		expect(r.text).toBe('Laporan Kinerja Kecamatan Silo\n\nTahun 20');
		expect(r.notes[0]).toContain('rusak atau terpotong sesudah paragraf 2');
	});

	it('a document.xml that is no XML document at all is refused with a message', async () => {
		const doc = zipSync({ 'word/document.xml': strToU8('ini bukan XML') });
		expect(await message(doc)).toContain('Isi dokumen Word (word/document.xml) rusak');
	});
});

describe('readDocx on a damaged document.xml never fails other than with a DocumentError', () => {
	const original = unzipSync(new Uint8Array(readFileSync('tests/fixtures/documents/balung-2020.docx')));
	const xml = strFromU8(original['word/document.xml']);
	let seed = 20240129;
	const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 16777216;
	const damaged = Array.from({ length: 12 }, (_, k) => {
		if (k % 2 === 0) return xml.slice(0, Math.floor(random() * xml.length));
		// markup characters dropped in at random places
		const chars = xml.split('');
		for (let j = 0; j < 30; j++) chars[Math.floor(random() * chars.length)] = '<>&/"'[Math.floor(random() * 5)];
		return chars.join('');
	});

	it.each(damaged.map((d, k) => [k, d] as const))('damage %i: text and notes, or a DocumentError', async (_, d) => {
		const bytes = zipSync({ ...original, 'word/document.xml': strToU8(d) });
		try {
			const r = await readDocx(bytes);
			expect(r.places.length).toBe(r.text.split('\n').length);
			expect(r.notes.length).toBeGreaterThan(0);
		} catch (e) {
			expect(e).toBeInstanceOf(DocumentError);
		}
	});
});
