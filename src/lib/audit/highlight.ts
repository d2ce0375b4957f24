/**
 * Splitting a source line into plain text and the numbers a finding is about, so the page can
 * highlight the differing figures. A printed number matches when it reads (as rupiah or as an
 * Indonesian decimal) to the finding's `nilai` or `seharusnya`.
 */
import { parseRupiah, parseToken } from '../lkip/numbers';

export interface Span {
	teks: string;
	sorot: boolean;
}

const NUMBER = /\d[\d.,]*\d|\d/g;

function same(token: string, target: number): boolean {
	const r = parseRupiah(token).nilai;
	if (r !== null && r === target) return true;
	const d = parseToken(token, false).nilai;
	return d !== null && Math.abs(d - target) < 1e-9;
}

export function highlightNumbers(line: string, value: (number | null)[]): Span[] {
	const target = value.filter((x): x is number => x !== null && Number.isFinite(x));
	const out: Span[] = [];
	let dari = 0;
	for (const m of line.matchAll(NUMBER)) {
		const i = m.index ?? 0;
		if (!target.some((t) => same(m[0], t))) continue;
		if (i > dari) out.push({ teks: line.slice(dari, i), sorot: false });
		out.push({ teks: m[0], sorot: true });
		dari = i + m[0].length;
	}
	if (dari < line.length) out.push({ teks: line.slice(dari), sorot: false });
	return out;
}

/** Lines of a finding grouped into passages: lines closer than `jarak` share a passage. */
export function groupLines(lines: number[], distance = 6): number[][] {
	const sorted = [...new Set(lines)].sort((a, b) => a - b);
	const out: number[][] = [];
	for (const l of sorted) {
		const end = out[out.length - 1];
		if (end && l - end[end.length - 1] < distance) end.push(l);
		else out.push([l]);
	}
	return out;
}
