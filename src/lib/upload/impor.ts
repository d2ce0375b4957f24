/**
 * One dropped file → what can be added and what is wrong with the rest.
 * The single entry point of the upload feature: size and type checks before
 * reading, decoding, then the CSV importer or the LKIP extractor. Never throws
 * on file content: an unexpected failure becomes a message too.
 */
import type { Laporan, Referensi } from '../lkip/types';
import { cekUkuran, dekode, jenisDariNama, type JenisBerkas } from './berkas';
import { bacaStrukturCsv } from './csv';
import type { DataAda } from './duplikat';
import { bacaLkip } from './lkip';
import { galat, type Masalah } from './masalah';
import type { NamaTemplat } from './templat';
import { validasiCsv } from './validasi';

export interface HasilUnggah {
	nama: string;
	ukuran: number;
	jenis: JenisBerkas | null;
	/** the template a CSV matched, 'lkip' for a report text */
	tabel: NamaTemplat | 'lkip' | null;
	/** what "Tambahkan baris yang valid" would add */
	laporan: Laporan[];
	/** data lines offered / refused (CSV); for LKIP the record count is in `laporan` */
	barisDiterima: number[];
	barisDitolak: number[];
	masalah: Masalah[];
	/** the decoded text, for the audit's quotes of source lines; null when the file was refused unread */
	teks: string | null;
}

/** What the browser's File (and Node's) offers; only the size is read before the check. */
export interface BerkasMasuk {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

function kosong(nama: string, ukuran: number, jenis: JenisBerkas | null): HasilUnggah {
	return { nama, ukuran, jenis, tabel: null, laporan: [], barisDiterima: [], barisDitolak: [], masalah: [], teks: null };
}

function tolak(h: HasilUnggah, pesan: string): HasilUnggah {
	h.masalah.push(galat(null, null, pesan));
	return h;
}

/** The whole pipeline on bytes already read (also used by tests and the fuzzer). */
export function bacaByte(nama: string, byte: Uint8Array, ref: Referensi, ada: DataAda = {}): HasilUnggah {
	const jenis = jenisDariNama(nama);
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
			const v = validasiCsv(struktur, nama, ref, ada);
			return { ...h, tabel: struktur.templat?.tabel ?? null, ...v };
		}
		if (!d.teks.trim()) return tolak(h, 'berkas kosong: tidak ada teks');
		const l = bacaLkip(d.teks, nama, ref, ada);
		return { ...h, tabel: 'lkip', laporan: l.laporan ? [l.laporan] : [], masalah: l.masalah };
	} catch (e) {
		// a bug of ours, not the user's: say so rather than break the page
		return tolak(h, `berkas tidak dapat diproses karena kesalahan program (${e instanceof Error ? e.message : String(e)}); laporkan berkas ini kepada pengelola dasbor`);
	}
}

/** A .txt saved from the template (people rename CSVs) starts with the template header. */
function pakaiTemplat(teks: string): boolean {
	const pertama = teks.split(/\r?\n/, 1)[0].toLowerCase();
	return /^\s*"?kecamatan"?\s*[,;]\s*"?tahun"?\s*[,;]/.test(pertama);
}

/** A dropped File: refused by size before a single byte is read. */
export async function bacaBerkas(f: BerkasMasuk, ref: Referensi, ada: DataAda = {}): Promise<HasilUnggah> {
	const jenis = jenisDariNama(f.name);
	if (jenis !== 'csv' && jenis !== 'teks') return tolak(kosong(f.name, f.size, null), jenis);
	const ukuran = cekUkuran(f.size);
	if (ukuran) return tolak(kosong(f.name, f.size, jenis), ukuran);
	return bacaByte(f.name, new Uint8Array(await f.arrayBuffer()), ref, ada);
}
