/**
 * Rule `jumlah_anggaran`: each parent row of the budget tree equals the sum of its children
 * (sub kegiatan -> kegiatan -> program -> total), for pagu and realisasi, exact to the rupiah.
 */
import type { AnggaranRecord, AnggaranLevel } from '../lkip/types';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { readDigits, rp, unique } from './util';

const ANAK: Record<AnggaranLevel, AnggaranLevel | null> = {
	total: 'program',
	program: 'kegiatan',
	kegiatan: 'subkegiatan',
	subkegiatan: 'rincian',
	rincian: null
};
const PERINGKAT: Record<AnggaranLevel, number> = { total: 0, program: 1, kegiatan: 2, subkegiatan: 3, rincian: 4 };
const NAMA: Record<AnggaranLevel, string> = {
	total: 'Jumlah',
	program: 'Program',
	kegiatan: 'Kegiatan',
	subkegiatan: 'Sub kegiatan',
	rincian: 'Rincian belanja'
};

/**
 * A kegiatan printed apart from the program block it follows (a belanja modal
 * block read one level down, lkip/anggaran-tree.ts): the block's kegiatan name
 * their program (`blokMenamai`: one of them so far does), this one names another program or none.
 */
function detachFrom(r: AnggaranRecord, program: AnggaranRecord | null, blokMenamai: boolean): boolean {
	return program !== null && r.level === 'kegiatan' && r.program !== program.uraian && blokMenamai;
}

/**
 * Indexes of the children of row i: following rows one level down, until a row
 * at the parent's level or above. Linear in the rows it passes: whether the
 * block's kegiatan name their program is kept as it goes, not searched again
 * per row (a 40k-row upload took seconds per search).
 */
export function childrenOf(rows: readonly AnggaranRecord[], i: number): number[] {
	const parent = rows[i];
	const child = ANAK[parent.level];
	if (!child) return [];
	const out: number[] = [];
	// under the total: the program whose block we are in, and whether one of its kegiatan so far names it
	let program: AnggaranRecord | null = null;
	let blokMenamai = false;
	// under a program: whether one of its children so far names it
	let anakMenamai = false;
	for (let j = i + 1; j < rows.length; j++) {
		const r = rows[j];
		if (parent.level === 'total') {
			if (r.level === 'total') break;
			if (r.level === 'program') [program, blokMenamai] = [r, false];
			else if (detachFrom(r, program, blokMenamai)) out.push(j);
			else if (r.level === 'kegiatan' && r.program === program?.uraian) blokMenamai = true;
		} else if (PERINGKAT[r.level] <= PERINGKAT[parent.level]) break;
		else if (parent.level === 'program' && detachFrom(r, parent, anakMenamai)) break;
		if (r.level === child) {
			out.push(j);
			if (parent.level === 'program' && r.program === parent.uraian) anakMenamai = true;
		}
	}
	return out;
}

type SumColumn = 'pagu' | 'realisasi';

/** A child's amount; a malformed printed amount is read digits-only, and said so. */
function childValue(r: AnggaranRecord, k: SumColumn): { n: number | null; dibaca: string | null } {
	const v = r[k];
	if (v !== null) return { n: v, dibaca: null };
	const raw = k === 'pagu' ? r.pagu_raw : r.realisasi_raw;
	const n = readDigits(raw);
	return { n, dibaca: n !== null ? `"${raw}" dibaca ${rp(n)}` : null };
}

export function label(r: AnggaranRecord): string {
	const name = r.uraian.length > 70 ? r.uraian.slice(0, 67) + '...' : r.uraian;
	return `${NAMA[r.level]} "${name}"`;
}

export interface SumCheck {
	/** index of the parent row in the tree */
	induk: number;
	/** indexes of its children */
	anak: number[];
	kolom: SumColumn;
	/** the parent's printed amount */
	tercetak: number;
	/** the sum of its children */
	jumlah: number;
	/** children read digits-only, said in the message */
	dibaca: string[];
}

/** Every parent-vs-children sum the rule can check (passed and failed); the cause analysis (cause.ts) reuses it. */
export function checkSum(rows: AnggaranRecord[]): SumCheck[] {
	const out: SumCheck[] = [];
	rows.forEach((parent, i) => {
		const child = childrenOf(rows, i);
		if (!child.length) return;
		for (const k of ['pagu', 'realisasi'] as SumColumn[]) {
			const v = parent[k];
			if (v === null) continue;
			const section = child.map((a) => childValue(rows[a], k));
			if (section.some((b) => b.n === null)) continue;
			const jumlah = section.reduce((s, b) => s + (b.n as number), 0);
			out.push({
				induk: i,
				anak: child,
				kolom: k,
				tercetak: v,
				jumlah,
				dibaca: section.filter((b) => b.dibaca).map((b) => b.dibaca as string)
			});
		}
	});
	return out;
}

export const checkAnggaranSums: Aturan = {
	id: 'jumlah_anggaran',
	judul: 'Jumlah anggaran tidak sama dengan rincian',
	tingkat: 'tinggi',
	toleransi:
		'Pagu dan realisasi setiap baris induk (total, program, kegiatan) harus sama persis, sampai rupiah, dengan jumlah baris anaknya satu tingkat di bawah. Tidak ada toleransi pembulatan: rupiah adalah bilangan bulat. Angka anak yang tercetak rusak (mis. "87.988,409") dibaca sebagai deretan digitnya dan hal itu disebut dalam pesan; bila ada nilai anak yang kosong, jumlah tidak diperiksa.',
	periksa(ctx: AuditContext): AturanResult {
		const rows = ctx.laporan.anggaran;
		const temuan: BaseTemuan[] = [];
		const all = checkSum(rows);
		for (const c of all) {
			if (c.jumlah === c.tercetak) continue;
			const parent = rows[c.induk];
			const selisih = c.tercetak - c.jumlah;
			temuan.push({
				pesan:
					`${label(parent)}: ${c.kolom} tercetak ${rp(c.tercetak)}, tetapi jumlah ${c.anak.length} rincian di bawahnya ${rp(c.jumlah)} ` +
					`(selisih ${rp(Math.abs(selisih))}, ${selisih > 0 ? 'induk lebih besar' : 'induk lebih kecil'}).` +
					(c.dibaca.length ? ` Catatan: ${c.dibaca.join('; ')}.` : ''),
				nilai: c.tercetak,
				seharusnya: c.jumlah,
				lines: unique([parent.line, ...c.anak.map((a) => rows[a].line)])
			});
		}
		return { temuan, diperiksa: all.length };
	}
};
