/**
 * What a report's budget total covers, so serapan is compared like with like.
 * Older reports (belanja langsung / tidak langsung) may tabulate belanja langsung
 * only, leaving out belanja tidak langsung (salaries); their serapan is not the
 * serapan of the whole budget other reports give. Computed once per report by the
 * data build (laporan.cakupan_anggaran) and read by the SQL.
 */

export type AnggaranScope = 'seluruh' | 'belanja_langsung';

export const SCOPE_LABELS: Record<AnggaranScope, string> = {
	seluruh: 'seluruh belanja',
	belanja_langsung: 'belanja langsung saja (tanpa belanja tidak langsung/gaji)'
};

interface BelanjaShare {
	jenis: string;
	pagu: number | bigint | null;
}

/** The scope of a report's budget total pagu, given its belanja composition. */
export function anggaranScope(totalPagu: number | null, belanja: readonly BelanjaShare[]): AnggaranScope {
	const pagu = (j: string) => belanja.find((b) => b.jenis === j)?.pagu ?? null;
	const langsung = pagu('langsung');
	const tidakLangsung = pagu('tidak_langsung');
	if (totalPagu !== null && langsung !== null && Number(langsung) === totalPagu && tidakLangsung !== null && Number(tidakLangsung) > 0)
		return 'belanja_langsung';
	return 'seluruh';
}

export const SCOPE_RULE = {
	judul: 'Cakupan anggaran yang dibandingkan',
	isi:
		'Setiap total anggaran diberi cakupannya: "seluruh belanja", atau "belanja langsung saja" bila laporan (biasanya laporan lama dengan pembagian belanja langsung dan tidak langsung) hanya mentabelkan belanja langsung sementara belanja tidak langsungnya (gaji) tercetak terpisah. ' +
		'Serapan gabungan dan perubahan serapan hanya menjumlahkan anggaran dengan cakupan seluruh belanja; kecamatan dengan cakupan lain tetap tampil, ditandai cakupannya di grafik dan tabel, tetapi tidak ikut dijumlahkan. Total anggaran yang hanya dikutip dalam teks laporan lain dianggap seluruh belanja.'
};
