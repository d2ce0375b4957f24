/**
 * Rule `beda_antarbagian`: the same figure stated differently in two places of one report —
 * IKM realisasi across sections, the budget total and realisasi total in running text vs the
 * budget table, the belanja composition vs the total, and a pagu restated with another realisasi
 * in a second table.
 */
import { parseRupiah } from '../lkip/numbers';
import type { AnggaranRecord, IkmRecord } from '../lkip/types';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { label } from './anggaran-sums';
import { formatNum, readDigits, printedDecimals, sentencesOf, rp, cellsAt, unique } from './util';
import { sectionName } from '../domain/section-names';
import { chooseIkm } from '../domain/ikm-choice';

export { sectionName };

/** Two printed index values are the same figure if they agree to the coarser printed precision. */
export function samePrinted(a: number, aRaw: string | null, b: number, bRaw: string | null): boolean {
	const d = Math.min(printedDecimals(aRaw ?? String(a)), printedDecimals(bRaw ?? String(b)));
	return Math.abs(a - b) <= Math.pow(10, -d) / 2 + 1e-9;
}

/** Total pagu and realisasi of the budget table: its total row, else the sum of its programs. */
export function tableTotal(rows: AnggaranRecord[]): { pagu: number | null; realisasi: number | null; lines: number[]; dijumlah: boolean } {
	const total = rows.find((r) => r.level === 'total');
	if (total) return { pagu: total.pagu, realisasi: total.realisasi, lines: [total.line], dijumlah: false };
	const prog = rows.filter((r) => r.level === 'program');
	if (!prog.length) return { pagu: null, realisasi: null, lines: [], dijumlah: true };
	const sum = (k: 'pagu' | 'realisasi') => {
		const v = prog.map((p) => p[k] ?? readDigits(k === 'pagu' ? p.pagu_raw : p.realisasi_raw));
		return v.some((x) => x === null) ? null : (v as number[]).reduce((s, x) => s + x, 0);
	};
	return { pagu: sum('pagu'), realisasi: sum('realisasi'), lines: prog.map((p) => p.line), dijumlah: true };
}

function checkIkm(ctx: AuditContext, out: BaseTemuan[]): number {
	const year = ctx.laporan.tahun;
	const recs = ctx.laporan.ikm.filter((r) => r.tahun === year && r.realisasi !== null);
	if (recs.length < 2) return 0;
	// the statement the dashboard shows (domain/ikm-choice.ts): the others are measured against it
	const acuan: IkmRecord = chooseIkm(recs)!.pilihan;
	let n = 0;
	// one finding per differing printed value, listing every line that states it
	const diff: IkmRecord[][] = [];
	for (const r of recs) {
		if (r === acuan) continue;
		n++;
		if (samePrinted(r.realisasi as number, r.realisasi_raw, acuan.realisasi as number, acuan.realisasi_raw)) continue;
		const g = diff.find((x) => samePrinted(x[0].realisasi as number, x[0].realisasi_raw, r.realisasi as number, r.realisasi_raw));
		if (g) g.push(r);
		else diff.push([r]);
	}
	const place = (g: IkmRecord[]) => g.map((x) => `${sectionName(x.bagian)} baris ${x.line}`).filter((x, i, a) => a.indexOf(x) === i);
	// every statement of the value used, so the finding shows where each value is printed
	const samaAcuan = recs.filter((r) => samePrinted(r.realisasi as number, r.realisasi_raw, acuan.realisasi as number, acuan.realisasi_raw));
	for (const g of diff) {
		const r = g[0];
		out.push({
			pesan: `IKM ${year} tercetak ${r.realisasi_raw ?? formatNum(r.realisasi as number)} (${place(g).join('; ')}), tetapi ${acuan.realisasi_raw ?? formatNum(acuan.realisasi as number)} (${place(samaAcuan).join('; ')}); selisih ${formatNum(Math.abs((r.realisasi as number) - (acuan.realisasi as number)))} poin. Dasbor memakai ${acuan.realisasi_raw ?? formatNum(acuan.realisasi as number)} menurut aturan pemilihan IKM (lihat Data & metode).`,
			nilai: r.realisasi,
			seharusnya: acuan.realisasi,
			lines: unique([...g.map((x) => x.line), ...samaAcuan.map((x) => x.line)])
		});
	}
	return n;
}

type StatementKind = 'pagu' | 'realisasi';
interface Statement {
	jenis: StatementKind;
	nilai: number;
	line: number;
}

const OUTSIDE_TOTAL =
	/\b(program|kegiatan|sasaran|refocusing|penambahan|pengurangan|efisiensi sebesar|belanja (operasi|modal|langsung|tidak|pegawai|barang)|tidak langsung|per ?program)/i;
const RP_WORD = /rp/i;
const KEYS = /(realisasi|terealisasi|terserap|penyerapan|serapan|anggaran|pagu|dana)/gi;

/** Budget-total statements in running text: "didukung anggaran sebesar Rp X", "realisasi ... sebesar Rp Y". */
export function totalStatements(ctx: AuditContext): Statement[] {
	const out: Statement[] = [];
	const year = ctx.laporan.tahun;
	ctx.baris.forEach((b, i) => {
		if (cellsAt(ctx.baris, i + 1)) return; // table rows are compared through the records
		// a statement is a rupiah amount: a line without "Rp" holds none (line loops are the audit's cost)
		if (!RP_WORD.test(b)) return;
		for (const k of sentencesOf(b)) {
			if (OUTSIDE_TOTAL.test(k)) continue;
			const tahunDisebut = [...k.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
			if (year !== null && tahunDisebut.some((t) => t !== year)) continue;
			const s = k.replace(/(realisasi|penyerapan|serapan)\s+(anggaran|belanja)/gi, '$1');
			for (const m of s.matchAll(/Rp\.?\s*(\d[\d.,]*\d)(,-|\.-)?/gi)) {
				const v = parseRupiah(m[1]);
				if (v.nilai === null || v.nilai < 1_000_000) continue;
				const before = s.slice(Math.max(0, (m.index ?? 0) - 90), m.index);
				const key = [...before.matchAll(KEYS)].pop();
				if (!key) continue;
				const jenis: StatementKind = /realisasi|terealisasi|terserap|penyerapan|serapan/i.test(key[1]) ? 'realisasi' : 'pagu';
				out.push({ jenis, nilai: v.nilai, line: i + 1 });
			}
		}
	});
	return out;
}

function checkTotal(ctx: AuditContext, out: BaseTemuan[]): number {
	const total = tableTotal(ctx.laporan.anggaran);
	let n = 0;
	const year = ctx.laporan.tahun;
	// older reports tabulate belanja langsung only; the stated whole budget adds belanja tidak langsung
	const btl = [...ctx.text.matchAll(/belanja tidak langsung[^\n]{0,60}?Rp\.?\s*(\d[\d.,]*\d)/gi)]
		.map((m) => parseRupiah(m[1]).nilai)
		.filter((x): x is number => x !== null);
	const statement = [
		...totalStatements(ctx),
		...ctx.laporan.anggaran_tahun_lain
			.filter((r) => r.tahun === year && !OUTSIDE_TOTAL.test(r.raw))
			.flatMap((r) => [
				...(r.pagu !== null ? [{ jenis: 'pagu' as StatementKind, nilai: r.pagu, line: r.line }] : []),
				...(r.realisasi !== null ? [{ jenis: 'realisasi' as StatementKind, nilai: r.realisasi, line: r.line }] : [])
			])
	];
	for (const kind of ['pagu', 'realisasi'] as StatementKind[]) {
		const acuan = total[kind];
		if (acuan === null) continue;
		const valid = new Set([acuan, ...btl.map((x) => acuan + x)]);
		// an amount of a program or kegiatan row is a sub-total statement, not the total
		const bagianPohon = new Set(ctx.laporan.anggaran.filter((r) => r.level !== 'total').map((r) => r[kind]));
		const diff = new Map<number, Set<number>>();
		for (const p of statement.filter((x) => x.jenis === kind)) {
			n++;
			if (valid.has(p.nilai) || bagianPohon.has(p.nilai)) continue;
			if (kind === 'realisasi' && btl.length) continue;
			if (!diff.has(p.nilai)) diff.set(p.nilai, new Set());
			diff.get(p.nilai)!.add(p.line);
		}
		for (const [nilai, lines] of diff) {
			const source = total.dijumlah ? `jumlah program di tabel anggaran` : `baris jumlah tabel anggaran`;
			out.push({
				pesan: `Total ${kind} anggaran ${year ?? ''} dinyatakan ${rp(nilai)} dalam teks (baris ${[...lines].join(', ')}), tetapi ${source} ${rp(acuan)}; selisih ${rp(Math.abs(nilai - acuan))}.`,
				nilai,
				seharusnya: acuan,
				lines: unique([...lines, ...total.lines])
			});
		}
	}
	return n;
}

/** "Belanja Operasi(onal) sebesar Rp X ... Belanja Modal sebesar Rp Y" must add up to the total pagu. */
function checkComposition(ctx: AuditContext, out: BaseTemuan[]): number {
	const total = tableTotal(ctx.laporan.anggaran);
	if (total.pagu === null) return 0;
	let n = 0;
	const ambil = (l: number, re: RegExp) => {
		const m = (ctx.baris[l - 1] ?? '').match(re);
		return m ? parseRupiah(m[1]).nilai : null;
	};
	const OP = /belanja operasi(?:onal)?[^\n]{0,40}?Rp\.?\s*(\d[\d.,]*\d|0)/i;
	const MOD = /belanja modal[^\n]{0,40}?Rp\.?\s*(\d[\d.,]*\d|0)/i;
	for (let l = 1; l <= ctx.baris.length; l++) {
		const op = ambil(l, OP);
		if (op === null) continue;
		let mod: number | null = null;
		let lm = l;
		for (let j = l; j <= Math.min(ctx.baris.length, l + 3) && mod === null; j++) {
			mod = ambil(j, MOD);
			lm = j;
		}
		if (mod === null) continue;
		n++;
		const sum = op + mod;
		if (sum !== total.pagu)
			out.push({
				pesan: `Belanja operasi ${rp(op)} + belanja modal ${rp(mod)} = ${rp(sum)} (baris ${unique([l, lm]).join(', ')}), tetapi total pagu tabel anggaran ${rp(total.pagu)}; selisih ${rp(Math.abs(sum - total.pagu))}.`,
				nilai: sum,
				seharusnya: total.pagu,
				lines: unique([l, lm, ...total.lines])
			});
		l = lm;
	}
	return n;
}

/**
 * A pagu of the budget table printed again in another table row next to a different realisasi
 * (e.g. the program-kegiatan table vs the budget table). Only pagu amounts that identify one
 * realisasi in the budget tree are used, so a shared amount cannot pair the wrong rows.
 */
function checkPair(ctx: AuditContext, out: BaseTemuan[]): number {
	const rows = ctx.laporan.anggaran;
	const milik = new Map<number, AnggaranRecord[]>();
	for (const r of rows) if (r.pagu !== null && r.pagu >= 1_000_000 && r.realisasi !== null) milik.set(r.pagu, [...(milik.get(r.pagu) ?? []), r]);
	const tree = new Set(rows.map((r) => r.line));
	let n = 0;
	ctx.baris.forEach((_, i) => {
		const line = i + 1;
		if (tree.has(line)) return;
		const c = cellsAt(ctx.baris, line);
		if (!c) return;
		const content = c.filter((x) => x.trim() !== '');
		for (let k = 0; k + 1 < content.length; k++) {
			if (!/\d{1,3}[.,]\d{3}[.,]\d{3}/.test(content[k]) || /%/.test(content[k + 1])) continue;
			const p = parseRupiah(content[k]).nilai;
			const r2 = /\d{1,3}[.,]\d{3}/.test(content[k + 1]) ? parseRupiah(content[k + 1]).nilai : null;
			if (p === null || r2 === null) continue;
			const recs = milik.get(p);
			if (!recs) continue;
			const real = new Set(recs.map((r) => r.realisasi));
			if (real.size !== 1) continue;
			n++;
			const r = recs[0];
			if (r.realisasi === r2) continue;
			out.push({
				pesan: `${label(r)} berpagu ${rp(p)}: realisasinya ${rp(r.realisasi as number)} di tabel anggaran (baris ${recs.map((x) => x.line).join(', ')}), tetapi ${rp(r2)} di baris ${line}; selisih ${rp(Math.abs((r.realisasi as number) - r2))}.`,
				nilai: r.realisasi,
				seharusnya: r2,
				lines: unique([...recs.map((x) => x.line), line])
			});
		}
	});
	return n;
}

export const checkCrossSection: Aturan = {
	id: 'beda_antarbagian',
	judul: 'Angka yang sama berbeda antarbagian laporan',
	tingkat: 'tinggi',
	toleransi:
		'Rupiah harus sama persis. Nilai IKM tahun laporan dianggap sama bila sama pada presisi cetak yang lebih kasar (84,5 = 84,50). Total pagu dan total realisasi yang dinyatakan dalam kalimat (ikhtisar, bab anggaran, penutup) dibandingkan dengan baris jumlah tabel anggaran (atau jumlah programnya bila tidak ada baris jumlah); kalimat yang menyebut tahun lain, program, kegiatan, sasaran atau jenis belanja tidak dipakai. Pada laporan lama yang hanya mentabelkan belanja langsung, total ditambah belanja tidak langsung yang dinyatakan juga diterima. Belanja operasi + belanja modal yang dinyatakan harus sama dengan total pagu. Pagu yang dicetak lagi di tabel lain bersama realisasi lain dilaporkan bila pagu itu hanya menunjuk satu realisasi di pohon anggaran.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		const diperiksa = checkIkm(ctx, temuan) + checkTotal(ctx, temuan) + checkComposition(ctx, temuan) + checkPair(ctx, temuan);
		return { temuan, diperiksa };
	}
};
