/**
 * The grading scales and formulas used in kecamatan performance reports, in one place:
 * the IKM quality grade, the predikat scales the reports print, the SAKIP grade, and
 * how capaian and serapan are computed. The "Data & metode" page renders its tables
 * and formulas from these objects, so what the page says is what the code does.
 *
 * A scale is a list of levels from best to worst, each with its lower bound. A value
 * is rounded to the scale's decimals first (as printed in reports), then takes the
 * first level whose lower bound it reaches.
 */

export interface Band {
	/** short code printed in reports: "A", "BB"; for word-only scales the label again */
	kode: string;
	/** Indonesian label: "Sangat Baik" */
	label: string;
	/** lower bound; null for the lowest level (everything below the others) */
	min: number | null;
	/** true: value ≥ min; false: value > min */
	minInklusif: boolean;
}

export interface Scale {
	id: string;
	nama: string;
	/** where the scale comes from, in plain Indonesian */
	dasar: string;
	/** decimals the value is rounded to before comparing */
	desimal: number;
	/** smallest printed step, used to write ranges as "76,61 – 88,30" */
	langkah?: number;
	jenjang: Band[];
}

function j(kode: string, label: string, min: number | null, minInklusif = true): Band {
	return { kode, label, min, minInklusif };
}

/**
 * Mutu pelayanan of an IKM (PermenPAN-RB 14/2017). The published ranges have gaps
 * (88,30 | 88,31); rounding to two decimals first closes them.
 */
export const SKALA_IKM: Scale = {
	id: 'ikm',
	nama: 'Mutu pelayanan IKM',
	dasar: 'Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat',
	desimal: 2,
	langkah: 0.01,
	jenjang: [j('A', 'Sangat Baik', 88.31), j('B', 'Baik', 76.61), j('C', 'Kurang Baik', 65.0), j('D', 'Tidak Baik', null)]
};

/**
 * The older IKM rules (Kepmenpan 25/2004, 14 elements): the same number can carry a
 * different letter in a report that still uses them, e.g. 85,00 is A here and B above.
 */
export const SKALA_IKM_2004: Scale = {
	id: 'ikm-2004',
	nama: 'Mutu pelayanan IKM (aturan lama)',
	dasar: 'Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004, dengan 14 unsur pelayanan',
	desimal: 2,
	langkah: 0.01,
	jenjang: [j('A', 'Sangat Baik', 81.26), j('B', 'Baik', 62.51), j('C', 'Kurang Baik', 43.76), j('D', 'Tidak Baik', null)]
};

/** Four-level predikat of capaian printed in the 2020–2021 reports. */
export const SKALA_PREDIKAT_4: Scale = {
	id: 'predikat-4',
	nama: 'Predikat capaian empat tingkat',
	dasar: 'Skala yang tercetak pada LKIP kecamatan tahun 2020–2021',
	desimal: 2,
	jenjang: [j('Sangat Baik', 'Sangat Baik', 100, false), j('Baik', 'Baik', 76), j('Cukup', 'Cukup', 55), j('Kurang', 'Kurang', null)]
};

/** Seven-level predikat of capaian printed in the 2023 reports (the SAKIP letters). */
export const SKALA_PREDIKAT_7: Scale = {
	id: 'predikat-7',
	nama: 'Predikat capaian tujuh tingkat',
	dasar: 'Skala yang tercetak pada LKIP kecamatan tahun 2023, mengikuti huruf penilaian SAKIP',
	desimal: 2,
	jenjang: [
		j('AA', 'Sangat Memuaskan', 90),
		j('A', 'Memuaskan', 80),
		j('BB', 'Sangat Baik', 70),
		j('B', 'Baik', 60),
		j('CC', 'Cukup (Memadai)', 50),
		j('C', 'Kurang', 30),
		j('D', 'Sangat Kurang', null)
	]
};

/** Grade a unit receives in the SAKIP evaluation (score 0–100): strict lower bounds. */
export const SKALA_SAKIP: Scale = {
	id: 'sakip',
	nama: 'Nilai evaluasi SAKIP',
	dasar: 'Peraturan Menteri PANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
	desimal: 2,
	jenjang: [
		j('AA', 'Sangat Memuaskan', 90, false),
		j('A', 'Memuaskan', 80, false),
		j('BB', 'Sangat Baik', 70, false),
		j('B', 'Baik', 60, false),
		j('CC', 'Cukup', 50, false),
		j('C', 'Kurang', 30, false),
		j('D', 'Sangat Kurang', null)
	]
};

/**
 * The one scale used to compare kecamatan whose reports print different scales.
 * It is the seven-level scale of the newest reports applied to the capaian number,
 * so older reports are regraded on today's scale; each report's own predikat is kept
 * beside it. A capaian above 100% is the top level.
 */
export const SKALA_PREDIKAT_NORMAL: Scale = {
	...SKALA_PREDIKAT_7,
	id: 'predikat-normal',
	nama: 'Predikat baku dasbor (untuk membandingkan kecamatan)',
	dasar: 'Skala tujuh tingkat LKIP 2023 diterapkan pada angka capaian semua laporan'
};

/** Every scale, for the methods page. */
export const ALL_SCALES: Scale[] = [SKALA_IKM, SKALA_IKM_2004, SKALA_PREDIKAT_4, SKALA_PREDIKAT_7, SKALA_SAKIP, SKALA_PREDIKAT_NORMAL];

/**
 * Round half away from zero to `desimal` places, on the decimal value as printed:
 * 76.605 is stored as 76.60499999999999 in binary, yet "76,605" rounds to 76,61.
 */
export function roundTo(x: number, desimal = 2): number {
	if (!Number.isFinite(x)) return x;
	const [mantisa, eksponen] = x.toPrecision(15).split('e');
	const geser = Number(`${mantisa}e${Number(eksponen ?? 0) + desimal}`);
	if (!Number.isFinite(geser) || Math.abs(geser) >= 1e15) return x;
	const bulat = Math.sign(geser) * Math.round(Math.abs(geser));
	return Number(`${bulat}e${-desimal}`) || 0; // "|| 0": never -0
}

/** The level a value falls in, or null for a missing value. */
export function applyScale(scale: Scale, value: number | null | undefined): Band | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	const v = roundTo(value, scale.desimal);
	for (const jj of scale.jenjang) {
		if (jj.min === null) return jj;
		if (jj.minInklusif ? v >= jj.min : v > jj.min) return jj;
	}
	return null;
}

/** Rank of a level: the best is skala.jenjang.length, the lowest 1; 0 if not in the scale. */
export function bandLevel(scale: Scale, jenjang: Band | null): number {
	if (!jenjang) return 0;
	const i = scale.jenjang.findIndex((x) => x.kode === jenjang.kode && x.label === jenjang.label);
	return i < 0 ? 0 : scale.jenjang.length - i;
}

/** The level whose code or label a report printed ("BB", "sangat baik"), or null. */
export function bandFromText(scale: Scale, text: string): Band | null {
	const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
	if (!t) return null;
	return scale.jenjang.find((x) => x.kode.toLowerCase() === t) ?? scale.jenjang.find((x) => x.label.toLowerCase() === t) ?? null;
}

export function ikmMutu(value: number | null | undefined): Band | null {
	return applyScale(SKALA_IKM, value);
}

export function normalPredikat(capaian: number | null | undefined): Band | null {
	return applyScale(SKALA_PREDIKAT_NORMAL, capaian);
}

/** A level of the scale a report prints for itself (Laporan.skala, table skala_predikat). */
export interface ReportLevel {
	kode: string | null;
	label: string;
	/** null: open below ("Kurang dari 55 %") */
	bawah: number | null;
	/** null: open above ("Lebih dari 100 %") */
	atas: number | null;
}

/**
 * The level of the report's own scale for a printed capaian, or null when there is no
 * capaian or the report printed no scale. Printed ranges touch ("80 - 90", "90 - 100")
 * or leave gaps ("55 % s/d 75 %", "76 % s/d 100 %"), so the rule is:
 * - the capaian is rounded to 2 decimals, as for the other scales;
 * - it takes the highest level whose lower bound it reaches (≥), so a shared bound goes to
 *   the upper level (90 → "90 - 100") and a gap to the lower one (75,5 → "55 – 75");
 * - "Lebih dari X" (open above) is strict when another level's range ends at X, since that
 *   level prints X as its own (100 → "76 s/d 100", 100,01 → "Lebih dari 100");
 * - above every range: the top level (a report capping at 100% grades 105% as 100%);
 *   below every lower bound: the lowest level.
 */
export function reportScalePredikat<T extends ReportLevel>(capaian: number | null | undefined, scale: readonly T[]): T | null {
	if (capaian === null || capaian === undefined || !Number.isFinite(capaian) || !scale.length) return null;
	const x = roundTo(capaian, 2);
	const atasLain = new Set(scale.map((t) => t.atas).filter((a): a is number => a !== null));
	const capai = (t: T) => {
		if (t.bawah === null) return true;
		return t.atas === null && atasLain.has(t.bawah) ? x > t.bawah : x >= t.bawah;
	};
	const sorted = scale
		.map((t, i) => ({ t, i }))
		.sort((a, b) => (b.t.bawah ?? -Infinity) - (a.t.bawah ?? -Infinity) || a.i - b.i)
		.map((u) => u.t);
	return sorted.find(capai) ?? sorted[sorted.length - 1];
}

function formatScaleNumber(x: number, desimal: number): string {
	return new Intl.NumberFormat('id-ID', { minimumFractionDigits: desimal, maximumFractionDigits: desimal }).format(x);
}

/**
 * A level's range in words, for tables on the methods page:
 * "88,31 – 100" style when the scale has a printed step, otherwise "70 sampai di bawah 80".
 */
export function rangeText(scale: Scale, i: number): string {
	const jj = scale.jenjang[i];
	const upper = i > 0 ? scale.jenjang[i - 1] : null;
	const d = scale.langkah ? scale.desimal : 0;
	if (jj.min === null) {
		if (!upper || upper.min === null) return 'semua nilai';
		if (scale.langkah && upper.minInklusif) return `≤ ${formatScaleNumber(upper.min - scale.langkah, d)}`;
		return upper.minInklusif ? `di bawah ${formatScaleNumber(upper.min, d)}` : `${formatScaleNumber(upper.min, d)} atau kurang`;
	}
	const lower = jj.minInklusif ? `${formatScaleNumber(jj.min, d)}` : `lebih dari ${formatScaleNumber(jj.min, d)}`;
	if (!upper || upper.min === null) return jj.minInklusif ? `${lower} ke atas` : lower;
	if (scale.langkah && upper.minInklusif) return `${lower} – ${formatScaleNumber(upper.min - scale.langkah, d)}`;
	return upper.minInklusif ? `${lower} sampai di bawah ${formatScaleNumber(upper.min, d)}` : `${lower} sampai ${formatScaleNumber(upper.min, d)}`;
}

// ---------------------------------------------------------------- formulas

export type Polarity = 'positif' | 'negatif';

export interface CapaianFormula {
	realisasi: number | null | undefined;
	target: number | null | undefined;
	/** positif: higher is better (default); negatif: higher is worse */
	polaritas?: Polarity;
	/**
	 * some reports count anything above 100% as 100% (and, in the same sentence, anything
	 * below 0% as 0): the result is then kept within 0–100
	 */
	batasi100?: boolean;
}

/**
 * Capaian kinerja in percent, or null when it cannot be computed (a missing value or
 * a zero target).
 * - positif: realisasi ÷ target × 100
 * - negatif: (2 × target − realisasi) ÷ target × 100
 */
export function computeCapaian({ realisasi, target, polaritas = 'positif', batasi100 = false }: CapaianFormula): number | null {
	if (realisasi === null || realisasi === undefined || target === null || target === undefined) return null;
	if (!Number.isFinite(realisasi) || !Number.isFinite(target) || target === 0) return null;
	const c = polaritas === 'negatif' ? ((2 * target - realisasi) / target) * 100 : (realisasi / target) * 100;
	return batasi100 ? Math.min(Math.max(c, 0), 100) : c;
}

/** The capaian formulas in words, for the methods page. */
export const CAPAIAN_FORMULA: Record<Polarity, string> = {
	positif: 'Capaian = realisasi ÷ target × 100%',
	negatif: 'Capaian = (2 × target − realisasi) ÷ target × 100%'
};

export const SERAPAN_FORMULA = 'Serapan anggaran = realisasi anggaran ÷ pagu anggaran × 100%';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Serapan anggaran in percent from exact rupiah amounts, or null when the pagu is
 * missing, zero or negative (a negative pagu is a misread, not a budget).
 * Rounded only for display, never here. The data build publishes it as the
 * `serapan` column (store/rows.ts); SQL computes the serapan of a sum of budgets
 * with the same rule (`serapanJumlah` in query/sql.ts).
 */
export function computeSerapan(realisasi: bigint | number | null | undefined, pagu: bigint | number | null | undefined): number | null {
	if (realisasi === null || realisasi === undefined || pagu === null || pagu === undefined) return null;
	if (typeof realisasi === 'number' && !Number.isFinite(realisasi)) return null;
	if (typeof pagu === 'number' && !Number.isFinite(pagu)) return null;
	if (typeof realisasi === 'number' && typeof pagu === 'number') return pagu <= 0 ? null : (realisasi * 100) / pagu;
	// bigint: exact while both fit a double exactly; beyond that, divide in integers first
	const r = typeof realisasi === 'bigint' ? realisasi : BigInt(Math.round(realisasi));
	const p = typeof pagu === 'bigint' ? pagu : BigInt(Math.round(pagu));
	if (p <= 0n) return null;
	const aman = (x: bigint) => x <= MAX_SAFE && x >= -MAX_SAFE;
	// realisasi × 100 ÷ pagu in doubles, the order SQL computes it in (serapanJumlah in query/sql.ts), so both give the same bits
	if (aman(r) && aman(p)) return (Number(r) * 100) / Number(p);
	return Number((r * 10n ** 14n) / p) / 1e12;
}
