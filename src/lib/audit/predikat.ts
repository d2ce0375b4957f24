/**
 * Rule `predikat_skala`: a predikat/category label that contradicts the scale the report itself
 * states ("capaian 99% ... kategori Memuaskan" when its table says 90–100 is Sangat Memuaskan),
 * in sentences and in the tick-box summary table (a mark under a predikat column).
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { labelKey, labelFor, checkReportScale, type ReportScale } from './report-scale';
import { formatNum, percentNumber, sentencesOf, cellsAt, unique } from './util';
import { parseIndikatorValue } from '../lkip/numbers';
import { computeCapaian } from '../domain/scales';

const WORDS = /(kategori|predikat|tergolong)\s+(?:nilai\s+)?/gi;
const MARK = /^(▮|■|v|V|√|✓|✔|x|X)$/;

/** The label named right after "kategori"/"predikat": a scale label, or a scale code like "AA". */
function statedLabel(scale: ReportScale, after: string): string | null {
	const s = after.replace(/[*_"“”]/g, '').trim();
	const kunciS = labelKey(s.slice(0, 40).replace(/\s+/g, ' '));
	const sorted = [...scale.tingkatan].sort((a, b) => b.kunci.length - a.kunci.length);
	for (const t of sorted) if (kunciS.startsWith(t.kunci)) return t.kunci;
	const code = s.match(/^([A-D]{1,2})\b/);
	if (code) {
		const t = scale.tingkatan.find((x) => x.kode === code[1]);
		if (t) {
			// "AA (Sangat Memuaskan)": the words in brackets decide when present
			const dalam = s.slice(code[0].length).match(/^\s*\(([^)]*)\)/);
			if (dalam) {
				const k = labelKey(dalam[1]);
				const match = scale.tingkatan.find((x) => x.kunci === k);
				if (match) return match.kunci;
			}
			return t.kunci;
		}
	}
	return null;
}

function originalLabel(scale: ReportScale, key: string): string {
	return scale.tingkatan.find((t) => t.kunci === key)?.label ?? key;
}

const CAPAIAN_WORD = /capaian/i;

export const checkPredikatScale: Aturan = {
	id: 'predikat_skala',
	judul: 'Predikat tidak sesuai skala laporan sendiri',
	tingkat: 'sedang',
	toleransi:
		'Skala dibaca dari tabel laporan itu sendiri (mis. "AA ➤ 90 - 100 Sangat Memuaskan", "76 % s/d 100 % BAIK"); laporan tanpa tabel skala tidak diperiksa. Dalam kalimat yang menyebut capaian X% dan "kategori/predikat/tergolong <label>", label harus termasuk label skala untuk X. Nilai tepat di batas dua tingkat (mis. 90 pada "80 - 90" dan "90 - 100") atau di celah antartingkat (75 < X < 76) boleh berlabel salah satunya; "Lebih dari 100" tidak mencakup 100. Pada tabel ikhtisar capaian bertanda (▮, V, √) kolom yang ditandai harus label skala untuk persentase baris itu. Kalimat tanpa persentase yang diawali "Sasaran N" dan menyebut "capaian (indikator) tergolong/termasuk kategori <label>" dinilai terhadap capaian indikator sasaran ke-N tabel pengukuran (bila baris itu mengulang sekurang-kurangnya tiga perempat kata nama sasarannya): label harus mungkin bagi capaian salah satu indikatornya.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const scale = checkReportScale(ctx.laporan.skala);
		if (!scale) return { temuan, diperiksa };
		const wrong = (x: number, disebut: string, valid: Set<string>, line: number, apa: string) => {
			temuan.push({
				pesan: `${apa}: capaian ${formatNum(x)}% diberi predikat "${originalLabel(scale, disebut)}", padahal menurut skala laporan sendiri (baris ${scale.lines[0]}–${scale.lines[scale.lines.length - 1]}) nilai itu berpredikat "${[...valid].map((k) => originalLabel(scale, k)).join('" atau "')}".`,
				nilai: x,
				seharusnya: null,
				lines: unique([line, ...scale.lines])
			});
		};
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			if (scale.lines.includes(line) || cellsAt(ctx.baris, line)) return;
			// a claim is a "capaian … X%": other lines hold none (line loops are the audit's cost)
			if (!b.includes('%') || !CAPAIAN_WORD.test(b)) return;
			for (const k of sentencesOf(b)) {
				const mc = k.match(/capaian[^%]{0,120}?(\d+(?:[.,]\d+)?)\s*%/i);
				if (!mc) continue;
				const x = percentNumber(mc[1]);
				if (!x) continue;
				for (const m of k.matchAll(WORDS)) {
					const disebut = statedLabel(scale, k.slice((m.index ?? 0) + m[0].length));
					if (!disebut) continue;
					diperiksa++;
					const valid = labelFor(scale, x.nilai);
					if (!valid.has(disebut)) wrong(x.nilai, disebut, valid, line, `Baris ${line}`);
					break;
				}
			}
		});
		// a measurement row whose capaian column holds a label: "100 % | 100 % | Sangat Baik"
		const limit = ctx.laporan.capaian_maks_100 !== null;
		ctx.baris.forEach((_, i) => {
			const line = i + 1;
			const c = cellsAt(ctx.baris, line);
			if (!c || scale.lines.includes(line)) return;
			const content = c.filter((x) => x.trim());
			if (content.length < 3) return;
			const [aRaw, bRaw, lRaw] = content.slice(-3);
			const disebut = labelKey(lRaw);
			if (!scale.tingkatan.some((t) => t.kunci === disebut)) return;
			const a = parseIndikatorValue(aRaw);
			const b = parseIndikatorValue(bRaw);
			if (a.nilai === null || b.nilai === null || a.huruf || b.huruf || a.nilai === 0) return;
			diperiksa++;
			const x = computeCapaian({ target: a.nilai, realisasi: b.nilai, batasi100: limit })!;
			const valid = labelFor(scale, x);
			if (!valid.has(disebut)) wrong(Math.round(x * 100) / 100, disebut, valid, line, `Baris ${line} (target ${aRaw}, realisasi ${bRaw})`);
		});
		// tick-box summary table: find the header row naming at least three scale labels
		const kunciSkala = new Set(scale.tingkatan.map((t) => t.kunci));
		ctx.baris.forEach((_, i) => {
			const line = i + 1;
			const c = cellsAt(ctx.baris, line);
			if (!c) return;
			const iTanda = c.findIndex((x) => MARK.test(x.trim()));
			const iPersen = c.findIndex((x) => /^\s*\d+(?:[.,]\d+)?\s*%\s*$/.test(x));
			if (iTanda < 0 || iPersen < 0 || iPersen > iTanda) return;
			for (let l = line - 1; l >= Math.max(1, line - 15); l--) {
				const h = cellsAt(ctx.baris, l);
				if (!h) continue;
				const kunciH = h.map((x) => labelKey(x));
				if (kunciH.filter((k) => kunciSkala.has(k)).length < 3) continue;
				const disebut = kunciH[iTanda];
				if (!disebut || !kunciSkala.has(disebut)) return;
				const x = percentNumber(c[iPersen]);
				if (!x) return;
				diperiksa++;
				const valid = labelFor(scale, x.nilai);
				if (!valid.has(disebut)) {
					wrong(x.nilai, disebut, valid, line, `Tabel ikhtisar capaian, baris ${line}`);
					temuan[temuan.length - 1].lines = unique([...temuan[temuan.length - 1].lines, l]);
				}
				return;
			}
		});
		diperiksa += sasaranLabel(ctx, scale, (x, disebut, valid, line, apa, lines) => {
			wrong(x, disebut, valid, line, apa);
			temuan[temuan.length - 1].lines = unique([...temuan[temuan.length - 1].lines, ...lines]);
		});
		return { temuan, diperiksa };
	}
};

const SASARAN_WORDS =
	/capaian(?:\s+(?:indikator|kinerja))?(?:\s+sasaran)?\s+(?:tergolong|termasuk(?:\s+(?:dalam\s+)?kategori)?|berkategori|masuk(?:\s+dalam)?\s+kategori)\s+/i;
const words = (s: string) => s.toLowerCase().match(/[a-z]{4,}/g) ?? [];

/**
 * "Sasaran 1 : Meningkatnya kualitas pelayanan … dengan capaian tergolong Baik": a label for one
 * sasaran named by its number and its words, without a figure. The sasaran is the N-th distinct
 * sasaran of the measurement table, and the line must repeat three quarters of its words; the
 * label must be possible for the capaian of at least one of its indicators.
 */
function sasaranLabel(
	ctx: AuditContext,
	scale: ReportScale,
	wrong: (x: number, disebut: string, valid: Set<string>, line: number, apa: string, lines: number[]) => void
): number {
	const ind = ctx.laporan.indikator.filter((r) => (ctx.laporan.tahun === null || r.tahun === ctx.laporan.tahun) && r.sasaran);
	const sasaran = [...new Set(ind.map((r) => r.sasaran as string))];
	if (!sasaran.length) return 0;
	let n = 0;
	ctx.baris.forEach((b, i) => {
		const line = i + 1;
		const m = /^[\s\-–•*]*sasaran\s*(\d{1,2})\b/i.exec(b);
		if (!m || cellsAt(ctx.baris, line)) return;
		const name = sasaran[Number(m[1]) - 1];
		if (!name) return;
		const kataNama = words(name);
		const kataBaris = new Set(words(b));
		if (!kataNama.length || kataNama.filter((k) => kataBaris.has(k)).length < Math.ceil((kataNama.length * 3) / 4)) return;
		for (const k of sentencesOf(b)) {
			// a sentence with its own percentage is judged above
			if (/\d\s*%/.test(k)) continue;
			const mk = SASARAN_WORDS.exec(k);
			if (!mk) continue;
			const disebut = statedLabel(scale, k.slice(mk.index + mk[0].length));
			if (!disebut) continue;
			const rows = ind.filter((r) => r.sasaran === name);
			if (rows.some((r) => r.capaian === null)) continue;
			n++;
			if (rows.some((r) => labelFor(scale, r.capaian as number).has(disebut))) continue;
			const valid = labelFor(scale, rows[0].capaian as number);
			wrong(
				rows[0].capaian as number,
				disebut,
				valid,
				line,
				`Baris ${line} (Sasaran ${m[1]}, capaian di tabel pengukuran baris ${rows.map((r) => r.line).join(', ')})`,
				rows.map((r) => r.line)
			);
		}
	});
	return n;
}
