/**
 * The predikat scale a report states for itself, read from its own table, e.g.
 * "AA | ➤ 90 - 100 | Sangat Memuaskan" or "76 % s/d 100 % | BAIK" or "Lebih dari 100 % | SANGAT BAIK".
 */
import { sel } from './util';

export interface Tingkatan {
	label: string;
	/** normalised label: lower case, letters only, no spaces */
	kunci: string;
	kode: string | null;
	bawah: number;
	atas: number;
	line: number;
}

export interface Skala {
	tingkatan: Tingkatan[];
	lines: number[];
}

export function kunciLabel(s: string): string {
	return s
		.toLowerCase()
		.replace(/\(.*?\)/g, '')
		.replace(/[^a-z]/g, '');
}

function angkaSkala(s: string): number {
	return Number(s.replace(',', '.'));
}

function bacaTingkatan(cells: string[], line: number): Tingkatan | null {
	const isi = cells.map((c) => c.trim()).filter(Boolean);
	let bawah: number | null = null;
	let atas: number | null = null;
	let iRentang = -1;
	isi.forEach((c, i) => {
		if (iRentang >= 0) return;
		const t = c.replace(/%/g, '').replace(/➤/g, '').trim();
		let m = t.match(/^(\d+(?:[.,]\d+)?)\s*(?:-|–|s\/d|sampai)\s*(\d+(?:[.,]\d+)?)$/i);
		if (m) [bawah, atas, iRentang] = [angkaSkala(m[1]), angkaSkala(m[2]), i];
		else if ((m = t.match(/^(?:lebih dari|>|≥|di atas)\s*(\d+(?:[.,]\d+)?)$/i))) [bawah, atas, iRentang] = [angkaSkala(m[1]), Infinity, i];
		else if ((m = t.match(/^(?:kurang dari|<|≤|di bawah)\s*(\d+(?:[.,]\d+)?)$/i))) [bawah, atas, iRentang] = [-Infinity, angkaSkala(m[1]), i];
	});
	if (iRentang < 0 || bawah === null || atas === null) return null;
	const teks = isi.filter((c, i) => i !== iRentang && /[a-z]{3,}/i.test(c));
	const kode = isi.find((c, i) => i !== iRentang && /^(AA|A|BB|B|CC|C|D)$/.test(c)) ?? null;
	if (!teks.length) return null;
	const label = teks[teks.length - 1];
	return { label, kunci: kunciLabel(label), kode, bawah, atas, line };
}

/** First block of at least three consecutive scale rows; null when the report states none. */
export function bacaSkala(baris: string[]): Skala | null {
	let blok: Tingkatan[] = [];
	for (let l = 1; l <= baris.length + 1; l++) {
		const c = l <= baris.length ? sel(baris, l) : null;
		const t = c ? bacaTingkatan(c, l) : null;
		if (t) {
			blok.push(t);
			continue;
		}
		if (!baris[l - 1]?.trim() && l <= baris.length && blok.length === 0) continue;
		if (blok.length >= 3 && new Set(blok.map((x) => x.kunci)).size === blok.length)
			return { tingkatan: blok, lines: blok.map((x) => x.line) };
		blok = [];
	}
	return null;
}

/**
 * Labels the scale allows for a value. A value on a boundary shared by two levels, or in a
 * gap between them (75 < x < 76), may carry either label: the report's table does not decide.
 */
export function labelUntuk(skala: Skala, x: number): Set<string> {
	const t = skala.tingkatan;
	const kena = t.filter((s) => x >= s.bawah - 1e-9 && x <= s.atas + 1e-9);
	if (kena.length) {
		// "Lebih dari 100" excludes 100 itself
		const tegas = kena.filter((s) => !(s.bawah !== -Infinity && s.atas === Infinity && x === s.bawah && kena.length > 1));
		return new Set((tegas.length ? tegas : kena).map((s) => s.kunci));
	}
	const urut = [...t].sort((a, b) => a.bawah - b.bawah);
	if (x > Math.max(...urut.map((s) => s.atas))) return new Set([urut[urut.length - 1].kunci]);
	if (x < Math.min(...urut.map((s) => s.bawah))) return new Set([urut[0].kunci]);
	const bawah = urut.filter((s) => s.atas < x).pop();
	const atas = urut.find((s) => s.bawah > x);
	return new Set([bawah?.kunci, atas?.kunci].filter((k): k is string => !!k));
}
