/**
 * Counts as Indonesian reports print them: digits ("4"), words ("empat", "delapan belas",
 * "tiga puluh dua") or both ("4 (empat)"). The digits win when both are printed: the words
 * are the typist's gloss and are the ones more often wrong.
 */

const SATUAN: Record<string, number> = {
	nol: 0,
	satu: 1,
	se: 1,
	dua: 2,
	tiga: 3,
	empat: 4,
	lima: 5,
	enam: 6,
	tujuh: 7,
	delapan: 8,
	sembilan: 9
};

/** "empat" -> 4, "delapan belas" -> 18, "sebelas" -> 11, "tiga puluh dua" -> 32, "seratus" -> 100; null otherwise. */
export function readNumberWords(s: string): number | null {
	const t = s
		.toLowerCase()
		.replace(/[^a-z ]/g, ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	if (!t.length) return null;
	let total = 0;
	let current = 0;
	let found = false;
	for (const kata of t) {
		if (kata === 'sepuluh') current += 10;
		else if (kata === 'sebelas') current += 11;
		else if (kata === 'belas') current += 10;
		else if (kata === 'puluh') current = (current || 1) * 10;
		else if (kata === 'seratus' || kata === 'ratus') {
			total += (kata === 'seratus' ? 1 : current || 1) * 100;
			current = 0;
		} else if (kata in SATUAN && kata !== 'se') current += SATUAN[kata];
		else return null;
		found = true;
	}
	total += current;
	return found ? total : null;
}

/** Words that can open a number word, for patterns that look for a count before a noun. */
export const NUMBER_WORDS = 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus';

/**
 * A count before a noun: "4", "4 (empat)", "4(empat)", "( dua )", "empat", "delapan belas".
 * Group 1: digits; group 2: the words in brackets; group 3: bare words. Linear: every
 * repetition is over a class that the next token cannot start with.
 */
export const COUNT_PATTERN = `(?:(\\d{1,3})(?:\\s*\\(\\s*([a-z]+(?: [a-z]+)*)\\s*\\))?|\\(\\s*((?:${NUMBER_WORDS})(?: [a-z]+)*)\\s*\\)|\\b((?:${NUMBER_WORDS})(?: (?:belas|puluh|ratus|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))*))`;

/** The count of a POLA_HITUNGAN match from its four groups: the digits when printed, else the words. */
export function countValue(digit: string | undefined, _gloss: string | undefined, kurung: string | undefined, word: string | undefined): number | null {
	if (digit) return Number(digit);
	return readNumberWords(kurung ?? word ?? '');
}
