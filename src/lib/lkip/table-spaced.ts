/**
 * Space-aligned tables, as `pdftotext -layout` prints them: no tabs or pipes,
 * cells separated by runs of two or more spaces and placed in columns.
 *
 * Double spaces also occur in prose (justified lines, two spaces after a full
 * stop), so a line is read as a row only inside a block that looks like a
 * table: at least two lines of three or more cells carrying figures, whose cell
 * edges line up with each other and whose cells each fall in a column of their
 * own (justified prose splits into many words that share the few wide
 * "columns" its lines cover). Columns are the runs of character positions the
 * data lines cover; every cell of the block goes to the column it overlaps
 * most, so a row that leaves its first cells blank keeps its column positions.
 */
import { cellText } from './table';

interface Piece {
	mulai: number;
	akhir: number;
	teks: string;
}

export interface SpacedRow {
	cells: string[];
	mentah: string[];
	/** the line wraps the cells of the row above and was joined into it */
	lanjutan?: boolean;
}

const PIECE = /\S+(?: \S+)*/g;
const TITLE = /^\s*(\W{0,3})(tabel|table|gambar|grafik|bab|lampiran)\b/i;
const MAX_BLANK = 2;
/** Longer lines are not read as rows (and bound the work on one line). */
const MAX_LENGTH = 2000;

const NUMBER_TOKEN = /^\(?[-–]?\d[\d.,]*%?\)?$/;
const MILLIONS = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+(?:[.,]\d{2})?$/;

/**
 * A run of figures one space apart is several cells: a converter prints
 * adjacent columns of right-aligned amounts with a single space when they
 * fill their cells ("2.737.456.263 2.253.867.153 82,33", "(1) (2) (3)").
 */
function splitNumbers(x: Piece): Piece[] {
	if (!x.teks.includes(' ')) return [x];
	const word = [...x.teks.matchAll(/\S+/g)];
	let start = word.length;
	while (start > 0 && NUMBER_TOKEN.test(word[start - 1][0])) start--;
	// two figures at least at the end, or nothing but figures; or a name run up to an amount of millions
	// ("Penyediaan Jasa Pelayanan Umum Kantor 423.090.600"), which no name ends with ("Rp 3.000.000" is one cell)
	const juta = word.length - start === 1 && start > 0 && MILLIONS.test(word[start][0]) && !/^rp\.?$/i.test(word[start - 1][0]);
	if (word.length - start < 2 && !juta) return [x];
	const result: Piece[] = [];
	if (start > 0) {
		const end = word[start - 1].index + word[start - 1][0].length;
		result.push({ mulai: x.mulai, akhir: x.mulai + end, teks: x.teks.slice(0, end) });
	}
	for (const m of word.slice(start)) result.push({ mulai: x.mulai + m.index, akhir: x.mulai + m.index + m[0].length, teks: m[0] });
	return result;
}

/** No table has this many columns; a line that splits into more is no row (and bounds the work on it). */
const MAX_CELLS = 60;

function pieces(s: string): Piece[] {
	if (s.length > MAX_LENGTH) return [];
	const result = [...s.matchAll(PIECE)].flatMap((m) => splitNumbers({ mulai: m.index, akhir: m.index + m[0].length, teks: m[0] }));
	return result.length > MAX_CELLS ? [] : result;
}

function core(p: Piece[]): boolean {
	return p.length >= 3 && p.some((x) => /\d/.test(x.teks));
}

/** Share of the cell edges of the data lines that line up with an edge on another data line. */
function aligned(rows: Piece[][]): number {
	const start = new Map<number, number>();
	const end = new Map<number, number>();
	for (const p of rows)
		for (const x of p.slice(1)) {
			start.set(x.mulai, (start.get(x.mulai) ?? 0) + 1);
			end.set(x.akhir, (end.get(x.akhir) ?? 0) + 1);
		}
	const count = (m: Map<number, number>, k: number) => (m.get(k - 1) ?? 0) + (m.get(k) ?? 0) + (m.get(k + 1) ?? 0);
	let n = 0;
	let match = 0;
	for (const p of rows)
		for (const x of p.slice(1)) {
			n++;
			if (count(start, x.mulai) > 1 || count(end, x.akhir) > 1) match++;
		}
	return n ? match / n : 0;
}

/** Column spans: the union of the cell spans of the data lines. */
function columnsOf(rows: Piece[][]): [number, number][] {
	const span = rows.flat().map((x) => [x.mulai, x.akhir] as [number, number]);
	span.sort((a, b) => a[0] - b[0]);
	const result: [number, number][] = [];
	for (const [m, a] of span) {
		const end = result.at(-1);
		if (end && m < end[1]) end[1] = Math.max(end[1], a);
		else result.push([m, a]);
	}
	return result;
}

/** The column a cell overlaps most (a header wider than its figures, centred text), else the one whose middle is nearest. */
function cellColumn(x: Piece, kol: [number, number][]): number {
	let best = 0;
	let value = -Infinity;
	kol.forEach(([m, a], k) => {
		const v = Math.min(a, x.akhir) - Math.max(m, x.mulai);
		if (v > value) [best, value] = [k, v];
	});
	if (value > 0) return best;
	// a centred header over right-aligned figures stands in the gap between two columns
	const tengah = (x.mulai + x.akhir) / 2;
	let distance = Infinity;
	kol.forEach(([m, a], k) => {
		const d = Math.abs((m + a) / 2 - tengah);
		if (d < distance) [best, distance] = [k, d];
	});
	return best;
}

/** Share of the data lines' cells that share a column with another cell of their line: high for prose. */
function collides(rows: Piece[][], kol: [number, number][]): number {
	let n = 0;
	let tabrak = 0;
	for (const p of rows) {
		const used = new Set<number>();
		for (const x of p) {
			const k = cellColumn(x, kol);
			n++;
			if (used.has(k)) tabrak++;
			used.add(k);
		}
	}
	return n ? tabrak / n : 0;
}

function rowCells(p: Piece[], kol: [number, number][]): SpacedRow {
	const text: string[] = [];
	for (const x of p) {
		let k = cellColumn(x, kol);
		if (k < text.length - 1) k = text.length - 1;
		while (text.length <= k) text.push('');
		text[k] = text[k] ? `${text[k]} ${x.teks}` : x.teks;
	}
	return { cells: text.map(cellText), mentah: text };
}

/** Columns where most data lines print a figure: a wrapped name never reaches into them. */
function numberColumns(rows: Piece[][], kol: [number, number][]): Set<number> {
	const n = new Array<number>(kol.length).fill(0);
	for (const p of rows) for (const x of p) if (/\d/.test(x.teks) && x.teks.length <= 24) n[cellColumn(x, kol)]++;
	return new Set(n.flatMap((v, k) => (v * 2 > rows.length ? [k] : [])));
}

/** Where each cell of a line starts, by column, with its text. */
function columnStarts(p: Piece[], kol: [number, number][]): Map<number, Piece> {
	const m = new Map<number, Piece>();
	for (const x of p) {
		const k = cellColumn(x, kol);
		if (!m.has(k)) m.set(k, x);
	}
	return m;
}

/**
 * Whether line `q` is the wrapped rest of the row that starts with line
 * `atas` (a word processor wraps a long cell inside its column): no figure,
 * nothing in the first column, and every piece starts where the text of that
 * column starts in the row above, in a column where that row has words.
 */
function lanjutan(q: Piece[], upper: Piece[], kol: [number, number][], angka: Set<number>): boolean {
	if (!q.length || q.length > kol.length) return false;
	const mulaiAtas = columnStarts(upper, kol);
	for (const [k, x] of columnStarts(q, kol)) {
		if (k === 0 || angka.has(k)) return false;
		// the row above holds words there (a column-number row "1 2 3" wraps nothing)
		const a = mulaiAtas.get(k);
		if (a === undefined || Math.abs(a.mulai - x.mulai) > 1 || !/[a-z]{2}/i.test(a.teks)) return false;
	}
	return true;
}

function mergeRows(a: string, b: string): string {
	if (!a) return b;
	// "Perundang-" + "undangan": a word broken at its own hyphen
	return /[A-Za-z]-$/.test(a) && /^[a-z]/.test(b) ? a + b : `${a} ${b}`;
}

/**
 * Columns of a block: the spans of its data lines, widened by the spans of its
 * other lines (names that a row wraps above and below its figures) as long as
 * such a span does not join two columns that hold figures.
 */
function blockColumns(data: Piece[][], other: Piece[][]): [number, number][] {
	let kol = columnsOf(data);
	const angka = data.flat().filter((x) => /\d/.test(x.teks) && !/[a-z]{3}/i.test(x.teks));
	const berangka = (k: [number, number][]) => k.filter(([m, a]) => angka.some((x) => x.mulai < a && x.akhir > m)).length;
	const n = berangka(kol);
	for (const p of other)
		for (const x of p) {
			const coba = columnsOf([...kol.map(([m, a]) => [{ mulai: m, akhir: a, teks: '' }]), [x]]);
			if (berangka(coba) === n) kol = coba;
		}
	return kol;
}

const HEADER_WORDS =
	/^\(?(no|nomor|kode|sasaran|indikator|target|realisasi|capaian|uraian|program|kegiatan|sub kegiatan|anggaran|pagu|satuan|tahun|nilai|mutu|keterangan|persentase|serapan|jumlah|rp|%)\b|^\(?%/i;

/** A header line: two or more of its cells are header words ("No", "Sasaran", "Realisasi (Rp)"). */
function headerRow(q: Piece[]): boolean {
	return q.length >= 2 && q.filter((x) => HEADER_WORDS.test(x.teks)).length >= 2 && !q.some((x) => /\d{2}/.test(x.teks) && !/\b(19|20)\d\d\b/.test(x.teks));
}

/**
 * Columns that no header cell stands over are no columns of their own.
 * Justified text in a wide cell prints gaps of two or more spaces inside the
 * cell, which can line up into a column of their own: a column without figures
 * is part of the column to its left. Figures printed at two positions in one
 * column (left-aligned amounts of different widths, a percentage right after
 * an amount): a column that no line fills together with its neighbour is part
 * of that neighbour.
 */
function mergeHeaderlessColumns(kol: [number, number][], header: Piece[][], angka: Set<number>, rows: Piece[][]): [number, number][] {
	if (!header.length) return kol;
	const berkepala = new Set(header.flat().map((x) => cellColumn(x, kol)));
	const content = rows.map((p) => new Set(p.map((x) => cellColumn(x, kol))));
	const bersama = (a: number, b: number) => content.some((s) => s.has(a) && s.has(b));
	const parent = kol.map((_, k) => k);
	kol.forEach((_, k) => {
		if (berkepala.has(k) || k === 0) return;
		if (!angka.has(k)) parent[k] = parent[k - 1];
		else if (k + 1 < kol.length && !bersama(k, k + 1)) parent[k] = k + 1;
		else if (!bersama(k - 1, k)) parent[k] = parent[k - 1];
	});
	// follow merges to the right first ("82,33" joins the "%" column after it)
	const root = (k: number): number => (parent[k] === k ? k : root(parent[k]));
	const result = new Map<number, [number, number]>();
	kol.forEach(([m, a], k) => {
		const r = root(k);
		const h = result.get(r);
		result.set(r, h ? [Math.min(h[0], m), Math.max(h[1], a)] : [m, a]);
	});
	return [...result.values()].sort((x, y) => x[0] - y[0]);
}

/** Runs of lines with no blank line between them: in a table whose rows stand apart, one run is one row. */
function groupOf(content: number[]): number[][] {
	const result: number[][] = [];
	for (const k of content) {
		const end = result.at(-1);
		if (end && k === end.at(-1)! + 1) end.push(k);
		else result.push([k]);
	}
	return result;
}

const NEW_PAGE = '\f';

/**
 * Rows of the space-aligned tables of a text, by line index. `dipakai` marks
 * lines already read (tab, pipe or html rows): they end a block. `tepi` marks
 * page furniture (page-furniture.ts): a table continues over it. A page break (form
 * feed) ends a block, because `pdftotext` lays out each page with its own
 * character grid; the part on the next page is a block of its own, and may be
 * a single row.
 *
 * A row printed over several lines comes back whole at one line, the others
 * with `lanjutan` set and no cells: where rows stand apart (blank lines
 * between them, as when a word processor centres cells vertically and the
 * figures sit on a middle line), each run of lines with at most one line of
 * figures is one row; otherwise a line that wraps the cells of the row above
 * (see `lanjutan`) joins it.
 */
export function readSpacedTables(lines: string[], used: (i: number) => boolean, tepi: (i: number) => boolean = () => false): Map<number, SpacedRow> {
	const result = new Map<number, SpacedRow>();
	const clean = lines.map((s) => (s.includes(NEW_PAGE) ? s.replace(/\f/g, '') : s).trimEnd());
	const p: (Piece[] | null)[] = clean.map((s, i) => (used(i) || tepi(i) || !s.includes('  ') ? null : pieces(s)));
	const potongan = (k: number) => p[k] ?? pieces(clean[k]);
	/** last line of the block read before, if a page break follows it with only furniture, blank lines or a header in between */
	let akhirBlok = -1;
	const sesudahHalaman = (i: number) => {
		if (akhirBlok < 0) return false;
		let page = false;
		for (let k = akhirBlok + 1; k < i; k++) {
			if (lines[k].includes(NEW_PAGE)) page = true;
			if (!clean[k].trim() || tepi(k)) continue;
			const q = potongan(k);
			if (q.length < 3 || q.some((x) => /\d/.test(x.teks))) return false;
		}
		return page || lines[i].includes(NEW_PAGE);
	};
	let i = 0;
	while (i < lines.length) {
		if (!p[i] || !core(p[i]!)) {
			i++;
			continue;
		}
		// forward: data lines, and between them other rows (fewer cells, indented), a few blank lines and furniture, up to the page's end
		const content = [i];
		let empty = 0;
		let j = i + 1;
		for (; j < lines.length && empty <= MAX_BLANK; j++) {
			if (used(j) || lines[j].includes(NEW_PAGE)) break;
			const s = clean[j];
			if (tepi(j)) {
				empty = 0;
				continue;
			}
			if (!s.trim()) {
				empty++;
				continue;
			}
			const q = potongan(j);
			if (TITLE.test(s) || !(q.length >= 2 || /^\s{2,}\S/.test(s))) break;
			content.push(j);
			empty = 0;
		}
		const data = content.filter((k) => p[k] && core(p[k]!));
		const lanjutHalaman = sesudahHalaman(i);
		if (!lanjutHalaman && (data.length < 2 || aligned(data.map((k) => p[k]!)) < 0.5)) {
			i = j;
			continue;
		}
		// backward: header rows of two or more cells just above, and the lines a row wraps above its figures
		const upper: number[] = [];
		for (let k = content[0] - 1, kosongAtas = 0; k >= 0 && kosongAtas <= MAX_BLANK; k--) {
			if (used(k) || result.has(k) || tepi(k)) break;
			if (!clean[k].trim()) {
				kosongAtas++;
				continue;
			}
			const q = p[k] ?? (/^\s{2,}\S/.test(clean[k]) ? pieces(clean[k]) : null);
			if (TITLE.test(clean[k]) || !q || (q.length < 2 && kosongAtas > 0)) break;
			upper.unshift(k);
			kosongAtas = 0;
			if (lines[k].includes(NEW_PAGE)) break;
		}
		// a one-cell line is a header only under a header line of its own block
		while (upper.length && potongan(upper[0]).length < 2) upper.shift();
		const diData = new Set(data);
		const dalam = content.filter((k) => k < data.at(-1)! && !diData.has(k));
		const header = upper.filter((k) => headerRow(potongan(k)));
		let kol = blockColumns(
			data.map((k) => p[k]!),
			[...upper.filter((k) => !header.includes(k)), ...dalam].map(potongan)
		);
		if (
			collides(
				data.map((k) => p[k]!),
				kol
			) > 0.25 &&
			!lanjutHalaman
		) {
			i = j;
			continue;
		}
		kol = mergeHeaderlessColumns(
			kol,
			header.map(potongan),
			numberColumns(
				data.map((k) => p[k]!),
				kol
			),
			content.map(potongan)
		);
		const all = [...upper, ...content];
		// header lines are a row of their own even when the first row follows them without a blank line
		const group = groupOf(all).flatMap((g) => {
			const n = g.findIndex((k) => !header.includes(k));
			return n > 0 && n < g.length ? [g.slice(0, n), g.slice(n)] : [g];
		});
		const berisiData = (g: number[]) => g.filter((k) => diData.has(k)).length;
		// rows standing apart: several runs of more than one line, none with two lines of figures
		const terpisah = group.filter((g) => g.length > 1).length >= 2 && group.every((g) => berisiData(g) <= 1);
		if (!terpisah) {
			// after the last data line only rows with figures (a "Jumlah" row) and the wrapped rest of a row; prose and captions stay out
			const angka = numberColumns(
				data.map((k) => p[k]!),
				kol
			);
			const berangka = (k: number) => (p[k]?.length ?? 0) >= 2 && /\d/.test(clean[k]);
			const sambungan = (k: number) => {
				const n = all.length - 1;
				return n > 0 && all[n] === k && all[n - 1] === k - 1 && kol.length >= 3 && lanjutan(potongan(k), potongan(k - 1), kol, angka);
			};
			while (all.length && !diData.has(all.at(-1)!) && !berangka(all.at(-1)!) && !sambungan(all.at(-1)!)) all.pop();
		}
		const cell = (k: number) => {
			const q = potongan(k);
			// a header with one label per column names the columns in order, wherever centring put the labels
			const sorted = kol.length < 3 || (header.includes(k) && q.length === kol.length);
			return sorted ? { cells: q.map((x) => cellText(x.teks)), mentah: q.map((x) => x.teks) } : rowCells(q, kol);
		};
		const gabungKe = (parent: SpacedRow, row: SpacedRow) =>
			row.cells.forEach((c, n) => {
				if (!c) return;
				while (parent.cells.length <= n) parent.cells.push('');
				while (parent.mentah.length <= n) parent.mentah.push('');
				parent.cells[n] = mergeRows(parent.cells[n], c);
				parent.mentah[n] = mergeRows(parent.mentah[n], row.mentah[n]);
			});
		if (terpisah && kol.length >= 3) {
			// one run, one row, placed at its line of figures (its first line when it has none)
			for (const g of group) {
				const jangkar = g.find((k) => diData.has(k)) ?? g[0];
				const row: SpacedRow = { cells: [], mentah: [] };
				for (const k of g) {
					gabungKe(row, cell(k));
					if (k !== jangkar) result.set(k, { cells: [], mentah: [], lanjutan: true });
				}
				result.set(jangkar, row);
			}
		} else {
			// each line its cells; a line that wraps the row above is joined into it
			const angka = numberColumns(
				data.map((k) => p[k]!),
				kol
			);
			let header = -1;
			let before = -1;
			for (const k of all) {
				const row = cell(k);
				const parent = header >= 0 ? result.get(header) : undefined;
				if (parent && k === before + 1 && kol.length >= 3 && lanjutan(potongan(k), potongan(header), kol, angka)) {
					gabungKe(parent, row);
					result.set(k, { cells: [], mentah: [], lanjutan: true });
				} else {
					result.set(k, row);
					header = k;
				}
				before = k;
			}
		}
		akhirBlok = all.at(-1)!;
		i = Math.max(akhirBlok + 1, i + 1);
	}
	return result;
}
