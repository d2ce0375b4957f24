/**
 * The zip package of a DOCX: what kind of file the bytes really are, and the
 * XML parts the reader needs (main document, styles, numbering), found through
 * the package's relationships rather than assumed at word/document.xml.
 *
 * Users rename files: an old .doc, an OpenDocument text, a password-protected
 * Word file (an OLE container, not a zip) or a PDF all arrive called .docx, and
 * each gets a message that says what it is and how to save it as a real .docx.
 */
import { unzipSync } from 'fflate';
import { attr, children, parseXml } from './docx-xml';
import { DocumentError } from './types';

/** A part larger than this unpacked is no report (a zip bomb, or a document of images). */
const MAX_PART = 200 * 1024 * 1024;

export interface DocxParts {
	document: string;
	styles: string | null;
	numbering: string | null;
	/** the package holds pictures (word/media): a document of scans has text nowhere else */
	hasMedia: boolean;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Whether a UTF-16LE name occurs in the bytes (names of streams in an OLE directory are stored that way). */
function hasUtf16(b: Uint8Array, name: string): boolean {
	const first = name.charCodeAt(0);
	outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
		if (b[i] !== first || b[i + 1] !== 0) continue;
		for (let k = 1; k < name.length; k++) if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
		return true;
	}
	return false;
}

const SAVE_AS =
	'Buka berkas itu di Microsoft Word atau LibreOffice Writer, pilih Simpan Sebagai (Save As) dengan jenis "Dokumen Word (.docx)", lalu unggah berkas yang baru.';

/** Reject bytes that are not a zip, saying what they are. */
function sniff(b: Uint8Array): void {
	if (b.length === 0) throw new DocumentError('Berkas Word kosong (0 byte). Salin atau unduh ulang berkas aslinya.');
	if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return;
	if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
		if (hasUtf16(b, 'EncryptedPackage'))
			throw new DocumentError(
				'Dokumen Word ini dilindungi kata sandi (terenkripsi), sehingga isinya tidak bisa dibaca. Buka di Word dengan kata sandinya, hapus perlindungannya (File > Info > Lindungi Dokumen > Enkripsi dengan Kata Sandi, kosongkan kata sandi), simpan sebagai .docx, lalu unggah lagi.'
			);
		if (hasUtf16(b, 'WordDocument'))
			throw new DocumentError(`Ini dokumen Word lama (.doc, Word 97-2003) yang diberi nama .docx, bukan dokumen .docx. ${SAVE_AS}`);
		throw new DocumentError(`Ini berkas Microsoft Office format lama (bukan .docx). ${SAVE_AS}`);
	}
	if (startsWith(b, [0x25, 0x50, 0x44, 0x46]))
		throw new DocumentError('Berkas ini sebenarnya PDF yang diberi nama .docx. Ganti akhiran namanya menjadi .pdf, lalu unggah lagi.');
	if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new DocumentError(`Ini dokumen RTF yang diberi nama .docx, bukan dokumen .docx. ${SAVE_AS}`);
	throw new DocumentError(
		`Berkas ini bukan dokumen Word (.docx): isinya bukan arsip ZIP seperti dokumen .docx. Mungkin berkas rusak, terpotong, atau berformat lain (misalnya teks biasa yang diberi nama .docx). ${SAVE_AS}`
	);
}

function unzip(b: Uint8Array, want: (name: string) => boolean, names?: string[]): Record<string, Uint8Array> {
	try {
		return unzipSync(b, {
			filter: (f) => {
				names?.push(f.name);
				if (!want(f.name)) return false;
				if (f.originalSize > MAX_PART)
					throw new DocumentError(
						`Bagian ${f.name} dokumen Word terlalu besar (${Math.round(f.originalSize / 1048576)} MB setelah dibuka). Simpan ulang laporan tanpa gambar besar, atau unggah PDF-nya.`
					);
				return true;
			}
		});
	} catch (e) {
		if (e instanceof DocumentError) throw e;
		throw new DocumentError(
			'Berkas Word rusak atau terpotong: arsip ZIP di dalamnya tidak utuh, jadi isinya tidak bisa dibuka. Unduh atau salin ulang berkas aslinya; bila masih gagal, buka di Word (Word biasanya menawarkan memulihkan isinya) lalu simpan ulang sebagai .docx.'
		);
	}
}

export function decodeText(b: Uint8Array): string {
	if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
	if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
	return new TextDecoder('utf-8').decode(b);
}

/** Targets of a .rels part by relationship type suffix ("/officeDocument", "/styles"), resolved against `base`. */
function relTargets(xml: string | null, base: string): Map<string, string> {
	const out = new Map<string, string>();
	if (!xml) return out;
	for (const r of children(parseXml(xml).root, 'Relationship')) {
		const type = attr(r, 'Type') ?? '';
		const target = attr(r, 'Target') ?? '';
		const kind = type.slice(type.lastIndexOf('/') + 1);
		if (target && attr(r, 'TargetMode') !== 'External' && !out.has(kind)) out.set(kind, resolvePath(base, target));
	}
	return out;
}

function resolvePath(base: string, target: string): string {
	const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
	const out: string[] = [];
	for (const p of parts) {
		if (p === '..') out.pop();
		else if (p !== '.' && p !== '') out.push(p);
	}
	return out.join('/');
}

/** The parts the reader needs, or a DocumentError saying why this is no DOCX. */
export function openDocx(bytes: Uint8Array): DocxParts {
	sniff(bytes);
	const names: string[] = [];
	// part names are case-insensitive in a package (OPC); some producers write "Word/Document.xml"
	const first = unzip(bytes, (n) => ['mimetype', '_rels/.rels', '[content_types].xml'].includes(n.toLowerCase()), names);
	const byLower = new Map(names.map((n) => [n.toLowerCase(), n] as const));
	const find = (path: string | undefined) => (path ? (byLower.get(path.toLowerCase()) ?? null) : null);
	const entry = (path: string) => first[find(path) ?? path];
	const mimetype = entry('mimetype') ? decodeText(entry('mimetype')).trim() : '';
	if (mimetype === 'application/vnd.oasis.opendocument.text')
		throw new DocumentError(
			'Ini dokumen OpenDocument (.odt, misalnya dari LibreOffice Writer) yang diberi nama .docx, bukan dokumen Word. Buka di LibreOffice Writer atau Word, pilih Simpan Sebagai dengan jenis "Word 2007-365 (.docx)", lalu unggah berkas yang baru.'
		);
	if (mimetype.startsWith('application/vnd.oasis.opendocument'))
		throw new DocumentError(
			'Ini dokumen OpenDocument lain (lembar kerja atau presentasi), bukan dokumen teks Word. Laporan harus berupa dokumen teks: simpan sebagai .docx dari Word atau LibreOffice Writer.'
		);
	const main = relTargets(entry('_rels/.rels') ? decodeText(entry('_rels/.rels')) : null, '').get('officeDocument');
	const docPath = find(main) ?? find('word/document.xml');
	if (!docPath || /^(xl|ppt)\//.test(docPath)) {
		if (names.some((n) => n.startsWith('xl/')))
			throw new DocumentError(
				'Ini berkas Excel (lembar kerja) yang diberi nama .docx, bukan dokumen Word. Unggah laporan LKIP-nya sebagai dokumen Word (.docx) atau PDF.'
			);
		if (names.some((n) => n.startsWith('ppt/')))
			throw new DocumentError(
				'Ini berkas PowerPoint (presentasi) yang diberi nama .docx, bukan dokumen Word. Unggah laporan LKIP-nya sebagai dokumen Word (.docx) atau PDF.'
			);
		throw new DocumentError(
			`Arsip ZIP ini bukan dokumen Word: bagian word/document.xml (isi dokumen) tidak ada. Pastikan yang diunggah adalah laporan yang disimpan dari Word sebagai .docx, bukan arsip berisi berkas lain. ${SAVE_AS}`
		);
	}
	const dir = docPath.slice(0, docPath.lastIndexOf('/') + 1);
	const relsPath = find(`${dir}_rels/${docPath.slice(dir.length)}.rels`);
	const relsRaw = relsPath ? unzip(bytes, (n) => n === relsPath)[relsPath] : undefined;
	const rels = relTargets(relsRaw ? decodeText(relsRaw) : null, dir);
	const stylesPath = find(rels.get('styles') ?? `${dir}styles.xml`);
	const numberingPath = find(rels.get('numbering') ?? `${dir}numbering.xml`);
	const parts = unzip(bytes, (n) => n === docPath || n === stylesPath || n === numberingPath);
	return {
		document: decodeText(parts[docPath]),
		styles: stylesPath && parts[stylesPath] ? decodeText(parts[stylesPath]) : null,
		numbering: numberingPath && parts[numberingPath] ? decodeText(parts[numberingPath]) : null,
		hasMedia: names.some((n) => /\/media\//.test(n))
	};
}
