/**
 * Rule `jumlah_tabel`: a table's "Jumlah" / "Total" row against the rows above it, for the
 * count and share tables the budget rule does not read (staff by jabatan, golongan or
 * pendidikan; population by desa, occupation or education; shares in percent).
 * Rule `jumlah_pegawai`: tables of the same chapter that each count the ASN (by jabatan, by
 * golongan) must reach the same total.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { tableBlock } from './survey';
import { formatNum, percentNumber, printedDecimals, unique } from './util';
import { COUNT_PATTERN, countValue } from './number-words';
import { isNumberingRow, readTableHeader } from '../lkip/table-blocks';

/** A count of ASN in running text: "15 (lima belas) orang ASN", "14 ASN"; "8 orang Non ASN" is not one. */
const ASN_TEXT = new RegExp(`(?<![\\d.,])${COUNT_PATTERN}\\s?(?:orang\\s)?(?:ASN|PNS)\\b`, 'gi');

type CellRow = { line: number; cells: string[] };

const TOTAL = /^(?:jumlah|total)\b/i;
/** Budget tables are the budget rule's; their totals are rupiah. */
const ANGGARAN = /pagu|anggaran|realisasi|rp\b|belanja/i;

/** A count cell: "12", "1.234", "-" (none); a percentage "12,5%"; null for text or blank. */
function cellOf(raw: string | undefined): { v: number; persen: boolean; desimal: number } | null {
	const t = (raw ?? '').trim();
	if (/^[-–]$/.test(t)) return { v: 0, persen: false, desimal: 0 };
	if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return { v: Number(t.replace(/\./g, '')), persen: false, desimal: 0 };
	if (/^\d{1,6}$/.test(t)) return { v: Number(t), persen: false, desimal: 0 };
	if (/^\d{1,3}(?:,\d{1,3})?\s*%$/.test(t)) {
		const p = percentNumber(t);
		return p ? { v: p.nilai, persen: true, desimal: printedDecimals(t.replace(/%/g, '')) } : null;
	}
	return null;
}

function label(b: CellRow): string {
	return b.cells
		.filter((c) => c.trim() && !/^[IVX\d]+\.?$/.test(c.trim()))
		.slice(0, 1)
		.join(' ');
}

interface TableCheck {
	line: number;
	kolom: string;
	tercetak: number;
	jumlah: number;
	persen: boolean;
	lines: number[];
}

/**
 * The column sums of one table against its total row; null when the table is not such a
 * table. Its header (rows, labels, column roles) is the reading layer's
 * (lkip/table-blocks.ts `readTableHeader`), which also reads count tables.
 */
export function checkTable(block: CellRow[]): { cek: number; salah: TableCheck[]; total: CellRow; kepala: string[] } | null {
	// without a total row there is nothing to check: most tables have none, and the header is the dearer read
	if (!block.some((b) => TOTAL.test(label(b)))) return null;
	const header = readTableHeader(block);
	const start = header.jumlahBaris;
	if (!start || block.length < start + 2) return null;
	if (ANGGARAN.test(header.kolom.map((k) => k.label).join(' '))) return null;
	let iTotal = -1;
	block.forEach((b, i) => {
		if (i >= start && TOTAL.test(label(b))) iTotal = i;
	});
	if (iTotal <= start) return null;
	const total = block[iTotal];
	// a numbering row repeated after a page break is no data
	const data = block.slice(start, iTotal).filter((b) => !isNumberingRow(b.cells));
	if (!data.length) return null;
	const wrong: TableCheck[] = [];
	let check = 0;
	total.cells.forEach((raw, j) => {
		const t = cellOf(raw);
		// the row label, and columns that number or class the rows (no, kode, golongan), are no counts
		const column = header.kolom[j];
		if (!t || j === 0 || column?.peran === 'no' || column?.anggaran === 'kode') return;
		let jumlah = 0;
		let sub = 0;
		let setelahSub = 0;
		let adaSub = false;
		let desimal = 0;
		let section = 0;
		for (const b of data) {
			const c = cellOf(b.cells[j]);
			// a blank or text cell is unknown ("-" is the printed zero): the column cannot be summed
			if (!c) return;
			if (c.persen !== t.persen) return;
			desimal = Math.max(desimal, c.desimal);
			if (TOTAL.test(label(b)) || /^sub\s*total/i.test(label(b))) {
				adaSub = true;
				sub += c.v;
				setelahSub = 0;
				continue;
			}
			section++;
			jumlah += c.v;
			setelahSub += c.v;
		}
		if (!section) return;
		check++;
		const tol = t.persen ? section * 0.5 * Math.pow(10, -desimal) + 1e-9 : 0;
		const match = (x: number) => Math.abs(x - t.v) <= tol;
		if (match(jumlah) || (adaSub && match(sub + setelahSub))) return;
		wrong.push({
			line: total.line,
			kolom: column?.teks || `kolom ${j + 1}`,
			tercetak: t.v,
			jumlah,
			persen: t.persen,
			lines: [total.line, ...data.map((b) => b.line)]
		});
	});
	return { cek: check, salah: wrong, total, kepala: header.kolom.map((k) => k.teks) };
}

export const checkTableTotals: Aturan = {
	id: 'jumlah_tabel',
	judul: 'Baris jumlah tabel tidak sama dengan rinciannya',
	tingkat: 'sedang',
	toleransi:
		'Tabel hitungan di luar tabel anggaran (pegawai menurut jabatan, golongan atau pendidikan; penduduk; porsi dalam persen): setiap kolom angka pada baris "Jumlah"/"Total" terakhir harus sama dengan jumlah baris di atasnya sampai judul kolom. Hitungan orang harus sama persis; "-" dibaca 0; kolom yang punya sel kosong atau berisi teks di antara rinciannya tidak dinilai. Persentase: toleransi ½ satuan desimal terakhir per baris. Bila tabel punya baris subjumlah, total = jumlah semua rincian, atau subjumlah ditambah rincian sesudahnya. Tabel yang judulnya menyebut pagu/anggaran/realisasi/belanja tidak dinilai di sini.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		for (const blok of tableBlock(ctx)) {
			const h = checkTable(blok);
			if (!h) continue;
			diperiksa += h.cek;
			for (const s of h.salah)
				temuan.push({
					pesan: `Baris ${s.line}: kolom "${s.kolom}" baris jumlah tercetak ${formatNum(s.tercetak)}${s.persen ? '%' : ''}, padahal jumlah rinciannya ${formatNum(s.jumlah)}${s.persen ? '%' : ''} (selisih ${formatNum(Math.abs(s.tercetak - s.jumlah))}). Periksa rincian atau baris jumlah tabel ini.`,
					nilai: s.tercetak,
					seharusnya: s.jumlah,
					lines: unique(s.lines)
				});
		}
		return { temuan, diperiksa };
	}
};

/** The title printed above a table (up to 6 lines), for telling what it counts. */
function titleAbove(ctx: AuditContext, line: number): string {
	const out: string[] = [];
	for (let l = line - 1; l >= Math.max(1, line - 6); l--) {
		const t = (ctx.baris[l - 1] ?? '').replace(/\*\*|<\/?b>/g, '').trim();
		if (t) out.unshift(t);
		if (/^tabel\b/i.test(t)) break;
	}
	return out.join(' ');
}

export const checkStaffTotals: Aturan = {
	id: 'jumlah_pegawai',
	judul: 'Jumlah ASN berbeda antartabel',
	tingkat: 'sedang',
	toleransi:
		'Tabel yang judulnya menyatakan jumlah ASN/PNS/pegawai saja (mis. "Jumlah ASN menurut Jabatan", "... menurut Pangkat/Golongan"; bukan tabel "ASN dan Non ASN") dan berdekatan (dalam 80 baris) harus mempunyai angka jumlah yang sama, tanpa toleransi; jumlah ASN yang disebut dalam teks 60 baris di atas tabel pertama ("15 (lima belas) orang ASN", bukan "Non ASN") harus sama dengan jumlah tabel itu. Angka jumlah diambil dari baris "Jumlah"/"Total" terakhir tabel (kolom angka terakhir).',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const table: { line: number; judul: string; total: number }[] = [];
		for (const blok of tableBlock(ctx)) {
			const judul = titleAbove(ctx, blok[0].line);
			if (!/jumlah\s+(?:asn|pns|pegawai)\b/i.test(judul) || /non[\s-]*asn|honorer|tenaga kontrak/i.test(judul)) continue;
			const t = [...blok].reverse().find((b) => TOTAL.test(label(b)));
			const v =
				t &&
				[...t.cells]
					.reverse()
					.map((c) => cellOf(c))
					.find((x) => x !== null && !x.persen);
			if (t && v) table.push({ line: t.line, judul, total: v.v });
		}
		// "terdiri 15 (lima belas) orang ASN dan 8 orang Non ASN" in the text just above the first ASN table
		if (table.length) {
			const t0 = table[0];
			for (let line = Math.max(1, t0.line - 60); line < t0.line; line++) {
				const b = (ctx.baris[line - 1] ?? '').replace(/\*\*|<\/?b>/g, '');
				for (const m of b.matchAll(ASN_TEXT)) {
					const n = countValue(m[1], m[2], m[3], m[4]);
					if (n === null) continue;
					diperiksa++;
					if (n !== t0.total)
						temuan.push({
							pesan: `Baris ${line} menyebut ${n} ASN, padahal tabel "${t0.judul.slice(0, 80)}" (baris ${t0.line}) berjumlah ${formatNum(t0.total)}. Samakan uraian dengan tabel pegawai.`,
							nilai: n,
							seharusnya: t0.total,
							lines: [line, t0.line]
						});
				}
			}
		}
		for (let i = 1; i < table.length; i++) {
			const a = table[i - 1];
			const b = table[i];
			if (b.line - a.line > 80) continue;
			diperiksa++;
			if (a.total !== b.total)
				temuan.push({
					pesan: `Jumlah pegawai (ASN) berbeda: ${formatNum(a.total)} pada tabel "${a.judul.slice(0, 80)}" (baris ${a.line}) dan ${formatNum(b.total)} pada tabel "${b.judul.slice(0, 80)}" (baris ${b.line}). Keduanya menghitung pegawai yang sama; periksa rincian tabel yang keliru.`,
					nilai: a.total,
					seharusnya: b.total,
					lines: [a.line, b.line]
				});
		}
		return { temuan, diperiksa };
	}
};
