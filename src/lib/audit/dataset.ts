/**
 * The audit as dataset rows: `temuan`, `skor_kualitas` and `sumber_baris` (the lines findings
 * point to, ± 2 lines of context). Used by the data build; plain TS like the rest of the audit.
 */
import type { Laporan, Referensi } from '../lkip/types';
import { cariKecamatan, laporanId, letakBaris, type Baris, type BarisPerTabel } from '../store/rows';
import { auditLengkap } from './index';
import { aturan } from './rules';
import { barisTeks } from './util';

export const KONTEKS_BARIS = 2;

export function barisAudit(laporan: readonly Laporan[], teks: ReadonlyMap<string, string>, ref: Referensi): BarisPerTabel {
	const out: BarisPerTabel = { temuan: [], skor_kualitas: [], sumber_baris: [] };
	for (const l of laporan) {
		const text = teks.get(l.file);
		const kec = l.kecamatan ? cariKecamatan(l.kecamatan, ref) : null;
		if (text === undefined || !kec || l.tahun === null) continue; // the extraction rows already refuse such reports
		const kunci: Baris = { laporan_id: laporanId(kec, l.tahun), kecamatan: kec.nama, kode_kecamatan: kec.kode, tahun_laporan: l.tahun, file: l.file };
		const h = auditLengkap(l, text, [...laporan], { indikator: ref.indikator });
		h.temuan.forEach((t, i) =>
			out.temuan.push({
				...kunci,
				no: i + 1,
				aturan: t.aturan,
				judul_aturan: aturan(t.aturan).judul,
				tingkat: t.tingkat,
				pesan: t.pesan,
				nilai: t.nilai,
				seharusnya: t.seharusnya,
				lines: t.lines,
				kelompok: t.kelompok,
				peran: t.peran,
				bukti: JSON.stringify(t.bukti.map((b) => ({ ...b, ...letakBaris(l, b.line) })))
			})
		);
		// a group by cause counts once, at its cause's severity, as in the score
		const hitung = (x: string) => h.temuan.filter((t) => t.tingkat === x && t.peran !== 'akibat').length;
		out.skor_kualitas.push({
			...kunci,
			skor: h.skor.skor,
			diperiksa: h.skor.diperiksa,
			gagal: h.skor.gagal,
			tinggi: hitung('tinggi'),
			sedang: hitung('sedang'),
			rendah: hitung('rendah'),
			bobot_periksa: h.skor.bobot_periksa,
			bobot_gagal: h.skor.bobot_gagal
		});
		const baris = barisTeks(text);
		const perlu = new Set<number>();
		for (const t of h.temuan)
			for (const line of t.lines)
				for (let k = line - KONTEKS_BARIS; k <= line + KONTEKS_BARIS; k++) if (k >= 1 && k <= baris.length) perlu.add(k);
		for (const line of [...perlu].sort((a, b) => a - b)) out.sumber_baris.push({ ...kunci, line, ...letakBaris(l, line), teks: baris[line - 1] });
	}
	return out;
}
