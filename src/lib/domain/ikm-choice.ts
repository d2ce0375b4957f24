/**
 * Which of a report's statements of one year's IKM is "the" IKM, when the report
 * states it more than once: the one rule the data build (store/rows.ts marks the
 * row `dipilih` and lists the differing statements in `beda`), the dashboard's SQL
 * (which reads `dipilih`) and the audit (which measures the others against it) share.
 *
 * The rule: the value the report prints most often (statements that agree to their
 * printed precision count together); a tie goes to the value printed in the
 * earliest section of URUTAN_BAGIAN_IKM, then to the earliest line. A value printed
 * once against three tables that agree is the odd one out, wherever it stands.
 */
import { namaBagian } from './section-names';

/** Section order for a tie: the measurement table is the report's own accounting of the year. */
export const URUTAN_BAGIAN_IKM = ['pengukuran', 'ikhtisar', 'perbandingan'] as const;

export interface PernyataanIkm {
	realisasi: number | null;
	realisasi_raw: string | null;
	bagian: string;
	line: number;
}

function desimal(raw: string | null, v: number): number {
	const m = (raw ?? String(v)).match(/\d+(?:[.,](\d+))?/);
	return m?.[1]?.length ?? 0;
}

/** Two printed index values are one figure if they agree to the coarser printed precision. */
export function samaNilaiIkm(a: PernyataanIkm, b: PernyataanIkm): boolean {
	if (a.realisasi === null || b.realisasi === null) return false;
	const d = Math.min(desimal(a.realisasi_raw, a.realisasi), desimal(b.realisasi_raw, b.realisasi));
	return Math.abs(a.realisasi - b.realisasi) <= Math.pow(10, -d) / 2 + 1e-9;
}

function peringkatBagian(b: string): number {
	const i = (URUTAN_BAGIAN_IKM as readonly string[]).indexOf(b);
	return i < 0 ? URUTAN_BAGIAN_IKM.length : i;
}

/**
 * The chosen statement among one report's statements of one year (with a value),
 * and the statements that print another value. Null when there is none.
 */
export function pilihIkm<T extends PernyataanIkm>(pernyataan: readonly T[]): { pilihan: T; lain: T[] } | null {
	const ada = pernyataan.filter((p) => p.realisasi !== null);
	if (!ada.length) return null;
	const kelompok: T[][] = [];
	for (const p of ada) {
		const g = kelompok.find((k) => samaNilaiIkm(k[0], p));
		if (g) g.push(p);
		else kelompok.push([p]);
	}
	const terbaik = (g: T[]) => [...g].sort((a, b) => peringkatBagian(a.bagian) - peringkatBagian(b.bagian) || a.line - b.line)[0];
	kelompok.sort((a, b) => {
		const x = terbaik(a),
			y = terbaik(b);
		return b.length - a.length || peringkatBagian(x.bagian) - peringkatBagian(y.bagian) || x.line - y.line;
	});
	const pilihan = terbaik(kelompok[0]);
	return { pilihan, lain: kelompok.slice(1).flat() };
}

/** "B 100 % di tabel pengukuran kinerja baris 350": the other printed values and where, for the figure's note. */
export function teksBeda(lain: readonly PernyataanIkm[]): string | null {
	if (!lain.length) return null;
	const per = new Map<string, string[]>();
	for (const p of lain) {
		const nilai = p.realisasi_raw ?? String(p.realisasi);
		per.set(nilai, [...(per.get(nilai) ?? []), `${namaBagian(p.bagian)} baris ${p.line}`]);
	}
	return [...per].map(([nilai, di]) => `${nilai} di ${[...new Set(di)].join(', ')}`).join('; ');
}

export const ATURAN_IKM = {
	judul: 'IKM yang dipakai bila laporan menyebutnya berbeda',
	isi:
		`Satu laporan dapat menyebut IKM tahun yang sama di beberapa tempat. Yang dipakai adalah nilai yang paling sering tercetak di laporan itu (nilai yang sama sampai ketelitian cetaknya dihitung bersama); bila sama seringnya, nilai yang tercetak di ${URUTAN_BAGIAN_IKM.map(namaBagian).join(', lalu ')}, lalu baris yang paling awal. ` +
		'Bila beberapa laporan menyebut IKM tahun yang sama, yang dipakai adalah laporan tahun itu sendiri, lalu laporan yang terbaru. ' +
		'Audit konsistensi memakai aturan yang sama: nilai lain dilaporkan sebagai temuan terhadap nilai yang dipakai ini. ' +
		'Di samping angka yang laporannya menyebut nilai lain, dasbor menuliskan nilai lain itu, letaknya, dan tautan ke temuannya.'
};

/**
 * One report's IKM statements, each marked: `dipilih` for the chosen statement of
 * its year, and on that one `beda`, the other values the report prints for that year.
 */
export function tandaiPilihanIkm<T extends PernyataanIkm & { tahun: number }>(pernyataan: readonly T[]): (T & { dipilih: boolean; beda: string | null })[] {
	const hasil = new Map<T, { dipilih: boolean; beda: string | null }>();
	for (const tahun of new Set(pernyataan.map((p) => p.tahun))) {
		const p = pilihIkm(pernyataan.filter((x) => x.tahun === tahun));
		if (p) hasil.set(p.pilihan, { dipilih: true, beda: teksBeda(p.lain) });
	}
	return pernyataan.map((p) => ({ ...p, ...(hasil.get(p) ?? { dipilih: false, beda: null }) }));
}
