/**
 * Rule `target_beda`: the IKM target for one year stated differently in the Renstra matrix, the
 * Perjanjian Kinerja, the RKT and the measurement/comparison tables. Targets come from the
 * extractor's IKM records and from every IKM/SKM table row of the text (the extractor does not
 * read planning matrices), with the year taken from the table's year row or target header.
 */
import { parseIndikatorValue } from '../lkip/numbers';
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { formatNum, cellsAt, headerAt, unique } from './util';

const IKM = /(indeks kepuasan masyarakat|\bikm\b|\bskm\b|survei kepuasan|survey kepuasan)/i;
const YEAR_CELL = /^(?:\d+\s*\(\s*)?(20\d\d)\s*\)?$/;

interface IkmTarget {
	tahun: number;
	nilai: number;
	raw: string;
	line: number;
}

/** Column index -> year, from a row of year cells within six lines above (first occurrence wins: targets precede realisasi). */
function yearRow(ctx: AuditContext, line: number): Map<number, number> | null {
	for (let l = line - 1; l >= Math.max(1, line - 6); l--) {
		const c = cellsAt(ctx.baris, l);
		// a line outside any table ends the search: a year row above it belongs to another table
		if (!c) return null;
		const map = new Map<number, number>();
		const used = new Set<number>();
		c.forEach((x, i) => {
			const m = x.trim().match(YEAR_CELL);
			if (m && !used.has(Number(m[1]))) {
				map.set(i, Number(m[1]));
				used.add(Number(m[1]));
			}
		});
		if (map.size >= 2) return map;
	}
	return null;
}

function nilai(raw: string): number | null {
	if (/tw\s*\d|triwulan/i.test(raw)) return null;
	const p = parseIndikatorValue(raw);
	return p.nilai;
}

export function targetFromText(ctx: AuditContext): IkmTarget[] {
	const out: IkmTarget[] = [];
	ctx.baris.forEach((_, i) => {
		const line = i + 1;
		const c = cellsAt(ctx.baris, line);
		// most rows name no index: they need no value read
		if (!c || !c.some((x) => IKM.test(x))) return;
		// the row's own indicator precedes its first value; a later cell naming the index is a program indicator or a strategy
		const iAngka = c.findIndex((x, i) => i > 0 && /\d/.test(x) && nilai(x) !== null && !/^\d+[.)]$/.test(x.trim()));
		const iInd = c
			.slice(0, iAngka < 0 ? c.length : iAngka)
			.map((x) => IKM.test(x))
			.lastIndexOf(true);
		if (iInd < 0 || c.some((x) => /tw\s*\d/i.test(x)) || /aparatur/i.test(c.join(' '))) return;
		const year = yearRow(ctx, line);
		if (year) {
			for (const [idx, th] of year) {
				if (idx <= iInd || idx >= c.length) continue;
				const v = nilai(c[idx]);
				if (v !== null) out.push({ tahun: th, nilai: v, raw: c[idx].trim(), line });
			}
			return;
		}
		// the target column of the row's header, as the readers parsed it (lkip/table-blocks.ts blockHeader)
		const column = headerAt(ctx.baris, line)?.kolom.find((k) => k.peran === 'target');
		if (!column) return;
		// "target akhir Renstra" without a year is not the report year's target
		if (column.tahun === null && column.akhir) return;
		const tahunTarget = column.tahun ?? ctx.laporan.tahun;
		if (tahunTarget === null) return;
		for (let k = iInd + 1; k < c.length; k++) {
			if (!c[k].trim()) continue;
			const v = nilai(c[k]);
			if (v !== null) out.push({ tahun: tahunTarget, nilai: v, raw: c[k].trim(), line });
			break;
		}
	});
	return out;
}

export const checkIkmTargets: Aturan = {
	id: 'target_beda',
	judul: 'Target tahun yang sama berbeda antardokumen',
	tingkat: 'sedang',
	toleransi:
		'Target IKM/SKM untuk tahun yang sama, di mana pun dinyatakan (matriks Renstra, Perjanjian Kinerja, RKT, tabel pengukuran, tabel perbandingan), harus sama pada presisi cetak. Tahun diambil dari baris tahun tabel (kolom pertama untuk tahun yang muncul dua kali: target mendahului realisasi) atau dari judul kolom target ("TARGET 2023", "TARGET ... RENSTRA 2026"), atau tahun laporan. Acuan: nilai yang paling sering dinyatakan untuk tahun itu (bila seri, nilai tabel pengukuran). Target berupa huruf saja (mis. "B") tidak dibandingkan.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const all: IkmTarget[] = targetFromText(ctx);
		for (const r of ctx.laporan.ikm)
			if (r.target !== null && !all.some((s) => s.line === r.line && s.tahun === r.tahun))
				all.push({ tahun: r.tahun, nilai: r.target, raw: r.target_raw ?? formatNum(r.target), line: r.line });
		const pengukuran = new Set(ctx.laporan.ikm.filter((r) => r.bagian === 'pengukuran').map((r) => r.line));
		const perTahun = new Map<number, IkmTarget[]>();
		for (const t of all) perTahun.set(t.tahun, [...(perTahun.get(t.tahun) ?? []), t]);
		// one finding per printed line and value, naming each year and the value stated elsewhere
		const perBaris = new Map<string, { t: IkmTarget; beda: { tahun: number; acuan: IkmTarget; lines: number[] }[] }>();
		for (const [tahun, ts] of [...perTahun.entries()].sort((a, b) => a[0] - b[0])) {
			if (new Set(ts.map((t) => t.line)).size < 2) continue;
			const count = new Map<number, IkmTarget[]>();
			for (const t of ts) count.set(t.nilai, [...(count.get(t.nilai) ?? []), t]);
			const sorted = [...count.entries()].sort(
				(a, b) => b[1].length - a[1].length || Number(b[1].some((t) => pengukuran.has(t.line))) - Number(a[1].some((t) => pengukuran.has(t.line)))
			);
			const [nilaiAcuan, acuanTs] = sorted[0];
			diperiksa += acuanTs.length - 1;
			for (const t of ts) {
				if (acuanTs.includes(t)) continue;
				// an index printed as a percentage next to plain indices is another indicator (e.g. a program's "SKM ... 100%")
				const percent = /%/.test(t.raw);
				if (percent ? !acuanTs.some((a) => /%/.test(a.raw)) : !acuanTs.some((a) => !/%/.test(a.raw))) continue;
				diperiksa++;
				if (t.nilai === nilaiAcuan) continue;
				const k = `${t.line}:${t.nilai}`;
				if (!perBaris.has(k)) perBaris.set(k, { t, beda: [] });
				perBaris.get(k)!.beda.push({ tahun, acuan: acuanTs[0], lines: acuanTs.map((x) => x.line) });
			}
		}
		for (const { t, beda } of perBaris.values()) {
			const detail = beda.map((b) => `${b.tahun}: ${b.acuan.raw} di baris ${unique(b.lines).join(', ')}`).join('; ');
			temuan.push({
				pesan: `Target IKM ${beda.map((b) => b.tahun).join(', ')} tercetak ${t.raw} di baris ${t.line}, tetapi dinyatakan lain di bagian lain (${detail}); selisih terbesar ${formatNum(Math.max(...beda.map((b) => Math.abs(t.nilai - b.acuan.nilai))))}.`,
				nilai: t.nilai,
				seharusnya: beda[0].acuan.nilai,
				lines: unique([t.line, ...beda.flatMap((b) => b.lines)])
			});
		}
		return { temuan, diperiksa };
	}
};
