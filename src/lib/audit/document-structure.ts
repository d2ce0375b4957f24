/**
 * Rule `struktur_dokumen`: slips in the document's own frame that a reader notices before any
 * figure: an impossible period ("2021-2016"), the Renstra period stated differently in two
 * places, or a section of this year's report (pengukuran kinerja, RKT, perjanjian kinerja)
 * titled with another year in the table of contents or a heading.
 */
import type { Aturan, AturanResult, AuditContext, BaseTemuan } from './types';
import { unique } from './util';

const PERIOD = /\b(20\d{2})\s?[-–]\s?(20\d{2})\b/g;
const RENSTRA = /\brenstra\b|rencana strategis|jangka menengah/gi;
const YEAR_SECTIONS = /(pengukuran (?:pen)?capaian kinerja|pengukuran kinerja|rencana kinerja tahunan|rencana kerja|perjanjian kinerja|\brkt\b)/gi;

export const checkDocumentStructure: Aturan = {
	id: 'struktur_dokumen',
	judul: 'Periode atau tahun dokumen tidak konsisten',
	tingkat: 'rendah',
	toleransi:
		'Tanpa toleransi. (1) Periode "20AA-20BB" dengan tahun akhir sebelum tahun awal; satu temuan per bentuk periode, dengan semua barisnya. (2) Periode yang disebut dalam 80 karakter sesudah "Renstra", "Rencana Strategis" atau "jangka menengah" harus sama di seluruh laporan; bila berbeda, satu temuan menyebut setiap periode dengan barisnya (acuan: periode yang paling sering disebut). (3) Di daftar isi atau judul (baris pendek, tanpa titik kalimat), tahun yang ditulis dalam 25 karakter sesudah "Pengukuran (Pen)capaian Kinerja", "Rencana Kinerja Tahunan", "Rencana Kerja", "Perjanjian Kinerja" atau "RKT" harus tahun laporan.',
	periksa(ctx: AuditContext): AturanResult {
		const temuan: BaseTemuan[] = [];
		let diperiksa = 0;
		const year = ctx.laporan.tahun;
		const mustahil = new Map<string, number[]>();
		const renstra = new Map<string, number[]>();
		ctx.baris.forEach((b, i) => {
			const line = i + 1;
			// every check reads a year "20…"; without one (nor markup that, removed, could join one) a line holds none
			if (!b.includes('20') && !/[*#<]/.test(b)) return;
			for (const m of b.matchAll(PERIOD)) {
				diperiksa++;
				if (Number(m[2]) < Number(m[1])) mustahil.set(`${m[1]}-${m[2]}`, [...(mustahil.get(`${m[1]}-${m[2]}`) ?? []), line]);
			}
			for (const k of b.matchAll(RENSTRA)) {
				const after = b.slice((k.index ?? 0) + k[0].length, (k.index ?? 0) + k[0].length + 80);
				const p = [...after.matchAll(PERIOD)][0];
				if (!p || Number(p[2]) < Number(p[1])) continue;
				const key = `${p[1]}-${p[2]}`;
				const found = renstra.get(key) ?? [];
				if (!found.includes(line)) renstra.set(key, [...found, line]);
			}
			const t = b.replace(/\*\*|<\/?b>|#/g, '').trim();
			if (year !== null && t.length <= 120 && !/[a-z]\.\s+[A-Z]/.test(t)) {
				for (const k of t.matchAll(YEAR_SECTIONS)) {
					const after = t.slice((k.index ?? 0) + k[0].length, (k.index ?? 0) + k[0].length + 25);
					const y = after.match(/^[^\d]{0,15}?\b(20\d{2})\b/);
					if (!y || /^\s?[-–]/.test(after.slice((y.index ?? 0) + y[0].length))) continue;
					diperiksa++;
					if (Number(y[1]) !== year)
						temuan.push({
							pesan: `Baris ${line}: "${t.slice(0, 100)}" menyebut tahun ${y[1]}, padahal laporan ini tentang tahun ${year}. Periksa judul atau daftar isi.`,
							nilai: Number(y[1]),
							seharusnya: year,
							lines: [line]
						});
				}
			}
		});
		for (const [p, lines] of mustahil)
			temuan.push({
				pesan: `Periode "${p}" tidak mungkin: tahun akhir sebelum tahun awal (baris ${lines.join(', ')}). Periksa penulisan periodenya.`,
				nilai: null,
				seharusnya: null,
				lines
			});
		if (renstra.size > 1) {
			const sorted = [...renstra].sort((a, b) => b[1].length - a[1].length);
			diperiksa++;
			temuan.push({
				pesan: `Periode Renstra dinyatakan berbeda: ${sorted.map(([p, l]) => `${p} (baris ${l.join(', ')})`).join('; ')}${year !== null ? `; laporan tahun ${year}` : ''}. Samakan dengan Renstra yang berlaku untuk tahun laporan.`,
				nilai: null,
				seharusnya: null,
				lines: unique(
					sorted
						.slice(1)
						.flatMap(([, l]) => l)
						.concat(sorted[0][1].slice(0, 3))
				)
			});
		}
		return { temuan, diperiksa };
	}
};
