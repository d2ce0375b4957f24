/**
 * Rule `target_keluaran`: the output (keluaran) target of one sub kegiatan, printed in several
 * planning tables (RKT, Rencana Aksi, Perjanjian Kinerja, the measurement of programs and
 * kegiatan), must be the same everywhere. The sub kegiatan is recognised by its budget
 * amount, printed beside the target in each table: a name is abbreviated and reworded from
 * table to table, an amount to the rupiah is not. Amounts that name several rows of one
 * table are not used.
 */
import { parseRupiah } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { tableBlock } from './survey';
import { rp, unique } from './util';

const SATUAN = 'paket|unit|laporan|dokumen|dok|orang|bulan|kegiatan|keg|kali|desa|kelurahan|buah|set|eksemplar|lembar|rekomendasi|berkas|titik|lokasi|kelompok';
const TARGET = new RegExp(`^(\\d{1,4})\\s?(${SATUAN})\\b`, 'i');
const AMOUNT = /^(?:rp\.?\s?)?(\d{1,3}(?:\.\d{3}){2,4})(?:,\d{2})?(?:,-)?$/i;

interface Entry {
	line: number;
	rupiah: number;
	n: number;
	satuan: string;
	raw: string;
	blok: number;
}

function satuan(s: string): string {
	const t = s.toLowerCase();
	return t === 'dok' ? 'dokumen' : t === 'keg' ? 'kegiatan' : t;
}

/** Every (amount, output target) a table row or an Input/Output row pair prints. */
export function outputEntries(ctx: AuditContext): Entry[] {
	const out: Entry[] = [];
	tableBlock(ctx).forEach((block, bi) => {
		block.forEach((b, i) => {
			const cells = b.cells;
			const iRp = cells.findIndex((c) => AMOUNT.test(c.trim()));
			// both readings below pair an amount: a row without one has no entry
			if (iRp < 0) return;
			// "Input : Dana ... Rp X" with its "Output : ... N Paket" on one of the next two rows
			if (/^\s*input\b/i.test(cells.filter((c) => c.trim())[0] ?? '') && iRp >= 0) {
				const next = block.slice(i + 1, i + 3).find((x) => /^\s*output\b/i.test(x.cells.filter((c) => c.trim())[0] ?? ''));
				const t = next?.cells.map((c) => c.trim().match(TARGET)).find((m) => m);
				const r = parseRupiah(cells[iRp].trim().replace(/^rp\.?\s?/i, '')).nilai;
				if (next && t && r) out.push({ line: next.line, rupiah: r, n: Number(t[1]), satuan: satuan(t[2]), raw: t[0], blok: bi });
				return;
			}
			if (iRp < 1) return;
			// a cell listing several targets ("115 Orang 180 Orang 8 Dokumen") does not say which is this output's
			const banyak = (c: string) => (c.match(new RegExp(`\\d\\s?(?:${SATUAN})\\b`, 'gi')) ?? []).length > 1;
			const iT = cells
				.slice(0, iRp)
				.map((c, k) => ({ m: banyak(c) ? null : c.trim().match(TARGET), k }))
				.filter((x) => x.m)
				.pop();
			const r = parseRupiah(cells[iRp].trim().replace(/^rp\.?\s?/i, '')).nilai;
			if (iT && iT.m && r && cells.slice(iT.k + 1, iRp).every((c) => !c.trim()))
				out.push({ line: b.line, rupiah: r, n: Number(iT.m[1]), satuan: satuan(iT.m[2]), raw: iT.m[0], blok: bi });
		});
	});
	return out;
}

export const checkOutputTargets: Aturan = {
	id: 'target_keluaran',
	judul: 'Target keluaran kegiatan berbeda antartabel',
	tingkat: 'sedang',
	toleransi:
		'Target keluaran berupa bilangan dengan satuan (Paket, Unit, Laporan, Dokumen, Orang, Bulan, …) yang dicetak bersebelahan dengan anggaran sub kegiatannya (satu baris tabel, atau baris "Input … Rp X" yang diikuti baris "Output … N Satuan") dipasangkan antartabel menurut anggaran yang sama sampai rupiah; satuannya harus sama dan bilangannya harus sama persis. Anggaran yang muncul pada lebih dari satu baris dalam satu tabel tidak dipakai; anggaran di bawah Rp 100.000 tidak dipakai.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const all = outputEntries(ctx).filter((e) => e.rupiah >= 100_000);
		const perRp = new Map<number, Entry[]>();
		for (const e of all) perRp.set(e.rupiah, [...(perRp.get(e.rupiah) ?? []), e]);
		for (const [r, es] of perRp) {
			const block = new Set(es.map((e) => e.blok));
			if (block.size < 2 || block.size !== es.length) continue;
			const satu = es.filter((e) => e.satuan === es[0].satuan);
			if (satu.length < 2) continue;
			diperiksa++;
			const value = new Set(satu.map((e) => e.n));
			if (value.size > 1)
				temuan.push({
					pesan: `Kegiatan/sub kegiatan beranggaran ${rp(r)} mempunyai target keluaran berbeda: ${satu.map((e) => `${e.raw} (baris ${e.line})`).join(', ')}. Samakan target keluaran di semua tabel perencanaan dan pengukuran.`,
					nilai: satu[0].n,
					seharusnya: satu.find((e) => e.n !== satu[0].n)?.n ?? null,
					lines: unique(satu.map((e) => e.line))
				});
		}
		return { temuan, diperiksa };
	}
};
