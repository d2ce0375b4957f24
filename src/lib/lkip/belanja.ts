/**
 * One belanja record per kind from everything the report states about it.
 * Reports repeat the split (ikhtisar, budget section, a small table) and
 * sometimes disagree; a table or the budget section is preferred, and every
 * disagreement becomes a warning naming both lines, so nothing is silently
 * chosen away. Pagu and realisasi may come from different statements (pagu in
 * the budget section, realisasi in the closing chapter); the record points to
 * the line of its pagu when it has one.
 */
import type { PernyataanBelanja } from './anggaran-teks';
import type { BelanjaRecord, Peringatan } from './types';

const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

export function gabungBelanja(daftar: PernyataanBelanja[]): { belanja: BelanjaRecord[]; peringatan: Peringatan[] } {
	const peringatan: Peringatan[] = [];
	const urut = [...daftar].sort(
		(a, b) => Number(b.tabel) - Number(a.tabel) || Number(b.bagian === 'anggaran') - Number(a.bagian === 'anggaran') || a.line - b.line
	);
	const perJenis = new Map<string, PernyataanBelanja[]>();
	for (const p of urut) perJenis.set(p.jenis, [...(perJenis.get(p.jenis) ?? []), p]);
	const belanja: BelanjaRecord[] = [];
	for (const [jenis, ps] of perJenis) {
		const sumberPagu = ps.find((p) => p.pagu !== null);
		const sumberReal = ps.find((p) => p.realisasi !== null);
		for (const [kolom, sumber] of [['pagu', sumberPagu], ['realisasi', sumberReal]] as const) {
			if (!sumber) continue;
			for (const p of ps) {
				const v = p[kolom];
				if (v !== null && v !== sumber[kolom])
					peringatan.push({
						line: p.line,
						pesan: `Baris ${p.line}: ${kolom} ${p.uraian} disebut ${rp(v)}, berbeda dengan ${rp(sumber[kolom] as number)} pada baris ${sumber.line} (yang dipakai)`
					});
			}
		}
		const utama = sumberPagu ?? sumberReal ?? ps[0];
		belanja.push({
			jenis: jenis as BelanjaRecord['jenis'],
			uraian: utama.uraian,
			pagu: sumberPagu?.pagu ?? null,
			realisasi: sumberReal?.realisasi ?? null,
			line: utama.line,
			raw: utama.raw
		});
	}
	belanja.sort((a, b) => a.line - b.line);
	return { belanja, peringatan };
}
