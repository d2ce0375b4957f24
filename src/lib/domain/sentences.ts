/**
 * One plain sentence per headline figure, for a citizen who does not know the
 * jargon: what the figure is, its verdict against its target and its stored grade, and
 * how it stands beside the other kecamatan ("IKM 80,00: mutu B (Baik), target
 * tercapai, di bawah rata-rata 2 kecamatan lain (80,95).").
 */
import { formatIndex, formatPercent, formatRupiah } from '../format';
import { otherCombinedLabel, otherAverageLabel } from './comparisons';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** "di atas" / "di bawah" / "sama dengan", compared as shown (two decimals). */
function placeOf(a: number, b: number): string {
	const x = Math.round(a * 100),
		y = Math.round(b * 100);
	return x > y ? 'di atas' : x < y ? 'di bawah' : 'sama dengan';
}

export function ikmSentence(r: Record<string, unknown>): string | null {
	const v = num(r.realisasi);
	if (v === null) return null;
	const section: string[] = [];
	// the grade the data build stored (ikm.mutu_permenpan, named by sql.ts as mutu_baku), not recomputed here
	if (typeof r.mutu_baku === 'string' && r.mutu_baku) section.push(`mutu ${r.mutu_baku}`);
	const t = num(r.target);
	if (t === null) section.push('laporan tidak menyebut targetnya');
	else if (Math.round(v * 100) >= Math.round(t * 100)) section.push(`target ${formatIndex(t)} tercapai`);
	else section.push(`di bawah target ${formatIndex(t)}`);
	// the kabupaten's IKM where the reports print it (domain/ikm-kabupaten.ts); else the mean of the other kecamatan
	const kab = num(r.ikm_kabupaten);
	const other = otherAverageLabel(num(r.jumlah_lain));
	const average = num(r.rata_lain);
	if (kab !== null) {
		const name = typeof r.ikm_kabupaten_nama === 'string' && r.ikm_kabupaten_nama ? `IKM Kabupaten ${r.ikm_kabupaten_nama}` : 'IKM kabupaten';
		section.push(`${placeOf(v, kab)} ${name} ${formatIndex(kab)} (tercetak di laporan)`);
	} else if (other && average !== null) section.push(`${placeOf(v, average)} ${other} (${formatIndex(average)})`);
	else section.push('belum ada kecamatan lain yang berlaporan untuk dibandingkan');
	return `IKM ${formatIndex(v)}: ${section.join(', ')}.`;
}

export function serapanSentence(r: Record<string, unknown>): string | null {
	const s = num(r.serapan);
	if (s === null) return null;
	const other = otherCombinedLabel(num(r.jumlah_lain));
	const g = num(r.serapan_lain);
	const banding = other && g !== null ? `${placeOf(s, g)} ${other} (${formatPercent(g)})` : 'belum ada kecamatan lain yang berlaporan untuk dibandingkan';
	return `Serapan ${formatPercent(s)}: ${formatRupiah(num(r.realisasi))} dari pagu ${formatRupiah(num(r.pagu))} terbelanjakan, ${banding}.`;
}
