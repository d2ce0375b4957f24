/**
 * Comparing kecamatan names: the one key a written name is compared by, and the
 * one edit distance for names that differ by a typo. The reader (identity.ts),
 * the store's exact look-up (store/rows.ts cariKecamatan) and the upload's
 * suggestion (upload/kecamatan.ts) all compare names this way, so a name the
 * build accepts is one the upload accepts, and a suggestion is a name the
 * reader would have taken.
 */
import { normalise } from './table';

/**
 * "Kec. Sumber Jambe", "KECAMATAN SUMBERJAMBE", "Sumberjambé" → "sumberjambe":
 * case, accents, spacing, punctuation, markup and the word "kecamatan" (or
 * "kec.") do not tell two kecamatan apart.
 */
export function kecamatanNameKey(s: string): string {
	return normalise(s)
		.replace(/\b(?:kecamatan|kec)\b/g, '')
		.replace(/[^a-z0-9]/g, '');
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, cut off above `limit`:
 * past it the answer is `limit + 1`, so a long pasted text against a short name
 * costs a length comparison, not a table.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
	for (let j = 0; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		let min = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
			d[i][j] = v;
			if (v < min) min = v;
		}
		// every cell of a row above the limit: no later row comes back under it
		if (min > limit) return limit + 1;
	}
	return d[a.length][b.length];
}
