/**
 * The published answers (manifest `jawaban`): query answers over the whole published
 * data that the data build writes as small files, so a page reads a few rows instead
 * of the tables they come from. Each is a view under its name, over its file or, in a
 * dataset built before it, computing the same answer (Beranda's per-year answers: an
 * empty view, and the loader computes, home-answers.ts).
 */
import { PUBLISHED_YEARS, sqlPreparePublishedYears, sqlWritePublishedYears } from './published-years';
import { COMPARISON_YEARS, sqlPrepareComparisons, sqlWriteComparisons } from './comparison-years';
import { HOME_ANSWERS } from './home-answers';

export interface PublishedAnswer {
	/** the view's name, read in SQL like a table; also the file's and the manifest key */
	nama: string;
	/** the view: over the file (path or registered name), or computing the answer */
	prepare: (file: string | null) => string;
	/** the data build's statement writing the answer to a Parquet file at `path`; `years`: those a filter chooses from */
	write: (path: string, years: readonly number[]) => string;
}

export const PUBLISHED_ANSWERS: readonly PublishedAnswer[] = [
	{ nama: PUBLISHED_YEARS, prepare: sqlPreparePublishedYears, write: sqlWritePublishedYears },
	{ nama: COMPARISON_YEARS, prepare: sqlPrepareComparisons, write: sqlWriteComparisons },
	// Beranda's answers of each year (home-answers.ts)
	...HOME_ANSWERS
];

export function answerOf(name: string): PublishedAnswer | undefined {
	return PUBLISHED_ANSWERS.find((a) => a.nama === name);
}
