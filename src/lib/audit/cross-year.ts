/**
 * Rule `antar_tahun`: a figure of an earlier year quoted in one report (budget total, realisasi,
 * IKM) vs the same figure in that kecamatan's own report of that year, when both are loaded.
 */
import type { Report } from '../lkip/types';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { samePrinted, tableTotal } from './cross-section';
import { chooseIkm } from '../domain/ikm-choice';
import { formatNum, rp, unique } from './util';

function reportOfYear(other: Report[], kecamatan: string | null, year: number): Report | null {
	if (!kecamatan) return null;
	return other.find((l) => l.kecamatan === kecamatan && l.tahun === year) ?? null;
}

export const checkCrossYear: Aturan = {
	id: 'antar_tahun',
	judul: 'Angka tahun lalu berbeda dengan laporan tahun itu',
	tingkat: 'sedang',
	readsOtherReports: true,
	toleransi:
		'Hanya bila laporan kecamatan yang sama untuk tahun yang dikutip ikut diolah. Pagu dan realisasi total harus sama persis dengan tabel anggaran laporan tahun itu (baris jumlah atau jumlah program). IKM tahun itu dibandingkan dengan nilai di tabel pengukuran laporan tahun itu, sama bila sama pada presisi cetak yang lebih kasar.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const L = ctx.laporan;
		for (const r of L.anggaran_tahun_lain) {
			if (r.tahun === L.tahun) continue;
			const O = reportOfYear(ctx.lain, L.kecamatan, r.tahun);
			if (!O) continue;
			const total = tableTotal(O.anggaran);
			for (const k of ['pagu', 'realisasi'] as const) {
				const v = r[k];
				const w = total[k];
				if (v === null || w === null) continue;
				diperiksa++;
				if (v !== w)
					temuan.push({
						pesan: `${k === 'pagu' ? 'Pagu' : 'Realisasi'} anggaran ${r.tahun} dikutip ${rp(v)} (baris ${r.line}), tetapi laporan ${r.tahun} (${O.file}, baris ${total.lines.join(', ')}) mencatat ${rp(w)}; selisih ${rp(Math.abs(v - w))}.`,
						nilai: v,
						seharusnya: w,
						lines: [r.line]
					});
			}
		}
		for (const r of L.ikm) {
			if (r.tahun === L.tahun || r.realisasi === null) continue;
			const O = reportOfYear(ctx.lain, L.kecamatan, r.tahun);
			if (!O) continue;
			// the other report's own IKM for that year, chosen as the dashboard chooses it (domain/ikm-choice.ts)
			const acuan = chooseIkm(O.ikm.filter((x) => x.tahun === r.tahun && x.realisasi !== null))?.pilihan;
			if (!acuan) continue;
			diperiksa++;
			if (!samePrinted(r.realisasi, r.realisasi_raw, acuan.realisasi as number, acuan.realisasi_raw))
				temuan.push({
					pesan: `IKM ${r.tahun} dikutip ${r.realisasi_raw ?? formatNum(r.realisasi)} (baris ${r.line}), tetapi laporan ${r.tahun} (${O.file}, baris ${acuan.line}) mencatat ${acuan.realisasi_raw ?? formatNum(acuan.realisasi as number)}.`,
					nilai: r.realisasi,
					seharusnya: acuan.realisasi,
					lines: unique([r.line])
				});
		}
		return { temuan, diperiksa };
	}
};
