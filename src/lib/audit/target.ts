/**
 * Rule `target_beda`: the target for one year stated differently in the Renstra matrix, the
 * Perjanjian Kinerja, the RKT and the measurement/comparison tables (IKM, from the extractor's records).
 */
import type { IkmRecord } from '../lkip/types';
import type { Aturan, HasilAturan, KonteksAudit, TemuanDasar } from './types';
import { namaBagian, samaTercetak } from './antarbagian';
import { angka, unik } from './util';

const URUTAN = ['perjanjian_kinerja', 'pengukuran', 'renstra', 'rkt', 'perbandingan', 'ikhtisar', 'narasi', 'penutup', 'anggaran', 'lainnya'];

export const targetBeda: Aturan = {
	id: 'target_beda',
	judul: 'Target tahun yang sama berbeda antardokumen',
	tingkat: 'sedang',
	toleransi:
		'Target IKM untuk tahun yang sama dari Renstra, Perjanjian Kinerja, RKT, tabel pengukuran dan tabel perbandingan harus sama pada presisi cetak yang lebih kasar. Acuan: Perjanjian Kinerja, bila tidak ada tabel pengukuran, lalu Renstra. Target berupa huruf saja (mis. "B") tidak dibandingkan dengan angka.',
	periksa(ctx: KonteksAudit): HasilAturan {
		const temuan: TemuanDasar[] = [];
		let diperiksa = 0;
		const perTahun = new Map<number, IkmRecord[]>();
		for (const r of ctx.laporan.ikm) if (r.target !== null) perTahun.set(r.tahun, [...(perTahun.get(r.tahun) ?? []), r]);
		for (const [tahun, recs] of perTahun) {
			if (new Set(recs.map((r) => r.bagian)).size < 2) continue;
			const acuan = [...recs].sort((a, b) => URUTAN.indexOf(a.bagian) - URUTAN.indexOf(b.bagian))[0];
			const sudah = new Set<string>();
			for (const r of recs) {
				if (r === acuan || r.bagian === acuan.bagian) continue;
				diperiksa++;
				if (samaTercetak(r.target as number, r.target_raw, acuan.target as number, acuan.target_raw)) continue;
				const kunci = `${r.bagian}:${r.target}`;
				if (sudah.has(kunci)) continue;
				sudah.add(kunci);
				temuan.push({
					pesan: `Target IKM ${tahun} tercetak ${r.target_raw ?? angka(r.target as number)} di ${namaBagian(r.bagian)} (baris ${r.line}), tetapi ${acuan.target_raw ?? angka(acuan.target as number)} di ${namaBagian(acuan.bagian)} (baris ${acuan.line}); selisih ${angka(Math.abs((r.target as number) - (acuan.target as number)))}.`,
					nilai: r.target,
					seharusnya: acuan.target,
					lines: unik([r.line, acuan.line])
				});
			}
		}
		return { temuan, diperiksa };
	}
};
