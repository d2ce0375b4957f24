/**
 * Rule `antar_tahun`: a figure of an earlier year quoted in one report (budget total, realisasi,
 * IKM) vs the same figure in that kecamatan's own report of that year, when both are loaded.
 */
import type { Report } from '../lkip/types';
import type { Aturan, HasilAturan, KonteksAudit, TemuanDasar } from './types';
import { samaTercetak, totalTabel } from './cross-section';
import { pilihIkm } from '../domain/ikm-choice';
import { angka, rp, unik } from './util';

function laporanTahun(lain: Report[], kecamatan: string | null, tahun: number): Report | null {
	if (!kecamatan) return null;
	return lain.find((l) => l.kecamatan === kecamatan && l.tahun === tahun) ?? null;
}

export const antarTahun: Aturan = {
	id: 'antar_tahun',
	judul: 'Angka tahun lalu berbeda dengan laporan tahun itu',
	tingkat: 'sedang',
	toleransi:
		'Hanya bila laporan kecamatan yang sama untuk tahun yang dikutip ikut diolah. Pagu dan realisasi total harus sama persis dengan tabel anggaran laporan tahun itu (baris jumlah atau jumlah program). IKM tahun itu dibandingkan dengan nilai di tabel pengukuran laporan tahun itu, sama bila sama pada presisi cetak yang lebih kasar.',
	periksa(ctx: KonteksAudit): HasilAturan {
		const temuan: TemuanDasar[] = [];
		let diperiksa = 0;
		const L = ctx.laporan;
		for (const r of L.anggaran_tahun_lain) {
			if (r.tahun === L.tahun) continue;
			const O = laporanTahun(ctx.lain, L.kecamatan, r.tahun);
			if (!O) continue;
			const tot = totalTabel(O.anggaran);
			for (const k of ['pagu', 'realisasi'] as const) {
				const v = r[k];
				const w = tot[k];
				if (v === null || w === null) continue;
				diperiksa++;
				if (v !== w)
					temuan.push({
						pesan: `${k === 'pagu' ? 'Pagu' : 'Realisasi'} anggaran ${r.tahun} dikutip ${rp(v)} (baris ${r.line}), tetapi laporan ${r.tahun} (${O.file}, baris ${tot.lines.join(', ')}) mencatat ${rp(w)}; selisih ${rp(Math.abs(v - w))}.`,
						nilai: v,
						seharusnya: w,
						lines: [r.line]
					});
			}
		}
		for (const r of L.ikm) {
			if (r.tahun === L.tahun || r.realisasi === null) continue;
			const O = laporanTahun(ctx.lain, L.kecamatan, r.tahun);
			if (!O) continue;
			// the other report's own IKM for that year, chosen as the dashboard chooses it (domain/ikm-choice.ts)
			const acuan = pilihIkm(O.ikm.filter((x) => x.tahun === r.tahun && x.realisasi !== null))?.pilihan;
			if (!acuan) continue;
			diperiksa++;
			if (!samaTercetak(r.realisasi, r.realisasi_raw, acuan.realisasi as number, acuan.realisasi_raw))
				temuan.push({
					pesan: `IKM ${r.tahun} dikutip ${r.realisasi_raw ?? angka(r.realisasi)} (baris ${r.line}), tetapi laporan ${r.tahun} (${O.file}, baris ${acuan.line}) mencatat ${acuan.realisasi_raw ?? angka(acuan.realisasi as number)}.`,
					nilai: r.realisasi,
					seharusnya: acuan.realisasi,
					lines: unik([r.line])
				});
		}
		return { temuan, diperiksa };
	}
};
