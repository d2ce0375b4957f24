/**
 * Rule `hitungan_program`: "didukung 4 program, 10 kegiatan dan 14 sub kegiatan" against the
 * budget table, and such statements against each other. Only whole-report statements naming
 * at least two of the three levels are read: "sasaran 1 terdiri dari 1 program dan 1 kegiatan"
 * speaks of one sasaran, "2 program utama" of a selection.
 */
import type { AnggaranRecord, AnggaranLevel } from '../lkip/types';
import { namesOtherYear } from '../lkip/years';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { COUNT_PATTERN, countValue } from './number-words';
import { sentencesOf, cellsAt, unique } from './util';

// budget accounts (rincian) are not counted: reports count programs, kegiatan and sub kegiatan
type CountLevel = Exclude<AnggaranLevel, 'total' | 'rincian'>;

const COUNT = new RegExp(`${COUNT_PATTERN}\\s*(sub[\\s-]?kegiatan|program|kegiatan)\\b(\\s+utama)?`, 'gi');
const ONE_SASARAN = /\bsasaran\s*(?:ke[\s-]*)?\d|\b(?:setiap|tiap|masing[- ]masing)\s+(?:sasaran|program)\b/i;
const KEGIATAN_WORD = /kegiatan/i;
const NAMA: Record<CountLevel, string> = { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan' };

/**
 * How many distinct programs, kegiatan and sub kegiatan the budget table lists, as a range:
 * a capital-spending block often repeats a kegiatan as if it were a program, so rows under a
 * "program" whose name lacks the word "Program" (when others have it) may or may not count.
 */
export function countTree(anggaran: readonly AnggaranRecord[]): Record<CountLevel, { min: number; max: number; lines: number[] }> {
	const progBernama = anggaran.filter((a) => a.level === 'program' && /\bprogram\b/i.test(a.uraian));
	const adaNama = progBernama.length > 0;
	const result = {} as Record<CountLevel, { min: number; max: number; lines: number[] }>;
	let prog: AnggaranRecord | null = null;
	let keg = '';
	const all: Record<CountLevel, Set<string>> = { program: new Set(), kegiatan: new Set(), subkegiatan: new Set() };
	const inti: Record<CountLevel, Set<string>> = { program: new Set(), kegiatan: new Set(), subkegiatan: new Set() };
	const lines: Record<CountLevel, number[]> = { program: [], kegiatan: [], subkegiatan: [] };
	for (const a of anggaran) {
		if (a.level === 'total' || a.level === 'rincian') continue;
		const name = rowName(a.uraian);
		if (a.level === 'program') prog = a;
		if (a.level === 'kegiatan') keg = name;
		// two programs may each have a kegiatan of the same name: a row is known by its parents too.
		// A kegiatan printed apart (a belanja modal block) names the program that lists it: counted
		// as a row of its own at most, as that same kegiatan at least
		const key = (parent: string) => (a.level === 'program' ? name : a.level === 'kegiatan' ? `${parent}|${name}` : `${parent}|${keg}|${name}`);
		all[a.level].add(key(`${a.program !== null && a.program !== prog?.uraian ? '+' : ''}${rowName(prog?.uraian ?? '')}`));
		lines[a.level].push(a.line);
		const valid = !adaNama || (prog !== null && /\bprogram\b/i.test(prog.uraian));
		if (valid) inti[a.level].add(key(rowName(a.program ?? prog?.uraian ?? '')));
	}
	for (const t of ['program', 'kegiatan', 'subkegiatan'] as CountLevel[]) {
		const a = inti[t].size;
		const b = all[t].size;
		result[t] = { min: Math.min(a, b), max: Math.max(a, b), lines: lines[t] };
	}
	return result;
}

/** A row's name without its "Kegiatan 2:" label, case and punctuation. */
function rowName(uraian: string): string {
	return uraian
		.replace(/^\s*(?:program|kegiatan|sub\s*kegiatan)(?:\s*\d+)?\s*:?/i, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

interface Claim {
	line: number;
	n: number;
}

export const checkProgramCounts: Aturan = {
	id: 'hitungan_program',
	judul: 'Jumlah program/kegiatan dalam uraian tidak sesuai tabel anggaran',
	tingkat: 'sedang',
	toleransi:
		'Tanpa toleransi: hitungan harus sama persis. Kalimat yang menyebut jumlah sekurang-kurangnya dua dari program, kegiatan dan sub kegiatan seluruh laporan ("4 (empat) Program 10 (sepuluh) Kegiatan dan 14 (empat belas) Sub Kegiatan", angka atau kata bilangan) dibandingkan satu sama lain dan dengan banyaknya nama berbeda pada tingkat itu di tabel realisasi anggaran. Bila blok belanja modal mengulang kegiatan sebagai program (nama tanpa kata "Program"), hitungan dengan dan tanpa blok itu sama-sama diterima. Kalimat tentang satu sasaran, "program utama" atau tahun lain tidak dinilai. Bila dua kalimat berbeda, satu temuan menyebut keduanya.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const klaim: Record<CountLevel, Claim[]> = { program: [], kegiatan: [], subkegiatan: [] };
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (cellsAt(ctx.baris, line)) return;
			const clean = b.replace(/\*+/g, '');
			// a claim names two levels, so "kegiatan" or "sub kegiatan": other lines hold none (line loops are the audit's cost)
			if (!KEGIATAN_WORD.test(clean)) return;
			for (const k of sentencesOf(clean)) {
				if (ONE_SASARAN.test(k)) continue;
				const year = ctx.laporan.tahun;
				if (namesOtherYear(k, year)) continue;
				const dapat = new Map<CountLevel, number>();
				for (const m of k.matchAll(COUNT)) {
					if (m[6]) continue;
					const n = countValue(m[1], m[2], m[3], m[4]);
					const t: CountLevel = /^sub/i.test(m[5]) ? 'subkegiatan' : (m[5].toLowerCase() as CountLevel);
					if (n !== null && !dapat.has(t)) dapat.set(t, n);
				}
				if (dapat.size < 2) continue;
				for (const [t, n] of dapat) klaim[t].push({ line, n });
			}
		});
		const tree = ctx.laporan.anggaran.some((a) => a.level !== 'total') ? countTree(ctx.laporan.anggaran) : null;
		for (const t of ['program', 'kegiatan', 'subkegiatan'] as CountLevel[]) {
			const ks = klaim[t];
			if (!ks.length) continue;
			const diff = new Set(ks.map((x) => x.n));
			const p = tree && tree[t].max > 0 ? tree[t] : null;
			diperiksa += ks.length;
			const table = p ? (p.min === p.max ? `${p.min}` : `${p.min} atau ${p.max}`) : null;
			if (diff.size > 1) {
				temuan.push({
					pesan: `Jumlah ${NAMA[t]} dinyatakan berbeda: ${ks.map((x) => `${x.n} (baris ${x.line})`).join(', ')}${table ? `; tabel realisasi anggaran memuat ${table} ${NAMA[t]}` : ''}. Samakan uraian dengan tabel anggaran.`,
					nilai: ks[0].n,
					seharusnya: ks.find((x) => x.n !== ks[0].n)?.n ?? null,
					lines: unique([...ks.map((x) => x.line), ...(p?.lines ?? [])])
				});
				continue;
			}
			const n = ks[0].n;
			if (p && (n < p.min || n > p.max))
				temuan.push({
					pesan: `Uraian (baris ${ks.map((x) => x.line).join(', ')}) menyebut ${n} ${NAMA[t]}, padahal tabel realisasi anggaran memuat ${table} ${NAMA[t]}. Periksa uraian atau tabel anggaran.`,
					nilai: n,
					seharusnya: p.min,
					lines: unique([...ks.map((x) => x.line), ...p.lines])
				});
		}
		return { temuan, diperiksa };
	}
};
