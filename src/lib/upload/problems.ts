/**
 * A problem found in an uploaded file, shown to the user as one line of the
 * result table. `baris` is the 1-based line of the file (the header is line 1),
 * `kolom` the template column; both null when the problem concerns the whole file.
 */
export type ProblemLevel = 'galat' | 'peringatan';

export interface Problem {
	/** galat: the row is not added; peringatan: the row is added, the user should know */
	tingkat: ProblemLevel;
	baris: number | null;
	kolom: string | null;
	pesan: string;
}

export function galat(baris: number | null, kolom: string | null, pesan: string): Problem {
	return { tingkat: 'galat', baris, kolom, pesan };
}

export function peringatan(baris: number | null, kolom: string | null, pesan: string): Problem {
	return { tingkat: 'peringatan', baris, kolom, pesan };
}

/** The sentence the user reads: `Baris 4, kolom "pagu": "12,5,3" bukan angka rupiah`. */
export function problemText(m: Problem): string {
	const letak = [m.baris !== null ? `Baris ${m.baris}` : null, m.kolom !== null ? `kolom "${m.kolom}"` : null].filter(Boolean).join(', ');
	if (!letak) return m.pesan.charAt(0).toUpperCase() + m.pesan.slice(1);
	return `${letak.charAt(0).toUpperCase()}${letak.slice(1)}: ${m.pesan}`;
}

/** A cell shown inside a message: quoted, shortened, control characters made visible. */
export function quoteSnippet(text: string, maks = 40): string {
	const t = text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? '⇥' : '�'));
	return `"${t.length > maks ? t.slice(0, maks) + '…' : t}"`;
}
