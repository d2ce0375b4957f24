/**
 * Years in report text. The report's own year is decided once, by identity.ts
 * (`bacaIdentitas` votes on the phrases that name it, `decideReportYear` falls back
 * on the measurement table's year) and carried as `Report.tahun`; the rest of the
 * reader, the store (`tahun_laporan`) and the audit (`ctx.laporan.tahun`) read it.
 * This module only finds years in a piece of text, the same way for every reader.
 */

/** A four-digit year of this or the last century, as a word. */
export const YEAR = /\b((?:19|20)\d\d)\b/;

/** The first year a text names ("Target 2023", "Th. 2022 (n)"), or null. */
export function yearIn(text: string): number | null {
	const m = text.match(YEAR);
	return m ? Number(m[1]) : null;
}

/** Every year a text names, in order (periods "2020-2024" give both ends). */
export function yearsIn(text: string): number[] {
	return [...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
}

const PERIOD = /\b20\d{2}\s*[-–]\s*20\d{2}\b/g;

/** Whether a sentence names a year other than `tahun`; a period "2021-2026" (a plan's span) does not count. */
export function namesOtherYear(text: string, year: number | null): boolean {
	if (year === null) return false;
	return (text.replace(PERIOD, ' ').match(/\b20\d{2}\b/g) ?? []).some((y) => Number(y) !== year);
}
