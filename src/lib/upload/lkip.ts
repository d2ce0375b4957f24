/**
 * An uploaded LKIP text: read by the same extractor as the data build, its
 * warnings passed on, and refused as a whole when it is not a kecamatan LKIP or
 * the dashboard already has that kecamatan's report for that year.
 */
import type { ReadingText } from '../document/types';
import { extractDocument } from '../lkip/extract';
import type { Report, MasterData } from '../lkip/types';
import { notLkipReason, reportKecamatan, reportId } from '../store/rows';
import { findExistingReport, type ExistingData } from './duplicates';
import { resolveUploadKecamatan } from './kecamatan';
import { galat, peringatan, type Problem } from './problems';

export interface UploadedReport {
	laporan: Report | null;
	masalah: Problem[];
}

export function readUploadedReport(doc: ReadingText, file: string, ref: MasterData, found: ExistingData = {}): UploadedReport {
	const l = extractDocument(doc, file, ref);
	const problem: Problem[] = l.peringatan.map((p) => peringatan(p.line, null, p.pesan));
	const bukan = notLkipReason(l);
	// an unknown or ambiguous kecamatan is already among the warnings; as the refusal it is said once, at its line
	if (bukan && l.kecamatan_masalah)
		return { laporan: null, masalah: [galat(l.kecamatan_masalah.line, null, bukan), ...problem.filter((m) => m.pesan !== bukan)] };
	if (bukan) return { laporan: null, masalah: [galat(null, null, bukan), ...problem] };
	const kec = reportKecamatan(l, ref);
	if (!kec) {
		const c = resolveUploadKecamatan(l.kecamatan!, ref);
		const suggestion = c.saran ? `; nama terdekat: "${c.saran.nama}"` : '';
		return {
			laporan: null,
			masalah: [galat(null, null, `kecamatan "${l.kecamatan}" tidak ada di daftar 31 kecamatan Kabupaten Jember${suggestion}`), ...problem]
		};
	}
	const id = reportId(kec, l.tahun!);
	const sudah = findExistingReport(found, kec.kode, l.tahun!, id);
	if (sudah)
		return {
			laporan: null,
			masalah: [
				galat(null, null, `laporan ${kec.nama} ${l.tahun} sudah ada di dasbor (${String(sudah.file)}); tidak ditambahkan agar tidak terhitung dua kali`),
				...problem
			]
		};
	if (!l.ikm.length && !l.indikator.length && !l.anggaran.length)
		problem.unshift(
			galat(null, null, `laporan ${kec.nama} ${l.tahun} terbaca, tetapi tidak ada tabel IKM, pengukuran kinerja maupun realisasi anggaran yang dapat dibaca`)
		);
	else {
		const empty = [!l.ikm.length && 'IKM', !l.indikator.length && 'pengukuran kinerja', !l.anggaran.length && 'realisasi anggaran'].filter(Boolean);
		if (empty.length)
			problem.unshift(
				peringatan(
					null,
					null,
					`laporan ${kec.nama} ${l.tahun}: terbaca ${l.ikm.length} nilai IKM, ${l.indikator.length} indikator, ${l.anggaran.length} baris anggaran; tidak ada ${empty.join(' maupun ')} yang terbaca (laporan mungkin terpotong atau tabelnya tidak dikenali)`
				)
			);
	}
	const adaGalat = problem.some((m) => m.tingkat === 'galat');
	return { laporan: adaGalat ? null : l, masalah: problem };
}
