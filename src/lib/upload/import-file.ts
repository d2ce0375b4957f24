/**
 * One dropped file → what can be added and what is wrong with the rest.
 * The single entry point of the upload feature: size and type checks before
 * reading, decoding, then the CSV importer or the LKIP extractor. Never throws
 * on file content: an unexpected failure becomes a message too.
 */
import { readDocument, type ReadOptions } from '../document/read';
import { signatureOf } from '../document/signature';
import type { Progress, ReadingText } from '../document/types';
import type { Report, MasterData } from '../lkip/types';
import { cekUkuran, dekode, jenisDariNama, type JenisBerkas } from './file-kind';
import { bacaStrukturCsv } from './csv';
import type { DataAda } from './duplicates';
import { readUploadedReport } from './lkip';
import { galat, peringatan, type Masalah } from './problems';
import type { NamaTemplat } from './templates';
import { validasiCsv } from './validate';

export interface HasilUnggah {
	nama: string;
	ukuran: number;
	jenis: JenisBerkas | null;
	/** the template a CSV matched, 'lkip' for a report text */
	tabel: NamaTemplat | 'lkip' | null;
	/** what "Tambahkan baris yang valid" would add */
	laporan: Report[];
	/** data lines offered / refused (CSV); for LKIP the record count is in `laporan` */
	barisDiterima: number[];
	barisDitolak: number[];
	masalah: Masalah[];
	/** the decoded text (a document's reading text), for the audit's quotes of source lines; null when the file was refused unread */
	teks: string | null;
	/** a PDF or Word document's own bytes, kept so the viewer can open a figure's page; null for text and CSV */
	dokumen: Uint8Array | null;
}

/** What the browser's File (and Node's) offers; only the size is read before the check. */
export interface BerkasMasuk {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

function kosong(nama: string, ukuran: number, jenis: JenisBerkas | null): HasilUnggah {
	return { nama, ukuran, jenis, tabel: null, laporan: [], barisDiterima: [], barisDitolak: [], masalah: [], teks: null, dokumen: null };
}

function tolak(h: HasilUnggah, pesan: string): HasilUnggah {
	h.masalah.push(galat(null, null, pesan));
	return h;
}

/** The whole pipeline on bytes already read (also used by tests and the fuzzer); `kemajuan` is told the CSV rows checked. */
export function bacaByte(nama: string, byte: Uint8Array, ref: MasterData, ada: DataAda = {}, kemajuan?: Progress): HasilUnggah {
	const jenis = jenisDariNama(nama);
	if (jenis === 'dokumen') return tolak(kosong(nama, byte.length, jenis), 'dokumen PDF/Word dibaca lewat bacaBerkas (asinkron), bukan bacaByte');
	if (jenis !== 'csv' && jenis !== 'teks') return tolak(kosong(nama, byte.length, null), jenis);
	const h = kosong(nama, byte.length, jenis);
	const ukuran = cekUkuran(byte.length);
	if (ukuran) return tolak(h, ukuran);
	const d = dekode(byte);
	if (d.masalah !== null) return tolak(h, d.masalah);
	h.teks = d.teks;
	try {
		if (h.jenis === 'csv' || pakaiTemplat(d.teks)) {
			const struktur = bacaStrukturCsv(d.teks);
			const v = validasiCsv(struktur, nama, ref, ada, kemajuan);
			return { ...h, tabel: struktur.templat?.tabel ?? null, ...v };
		}
		if (!d.teks.trim()) return tolak(h, 'berkas kosong: tidak ada teks');
		return laporanDari(h, { format: 'txt', text: d.teks, places: [], pages: null, notes: [] }, ref, ada);
	} catch (e) {
		return tolak(h, salahProgram(e));
	}
}

// a bug of ours, not the user's: say so rather than break the page
const salahProgram = (e: unknown) =>
	`berkas tidak dapat diproses karena kesalahan program (${e instanceof Error ? e.message : String(e)}); laporkan berkas ini kepada pengelola dasbor`;

function laporanDari(h: HasilUnggah, doc: ReadingText, ref: MasterData, ada: DataAda): HasilUnggah {
	const l = readUploadedReport(doc, h.nama, ref, ada);
	const catatan = doc.notes.map((n) => peringatan(null, null, n));
	return { ...h, teks: doc.text, tabel: 'lkip', laporan: l.laporan ? [l.laporan] : [], masalah: [...catatan, ...l.masalah] };
}

/**
 * A PDF, Word document or LKIP text, read by the document layer (pdf.js for a
 * PDF, with progress per page). A document that cannot be read is refused with
 * the reader's message; nothing else the user uploaded is touched.
 */
export async function bacaDokumen(nama: string, byte: Uint8Array, ref: MasterData, ada: DataAda, opsi: ReadOptions): Promise<HasilUnggah> {
	const h = kosong(nama, byte.length, 'dokumen');
	let doc: ReadingText;
	try {
		doc = await readDocument(byte, opsi);
	} catch (e) {
		if (e instanceof Error && e.name === 'DocumentError') return tolak(h, e.message);
		return tolak(h, salahProgram(e));
	}
	try {
		const hasil = laporanDari(h, doc, ref, ada);
		return doc.format === 'txt' ? { ...hasil, jenis: 'teks' } : { ...hasil, dokumen: byte };
	} catch (e) {
		return tolak(h, salahProgram(e));
	}
}

/** A .txt saved from the template (people rename CSVs) starts with the template header. */
function pakaiTemplat(teks: string): boolean {
	const pertama = teks.split(/\r?\n/, 1)[0].toLowerCase();
	return /^\s*"?kecamatan"?\s*[,;]\s*"?tahun"?\s*[,;]/.test(pertama);
}

/**
 * A dropped File: refused by size before a single byte is read. A PDF or Word
 * document goes to the document reader, and so does a "text" that is really a
 * PDF or a DOCX (people rename files); CSV and text go the synchronous way.
 */
export async function bacaBerkas(f: BerkasMasuk, ref: MasterData, ada: DataAda, opsi: ReadOptions): Promise<HasilUnggah> {
	const jenis = jenisDariNama(f.name);
	if (jenis !== 'csv' && jenis !== 'teks' && jenis !== 'dokumen') return tolak(kosong(f.name, f.size, null), jenis);
	const ukuran = cekUkuran(f.size, jenis);
	if (ukuran) return tolak(kosong(f.name, f.size, jenis), ukuran);
	const byte = new Uint8Array(await f.arrayBuffer());
	const sig = signatureOf(byte);
	if (jenis === 'dokumen' || (jenis === 'teks' && (sig === 'pdf' || sig === 'zip'))) return bacaDokumen(f.name, byte, ref, ada, opsi);
	return bacaByte(f.name, byte, ref, ada, opsi.onProgress);
}
