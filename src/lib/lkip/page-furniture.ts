/**
 * Page furniture: the running header or footer and the page number that a PDF
 * converter prints between the pages of a report ("LKjIP Kecamatan X Tahun
 * 2023", "12", "Halaman 12 dari 40", "... | 41"). Inside a table they are not
 * rows and never figures; a table read across a page break passes over them.
 *
 * A page number is recognised by its shape alone. A running header or footer
 * is recognised by where it stands and by repetition: a short line next to a
 * page boundary (a form feed, as `pdftotext` ends each page, or a page
 * number) whose text, digits aside, stands next to another page boundary too.
 */

const PAGE_NUMBER = [
	/^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
	/^(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|\/)\s*\d{1,3})?$/i,
	/^\d{1,3}\s*(?:\/|dari|of)\s*\d{1,3}$/i
];
/** a running title with its page number: "Laporan Kinerja ... | 41", "41 | Laporan Kinerja ..." */
const NUMBERED_TITLE = [/^[^|\t]{3,100}\|\s*\d{1,3}$/, /^\d{1,3}\s*\|[^|\t]{3,100}$/];
const MAX_LENGTH = 110;
/** non-blank lines on each side of a page boundary that may be furniture */
const REACH = 2;

function plain(s: string): string {
	return s.replace(/\f/g, '').trim();
}

export function pageNumber(s: string): boolean {
	const t = plain(s);
	if (!t || t.length > MAX_LENGTH) return false;
	return PAGE_NUMBER.some((re) => re.test(t)) || NUMBERED_TITLE.some((re) => re.test(t));
}

/** The text of a line with its digits and spacing taken out, so page 3's header matches page 4's. */
function keyOf(s: string): string {
	return plain(s).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * Which lines are page furniture. `dipakai` marks lines already read as table
 * rows (tab, pipe, html): those are never furniture.
 */
export function pageEdges(lines: string[], used: (i: number) => boolean): boolean[] {
	const result = lines.map((s, i) => !used(i) && pageNumber(s));
	// page boundaries: a form feed starts the line it is on; a page number line ends its page
	const limit: number[] = [];
	lines.forEach((s, i) => {
		if (s.includes('\f')) limit.push(i - 0.5);
		else if (result[i]) limit.push(i);
	});
	if (!limit.length) return result;
	const near = new Map<number, number>();
	const record = (i: number, b: number) => {
		if (used(i) || result[i]) return;
		const t = plain(lines[i]);
		// a line of three or more cells is a table row (a repeated header), not a running title
		if (t.length > MAX_LENGTH || t.split(/\s{2,}/).length >= 3) return;
		near.set(i, b);
	};
	limit.forEach((b, n) => {
		for (let i = Math.ceil(b + 0.1), k = 0; i < lines.length && k < REACH; i++) {
			if (!plain(lines[i])) continue;
			if (i > Math.ceil(b + 0.1) && lines[i].includes('\f')) break;
			record(i, n);
			k++;
		}
		for (let i = Math.floor(b - 0.1), k = 0; i >= 0 && k < REACH; i--) {
			if (!plain(lines[i])) continue;
			record(i, n);
			if (lines[i].includes('\f')) break;
			k++;
		}
	});
	// furniture repeats at another boundary; a heading next to one page break does not
	const diBatas = new Map<string, Set<number>>();
	for (const [i, b] of near) {
		const k = keyOf(lines[i]);
		if (!diBatas.has(k)) diBatas.set(k, new Set());
		diBatas.get(k)!.add(b);
	}
	for (const [i] of near) if ((diBatas.get(keyOf(lines[i]))?.size ?? 0) >= 2) result[i] = true;
	return result;
}
