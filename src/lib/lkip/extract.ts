/**
 * One LKIP text in, one Laporan out. Plain TypeScript, no Node APIs: the data
 * build, the CLI and (later) the browser all call this.
 *
 * Order matters only through the shared context: identity gives the report
 * year, sections give each line its part of the report; the section
 * extractors (IKM, measurement table, budget, profile) then read independently.
 */
import { extractAnggaran } from './anggaran';
import { tableBlocks } from './table-blocks';
import { extractEfficiency } from './efficiency';
import { extractIkm } from './ikm';
import { extractIkmMethod } from './ikm-method';
import { extractIkmUnsur } from './ikm-unsur';
import { extractKabupatenIkm } from './ikm-kabupaten';
import { readIdentity, decideReportYear } from './identity';
import { extractIndikator } from './indikator';
import { extractProfil } from './profile';
import { sectionPerLine } from './sections';
import { readCapaianMax100, readPredikatScale } from './predikat-scale';
import { numberFormat } from './numbers';
import { readText } from './table';
import type { ReadingText } from '../document/types';
import type { ExtractionContext, Report, Peringatan, MasterData } from './types';

/**
 * A document read by src/lib/document: the same extraction on its reading text,
 * with the document's places kept so every figure's line leads back to its page
 * or table row. A text file needs no places (its line is the place).
 */
export function extractDocument(doc: ReadingText, file: string, ref: MasterData): Report {
	const l = extractReport(doc.text, file, ref);
	if (doc.format !== 'txt') l.dokumen = { format: doc.format, pages: doc.pages, places: doc.places };
	return l;
}

export function extractReport(text: string, file: string, ref: MasterData): Report {
	const rows = readText(text);
	const format = numberFormat(text);
	const identitas = readIdentity(rows, ref.kecamatan, ref.kabupaten);
	const bagian = sectionPerLine(rows);
	const block = tableBlocks(rows);
	const indikator = extractIndikator(block, bagian, ref, identitas.tahun, format);
	const { tahun, peringatan: peringatanIdentitas } = decideReportYear(identitas, indikator.indikator[0]?.tahun ?? null);
	const ctx: ExtractionContext = { tahun, bagian, format };
	const ikm = extractIkm(rows, block, bagian, ref, tahun, format);
	const anggaran = extractAnggaran(rows, ctx, ref.program);
	const profil = extractProfil(rows, format, block);
	const efisiensi = extractEfficiency(block, rows, format);
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
		// the code the reader decided, so no later step looks the name up again (names repeat across kabupaten)
		...(identitas.kecamatan ? { kode_kecamatan: identitas.kecamatan.kode } : {}),
		kecamatan_keyakinan: identitas.kecamatanKeyakinan,
		...(identitas.kecamatanMasalah ? { kecamatan_masalah: identitas.kecamatanMasalah } : {}),
		kabupaten: identitas.kabupaten,
		tahun,
		ikm: ikm.ikm,
		ikm_kabupaten: extractKabupatenIkm(rows, bagian, tahun, identitas.kabupaten, format),
		indikator: indikator.indikator,
		anggaran: anggaran.anggaran,
		belanja: anggaran.belanja,
		anggaran_tahun_lain: anggaran.anggaran_tahun_lain,
		profil: profil.profil,
		efisiensi: efisiensi.efisiensi,
		ikm_metode: extractIkmMethod(rows, format),
		ikm_unsur: extractIkmUnsur(rows, format),
		indikator_tak_dikenal: indikator.indikator_tak_dikenal,
		program_tak_dikenal: anggaran.program_tak_dikenal,
		peringatan,
		skala: readPredikatScale(rows),
		capaian_maks_100: readCapaianMax100(rows)
	};
}
