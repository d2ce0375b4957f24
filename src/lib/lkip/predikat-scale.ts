/**
 * The predikat scale a report states for its own capaian, read from its table:
 * "AA | ➤ 90 - 100 | Sangat Memuaskan", "76 % s/d 100 % | BAIK", "Lebih dari 100 % | SANGAT BAIK",
 * "91 ≤ 100 | Sangat Tinggi", "≤ 50 | Sangat Rendah"; and whether the report says a capaian
 * above 100% counts as 100%. Reports of different kabupaten and years print different
 * scales, so the scale is data of the report, never a constant of the code.
 */
import type { TextRow } from './table-blocks';
import { trimEnd } from './table';
import type { ScaleRecord, TextSource } from './types';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(?:-|–|—|s\/d|sd|sampai(?: dengan)?|hingga|≤|<=|<)\s*${NUMBER}$`, 'i');
const OPEN_TOP = new RegExp(String.raw`^(?:lebih dari|>=|>|≥|di atas|diatas)\s*${NUMBER}$`, 'i');
const OPEN_BOTTOM = new RegExp(String.raw`^(?:kurang dari|<=|<|≤|di bawah|dibawah)\s*${NUMBER}$`, 'i');
const CODE = /^(AA|A|BB|B|CC|C|D)$/;
/** a scale has at least this many levels; two rows with a range are too common to mean a scale */
const MIN_LEVELS = 3;

function numberOf(s: string): number {
	return Number(s.replace(',', '.'));
}

/** Normalised label, for telling levels apart: "Cukup (mamadai)" and "CUKUP" are one level. */
export function labelKey(s: string): string {
	return s
		.toLowerCase()
		.replace(/\([^()\n]*\)/g, '')
		.replace(/[^a-z]/g, '');
}

/** One row of a scale table, or null when the row has no range or no label. */
function readLevel(cells: string[], line: number, raw: string): ScaleRecord | null {
	const content = trimEnd(cells)
		.map((c) => c.trim())
		.filter(Boolean);
	let rentang: { bawah: number | null; atas: number | null; i: number } | null = null;
	content.forEach((c, i) => {
		// every pattern holds a figure: the many cells without a digit are no range
		if (rentang || !/\d/.test(c)) return;
		const t = c.replace(/%/g, '').replace(/➤/g, '').replace(/\s+/g, ' ').trim();
		let m = t.match(RANGE);
		if (m) rentang = { bawah: numberOf(m[1]), atas: numberOf(m[2]), i };
		else if ((m = t.match(OPEN_TOP))) rentang = { bawah: numberOf(m[1]), atas: null, i };
		else if ((m = t.match(OPEN_BOTTOM))) rentang = { bawah: null, atas: numberOf(m[1]), i };
	});
	if (!rentang) return null;
	const { bawah, atas, i: iRentang } = rentang as { bawah: number | null; atas: number | null; i: number };
	const text = content.filter((c, i) => i !== iRentang && /[a-z]{3,}/i.test(c));
	if (!text.length) return null;
	const kode = content.find((c, i) => i !== iRentang && CODE.test(c)) ?? null;
	return { kode, label: text[text.length - 1], bawah, atas, line, raw };
}

/**
 * The first run of at least three consecutive scale rows with distinct labels; empty when
 * the report states no scale.
 */
export function readPredikatScale(rows: readonly TextRow[]): ScaleRecord[] {
	let block: ScaleRecord[] = [];
	for (let i = 0; i <= rows.length; i++) {
		const r = rows[i];
		const t = r?.cells ? readLevel(r.cells, r.line, r.raw) : null;
		if (t) {
			block.push(t);
			continue;
		}
		if (block.length >= MIN_LEVELS && new Set(block.map((x) => labelKey(x.label))).size === block.length) return block;
		block = [];
	}
	return [];
}

/**
 * "capaian ... lebih dari 100% termasuk pada angka capaian kinerja 100%" and the like: the
 * report counts a capaian above 100% as 100%. A sentence may wrap onto the next line.
 */
const MAX_100 =
	/capaian[^.]{0,120}(?:lebih dari|di atas|diatas|melebihi|>)\s*100\s*%[^.]{0,40}?(?:termasuk|dihitung|dianggap|ditetapkan|dinilai|diberi nilai|menjadi|sama dengan|dibatasi)[^.]{0,60}?100\s*%/i;

export function readCapaianMax100(rows: readonly TextRow[]): TextSource | null {
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		if (!/capaian/i.test(r.raw)) continue;
		// the rule names 100% twice: a line (and the next) without a 100 states no such rule
		if (!r.raw.includes('100') && !rows[i + 1]?.raw.includes('100')) continue;
		const sambung = `${r.raw} ${rows[i + 1]?.raw ?? ''}`.replace(/\s+/g, ' ');
		if (MAX_100.test(r.raw.replace(/\s+/g, ' ')) || MAX_100.test(sambung)) return { line: r.line, raw: r.raw };
	}
	return null;
}
