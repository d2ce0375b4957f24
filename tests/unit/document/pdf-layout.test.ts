/**
 * readPdf on small PDFs drawn here with pdfkit, each showing one thing a
 * producer does; the expected lines are written out by hand.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadPdfjsForNode } from '../../../scripts/pdfjs-node';
import { readPdf } from '../../../src/lib/document/pdf-read';

type Doc = InstanceType<typeof PDFDocument>;

async function pdf(draw: (doc: Doc) => void, opts: ConstructorParameters<typeof PDFDocument>[0] = {}): Promise<Uint8Array> {
	const doc = new PDFDocument({ size: 'A4', margin: 50, ...opts });
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
	draw(doc);
	doc.end();
	return new Uint8Array(await done);
}

async function lines(bytes: Uint8Array): Promise<string[]> {
	const rt = await readPdf(bytes, await loadPdfjsForNode());
	return rt.text.split('\n').filter((l) => l !== '');
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('readPdf: lines and cells', () => {
	it('groups text on one baseline into a line, a raised footnote mark included', async () => {
		const b = await pdf((d) => {
			d.font('Helvetica').fontSize(11).text('Jumlah penduduk', 50, 100, { lineBreak: false });
			// raised a third of the body size, as word processors set a superscript
			d.fontSize(7).text('1', 138, 100 + 11 * 0.718 - 3.7 - 7 * 0.718, { lineBreak: false });
			d.fontSize(11).text('sebanyak 48.535 jiwa.', 145, 100, { lineBreak: false });
		});
		expect(await lines(b)).toEqual(['Jumlah penduduk 1 sebanyak 48.535 jiwa.']);
	});

	it('splits a row into cells at column gaps, empty columns kept', async () => {
		const b = await pdf((d) => {
			d.font('Helvetica').fontSize(9);
			const row = (y: number, cells: [string, number][]) => cells.forEach(([t, x]) => d.text(t, x, y, { lineBreak: false }));
			row(100, [
				['No', 50],
				['Uraian', 80],
				['Pagu', 300],
				['Realisasi', 380]
			]);
			row(115, [
				['1', 50],
				['Kegiatan A', 80],
				['1.000.000', 300],
				['900.000', 380]
			]);
			row(130, [
				['2', 50],
				['Kegiatan B', 80],
				['2.500.000', 300]
			]);
		});
		expect(await lines(b)).toEqual(['No\tUraian\tPagu\tRealisasi', '1\tKegiatan A\t1.000.000\t900.000', '2\tKegiatan B\t2.500.000\t']);
	});

	it('keeps a cell that wraps onto two printed lines in one row', async () => {
		const b = await pdf((d) => {
			d.font('Helvetica').fontSize(9);
			d.text('No', 50, 100, { lineBreak: false }).text('Sasaran', 80, 100, { lineBreak: false }).text('Target', 260, 100, { lineBreak: false });
			d.text('1', 50, 118, { lineBreak: false });
			d.text('Meningkatnya kualitas pelayanan publik di kecamatan', 80, 118, { width: 150 });
			d.text('90%', 260, 118, { lineBreak: false });
			d.text('2', 50, 150, { lineBreak: false }).text('Terjaganya ketertiban', 80, 150, { lineBreak: false }).text('100%', 260, 150, { lineBreak: false });
		});
		expect(await lines(b)).toEqual(['No\tSasaran\tTarget', '1\tMeningkatnya kualitas pelayanan publik di kecamatan\t90%', '2\tTerjaganya ketertiban\t100%']);
	});

	it('reads cells from ruling lines even where the text stands close, a merged header cell first', async () => {
		const b = await pdf((d) => {
			const xs = [50, 70, 200, 260, 320];
			const ys = [100, 114, 128, 142];
			d.lineWidth(0.5);
			for (const y of ys) d.moveTo(50, y).lineTo(320, y).stroke();
			for (const x of xs)
				d.moveTo(x, x === 260 ? 114 : 100)
					.lineTo(x, 142)
					.stroke();
			d.font('Helvetica').fontSize(8);
			d.text('No', 52, 104, { lineBreak: false }).text('Program', 72, 104, { lineBreak: false }).text('Anggaran (Rp)', 202, 104, { lineBreak: false });
			d.text('Pagu', 202, 118, { lineBreak: false }).text('Realisasi', 262, 118, { lineBreak: false });
			d.text('I', 52, 132, { lineBreak: false })
				.text('Program Penunjang', 72, 132, { lineBreak: false })
				.text('5.000.000', 202, 132, { lineBreak: false })
				.text('4.000.000', 262, 132, { lineBreak: false });
		});
		expect(await lines(b)).toEqual(['No\tProgram\tAnggaran (Rp)\t', '\t\tPagu\tRealisasi', 'I\tProgram Penunjang\t5.000.000\t4.000.000']);
	});

	it('writes bold cells and bold lines in the dialect', async () => {
		const b = await pdf((d) => {
			d.font('Helvetica-Bold').fontSize(11).text('BAB III AKUNTABILITAS KINERJA', 50, 80, { lineBreak: false });
			d.font('Helvetica-Bold').fontSize(9).text('JUMLAH', 50, 120, { lineBreak: false }).text('3.000.000', 250, 120, { lineBreak: false });
			d.font('Helvetica').text('Catatan', 50, 135, { lineBreak: false }).text('-', 250, 135, { lineBreak: false });
		});
		expect(await lines(b)).toEqual(['**BAB III AKUNTABILITAS KINERJA**', '<b>JUMLAH</b>\t<b>3.000.000</b>', 'Catatan\t-']);
	});

	it('joins the printed lines of a paragraph, a hyphenated word mended and a compound kept', async () => {
		const b = await pdf((d) => {
			d.font('Times-Roman').fontSize(11);
			const w = 495;
			d.text('Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan pelak-', 50, 100, { width: w, lineBreak: false, align: 'left' });
			d.text('sanaan program oleh masing-masing seksi, termasuk evaluasi peraturan perundang-', 50, 113, { lineBreak: false });
			d.text('undangan yang berlaku.', 50, 126, { lineBreak: false });
		});
		const got = await lines(b);
		expect(got).toEqual([
			'Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan pelaksanaan program oleh masing-masing seksi, termasuk evaluasi peraturan perundang-undangan yang berlaku.'
		]);
	});

	it('reads a ligature glyph and a no-break space as plain text', async () => {
		const b = await pdf((d) => {
			d.registerFont('DejaVu', DEJAVU);
			// fontkit sets "fi" as the ligature glyph; U+00A0 is a no-break space
			d.font('DejaVu').fontSize(11).text('Efisiensi anggaran Rp\u00a01.000', 50, 100, { lineBreak: false });
		});
		expect(await lines(b)).toEqual(['Efisiensi anggaran Rp 1.000']);
	});
});

describe('readPdf: pages', () => {
	it('drops a running header and page numbers, and keeps a table continued on the next page as one block', async () => {
		const b = await pdf((d) => {
			for (let p = 0; p < 3; p++) {
				if (p) d.addPage();
				d.font('Helvetica-Oblique').fontSize(8).text('LKIP Kecamatan Contoh Tahun 2030', 50, 30, { lineBreak: false });
				d.font('Helvetica')
					.fontSize(9)
					.text(String(p + 1), 290, 800, { lineBreak: false });
				d.font('Helvetica').fontSize(9);
				d.text('Kegiatan', 50, 100, { lineBreak: false }).text('Pagu', 300, 100, { lineBreak: false });
				d.text(`Kegiatan ${p + 1}`, 50, 115, { lineBreak: false }).text(`${p + 1}.000.000`, 300, 115, { lineBreak: false });
			}
		});
		const rt = await readPdf(b, await loadPdfjsForNode());
		expect(rt.text.split('\n')).toEqual(['Kegiatan\tPagu', 'Kegiatan 1\t1.000.000', 'Kegiatan 2\t2.000.000', 'Kegiatan 3\t3.000.000']);
		expect(rt.places.map((p) => (p?.kind === 'pdf' ? p.page : null))).toEqual([1, 1, 2, 3]);
		expect(rt.pages).toBe(3);
	});

	it('reads a landscape page and gives boxes in its own top-left coordinates', async () => {
		const b = await pdf(
			(d) => {
				d.font('Helvetica').fontSize(9);
				const xs = [50, 120, 400, 520, 640, 740];
				['No', 'Program', 'Pagu', 'Realisasi', 'Serapan', '%'].forEach((t, k) => d.text(t, xs[k], 100, { lineBreak: false }));
				['1', 'Program Penunjang Urusan', '10.000.000', '9.000.000', '1.000.000', '90,00'].forEach((t, k) => d.text(t, xs[k], 115, { lineBreak: false }));
			},
			{ layout: 'landscape' }
		);
		const rt = await readPdf(b, await loadPdfjsForNode());
		expect(rt.text.split('\n')).toEqual(['No\tProgram\tPagu\tRealisasi\tSerapan\t%', '1\tProgram Penunjang Urusan\t10.000.000\t9.000.000\t1.000.000\t90,00']);
		const place = rt.places[1];
		expect(place?.kind).toBe('pdf');
		if (place?.kind !== 'pdf') return;
		// the row's box runs from the first cell at x 50 to past the last at x 740, near y 115 from the top
		expect(place.box.x).toBeCloseTo(50, 0);
		expect(place.box.x + place.box.w).toBeGreaterThan(750);
		expect(place.box.y).toBeGreaterThan(110);
		expect(place.box.y).toBeLessThan(120);
	});

	it('reads a two-column profile down the left column, then the right', async () => {
		const b = await pdf((d) => {
			d.font('Times-Roman').fontSize(10);
			const left = ['Kecamatan ini terdiri dari tujuh desa yang', 'tersebar di wilayah seluas 42 km persegi dan', 'dilalui jalan kabupaten.'];
			const right = ['Jumlah penduduk tercatat sebanyak 40.000 jiwa', 'dengan kepadatan yang merata di seluruh desa', 'menurut data terakhir.'];
			left.forEach((t, i) => d.text(t, 50, 100 + i * 12, { lineBreak: false }));
			right.forEach((t, i) => d.text(t, 320, 100 + i * 12, { lineBreak: false }));
		});
		const got = await lines(b);
		expect(got.join(' ')).toBe(
			'Kecamatan ini terdiri dari tujuh desa yang tersebar di wilayah seluas 42 km persegi dan dilalui jalan kabupaten. Jumlah penduduk tercatat sebanyak 40.000 jiwa dengan kepadatan yang merata di seluruh desa menurut data terakhir.'
		);
	});

	it('reports progress once per page', async () => {
		const b = await pdf((d) => {
			d.text('satu');
			d.addPage().text('dua');
		});
		const seen: [number, number][] = [];
		await readPdf(b, await loadPdfjsForNode(), (done, total) => seen.push([done, total]));
		expect(seen).toEqual([
			[1, 2],
			[2, 2]
		]);
	});
});
