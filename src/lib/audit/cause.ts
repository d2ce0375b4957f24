/**
 * Findings grouped by cause (rule `sebab_angka`). One mistyped amount in the budget tree makes
 * every check it takes part in fail: its parent's sum (as a child), its own sum (as a parent),
 * its row's percentage, realisasi ≤ pagu. An auditor reports that as ONE finding, the figure
 * to correct, with those failures as its consequences, not as three high-severity findings.
 *
 * A printed amount is the cause when one correction d of it makes every check it takes part in
 * pass: as a child of a sum printed P over children summing to S, d = P − S; as a parent, d =
 * S − P; all must give the same d ≠ 0, and the row's percentage and realisasi ≤ pagu must hold
 * after the correction (a check that passes now and would fail after it rules the figure out).
 * At least two failed checks must be explained; when two figures explain overlapping failures
 * equally well, neither is named (the report alone cannot tell which is wrong).
 *
 * The model: a cause finding and its consequences share `kelompok` (the `no` of the cause
 * finding in the report); the cause has `peran` 'sebab', the consequences 'akibat'. The
 * consequences stay findings of their own rules (so each failed check is still listed with
 * its lines) but the quality score counts the group once, at the cause's severity (index.ts).
 */
import type { AnggaranRecord, Report } from '../lkip/types';
import { checkSum, label, type SumCheck } from './anggaran-sums';
import type { Aturan } from './types';
import { matchesPrecision, printedDecimals, rp } from './util';

/** A finding a cause explains: its rule, a line it names, and for sums the printed and summed amounts. */
export interface Effect {
	aturan: string;
	line: number;
	nilai?: number;
	seharusnya?: number;
}

export interface Cause {
	/** index of the row in the budget tree */
	baris: number;
	line: number;
	kolom: 'pagu' | 'realisasi';
	tercetak: number;
	/** the amount that makes every check pass */
	benar: number;
	akibat: Effect[];
	pesan: string;
}

type CauseColumn = 'pagu' | 'realisasi';

function percentMatches(r: AnggaranRecord, pagu: number, real: number): boolean | null {
	if (r.persen === null || !r.persen_raw || pagu <= 0) return null;
	return matchesPrecision(r.persen, (real / pagu) * 100, printedDecimals(r.persen_raw));
}

function candidates(rows: AnggaranRecord[], perBaris: Map<string, SumCheck[]>, j: number, k: CauseColumn): Cause | null {
	const r = rows[j];
	const x = r[k];
	if (x === null) return null;
	const terlibat = perBaris.get(`${j}|${k}`) ?? [];
	if (!terlibat.length) return null;
	let d: number | null = null;
	for (const c of terlibat) {
		const e = c.tercetak - c.jumlah;
		if (e === 0) return null; // a sum that holds now would break
		const dc = c.induk === j ? -e : e;
		if (d === null) d = dc;
		else if (d !== dc) return null;
	}
	if (d === null || d === 0) return null;
	const benar = x + d;
	if (benar < 0) return null;
	const akibat: Effect[] = terlibat.map((c) => ({ aturan: 'jumlah_anggaran', line: rows[c.induk].line, nilai: c.tercetak, seharusnya: c.jumlah }));
	const pagu = k === 'pagu' ? x : r.pagu;
	const real = k === 'realisasi' ? x : r.realisasi;
	const paguB = k === 'pagu' ? benar : r.pagu;
	const realB = k === 'realisasi' ? benar : r.realisasi;
	if (pagu !== null && real !== null && paguB !== null && realB !== null) {
		const sekarang = percentMatches(r, pagu, real);
		const nanti = percentMatches(r, paguB, realB);
		if (sekarang === true && nanti === false) return null;
		if (sekarang === false && nanti === true) akibat.push({ aturan: 'persen_anggaran', line: r.line });
		if (pagu >= 0) {
			if (real <= pagu && realB > paguB) return null;
			if (real > pagu && realB <= paguB) akibat.push({ aturan: 'di_luar_rentang', line: r.line, nilai: real, seharusnya: pagu });
		}
	}
	if (akibat.length < 2) return null;
	const pesan =
		`${label(r)} (baris ${r.line}): ${k} tercetak ${rp(x)} diduga salah. Bila angka ini ${rp(benar)} (selisih ${rp(Math.abs(d))}), ` +
		`${akibat.length} pemeriksaan yang kini gagal menjadi cocok sekaligus dan tidak ada pemeriksaan lain yang menjadi gagal; ` +
		`karena itu temuan-temuan tersebut dicatat sebagai akibat dari satu angka ini dan dihitung satu kali.`;
	return { baris: j, line: r.line, kolom: k, tercetak: x, benar, akibat, pesan };
}

const effectKey = (a: Effect) => `${a.aturan}|${a.line}|${a.nilai ?? ''}|${a.seharusnya ?? ''}`;

/** The wrong figures of a report's budget tree, each with the failed checks it explains. */
export function findCause(laporan: Report): Cause[] {
	const rows = laporan.anggaran;
	const check = checkSum(rows);
	if (!check.some((c) => c.tercetak !== c.jumlah)) return [];
	// the checks each figure takes part in, as a parent or as a child (linear in the tree)
	const perBaris = new Map<string, SumCheck[]>();
	for (const c of check)
		for (const j of [c.induk, ...c.anak]) {
			const key = `${j}|${c.kolom}`;
			perBaris.set(key, [...(perBaris.get(key) ?? []), c]);
		}
	const all: Cause[] = [];
	for (let j = 0; j < rows.length; j++)
		for (const k of ['pagu', 'realisasi'] as CauseColumn[]) {
			const s = candidates(rows, perBaris, j, k);
			if (s) all.push(s);
		}
	// an ambiguous cause (another figure explains an overlapping set as well) is not named
	const out: Cause[] = [];
	const used = new Set<string>();
	const sorted = [...all].sort((a, b) => b.akibat.length - a.akibat.length || a.baris - b.baris);
	for (const s of sorted) {
		const key = s.akibat.map(effectKey);
		const saingan = sorted.some((o) => o !== s && o.akibat.length === s.akibat.length && o.akibat.some((a) => key.includes(effectKey(a))));
		if (saingan || key.some((x) => used.has(x))) continue;
		for (const x of key) used.add(x);
		out.push(s);
	}
	return out.sort((a, b) => a.baris - b.baris || a.kolom.localeCompare(b.kolom));
}

/** Whether a finding is the consequence `a` describes. */
export function matchEffect(t: { aturan: string; lines: number[]; nilai: number | null; seharusnya: number | null }, a: Effect): boolean {
	return (
		t.aturan === a.aturan &&
		t.lines.includes(a.line) &&
		(a.nilai === undefined || t.nilai === a.nilai) &&
		(a.seharusnya === undefined || t.seharusnya === a.seharusnya)
	);
}

/**
 * Registry entry of the cause findings. Its checks are made by the grouping pass of index.ts,
 * after every other rule, since a cause is read from their failures.
 */
export const numberCause: Aturan = {
	id: 'sebab_angka',
	judul: 'Satu angka yang salah membuat beberapa pemeriksaan gagal',
	tingkat: 'tinggi',
	toleransi:
		'Satu angka rupiah pada tabel anggaran dianggap penyebab bila satu koreksi yang sama atas angka itu membuat semua pemeriksaan yang melibatkannya cocok: jumlah induknya (sebagai rincian), jumlahnya sendiri (sebagai induk), persentase barisnya dan realisasi ≤ pagu, tanpa membuat pemeriksaan lain gagal; sekurang-kurangnya dua pemeriksaan yang gagal harus terjelaskan. Tanpa toleransi: rupiah harus cocok persis. Bila dua angka sama-sama dapat menjelaskan kegagalan yang sama, tidak ada yang disebut penyebab. Temuan akibatnya tetap dicantumkan, tetapi skor kualitas menghitung kelompok itu satu kali dengan tingkat penyebabnya (tinggi: angka uang).',
	periksa() {
		return { temuan: [], diperiksa: 0 };
	}
};
