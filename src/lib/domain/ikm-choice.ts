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
import { sectionName } from './section-names';

/** Section order for a tie: the measurement table is the report's own accounting of the year. */
export const IKM_SECTION_ORDER = ['pengukuran', 'ikhtisar', 'perbandingan'] as const;

export interface IkmStatement {
	realisasi: number | null;
	realisasi_raw: string | null;
	bagian: string;
	line: number;
}

function decimals(raw: string | null, v: number): number {
	const m = (raw ?? String(v)).match(/\d+(?:[.,](\d+))?/);
	return m?.[1]?.length ?? 0;
}

/** Two printed index values are one figure if they agree to the coarser printed precision. */
export function sameIkmValue(a: IkmStatement, b: IkmStatement): boolean {
	if (a.realisasi === null || b.realisasi === null) return false;
	const d = Math.min(decimals(a.realisasi_raw, a.realisasi), decimals(b.realisasi_raw, b.realisasi));
	return Math.abs(a.realisasi - b.realisasi) <= Math.pow(10, -d) / 2 + 1e-9;
}

function sectionRank(b: string): number {
	const i = (IKM_SECTION_ORDER as readonly string[]).indexOf(b);
	return i < 0 ? IKM_SECTION_ORDER.length : i;
}

/**
 * The chosen statement among one report's statements of one year (with a value),
 * and the statements that print another value. Null when there is none.
 */
export function chooseIkm<T extends IkmStatement>(statement: readonly T[]): { pilihan: T; lain: T[] } | null {
	const found = statement.filter((p) => p.realisasi !== null);
	if (!found.length) return null;
	const kelompok: T[][] = [];
	for (const p of found) {
		const g = kelompok.find((k) => sameIkmValue(k[0], p));
		if (g) g.push(p);
		else kelompok.push([p]);
	}
	const best = (g: T[]) => [...g].sort((a, b) => sectionRank(a.bagian) - sectionRank(b.bagian) || a.line - b.line)[0];
	kelompok.sort((a, b) => {
		const x = best(a),
			y = best(b);
		return b.length - a.length || sectionRank(x.bagian) - sectionRank(y.bagian) || x.line - y.line;
	});
	const choice = best(kelompok[0]);
	return { pilihan: choice, lain: kelompok.slice(1).flat() };
}

/** "B 100 % di tabel pengukuran kinerja baris 350": the other printed values and where, for the figure's note. */
export function differenceText(other: readonly IkmStatement[]): string | null {
	if (!other.length) return null;
	const per = new Map<string, string[]>();
	for (const p of other) {
		const value = p.realisasi_raw ?? String(p.realisasi);
		per.set(value, [...(per.get(value) ?? []), `${sectionName(p.bagian)} baris ${p.line}`]);
	}
	return [...per].map(([value, di]) => `${value} di ${[...new Set(di)].join(', ')}`).join('; ');
}

export const IKM_RULE = {
	judul: 'IKM yang dipakai bila laporan menyebutnya berbeda',
	isi:
		`Satu laporan dapat menyebut IKM tahun yang sama di beberapa tempat. Yang dipakai adalah nilai yang paling sering tercetak di laporan itu (nilai yang sama sampai ketelitian cetaknya dihitung bersama); bila sama seringnya, nilai yang tercetak di ${IKM_SECTION_ORDER.map(sectionName).join(', lalu ')}, lalu baris yang paling awal. ` +
		'Bila beberapa laporan menyebut IKM tahun yang sama, yang dipakai adalah laporan tahun itu sendiri, lalu laporan yang terbaru. ' +
		'Audit konsistensi memakai aturan yang sama: nilai lain dilaporkan sebagai temuan terhadap nilai yang dipakai ini. ' +
		'Di samping angka yang laporannya menyebut nilai lain, dasbor menuliskan nilai lain itu, letaknya, dan tautan ke temuannya.'
};

/**
 * One report's IKM statements, each marked: `dipilih` for the chosen statement of
 * its year, and on that one `beda`, the other values the report prints for that year.
 */
export function markIkmChoice<T extends IkmStatement & { tahun: number }>(statement: readonly T[]): (T & { dipilih: boolean; beda: string | null })[] {
	const result = new Map<T, { dipilih: boolean; beda: string | null }>();
	for (const tahun of new Set(statement.map((p) => p.tahun))) {
		const p = chooseIkm(statement.filter((x) => x.tahun === tahun));
		if (p) result.set(p.pilihan, { dipilih: true, beda: differenceText(p.lain) });
	}
	return statement.map((p) => ({ ...p, ...(result.get(p) ?? { dipilih: false, beda: null }) }));
}
