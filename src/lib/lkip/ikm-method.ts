/**
 * How the report says its IKM was measured: the method or the body (the SUKMA-e
 * application, a survey by Bappeda, by a university, the kecamatan's own manual survey,
 * a book visitors fill in), the number of respondents and the survey period, each
 * where it is printed. Only lines about the satisfaction survey count (the word
 * IKM/SKM/kepuasan/responden on the line or the two before it). When a line names
 * two methods ("secara manual ..., sedangkan aplikasi SUKMA-e kurang dipakai"), the
 * first named is the one used; a university's survey commissioned by Bappeda is the
 * university's.
 *
 * Every statement is kept; which one an IKM value was measured by is decided in the
 * store layer (metodeUntuk), nearest statement first.
 */
import type { TextRow } from './table-blocks';
import { parseToken, type NumberFormat } from './numbers';
import { cellText } from './table';
import type { IkmRecord, IkmMethod, IkmMethodRecord } from './types';

const ABOUT = /kepuasan masyarakat|\bikm\b|\bskm\b|survei|survey|\bsukma\b|\bresponden\b|kuesioner|kuisioner/i;
/** ABOUT's one phrase with a space, split where a line break (joined as a space) can fall */
const ABOUT_TAIL = /kepuasan$/i;
const ABOUT_HEAD = /^masyarakat/i;

const POLA: { metode: IkmMethod; re: RegExp }[] = [
	{ metode: 'sukma_e', re: /\b(?:aplikasi )?(?:e[\s-]{0,3}sukma|sukma[\s-]{0,3}e)\b/i },
	{
		metode: 'manual',
		re: /\b(?:secara|cara|survei|survey) manual\b|\bmanual\b|\bmengisi buku\b|\bbuku (?:tamu|kepuasan|survei)\b|\bkuesioner (?:tertulis|kertas)\b/i
	},
	{ metode: 'universitas', re: /\b(?:lppm )?(?:universitas|politeknik|institut|perguruan tinggi)(?: [A-Z][a-z]+){0,2}/i },
	{ metode: 'bappeda', re: /\b(?:bappeda|badan perencanaan pembangunan daerah)\b(?: kabupaten [A-Z][a-z]+)?/i }
];

/** a count right before the word: "312 responden", "1.250 (seribu dua ratus lima puluh) orang responden" */
// run on at most SEBELUM_RESPONDEN characters before the word, so a scan from each start stays bounded
// eslint-disable-next-line regexp/no-super-linear-move
const RESPONDENTS_BEFORE = /(\d[\d.,]*) ?(?:\([a-z ]{1,60}\) ?)?(?:orang )?$/i;
const BEFORE_RESPONDENTS = 80;
const RESPONDENTS_AFTER = [
	/\bresponden ?(?:sebanyak|berjumlah|sejumlah|yang terlibat|:) ?(\d[\d.,]*)/i,
	/\bjumlah responden(?: sebanyak| adalah| yaitu| ?:)? ?(\d[\d.,]*)/i
];

const MONTHS = '(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)';
const UNTIL = '(?:s\\.?(?: ?/ ?| )?d\\.?|sampai(?: dengan)?|hingga|[-–])';
const PERIOD = [
	new RegExp(`\\b${MONTHS}(?: (?:19|20)\\d\\d)? ?${UNTIL} ?${MONTHS} (?:19|20)\\d\\d\\b`, 'i'),
	new RegExp(`\\b(?:triwulan|semester) (?:[IV]+|\\d)(?: ?${UNTIL} ?(?:[IV]+|\\d))?(?: tahun)? (?:19|20)\\d\\d\\b`, 'i')
];

/** The respondent count a line states, or null. */
function respondentsIn(text: string, format: NumberFormat): number | null {
	const i = text.search(/\bresponden\b/i);
	if (i < 0) return null;
	const m = text.slice(Math.max(0, i - BEFORE_RESPONDENTS), i).match(RESPONDENTS_BEFORE);
	if (m) {
		const n = wholeNumber(m[1], format);
		if (n !== null) return n;
	}
	for (const re of RESPONDENTS_AFTER) {
		const x = text.match(re);
		const n = x ? wholeNumber(x[1], format) : null;
		if (n !== null) return n;
	}
	return null;
}

function wholeNumber(raw: string, format: NumberFormat): number | null {
	const h = parseToken(raw.replace(/[.,]$/, ''), true, format);
	return h.nilai !== null && Number.isInteger(h.nilai) && h.nilai > 0 ? h.nilai : null;
}

/** The method a text names first, with the words that name it. */
export function methodIn(text: string): { metode: IkmMethod; lembaga: string } | null {
	let result: { metode: IkmMethod; lembaga: string; pos: number } | null = null;
	for (const p of POLA) {
		const m = text.match(p.re);
		if (m && (result === null || (m.index ?? 0) < result.pos)) result = { metode: p.metode, lembaga: m[0].trim(), pos: m.index ?? 0 };
	}
	if (!result) return null;
	// "Bappeda ... dengan LPPM Universitas Jember": the university carried it out
	if (result.metode === 'bappeda') {
		const u = text.match(POLA.find((p) => p.metode === 'universitas')!.re);
		if (u) return { metode: 'universitas', lembaga: u[0].trim() };
	}
	return { metode: result.metode, lembaga: result.lembaga };
}

export function extractIkmMethod(rows: TextRow[], format: NumberFormat = 'id'): IkmMethodRecord[] {
	const result: IkmMethodRecord[] = [];
	// whether the line and the two before it, joined by spaces, speak of the survey: each line
	// is tested once, and a phrase wrapped across two lines is found at their junction
	const about = rows.map((r) => ABOUT.test(r.raw));
	const wrapped = (a: TextRow | undefined, b: TextRow) => a !== undefined && ABOUT_TAIL.test(a.raw) && ABOUT_HEAD.test(b.raw);
	rows.forEach((r, i) => {
		if (r.tepi || !r.raw) return;
		const near = about[i] || (i >= 1 && about[i - 1]) || (i >= 2 && about[i - 2]) || wrapped(rows[i - 1], r) || wrapped(rows[i - 2], rows[i - 1]);
		if (!near) return;
		const text = cellText(r.cells ? r.cells.join(' ; ') : r.raw);
		const m = methodIn(text);
		const sum = respondentsIn(text, format);
		let periode: string | null = null;
		for (const re of PERIOD) {
			const x = text.match(re);
			if (x) {
				periode = x[0];
				break;
			}
		}
		// a period alone is a date, not a statement about the survey, unless the line speaks of it
		if (!m && sum === null && !(periode && ABOUT.test(text))) return;
		result.push({ metode: m?.metode ?? null, lembaga: m?.lembaga ?? null, jumlah_responden: sum, periode, line: r.line, raw: r.raw });
	});
	return result;
}

/**
 * The method each IKM statement was measured by: the method statement of the same
 * report nearest to it in the text (the earlier on a tie); null when the report
 * names none. A report that measures its own IKM one way and quotes another body's
 * survey elsewhere keeps each value with the statement beside it.
 */
export function methodFor(ikm: readonly IkmRecord[], metode: readonly IkmMethodRecord[]): (IkmMethodRecord | null)[] {
	const found = metode.filter((m) => m.metode !== null);
	return ikm.map((v) => {
		let best: IkmMethodRecord | null = null;
		for (const m of found) if (best === null || Math.abs(m.line - v.line) < Math.abs(best.line - v.line)) best = m;
		return best;
	});
}
