/**
 * The kabupaten's IKM as a comparison: the value the reports print
 * (lkip/ikm-kabupaten.ts reads it, table ikm_kabupaten keeps every statement),
 * never the dashboard's own mean. The SQL (query/sql.ts, CTE ikm_kab) applies
 * URUTAN_IKM_KABUPATEN when reports print different values for one year;
 * charts, tiles and tables name the figure with these labels, and "Data &
 * metode" prints ATURAN_IKM_KABUPATEN, built from the same list.
 */
import { formatIndex } from '../format';

/** How one value is chosen among the values printed for one year, in order. */
export const KABUPATEN_IKM_ORDER = [
	'nilai yang dicetak oleh paling banyak laporan',
	'bila sama banyak, nilai dari laporan yang paling baru',
	'lalu nama berkas dan baris yang paling awal'
] as const;

/** Series and column name of the printed figure (the kabupaten's name is the report's, shown beside it). */
export const KABUPATEN_IKM_NAME = 'IKM kabupaten (tercetak di laporan)';

/** "IKM Kabupaten Jember 86,34, tercetak di arjasa-2023.txt baris 476; …" */
export function kabupatenIkmLabel(name: unknown, value: number | null, source: unknown): string {
	const kab = typeof name === 'string' && name ? `IKM Kabupaten ${name}` : 'IKM kabupaten';
	return `${kab} ${formatIndex(value)}, tercetak di ${typeof source === 'string' && source ? source : 'laporan'}`;
}

/** The other values printed for the same year, said beside the one used; null when all agree. */
export function kabupatenIkmDifferenceLabel(diff: unknown): string | null {
	return typeof diff === 'string' && diff ? `laporan lain mencetak ${diff}` : null;
}

export const KABUPATEN_IKM_RULE = {
	judul: 'IKM kabupaten',
	isi:
		'IKM kabupaten di dasbor adalah nilai yang dicetak laporan kecamatan itu sendiri (mis. kalimat "IKM Kabupaten … tahun … sebesar …"), dengan berkas dan barisnya; dasbor tidak pernah menyebut rata-ratanya sendiri IKM kabupaten. ' +
		'Kalimat dibaca per anak kalimat: nama indeks (IKM, SKM, kepuasan masyarakat), paling banyak tiga kata, lalu "Kabupaten", dan angka indeks pertama sesudahnya; target, angka kabupaten lain, angka kecamatan, dan rata-rata kecamatan tidak diambil. ' +
		`Bila beberapa laporan mencetak nilai berbeda untuk tahun yang sama, yang dipakai: ${KABUPATEN_IKM_ORDER.join(', ')}; nilai lainnya dan letaknya selalu ditulis di sampingnya. ` +
		'Tahun yang IKM kabupatennya tidak dicetak laporan mana pun memakai pembanding "rata-rata n kecamatan berlaporan", yang menyebut jumlah kecamatannya.'
};
