/**
 * readDocx on small Word documents built here, each for one thing the reader
 * must get right: merged cells, bold, Word numbering, headings, reading order,
 * the characters Word stores apart from text. The expected reading text is
 * written by hand from what Word would show on the page.
 */
import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Tab,
	Table,
	TableCell,
	TableRow,
	TextRun,
	VerticalMergeType,
	type ISectionOptions
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/document/docx';

type Child = Paragraph | Table;

async function build(children: Child[], numbering?: ConstructorParameters<typeof Document>[0]['numbering']): Promise<Uint8Array> {
	const sections: ISectionOptions[] = [{ children }];
	return new Uint8Array(await Packer.toBuffer(new Document({ sections, numbering })));
}

const p = (text: string, opts: { bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] });
const cell = (children: Child[], o: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
	new TableCell({
		children,
		columnSpan: o.columnSpan,
		verticalMerge: o.verticalMerge === 'restart' ? VerticalMergeType.RESTART : o.verticalMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined
	});
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const table = (...rows: TableRow[]) => new Table({ rows });

/** the reading text's lines without the blank separators */
async function lines(bytes: Uint8Array): Promise<string[]> {
	return (await readDocx(bytes)).text.split('\n').filter((l) => l !== '');
}

/** A DOCX from raw WordprocessingML, for what the docx package cannot write (fields, revisions, localised styles). */
function rawDocx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
	const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
	};
	if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
	if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
	return zipSync(files);
}

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, lvl = 0) => ({
	level: lvl,
	format,
	text,
	alignment: AlignmentType.LEFT,
	style: { paragraph: { indent: { left: 720 * (lvl + 1), hanging: 360 } } }
});

describe('readDocx: tables', () => {
	it('writes a horizontally merged cell as its text and empty cells, a vertical continuation as an empty cell', async () => {
		const doc = await build([
			table(
				row(cell([p('No')], { verticalMerge: 'restart' }), cell([p('Uraian')], { verticalMerge: 'restart' }), cell([p('Anggaran')], { columnSpan: 2 })),
				row(cell([], { verticalMerge: 'continue' }), cell([], { verticalMerge: 'continue' }), cell([p('Pagu')]), cell([p('Realisasi')])),
				row(cell([p('1')], { verticalMerge: 'restart' }), cell([p('Program Penunjang')]), cell([p('2.000.000')]), cell([p('1.800.000')])),
				row(cell([p('')], { verticalMerge: 'continue' }), cell([p('Kegiatan A')]), cell([p('500.000')]), cell([p('450.000')]))
			)
		]);
		expect(await lines(doc)).toEqual([
			'No\tUraian\tAnggaran\t',
			'\t\tPagu\tRealisasi',
			'1\tProgram Penunjang\t2.000.000\t1.800.000',
			'\tKegiatan A\t500.000\t450.000'
		]);
	});

	it('joins the paragraphs of a cell with a space and turns a line break in a cell into a space', async () => {
		const doc = await build([
			table(
				row(cell([p('Indeks Kepuasan'), p('Masyarakat')]), cell([new Paragraph({ children: [new TextRun('81,9'), new TextRun({ text: 'poin', break: 1 })] })]))
			)
		]);
		expect(await lines(doc)).toEqual(['Indeks Kepuasan Masyarakat\t81,9 poin']);
	});

	it('reads columns skipped at a row start (gridBefore) as empty cells', async () => {
		const doc = rawDocx(
			'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>No</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Uraian</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Pagu</w:t></w:r></w:p></w:tc></w:tr>' +
				'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>Kegiatan B</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>300.000</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
		);
		expect(await lines(doc)).toEqual(['No\tUraian\tPagu', '\tKegiatan B\t300.000']);
	});

	it('reads a cell spanning a grid column a hair wide as one cell, as it prints', async () => {
		const tc = (t: string, span = 1) => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
		// the third grid column is 1 twip wide: the second row's border sits a hair right of the first row's
		const doc = rawDocx(
			'<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1"/><w:gridCol w:w="1500"/></w:tblGrid>' +
				`<w:tr>${tc('Indikator')}${tc('Target')}${tc('Realisasi', 2)}</w:tr><w:tr>${tc('IKM')}${tc('90', 2)}${tc('81,9')}</w:tr></w:tbl>`
		);
		expect(await lines(doc)).toEqual(['Indikator\tTarget\tRealisasi', 'IKM\t90\t81,9']);
	});

	it('reads a one-column frame as the paragraphs and tables inside it, and flattens a table nested in a cell', async () => {
		const inner = table(row(cell([p('a')]), cell([p('b')])));
		const doc = await build([
			table(row(cell([p('Judul dalam bingkai'), table(row(cell([p('Pagu')]), cell([p('1.000')])))]))),
			table(row(cell([p('Rincian')]), new TableCell({ children: [inner, p('')] })))
		]);
		expect(await lines(doc)).toEqual(['Judul dalam bingkai', 'Pagu\t1.000', 'Rincian\ta b']);
	});
});

describe('readDocx: bold', () => {
	it('marks a paragraph bold in all its runs with ** and leaves a partly bold one plain', async () => {
		const doc = await build([
			new Paragraph({ children: [new TextRun({ text: 'KECAMATAN ', bold: true }), new TextRun({ text: 'PUGER', bold: true })] }),
			new Paragraph({ children: [new TextRun({ text: 'Sasaran 1', bold: true }), new TextRun(' : Meningkatnya kualitas pelayanan')] })
		]);
		expect(await lines(doc)).toEqual(['**KECAMATAN PUGER**', 'Sasaran 1 : Meningkatnya kualitas pelayanan']);
	});

	it('marks a bold cell <b>, and only the bold words of a partly bold cell', async () => {
		const doc = await build([
			table(
				row(cell([p('Jumlah', { bold: true })]), cell([p('3.648.593.974', { bold: true })]), cell([p('89,86%')])),
				row(
					cell([new Paragraph({ children: [new TextRun({ text: 'Program Penyelenggaraan ', bold: true }), new TextRun('a.Koordinasi kegiatan')] })]),
					cell([p('x')]),
					cell([p('y')])
				)
			)
		]);
		expect(await lines(doc)).toEqual(['<b>Jumlah</b>\t<b>3.648.593.974</b>\t89,86%', '<b>Program Penyelenggaraan</b> a.Koordinasi kegiatan\tx\ty']);
	});

	it('takes bold from the paragraph style and lets a run switch it off', async () => {
		const styles = '<w:style w:type="paragraph" w:styleId="Tebal"><w:name w:val="Tebal"/><w:rPr><w:b/></w:rPr></w:style>';
		const doc = rawDocx(
			'<w:p><w:pPr><w:pStyle w:val="Tebal"/></w:pPr><w:r><w:t>LAPORAN KINERJA</w:t></w:r></w:p>' +
				'<w:p><w:pPr><w:pStyle w:val="Tebal"/></w:pPr><w:r><w:t xml:space="preserve">Tahun </w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>2023</w:t></w:r></w:p>',
			{ styles }
		);
		expect(await lines(doc)).toEqual(['**LAPORAN KINERJA**', 'Tahun 2023']);
	});
});

describe('readDocx: Word numbering', () => {
	it('writes the label Word shows: decimal, letters, roman, with each list instance restarting', async () => {
		const numbering = {
			config: [
				{ reference: 'angka', levels: [level(LevelFormat.DECIMAL, '%1.')] },
				{ reference: 'huruf', levels: [level(LevelFormat.LOWER_LETTER, '%1)')] },
				{ reference: 'romawi', levels: [level(LevelFormat.UPPER_ROMAN, '%1.')] }
			]
		};
		const item = (text: string, reference: string, instance: number) =>
			new Paragraph({ numbering: { reference, level: 0, instance }, children: [new TextRun(text)] });
		const doc = await build(
			[
				item('Program Penunjang Urusan', 'romawi', 1),
				item('Program Penyelenggaraan Pemerintahan', 'romawi', 1),
				item('Meningkatnya kualitas pelayanan', 'angka', 1),
				item('Meningkatnya koordinasi', 'angka', 1),
				p('Tujuan penyusunan:'),
				item('sebagai sarana pertanggungjawaban', 'huruf', 1),
				item('sebagai bahan evaluasi', 'huruf', 1),
				item('Sarana prasarana kurang memadai', 'angka', 2),
				item('Kompetensi pegawai', 'angka', 2)
			],
			numbering
		);
		expect(await lines(doc)).toEqual([
			'I. Program Penunjang Urusan',
			'II. Program Penyelenggaraan Pemerintahan',
			'1. Meningkatnya kualitas pelayanan',
			'2. Meningkatnya koordinasi',
			'Tujuan penyusunan:',
			'a) sebagai sarana pertanggungjawaban',
			'b) sebagai bahan evaluasi',
			'1. Sarana prasarana kurang memadai',
			'2. Kompetensi pegawai'
		]);
	});

	it('numbers nested levels from their parent ("1.1") and restarts a level under a new parent', async () => {
		const numbering = { config: [{ reference: 'bab', levels: [level(LevelFormat.DECIMAL, '%1.'), level(LevelFormat.DECIMAL, '%1.%2', 1)] }] };
		const item = (text: string, lvl: number) => new Paragraph({ numbering: { reference: 'bab', level: lvl }, children: [new TextRun(text)] });
		const doc = await build(
			[item('Pendahuluan', 0), item('Latar Belakang', 1), item('Maksud dan Tujuan', 1), item('Perencanaan', 0), item('Rencana Strategis', 1)],
			numbering
		);
		expect(await lines(doc)).toEqual(['1. Pendahuluan', '1.1 Latar Belakang', '1.2 Maksud dan Tujuan', '2. Perencanaan', '2.1 Rencana Strategis']);
	});

	it('writes a bullet as "- " and keeps a number label inside a table cell', async () => {
		const numbering = { config: [{ reference: 'no', levels: [level(LevelFormat.DECIMAL, '%1.')] }] };
		const no = () => new Paragraph({ numbering: { reference: 'no', level: 0 }, children: [] });
		const doc = await build(
			[
				new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Camat')] }),
				table(row(cell([no()]), cell([p('Indeks Kepuasan Masyarakat')]), cell([p('90')])), row(cell([no()]), cell([p('Nilai SAKIP OPD')]), cell([p('B (63)')])))
			],
			numbering
		);
		expect(await lines(doc)).toEqual(['- Camat', '1.\tIndeks Kepuasan Masyarakat\t90', '2.\tNilai SAKIP OPD\tB (63)']);
	});

	it('follows a list defined as a list style (numStyleLink), as Word writes multilevel lists', async () => {
		const styles =
			'<w:style w:type="numbering" w:styleId="DaftarBab"><w:name w:val="Daftar Bab"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
		const numbering =
			'<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DaftarBab"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
			'<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DaftarBab"/></w:abstractNum>' +
			'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
		const item = (t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
		expect(await lines(rawDocx(item('Latar Belakang') + item('Maksud dan Tujuan'), { styles, numbering }))).toEqual([
			'A. Latar Belakang',
			'B. Maksud dan Tujuan'
		]);
	});

	it('takes numbering from a heading style, as chapter numbers are set', async () => {
		const styles =
			'<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
		const numbering =
			'<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="BAB %1"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>';
		const h = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Judul1"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
		const doc = rawDocx(h('PENDAHULUAN') + h('PERENCANAAN KINERJA') + h('AKUNTABILITAS KINERJA'), { styles, numbering });
		expect(await lines(doc)).toEqual(['## BAB I PENDAHULUAN', '## BAB II PERENCANAAN KINERJA', '## BAB III AKUNTABILITAS KINERJA']);
	});
});

describe('readDocx: headings, order and places', () => {
	it('writes headings as ## and keeps body order: paragraph, table, paragraph, each table row one line', async () => {
		const doc = await readDocx(
			await build([
				new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('BAB III')] }),
				p('Tabel 3.1'),
				table(row(cell([p('Indikator')]), cell([p('Target')])), row(cell([p('IKM')]), cell([p('90')]))),
				p('Sumber: SUKMA-e'),
				table(row(cell([p('Program')]), cell([p('Pagu')])))
			])
		);
		expect(doc.text).toBe('## BAB III\n\nTabel 3.1\n\nIndikator\tTarget\nIKM\t90\n\nSumber: SUKMA-e\n\nProgram\tPagu');
		expect(doc.places).toEqual([
			{ kind: 'docx-paragraph', paragraph: 1 },
			null,
			{ kind: 'docx-paragraph', paragraph: 2 },
			null,
			{ kind: 'docx-row', table: 1, row: 1 },
			{ kind: 'docx-row', table: 1, row: 2 },
			null,
			{ kind: 'docx-paragraph', paragraph: 3 },
			null,
			{ kind: 'docx-row', table: 2, row: 1 }
		]);
		expect(doc).toMatchObject({ format: 'docx', pages: null, notes: [] });
	});

	it('knows a heading by an Indonesian style id or an outline level, not only by "Heading1"', async () => {
		const styles =
			'<w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="Judul Bagian"/></w:style><w:style w:type="paragraph" w:styleId="BabKu"><w:name w:val="Bab Laporan"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Isi"><w:name w:val="Isi"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>';
		const para = (style: string, t: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
		const doc = rawDocx(para('Judul2', 'A. Latar Belakang') + para('BabKu', 'PENUTUP') + para('Isi', 'Teks biasa.'), { styles });
		expect(await lines(doc)).toEqual(['## A. Latar Belakang', '## PENUTUP', 'Teks biasa.']);
	});

	it('knows a heading by an outline level set on the paragraph itself', async () => {
		const doc = rawDocx('<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>C. Realisasi Anggaran</w:t></w:r></w:p><w:p><w:r><w:t>Isi.</w:t></w:r></w:p>');
		expect(await lines(doc)).toEqual(['## C. Realisasi Anggaran', 'Isi.']);
	});

	it('starts a new line at a manual line break in a paragraph, with the same place', async () => {
		const doc = await readDocx(await build([new Paragraph({ children: [new TextRun('LAPORAN KINERJA'), new TextRun({ text: 'KECAMATAN SILO', break: 1 })] })]));
		expect(doc.text).toBe('LAPORAN KINERJA\nKECAMATAN SILO');
		expect(doc.places).toEqual([
			{ kind: 'docx-paragraph', paragraph: 1 },
			{ kind: 'docx-paragraph', paragraph: 1 }
		]);
	});
});

describe('readDocx: characters and hidden content', () => {
	it('keeps a tab in a paragraph as a tab, non-breaking spaces as spaces, and drops soft hyphens', async () => {
		const doc = await build([
			new Paragraph({ children: [new TextRun({ children: ['KATA PENGANTAR', new Tab(), '1'] })] }),
			p('Rp.\u00a03.648.593.974,00 atau 89,86\u00a0%'),
			p('penyeleng\u00adgaraan pemerintahan')
		]);
		expect(await lines(doc)).toEqual(['KATA PENGANTAR\t1', 'Rp. 3.648.593.974,00 atau 89,86 %', 'penyelenggaraan pemerintahan']);
	});

	it('reads a paragraph of two or more tabs as a typed tab row: every tab a cell border, trailing ones dropped', async () => {
		const tabs = (...parts: (string | 0)[]) => new Paragraph({ children: [new TextRun({ children: parts.map((x) => (x === 0 ? new Tab() : x)) })] });
		const doc = await readDocx(
			await build([
				tabs('Pengelola kepegawaian:'),
				tabs('12', 0, 'Pengelola Administrasi ', 0, 0, 'ada', 0, 0),
				tabs(0, 'Pengelola Data', 0, '-', 0, '-'),
				tabs(0, 'Sub Kegiatan 2: Harmonisasi', 0, 0),
				tabs('KATA PENGANTAR', 0, 0, '1'),
				tabs('Keterangan tabel.'),
				tabs('Catatan', 0, 'satu tab saja'),
				tabs('Akhir.'),
				tabs(0, 'menjorok')
			])
		);
		// rows typed one under the other follow each other without a blank line; under a row one tab is enough,
		// elsewhere one tab aligns (kept) and a leading tab indents (dropped)
		expect(doc.text).toBe(
			'Pengelola kepegawaian:\n\n12\tPengelola Administrasi\t\tada\n\tPengelola Data\t-\t-\n\tSub Kegiatan 2: Harmonisasi\nKATA PENGANTAR\t\t1\n\nKeterangan tabel.\n\nCatatan\tsatu tab saja\n\nAkhir.\n\nmenjorok'
		);
	});

	it('reads a tab after a typed list label, or in a heading, as a space: such a line is no table row', async () => {
		const tabbed = (text: string, tail: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
			new Paragraph({ heading, children: [new TextRun({ children: [text, new Tab(), tail] })] });
		const doc = await build([
			tabbed('1.', 'Program Penunjang sebesar Rp 2.000.000'),
			tabbed('b)', 'Kegiatan Administrasi'),
			tabbed('A.', 'LATAR BELAKANG', HeadingLevel.HEADING_2),
			tabbed('BAB I PENDAHULUAN', '5')
		]);
		expect(await lines(doc)).toEqual(['1. Program Penunjang sebesar Rp 2.000.000', 'b) Kegiatan Administrasi', '## A. LATAR BELAKANG', 'BAB I PENDAHULUAN\t5']);
	});

	it('keeps hyperlink text and the result of a field, drops the field code, deleted and hidden text', async () => {
		const linked = await build([
			new Paragraph({
				children: [new TextRun('Survei di '), new ExternalHyperlink({ link: 'https://sukma.jatimprov.go.id', children: [new TextRun('SUKMA-e')] })]
			})
		]);
		expect(await lines(linked)).toEqual(['Survei di SUKMA-e']);
		const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
		const doc = rawDocx(
			`<w:p>${r('Halaman ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('21')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
				`<w:p>${r('Realisasi ')}<w:del w:id="1" w:author="x"><w:r><w:delText>80</w:delText></w:r></w:del><w:ins w:id="2" w:author="x">${r('81,9')}</w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>catatan tersembunyi</w:t></w:r></w:p>`
		);
		expect(await lines(doc)).toEqual(['Halaman 21', 'Realisasi 81,9']);
	});

	it('prints capitals set as formatting in capitals, and a symbol-font character as a mark', async () => {
		const doc = rawDocx(
			'<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>kecamatan puger</w:t></w:r></w:p>' +
				'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Indeks Kepuasan Masyarakat</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>91%</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:sym w:font="Wingdings" w:char="F06E"/></w:r></w:p></w:tc></w:tr></w:tbl>'
		);
		expect(await lines(doc)).toEqual(['KECAMATAN PUGER', 'Indeks Kepuasan Masyarakat\t91%\t\u25a0']);
	});

	it('decodes entities and reads the text of a text box once, after its paragraph', async () => {
		const box = '<w:txbxContent><w:p><w:r><w:t>KECAMATAN ARJASA</w:t></w:r></w:p></w:txbxContent>';
		const doc = rawDocx(
			`<w:p><w:r><w:t>Sampul &amp; Judul &#8211; 2023</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="y">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
		);
		expect(await lines(doc)).toEqual(['Sampul & Judul \u2013 2023', 'KECAMATAN ARJASA']);
	});

	it('finds the document through the package relationships, part names in any case', async () => {
		const doc = zipSync({
			'_rels/.rels': strToU8(
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/isi/Utama.xml"/></Relationships>'
			),
			'ISI/utama.xml': strToU8('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Laporan Kinerja Kecamatan Jelbuk</w:t></w:r></w:p></w:body></w:document>')
		});
		expect(await lines(doc)).toEqual(['Laporan Kinerja Kecamatan Jelbuk']);
	});

	it('reads a document.xml cut off mid-way as far as it goes, with a note naming where', async () => {
		const doc = rawDocx('<w:p><w:r><w:t>Laporan Kinerja Kecamatan Silo</w:t></w:r></w:p><w:p><w:r><w:t>Tahun 20');
		const r = await readDocx(doc);
		expect(r.text.split('\n')[0]).toBe('Laporan Kinerja Kecamatan Silo');
		expect(r.notes).toHaveLength(1);
		expect(r.notes[0]).toMatch(/rusak atau terpotong sesudah paragraf \d/);
		expect(r.notes[0]).toMatch(/simpan ulang/);
	});

	it('stays linear on hostile markup: many ampersands, stray end tags, deep nesting', async () => {
		const amps = '&'.repeat(400_000);
		const stray = '</w:x>'.repeat(100_000);
		const deep = '<w:sdt><w:sdtContent>'.repeat(5_000);
		const t0 = performance.now();
		const doc = rawDocx(`<w:p><w:r><w:t>${amps}</w:t></w:r></w:p>${deep}${stray}<w:p><w:r><w:t>akhir</w:t></w:r></w:p>`);
		const r = await readDocx(doc);
		// quadratic behaviour on these inputs takes minutes; linear takes well under a second even on a loaded machine
		expect(performance.now() - t0).toBeLessThan(4000);
		expect(r.text.startsWith('&&&')).toBe(true);
		expect(r.notes.some((n) => /terlalu dalam/.test(n))).toBe(true);
	});
});
