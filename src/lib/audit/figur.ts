/** Which findings concern which figure of the kecamatan page (IKM tile, budget tile). */
export type Figur = 'ikm' | 'anggaran';

const ATURAN_ANGGARAN = new Set(['jumlah_anggaran', 'persen_anggaran', 'pangsa_anggaran']);

export function temuanUntuk<T extends { aturan: unknown; pesan: unknown; tahun: unknown }>(temuan: readonly T[], figur: Figur, tahun: number | null | undefined): T[] {
	return temuan.filter((t) => {
		if (tahun !== null && tahun !== undefined && t.tahun !== tahun) return false;
		const pesan = String(t.pesan);
		if (figur === 'ikm') return /\bIKM\b/.test(pesan) && t.aturan !== 'antar_tahun';
		return ATURAN_ANGGARAN.has(String(t.aturan)) || (t.aturan === 'beda_antarbagian' && /anggaran|belanja|pagu|realisasi/i.test(pesan) && !/\bIKM\b/.test(pesan));
	});
}
