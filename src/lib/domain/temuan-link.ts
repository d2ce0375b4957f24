/**
 * The address of the Konsistensi data page showing one finding opened, or the
 * findings of one kecamatan and year of one rule: what a figure's "lihat temuan" links to.
 */
export function temuanLink(
	base: string,
	o: { kecamatan: string; tahun: number | null; aturan?: string; laporan_id?: string | null; no?: number | null }
): string {
	const q = new URLSearchParams({ kecamatan: o.kecamatan });
	if (o.tahun !== null) q.set('tahun', String(o.tahun));
	if (o.aturan) q.set('aturan', o.aturan);
	if (o.laporan_id && o.no) q.set('buka', `${o.laporan_id}-${o.no}`);
	return `${base}/konsistensi?${q}`;
}
