/**
 * The kabupaten's IKM as a report prints it ("sedangkan IKM Kabupaten X tahun 2024
 * tercatat 88,10", an invented example): the figure a kecamatan's IKM is measured
 * against, kept with its line so the dashboard can name its source instead of
 * calling its own mean of kecamatan "the kabupaten".
 *
 * Read from running text, clause by clause: a mention of the index (IKM, SKM,
 * kepuasan masyarakat) followed, within three words, by "Kabupaten"/"Kab."; the
 * figure is the first index value after it in the same clause, passing over
 * years and a figure introduced as a target. A clause that turns to a kecamatan
 * before any figure ("... dan realisasi IKM Kecamatan Y sebesar 79,45") gives
 * none: that figure is the kecamatan's; so does a target ("target IKM Kabupaten
 * ... 88") and another kabupaten's figure. Tables are not read here.
 */
import { spanAt, paragraphsOf, singleYear } from './ikm';
import { parseIndikatorValue, type NumberFormat } from './numbers';
import type { TextRow } from './table-blocks';
import type { Section, IkmKabupatenRecord } from './types';

const WORDS = /\b(?:ikm|skm|kepuasan masyarakat|sukma)\b/i;
/** the index word, up to three words (no digits), then "Kabupaten" and perhaps its name */
const MENTION = /\b(?:ikm|skm|kepuasan masyarakat|sukma)\b(?:\s*\((?:ikm|skm)\))?((?:\s+[^\s\d]+){0,3}?)\s+(?:kabupaten|kab\.)(?:\s+([A-Za-z][A-Za-z-]*))?/gi;
/** words between the index and "Kabupaten" that make it another body's figure */
const NOT_KABUPATEN = /\b(?:kecamatan|kec\.|desa|kelurahan|nasional|provinsi|opd|perangkat daerah)\b/i;
/** words after "Kabupaten" that are not its name */
const NOT_NAME =
	/^(?:tahun|th|pada|sebesar|yang|adalah|yaitu|mencapai|dengan|di|dan|menunjukkan|sebanyak|senilai|memperoleh|mendapat|mendapatkan|berada|telah|masih|tercatat|rata|kota)$/i;
const NUMBER = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d]|[.,]\d)/g;
/** the text right before a figure says it is a target */
const SASARAN = /\btarget(?:nya)?\b[^0-9]{0,20}$/i;
const KECAMATAN = /\b(?:kecamatan|kec\.)\s/i;

/** "target IKM Kabupaten ...": the figure that follows is a target */
const TARGET_BEFORE = /\btarget(?:nya)?\s+(?:\S+\s+){0,2}$/i;

/**
 * `kabupatenLaporan`: the report's own kabupaten (its identity); a figure of a
 * kabupaten named otherwise ("IKM Kabupaten Bondowoso") is another's and skipped.
 */
export function extractKabupatenIkm(
	rows: TextRow[],
	section: Section[],
	tahunLaporan: number | null,
	kabupatenLaporan: string | null,
	format: NumberFormat = 'id'
): IkmKabupatenRecord[] {
	const milikLain = (name: string | null) => name !== null && kabupatenLaporan !== null && name.toLowerCase() !== kabupatenLaporan.toLowerCase();
	const result: IkmKabupatenRecord[] = [];
	for (const { teks, potongan } of paragraphsOf(rows)) {
		if (!WORDS.test(teks) || !/\bkab/i.test(teks)) continue;
		let posKalimat = 0;
		for (const kalimat of teks.split(/(?<=[.!?])\s+(?=[^a-z0-9])/)) {
			const awalKalimat = teks.indexOf(kalimat, posKalimat);
			posKalimat = awalKalimat + kalimat.length;
			const tahunKalimat = singleYear(kalimat) ?? tahunLaporan;
			let posKlausa = awalKalimat;
			for (const klausa of kalimat.split(/(?<!\s)\s+(?:dan|sedangkan|sementara)\s+|;\s*/i)) {
				const start = teks.indexOf(klausa, posKlausa);
				posKlausa = start + klausa.length;
				for (const m of klausa.matchAll(MENTION)) {
					if (NOT_KABUPATEN.test(m[1] ?? '') || TARGET_BEFORE.test(klausa.slice(0, m.index))) continue;
					const name = m[2] && !NOT_NAME.test(m[2]) ? m[2] : null;
					if (milikLain(name)) continue;
					const end = (m.index ?? 0) + m[0].length - (m[2] && !name ? m[2].length : 0);
					const rest = klausa.slice(end);
					let dari = 0;
					let value: { raw: string; v: number; pos: number } | null = null;
					for (const a of rest.matchAll(NUMBER)) {
						const sela = rest.slice(dari, a.index);
						if (KECAMATAN.test(sela) || sela.length > 120) break;
						dari = (a.index ?? 0) + a[0].length;
						const before = rest.slice(0, a.index);
						if (SASARAN.test(before) || /\brp\.?\s*$/i.test(before)) continue;
						const v = parseIndikatorValue(a[1], format).nilai;
						if (v === null || v <= 0 || v > 100) continue;
						value = { raw: a[1], v, pos: start + end + (a.index ?? 0) };
						break;
					}
					const tahun = singleYear(klausa) ?? tahunKalimat;
					if (!value || tahun === null) continue;
					const p = spanAt(potongan, value.pos);
					result.push({
						tahun,
						kabupaten: name,
						realisasi: value.v,
						realisasi_raw: value.raw,
						bagian: section[p.line - 1] ?? 'narasi',
						line: p.line,
						raw: p.raw
					});
					break;
				}
			}
		}
	}
	return result;
}
