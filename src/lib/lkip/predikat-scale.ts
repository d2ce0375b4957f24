/**
 * The predikat scale a report states for its own capaian, read from its table:
 * "AA | ➤ 90 - 100 | Sangat Memuaskan", "76 % s/d 100 % | BAIK", "Lebih dari 100 % | SANGAT BAIK",
 * "91 ≤ 100 | Sangat Tinggi", "≤ 50 | Sangat Rendah"; and whether the report says a capaian
 * above 100% counts as 100%. Reports of different kabupaten and years print different
 * scales, so the scale is data of the report, never a constant of the code.
 */
import type { BarisTeks } from './table-blocks';
import { trimEnd } from './table';
import type { SkalaRecord, SumberTeks } from './types';

const ANGKA = String.raw`(\d+(?:[.,]\d+)?)`;
const RENTANG = new RegExp(String.raw`^${ANGKA}\s*(?:-|–|—|s\/d|sd|sampai(?: dengan)?|hingga|≤|<=|<)\s*${ANGKA}$`, 'i');
const ATAS_TERBUKA = new RegExp(String.raw`^(?:lebih dari|>=|>|≥|di atas|diatas)\s*${ANGKA}$`, 'i');
const BAWAH_TERBUKA = new RegExp(String.raw`^(?:kurang dari|<=|<|≤|di bawah|dibawah)\s*${ANGKA}$`, 'i');
const KODE = /^(AA|A|BB|B|CC|C|D)$/;
/** a scale has at least this many levels; two rows with a range are too common to mean a scale */
const MIN_TINGKAT = 3;

function angka(s: string): number {
	return Number(s.replace(',', '.'));
}

/** Normalised label, for telling levels apart: "Cukup (mamadai)" and "CUKUP" are one level. */
export function kunciLabel(s: string): string {
	return s
		.toLowerCase()
		.replace(/\([^()\n]*\)/g, '')
		.replace(/[^a-z]/g, '');
}

/** One row of a scale table, or null when the row has no range or no label. */
function bacaTingkat(cells: string[], line: number, raw: string): SkalaRecord | null {
	const isi = trimEnd(cells)
		.map((c) => c.trim())
		.filter(Boolean);
	let rentang: { bawah: number | null; atas: number | null; i: number } | null = null;
	isi.forEach((c, i) => {
		if (rentang) return;
		const t = c.replace(/%/g, '').replace(/➤/g, '').replace(/\s+/g, ' ').trim();
		let m = t.match(RENTANG);
		if (m) rentang = { bawah: angka(m[1]), atas: angka(m[2]), i };
		else if ((m = t.match(ATAS_TERBUKA))) rentang = { bawah: angka(m[1]), atas: null, i };
		else if ((m = t.match(BAWAH_TERBUKA))) rentang = { bawah: null, atas: angka(m[1]), i };
	});
	if (!rentang) return null;
	const { bawah, atas, i: iRentang } = rentang as { bawah: number | null; atas: number | null; i: number };
	const teks = isi.filter((c, i) => i !== iRentang && /[a-z]{3,}/i.test(c));
	if (!teks.length) return null;
	const kode = isi.find((c, i) => i !== iRentang && KODE.test(c)) ?? null;
	return { kode, label: teks[teks.length - 1], bawah, atas, line, raw };
}

/**
 * The first run of at least three consecutive scale rows with distinct labels; empty when
 * the report states no scale.
 */
export function bacaSkala(rows: readonly BarisTeks[]): SkalaRecord[] {
	let blok: SkalaRecord[] = [];
	for (let i = 0; i <= rows.length; i++) {
		const r = rows[i];
		const t = r?.cells ? bacaTingkat(r.cells, r.line, r.raw) : null;
		if (t) {
			blok.push(t);
			continue;
		}
		if (blok.length >= MIN_TINGKAT && new Set(blok.map((x) => kunciLabel(x.label))).size === blok.length) return blok;
		blok = [];
	}
	return [];
}

/**
 * "capaian ... lebih dari 100% termasuk pada angka capaian kinerja 100%" and the like: the
 * report counts a capaian above 100% as 100%. A sentence may wrap onto the next line.
 */
const MAKS_100 =
	/capaian[^.]{0,120}(?:lebih dari|di atas|diatas|melebihi|>)\s*100\s*%[^.]{0,40}?(?:termasuk|dihitung|dianggap|ditetapkan|dinilai|diberi nilai|menjadi|sama dengan|dibatasi)[^.]{0,60}?100\s*%/i;

export function bacaCapaianMaks100(rows: readonly BarisTeks[]): SumberTeks | null {
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		if (!/capaian/i.test(r.raw)) continue;
		const sambung = `${r.raw} ${rows[i + 1]?.raw ?? ''}`.replace(/\s+/g, ' ');
		if (MAKS_100.test(r.raw.replace(/\s+/g, ' ')) || MAKS_100.test(sambung)) return { line: r.line, raw: r.raw };
	}
	return null;
}
