/**
 * Rule `persen_antartabel`: a budget line restated as a percentage only (the program and
 * kegiatan tables of each sasaran often print "Target 100% | % realisasi" without rupiah) must
 * carry the absorption its amounts give in the budget table. Found by name: the row's name
 * is the budget line's, or one is the other cut short (a cell wrapped onto the next line).
 * When the budget table's own percentage disagrees with its amounts, persen_anggaran
 * reports that cause and this rule stays silent about its consequences.
 */
import type { AnggaranRecord } from '../lkip/types';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { percentNumber, matchesPrecision, printedDecimals, persen, cellsAt, unique } from './util';

function nameOf(s: string): string {
	return s
		.replace(/<\/?[a-z]+>/gi, '')
		.replace(/^\s*(?:program|kegiatan|sub\s*kegiatan)(?:\s*\d+)?\s*:/i, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

function nameMatches(a: string, b: string): boolean {
	if (a === b) return a.length >= 10;
	const [pendek, length] = a.length < b.length ? [a, b] : [b, a];
	return pendek.length >= 20 && length.startsWith(pendek);
}

export const checkPercentRows: Aturan = {
	id: 'persen_antartabel',
	judul: 'Persentase baris anggaran berbeda antartabel',
	tingkat: 'sedang',
	toleransi:
		'Baris tabel lain yang hanya memuat persentase (tanpa rupiah) dan bernama sama dengan satu baris tingkat terdalam tabel realisasi anggaran (sub kegiatan; kegiatan pada laporan tanpa sub kegiatan) (atau yang satu merupakan awal nama yang lain, sekurang-kurangnya 20 huruf) harus mencetak realisasi ÷ pagu × 100 baris itu, dengan toleransi presisi cetak (±½ satuan desimal terakhir, atau pemotongan). Nama yang cocok dengan beberapa baris anggaran berlainan persentase tidak dinilai, demikian pula baris anggaran yang persentasenya sendiri tidak sesuai rupiahnya (temuan persen_anggaran).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		// only the deepest level: a program or kegiatan restated per sasaran may cover part of its rows
		const dalam = ctx.laporan.anggaran.some((a) => a.level === 'subkegiatan') ? 'subkegiatan' : 'kegiatan';
		const tree = ctx.laporan.anggaran.filter((a) => a.level === dalam && a.pagu !== null && a.realisasi !== null && a.pagu > 0);
		if (!tree.length) return { temuan, diperiksa };
		const lines = new Set([...ctx.laporan.anggaran.map((a) => a.line), ...ctx.laporan.indikator.map((r) => r.line)]);
		// each candidate row is matched against every tree row: their names are read once
		const treeNames = tree.map((a) => nameOf(a.uraian));
		const exact = (a: AnggaranRecord) => ((a.realisasi as number) / (a.pagu as number)) * 100;
		ctx.baris.forEach((_, i) => {
			const line = i + 1;
			if (lines.has(line)) return;
			const cells = cellsAt(ctx.baris, line)?.map((c) => c.replace(/<\/?[a-z]+>/gi, '').trim());
			if (!cells || cells.some((c) => /\d{1,3}[.,]\d{3}[.,]\d{3}/.test(c))) return;
			const content = cells.filter(Boolean);
			if (content.length < 2 || !content.some((c) => /%/.test(c))) return;
			const end = content[content.length - 1];
			if (!/^\d{1,3}(?:[.,]\d{1,2})?\s?%?$/.test(end)) return;
			const text = [...content].sort((a, b) => b.length - a.length)[0];
			const n = nameOf(text);
			const kena = tree.filter((_, k) => nameMatches(treeNames[k], n));
			if (!kena.length) return;
			const value = new Set(kena.map((a) => Math.round(exact(a) * 100)));
			if (value.size > 1) return;
			const a = kena[0];
			// the budget table's own percentage is wrong: that is persen_anggaran's finding, not a second one
			if (a.persen !== null && !matchesPrecision(a.persen, exact(a), printedDecimals(a.persen_raw ?? String(a.persen)))) return;
			const p = percentNumber(end);
			if (!p) return;
			diperiksa++;
			if (!matchesPrecision(p.nilai, exact(a), p.desimal))
				temuan.push({
					pesan: `Baris ${line}: "${text.slice(0, 80)}" dicetak ${persen(p.nilai)}, padahal tabel realisasi anggaran (baris ${a.line}) memberi ${persen(exact(a))} untuk baris yang sama. Samakan persentase di kedua tabel.`,
					nilai: p.nilai,
					seharusnya: Math.round(exact(a) * 100) / 100,
					lines: unique([line, a.line])
				});
		});
		return { temuan, diperiksa };
	}
};
