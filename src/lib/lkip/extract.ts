/**
 * One LKIP text in, one Laporan out. Plain TypeScript, no Node APIs: the data
 * build, the CLI and (later) the browser all call this.
 *
 * Order matters only through the shared context: identity gives the report
 * year, sections give each line its part of the report; the section
 * extractors (IKM, measurement table, budget, profile) then read independently.
 */
import { extractAnggaran } from './anggaran';
import { blokTabel } from './table-blocks';
import { ekstrakEfisiensi } from './efisiensi';
import { ekstrakIkm } from './ikm';
import { ekstrakMetodeIkm } from './ikm-metode';
import { ekstrakIkmUnsur } from './ikm-unsur';
import { ekstrakIkmKabupaten } from './ikm-kabupaten';
import { bacaIdentitas, decideReportYear } from './identity';
import { ekstrakIndikator } from './indikator';
import { ekstrakProfil } from './profile';
import { bagianPerBaris } from './sections';
import { bacaCapaianMaks100, bacaSkala } from './predikat-scale';
import { formatAngka } from './numbers';
import { barisSemua } from './table';
import type { ReadingText } from '../document/types';
import type { KonteksEkstraksi, Report, Peringatan, MasterData } from './types';

/**
 * A document read by src/lib/document: the same extraction on its reading text,
 * with the document's places kept so every figure's line leads back to its page
 * or table row. A text file needs no places (its line is the place).
 */
export function extractDocument(doc: ReadingText, file: string, ref: MasterData): Report {
	const l = extractLaporan(doc.text, file, ref);
	if (doc.format !== 'txt') l.dokumen = { format: doc.format, pages: doc.pages, places: doc.places };
	return l;
}

export function extractLaporan(text: string, file: string, ref: MasterData): Report {
	const rows = barisSemua(text);
	const format = formatAngka(text);
	const identitas = bacaIdentitas(rows, ref.kecamatan);
	const bagian = bagianPerBaris(rows);
	const blok = blokTabel(rows);
	const indikator = ekstrakIndikator(blok, bagian, ref, identitas.tahun, format);
	const { tahun, peringatan: peringatanIdentitas } = decideReportYear(identitas, indikator.indikator[0]?.tahun ?? null);
	const ctx: KonteksEkstraksi = { tahun, bagian, format };
	const ikm = ekstrakIkm(rows, blok, bagian, ref, tahun, format);
	const anggaran = extractAnggaran(rows, ctx, ref.program);
	const profil = ekstrakProfil(rows, format, blok);
	const efisiensi = ekstrakEfisiensi(blok, rows, format);
	const peringatan: Peringatan[] = [
		...peringatanIdentitas,
		...indikator.peringatan,
		...ikm.peringatan,
		...anggaran.peringatan,
		...profil.peringatan,
		...efisiensi.peringatan
	].sort((a, b) => a.line - b.line);
	return {
		file,
		kecamatan: identitas.kecamatan?.nama ?? null,
		kecamatan_keyakinan: identitas.kecamatanKeyakinan,
		...(identitas.kecamatanMasalah ? { kecamatan_masalah: identitas.kecamatanMasalah } : {}),
		kabupaten: identitas.kabupaten,
		tahun,
		ikm: ikm.ikm,
		ikm_kabupaten: ekstrakIkmKabupaten(rows, bagian, tahun, identitas.kabupaten, format),
		indikator: indikator.indikator,
		anggaran: anggaran.anggaran,
		belanja: anggaran.belanja,
		anggaran_tahun_lain: anggaran.anggaran_tahun_lain,
		profil: profil.profil,
		efisiensi: efisiensi.efisiensi,
		ikm_metode: ekstrakMetodeIkm(rows, format),
		ikm_unsur: ekstrakIkmUnsur(rows, format),
		indikator_tak_dikenal: indikator.indikator_tak_dikenal,
		program_tak_dikenal: anggaran.program_tak_dikenal,
		peringatan,
		skala: bacaSkala(rows),
		capaian_maks_100: bacaCapaianMaks100(rows)
	};
}
