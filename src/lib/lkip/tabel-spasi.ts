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
import { teksSel } from './table';

interface Potong {
	mulai: number;
	akhir: number;
	teks: string;
}

export interface BarisSpasi {
	cells: string[];
	mentah: string[];
}

const POTONG = /\S+(?: \S+)*/g;
const JUDUL = /^\s*(\W{0,3})(tabel|table|gambar|grafik|bab|lampiran)\b/i;
const MAKS_KOSONG = 2;
/** Longer lines are not read as rows (and bound the work on one line). */
const MAKS_PANJANG = 2000;

function potong(s: string): Potong[] {
	if (s.length > MAKS_PANJANG) return [];
	return [...s.matchAll(POTONG)].map((m) => ({ mulai: m.index, akhir: m.index + m[0].length, teks: m[0] }));
}

function inti(p: Potong[]): boolean {
	return p.length >= 3 && p.some((x) => /\d/.test(x.teks));
}

/** Share of the cell edges of the data lines that line up with an edge on another data line. */
function sejajar(baris: Potong[][]): number {
	const mulai = new Map<number, number>();
	const akhir = new Map<number, number>();
	for (const p of baris)
		for (const x of p.slice(1)) {
			mulai.set(x.mulai, (mulai.get(x.mulai) ?? 0) + 1);
			akhir.set(x.akhir, (akhir.get(x.akhir) ?? 0) + 1);
		}
	const hitung = (m: Map<number, number>, k: number) => (m.get(k - 1) ?? 0) + (m.get(k) ?? 0) + (m.get(k + 1) ?? 0);
	let n = 0;
	let cocok = 0;
	for (const p of baris)
		for (const x of p.slice(1)) {
			n++;
			if (hitung(mulai, x.mulai) > 1 || hitung(akhir, x.akhir) > 1) cocok++;
		}
	return n ? cocok / n : 0;
}

/** Column spans: the union of the cell spans of the data lines. */
function kolom(baris: Potong[][]): [number, number][] {
	const span = baris.flat().map((x) => [x.mulai, x.akhir] as [number, number]);
	span.sort((a, b) => a[0] - b[0]);
	const hasil: [number, number][] = [];
	for (const [m, a] of span) {
		const akhir = hasil.at(-1);
		if (akhir && m < akhir[1]) akhir[1] = Math.max(akhir[1], a);
		else hasil.push([m, a]);
	}
	return hasil;
}

/** The column a cell overlaps most (a header wider than its figures, centred text), else the nearest. */
function kolomSel(x: Potong, kol: [number, number][]): number {
	let terbaik = 0;
	let nilai = -Infinity;
	kol.forEach(([m, a], k) => {
		const v = Math.min(a, x.akhir) - Math.max(m, x.mulai);
		if (v > nilai) [terbaik, nilai] = [k, v];
	});
	return terbaik;
}

/** Share of the data lines' cells that share a column with another cell of their line: high for prose. */
function tabrakan(baris: Potong[][], kol: [number, number][]): number {
	let n = 0;
	let tabrak = 0;
	for (const p of baris) {
		const dipakai = new Set<number>();
		for (const x of p) {
			const k = kolomSel(x, kol);
			n++;
			if (dipakai.has(k)) tabrak++;
			dipakai.add(k);
		}
	}
	return n ? tabrak / n : 0;
}

function selBaris(p: Potong[], kol: [number, number][]): BarisSpasi {
	const teks: string[] = [];
	for (const x of p) {
		let k = kolomSel(x, kol);
		if (k < teks.length - 1) k = teks.length - 1;
		while (teks.length <= k) teks.push('');
		teks[k] = teks[k] ? `${teks[k]} ${x.teks}` : x.teks;
	}
	return { cells: teks.map(teksSel), mentah: teks };
}

/**
 * Rows of the space-aligned tables of a text, by line index. `dipakai` marks
 * lines already read (tab, pipe or html rows): they end a block.
 */
export function bacaTabelSpasi(lines: string[], dipakai: (i: number) => boolean): Map<number, BarisSpasi> {
	const hasil = new Map<number, BarisSpasi>();
	const p: (Potong[] | null)[] = lines.map((s, i) => (dipakai(i) || !s.includes('  ') ? null : potong(s.trimEnd())));
	let i = 0;
	while (i < lines.length) {
		if (!p[i] || !inti(p[i]!)) {
			i++;
			continue;
		}
		// forward: data lines, and between them other rows (fewer cells, indented) and a few blank lines
		const isi = [i];
		let kosong = 0;
		let j = i + 1;
		for (; j < lines.length && kosong <= MAKS_KOSONG; j++) {
			if (dipakai(j)) break;
			const s = lines[j];
			if (!s.trim()) {
				kosong++;
				continue;
			}
			const q = p[j] ?? potong(s);
			if (JUDUL.test(s) || !(q.length >= 2 || /^\s{2,}\S/.test(s))) break;
			isi.push(j);
			kosong = 0;
		}
		const data = isi.filter((k) => p[k] && inti(p[k]!));
		// after the last data line only rows with figures (a "Jumlah" row); prose and captions stay out
		const berangka = (k: number) => (p[k]?.length ?? 0) >= 2 && /\d/.test(lines[k]);
		while (isi.length && !data.includes(isi.at(-1)!) && !berangka(isi.at(-1)!)) isi.pop();
		const kol = kolom(data.map((k) => p[k]!));
		if (data.length < 2 || sejajar(data.map((k) => p[k]!)) < 0.5 || tabrakan(data.map((k) => p[k]!), kol) > 0.25) {
			i = j;
			continue;
		}
		// backward: header rows of two or more cells just above
		for (let k = isi[0] - 1, kosongAtas = 0; k >= 0 && kosongAtas <= 1; k--) {
			if (dipakai(k) || hasil.has(k)) break;
			if (!lines[k].trim()) {
				kosongAtas++;
				continue;
			}
			if (JUDUL.test(lines[k]) || !p[k] || p[k]!.length < 2) break;
			isi.unshift(k);
			kosongAtas = 0;
		}
		for (const k of isi) {
			const q = p[k] ?? potong(lines[k]);
			hasil.set(k, kol.length >= 3 ? selBaris(q, kol) : { cells: q.map((x) => teksSel(x.teks)), mentah: q.map((x) => x.teks) });
		}
		i = isi.at(-1)! + 1;
	}
	return hasil;
}
