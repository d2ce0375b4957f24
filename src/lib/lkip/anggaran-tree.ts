/**
 * The budget tree (program → kegiatan → sub kegiatan) from the rows of a budget
 * table. Reports signal levels differently: a prefix ("Program:", "Kegiatan 2:",
 * "Sub Kegiatan 1:"), dotted numbering ("1.2.1"), roman/arabic numbering, bold
 * names, or nothing at all. Levels are read from the strongest signal present;
 * rows of one printed style share a level; a style never seen before is one
 * level below the row above it. Where kegiatan and sub kegiatan look exactly
 * alike, the amounts decide: a kegiatan's pagu is the sum of the sub kegiatan
 * below it. Amounts are only compared to choose a reading, never changed.
 */
import type { AnggaranRow } from './anggaran-table';
import { standardProgram } from './master-data';
import { normalise } from './table';
import type { AnggaranRecord, ProgramMapping, AnggaranLevel, Peringatan } from './types';

/** 4 only for the accounts below a sub kegiatan in a block read one level down (turunkanBukanProgram) */
type Lv = 1 | 2 | 3 | 4;
const LEVEL: Record<Lv, AnggaranLevel> = { 1: 'program', 2: 'kegiatan', 3: 'subkegiatan', 4: 'rincian' };
const DARI_PREFIX: Record<NonNullable<AnggaranRow['prefix']>, Lv> = { program: 1, kegiatan: 2, subkegiatan: 3 };

interface TreeNode {
	b: AnggaranRow;
	uraian: string;
	lv: Lv | null;
	/** level read from the row itself (prefix or dotted numbering), not inferred */
	pasti: boolean;
	gaya: string;
	/** belanja group headings ("BELANJA MODAL") printed above the row: rows of one block share it */
	blok: number;
}

/** Relative tolerance when checking that children add up to their parent: only used to pick a reading, so printing slips of a few rupiah do not hide the tree. */
const TOLERANCE = 1e-4;

function roughlyEqual(a: number | null, b: number | null): boolean {
	if (a === null || b === null) return false;
	return Math.abs(a - b) <= Math.max(1, Math.abs(b) * TOLERANCE);
}

function jumlah(xs: TreeNode[], f: (s: TreeNode) => number | null): number | null {
	let t = 0;
	for (const x of xs) {
		const v = f(x);
		if (v === null) return null;
		t += v;
	}
	return t;
}

const pagu = (s: TreeNode) => s.b.pagu;
const realisasiOf = (s: TreeNode) => s.b.realisasi;

/** Whether `anak` adds up to `induk` on pagu or on realisasi. */
function sumsMatch(parent: { pagu: number | null; realisasi: number | null }, child: TreeNode[]): boolean {
	return roughlyEqual(parent.pagu, jumlah(child, pagu)) || roughlyEqual(parent.realisasi, jumlah(child, realisasiOf));
}

type Sums = { pagu: number | null; realisasi: number | null };

/** Enough for any real table; a pathological one (hundreds of equal amounts) keeps its flat reading. */
const STEP_LIMIT = 20_000;

/**
 * Read rows that look alike as an outline: each row either stands alone or
 * heads the rows after it, and a head's amount is the sum of its direct
 * children (on pagu or on realisasi). Depth-first with backtracking, pruned by
 * the sums, so in practice one pass. `kedalaman[k]` receives each row's depth
 * below the first; null when no reading fits.
 */
function decompose(child: TreeNode[], parent: Sums | null, maksDalam: number, semuaKepala: boolean): number[] | null {
	const depth = new Array<number>(child.length).fill(0);
	let langkah = 0;
	// items at `dalam` from index i until their sums reach `target` (or, without a target, to the end)
	const sorted = (i: number, dalam: number, target: Sums | null): number | null => {
		if (++langkah > STEP_LIMIT) return null;
		let pagu: number | null = 0;
		let realisasiOf: number | null = 0;
		const cukup = () => target !== null && (roughlyEqual(target.pagu, pagu) || roughlyEqual(target.realisasi, realisasiOf));
		const lewat = () =>
			target !== null &&
			(target.pagu === null || pagu === null || pagu > target.pagu * (1 + TOLERANCE) + 1) &&
			(target.realisasi === null || realisasiOf === null || realisasiOf > target.realisasi * (1 + TOLERANCE) + 1);
		const coba = (k: number): number | null => {
			if (target !== null && k > i && cukup()) return k;
			if (k >= child.length) return target === null ? k : null;
			if (lewat()) return null;
			const b = child[k].b;
			const [p0, r0] = [pagu, realisasiOf];
			pagu = pagu === null || b.pagu === null ? null : pagu + b.pagu;
			realisasiOf = realisasiOf === null || b.realisasi === null ? null : realisasiOf + b.realisasi;
			// first as the head of the rows after it, then alone
			if (dalam < maksDalam && (b.pagu !== null || b.realisasi !== null)) {
				const save = depth.slice();
				const akhirAnak = sorted(k + 1, dalam + 1, b);
				if (akhirAnak !== null && akhirAnak > k + 1) {
					for (let x = k + 1; x < akhirAnak; x++) depth[x]++;
					const result = coba(akhirAnak);
					if (result !== null) return result;
				}
				// undo the depths this attempt (and the readings nested in it) gave
				for (let x = 0; x < save.length; x++) depth[x] = save[x];
			}
			if (!(semuaKepala && dalam === 0)) {
				const result = coba(k + 1);
				if (result !== null) return result;
			}
			[pagu, realisasiOf] = [p0, r0];
			return null;
		};
		return coba(i);
	};
	const end = sorted(0, 0, parent);
	return end === child.length ? depth : null;
}

/**
 * The children of one parent all read as one level: siblings, or really
 * [kegiatan, its sub kegiatan...] printed alike? Siblings when they add up to
 * the parent; otherwise the outline whose heads add up their children and
 * whose top rows add up to the parent. Rows whose level is printed (prefix,
 * dotted number) may head a group but are never moved down.
 */
function splitRuns(child: TreeNode[], parent: Sums | null): void {
	if (child.length < 2) return;
	const lv = child[0].lv;
	if (lv === null || lv >= 3 || child.some((s) => s.lv !== lv)) return;
	if (parent !== null && sumsMatch(parent, child)) return;
	// without a parent amount to check against, only a reading where every top row heads a group is safe
	const depth = decompose(child, parent, 3 - lv, parent === null);
	if (!depth || depth.every((d) => d === 0) || child.some((s, k) => s.pasti && depth[k] > 0)) return;
	child.forEach((s, k) => (s.lv = (lv + depth[k]) as Lv));
}

/** urusan.bidang.program, then .kegiatan (a 1 or 2 and two digits), then .sub kegiatan (two to four digits) */
const PERMENDAGRI = /^\d{1,2}\.\d{2}\.\d{2}(?:\.[12]\.\d{2}(?:\.\d{2,4})?)?$/;

const JOINER = /(\b(dan|di|dengan|serta|atau|yang|pada|untuk|ke|dari|dalam|oleh|bagi)|[,/&-])$/i;

/**
 * A name-only row between two rows: does it start the name of the row below
 * (it ends mid-phrase, or the row below starts in lower case) rather than end
 * the name of the row above (which would then end mid-phrase)?
 */
function continuedName(tertunda: string, lower: string, upper: string | undefined): boolean {
	if (upper !== undefined && JOINER.test(upper.trim())) return false;
	return JOINER.test(tertunda.trim()) || /^[a-z]/.test(lower);
}

export interface AnggaranTree {
	anggaran: AnggaranRecord[];
	peringatan: Peringatan[];
}

/**
 * The tree in named phases, each reading one signal of the level and leaving the
 * rows it cannot place for the next: the rows themselves, Permendagri codes,
 * dotted numbering, name columns, printed style, and last the amounts.
 */
/** A row's own words say it is a program: "Program ..." or a name data/program.csv knows. */
function nameProgram(s: TreeNode, program: readonly ProgramMapping[]): boolean {
	return s.b.prefix === 'program' || standardProgram(s.uraian, program) !== null;
}

/**
 * Rows read at program level that are not programs. A table may print a second
 * block under its own belanja heading (BELANJA MODAL, typically) whose top rows
 * are kegiatan numbered like the programs above ("I Administrasi Umum Perangkat
 * Daerah"). When other program rows name programs ("Program ..." or a rule of
 * data/program.csv), a row whose level is not printed (a prefix or a
 * Permendagri code) is read one level down with its rows if it repeats the name
 * of a kegiatan printed under one of them, or if it names no program and stands
 * in a belanja block where no row names a program: a kegiatan, its rows sub
 * kegiatan, theirs `rincian` (budget accounts). Its program is the one that
 * already lists a kegiatan of that name; none when no program does.
 * Returns, per demoted row index, that program (or null).
 */
function demoteNonProgram(simpul: TreeNode[], program: readonly ProgramMapping[]): Map<number, string | null> {
	const result = new Map<number, string | null>();
	const upper = simpul.map((s, i) => (s.lv === 1 ? i : -1)).filter((i) => i >= 0);
	const bernama = upper.filter((i) => nameProgram(simpul[i], program));
	if (!bernama.length) return result;
	// kegiatan names of the programs, for the program a demoted row belongs to
	const programKegiatan = new Map<string, string>();
	let current: string | null = null;
	for (let i = 0; i < simpul.length; i++) {
		const s = simpul[i];
		if (s.lv === 1) current = bernama.includes(i) ? s.uraian : null;
		else if (s.lv === 2 && current !== null && !programKegiatan.has(normalise(s.uraian))) programKegiatan.set(normalise(s.uraian), current);
	}
	for (const i of upper) {
		const s = simpul[i];
		// a kegiatan's name, printed again at the top of a block, is that kegiatan even if its words sound like a program's
		const kegiatanLain = programKegiatan.has(normalise(s.uraian));
		// a row that only lacks the word "Program" beside programs that have it may still be a program
		const blokTanpaProgram = !bernama.includes(i) && !bernama.some((j) => simpul[j].blok === s.blok);
		if (s.pasti || !(kegiatanLain || blokTanpaProgram)) continue;
		result.set(i, programKegiatan.get(normalise(s.uraian)) ?? null);
		s.lv = 2;
		for (let j = i + 1; j < simpul.length && (simpul[j].lv as number) > 1; j++) simpul[j].lv = Math.min((simpul[j].lv as number) + 1, 4) as Lv;
	}
	return result;
}

export function buildAnggaranTree(rows: AnggaranRow[], aturanProgram: readonly ProgramMapping[] = []): AnggaranTree {
	const { simpul, total, peringatan } = collectNodes(rows);
	levelsFromPermendagriCodes(simpul);
	levelsFromNumbering(simpul);
	levelsFromNameColumns(simpul);
	levelsFromStyle(simpul);
	levelsFromAmounts(simpul, total);
	const lepas = demoteNonProgram(simpul, aturanProgram);
	return { anggaran: toRecords(simpul, total, lepas), peringatan };
}

const amountsOf = (b: AnggaranRow) => ({
	pagu: b.pagu,
	realisasi: b.realisasi,
	persen: b.persen,
	pagu_raw: b.pagu_raw,
	realisasi_raw: b.realisasi_raw,
	persen_raw: b.persen_raw,
	adaAngka: b.adaAngka,
	line: b.line,
	raw: b.raw
});

/**
 * Rows → the items of the tree (a level only where the row prints it as a prefix),
 * the total row, and warnings. A name-only row is the rest of the name above
 * (wrapped, often after a page break) unless the next row prints amounts without
 * a name (then it names them) or continues its phrase.
 */
function collectNodes(rows: AnggaranRow[]): { simpul: TreeNode[]; total: AnggaranRow | null; peringatan: Peringatan[] } {
	const peringatan: Peringatan[] = [];
	const simpul: TreeNode[] = [];
	let total: AnggaranRow | null = null;
	let tertunda: AnggaranRow | null = null;
	let block = 0;
	const lepasTertunda = () => {
		const end = simpul[simpul.length - 1];
		if (tertunda && end) end.uraian = `${end.uraian} ${tertunda.uraian}`.trim();
		tertunda = null;
	};
	for (const original of rows) {
		let b = original;
		if (b.jenis === 'belanja') {
			block++;
			continue;
		}
		const tanpaNama = b.adaAngka && !b.uraian && b.kode === null;
		if (tertunda && tanpaNama && b.jenis === 'data') {
			b = { ...tertunda, ...amountsOf(b) };
			tertunda = null;
		} else if (
			tertunda &&
			b.jenis === 'data' &&
			b.kode === null &&
			b.prefix === null &&
			continuedName(tertunda.uraian, b.uraian, simpul[simpul.length - 1]?.uraian)
		) {
			b = { ...b, uraian: `${tertunda.uraian} ${b.uraian}` };
			tertunda = null;
		} else lepasTertunda();
		if (b.jenis === 'total') {
			if (!b.adaAngka) continue;
			if (total)
				peringatan.push({
					line: total.line,
					pesan: `Baris ${total.line}: tabel realisasi anggaran memuat lebih dari satu baris jumlah; yang dipakai baris ${b.line}`
				});
			total = b;
			continue;
		}
		const end = simpul[simpul.length - 1];
		if (b.jenis === 'input' || (b.jenis === 'data' && !b.uraian && b.kode === null)) {
			// "Input : Dana yang dibutuhkan Rp ..." (or amounts without a name) carries the amounts of the item above it
			if (end && !end.b.adaAngka) {
				end.b = { ...end.b, ...amountsOf(b) };
			} else if (b.adaAngka) {
				peringatan.push({ line: b.line, pesan: `Baris ${b.line}: baris berisi angka tanpa program/kegiatan; tidak dimasukkan ke pohon anggaran` });
			}
			continue;
		}
		if (!b.adaAngka && b.kode === null && b.prefix === null) {
			tertunda = b;
			continue;
		}
		let lv: Lv | null = null;
		if (b.prefix) lv = DARI_PREFIX[b.prefix];
		simpul.push({
			b,
			uraian: b.uraian,
			lv,
			pasti: lv !== null,
			blok: block,
			gaya: `${b.nomor ?? '-'}${b.nomor === 'titik' ? b.kedalaman : ''}${b.tebal ? ':tebal' : ''}`
		});
	}
	lepasTertunda();
	// a table of one belanja kind ("belanja langsung" in 2020 reports) may close
	// with "Jumlah Belanja Langsung" instead of a plain JUMLAH: that row is its total
	const terakhir = rows[rows.length - 1];
	if (!total && terakhir?.jenis === 'belanja' && terakhir.adaAngka && simpul.length) total = terakhir;
	return { simpul, total, peringatan };
}

/**
 * Permendagri 90 codes name their level by their shape: program 7.01.01,
 * kegiatan 7.01.01.2.01, sub kegiatan 7.01.01.2.01.0001 (or .01), whichever levels a table prints.
 */
function levelsFromPermendagriCodes(simpul: TreeNode[]): void {
	const point = simpul.filter((s) => s.b.nomor === 'titik');
	if (!point.length || !point.every((s) => PERMENDAGRI.test(s.b.kode ?? ''))) return;
	for (const s of point) {
		if (s.lv !== null) continue;
		s.lv = s.b.kedalaman === 3 ? 1 : s.b.kedalaman === 5 ? 2 : 3;
		s.pasti = true;
	}
}

/**
 * Dotted numbering: "1.2.1" is a sub kegiatan; other long account-style codes
 * ("7.01.01" / "7.01.01.1.01" / "7.01.01.1.01.01") rank by length, the longest a sub kegiatan.
 * Arabic numbers take part only in a table that also prints dotted ones.
 */
function levelsFromNumbering(simpul: TreeNode[]): void {
	if (!simpul.some((s) => s.b.nomor === 'titik')) return;
	const dalam = [...new Set(simpul.filter((s) => s.b.nomor === 'titik' || s.b.nomor === 'arab').map((s) => s.b.kedalaman))].sort((a, b) => a - b);
	for (const s of simpul) {
		if (s.lv !== null || (s.b.nomor !== 'titik' && s.b.nomor !== 'arab')) continue;
		const d = s.b.kedalaman;
		s.lv = (dalam[dalam.length - 1] <= 3 ? d : Math.max(1, 3 - (dalam.length - 1 - dalam.indexOf(d)))) as Lv;
		s.pasti = true;
	}
}

/** Names printed in two or three different columns: each column one level deeper. */
function levelsFromNameColumns(simpul: TreeNode[]): void {
	const column = [...new Set(simpul.map((s) => s.b.kolom))].sort((a, b) => a - b);
	if (column.length >= 2 && column.length <= 3 && simpul[0].b.kolom === column[0])
		for (const s of simpul) if (s.lv === null) s.lv = (column.indexOf(s.b.kolom) + 1) as Lv;
}

/**
 * Rows of one printed style share a level, learnt from the rows whose level is
 * certain; a style never seen before is one level below the row above it.
 */
function levelsFromStyle(simpul: TreeNode[]): void {
	const suara = new Map<string, number[]>();
	const pilih = (g: string): Lv | null => {
		const v = suara.get(g);
		if (!v) return null;
		let best: Lv | null = null;
		for (const l of [1, 2, 3] as Lv[]) if (v[l] > 0 && (best === null || v[l] > v[best])) best = l;
		return best;
	};
	const record = (g: string, l: Lv) => {
		const v = suara.get(g) ?? [0, 0, 0, 0];
		v[l]++;
		suara.set(g, v);
	};
	for (const s of simpul) if (s.lv !== null) record(s.gaya, s.lv);
	let before: Lv | null = null;
	for (let i = 0; i < simpul.length; i++) {
		const s = simpul[i];
		if (s.lv === null) {
			let l = pilih(s.gaya);
			if (l === null) {
				l = before === null ? 1 : (Math.min(before + 1, 3) as Lv);
				record(s.gaya, l);
			}
			// numbering restarts under a parent: "1 Penunjang ..." followed by "1 Kegiatan ..." is the parent
			const n = simpul[i + 1];
			if (l > 1 && n && n.pasti && n.lv === l && n.b.kode === '1' && s.b.kode !== null) l = (l - 1) as Lv;
			s.lv = l;
		}
		before = s.lv;
	}
}

/** Rows that look alike but are two levels: decided by the amounts, per parent. */
function levelsFromAmounts(simpul: TreeNode[], total: AnggaranRow | null): void {
	const anakDari = (i: number): number => {
		let j = i + 1;
		while (j < simpul.length && (simpul[j].lv as number) > (simpul[i].lv as number)) j++;
		return j;
	};
	// a table printed flat (every row alike) may still be a tree under its total
	if (simpul.length && simpul.every((s) => s.lv === simpul[0].lv)) splitRuns(simpul, total);
	for (let i = 0; i < simpul.length; i++) {
		const j = anakDari(i);
		if (j > i + 1) splitRuns(simpul.slice(i + 1, j), simpul[i].b);
	}
}

/** The records in reading order, each naming its program and kegiatan; the total is the root, so it comes first although it is printed last. */
function toRecords(simpul: TreeNode[], total: AnggaranRow | null, lepas: Map<number, string | null>): AnggaranRecord[] {
	const anggaran: AnggaranRecord[] = [];
	const rekam = (b: AnggaranRow, level: AnggaranLevel, uraian: string, program: string | null, kegiatan: string | null) =>
		anggaran.push({
			level,
			urutan: anggaran.length + 1,
			kode: b.kode,
			uraian,
			program,
			kegiatan,
			pagu: b.pagu,
			realisasi: b.realisasi,
			persen: b.persen,
			pagu_raw: b.pagu_raw,
			realisasi_raw: b.realisasi_raw,
			persen_raw: b.persen_raw,
			line: b.line,
			raw: b.raw
		});
	if (total) rekam(total, 'total', total.uraian, null, null);
	let program: string | null = null;
	let kegiatan: string | null = null;
	simpul.forEach((s, i) => {
		const level = LEVEL[s.lv as Lv];
		if (lepas.has(i)) {
			// a kegiatan printed apart from its program: it belongs to the program that lists it, not to the block above
			program = lepas.get(i) ?? null;
			kegiatan = s.uraian;
			rekam(s.b, level, s.uraian, program, null);
		} else if (level === 'program') {
			program = s.uraian;
			kegiatan = null;
			rekam(s.b, level, s.uraian, null, null);
		} else if (level === 'kegiatan') {
			kegiatan = s.uraian;
			rekam(s.b, level, s.uraian, program, null);
		} else rekam(s.b, level, s.uraian, program, kegiatan);
	});
	return anggaran;
}
