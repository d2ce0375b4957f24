/**
 * Reference data the extractor matches against: the kecamatan list, the
 * indicator mapping, the program mapping and the kabupaten list (data/kecamatan.csv,
 * data/indikator.csv, data/program.csv, data/kabupaten.csv). The CSV text is passed in, so Node
 * reads it from disk and the browser fetches it.
 */
import Papa from 'papaparse';
import { normalise } from './table';
import type { IndikatorMapping, ProgramMapping, KabupatenRef, KecamatanRef, MasterData } from './types';

function readCsv(text: string, name: string): Record<string, string>[] {
	const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		comments: '#',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fatal = result.errors[0];
	if (fatal) throw new Error(`${name}: baris ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
	return result.data;
}

function required(row: Record<string, string>, column: string, name: string, i: number): string {
	const v = (row[column] ?? '').trim();
	if (!v) throw new Error(`${name}: baris data ke-${i + 1}: kolom "${column}" kosong`);
	return v;
}

export function kecamatanSlug(name: string): string {
	return normalise(name).replace(/ /g, '-');
}

/** "a|b+c" -> [["a","b"],["c"]]; each alternative normalised like the text it is matched against. */
export function parsePattern(pattern: string): string[][] {
	return pattern
		.split('+')
		.map((group) =>
			group
				.split('|')
				.map((alt) => normalise(alt))
				.filter(Boolean)
		)
		.filter((g) => g.length > 0);
}

/** data/program.csv: Permendagri 90/2019 program code, standard name, keyword rule. */
export function parseProgram(programCsv: string): ProgramMapping[] {
	return readCsv(programCsv, 'program.csv').map((b, i) => {
		const kode = required(b, 'kode', 'program.csv', i);
		if (!/^\d{1,2}\.\d{2}\.\d{2}$/.test(kode))
			throw new Error(`program.csv: baris data ke-${i + 1}: kode "${kode}" bukan kode program Permendagri 90/2019 (bentuknya seperti 7.01.02)`);
		const pola = parsePattern(required(b, 'pola', 'program.csv', i));
		if (!pola.length) throw new Error(`program.csv: baris data ke-${i + 1}: pola kosong`);
		return { kode, nama: required(b, 'nama', 'program.csv', i), pola };
	});
}

/** data/kabupaten.csv: Kemendagri code (two parts, "35.09") and name. */
export function parseKabupaten(kabupatenCsv: string): KabupatenRef[] {
	return readCsv(kabupatenCsv, 'kabupaten.csv').map((b, i) => {
		const kode = required(b, 'kode', 'kabupaten.csv', i);
		if (!/^\d{2}\.\d{2}$/.test(kode))
			throw new Error(`kabupaten.csv: baris data ke-${i + 1}: kode "${kode}" bukan kode kabupaten Kemendagri (bentuknya seperti 35.09)`);
		return { kode, nama: required(b, 'nama', 'kabupaten.csv', i) };
	});
}

/** The kabupaten a kecamatan belongs to, by the first two parts of its code. */
export function kabupatenOf(k: Pick<KecamatanRef, 'kode'>, kabupaten: readonly KabupatenRef[]): KabupatenRef | null {
	return kabupaten.find((b) => k.kode.startsWith(`${b.kode}.`)) ?? null;
}

export function parseMasterData(kecamatanCsv: string, indikatorCsv: string, programCsv = '', kabupatenCsv = ''): MasterData {
	const kecamatan: KecamatanRef[] = readCsv(kecamatanCsv, 'kecamatan.csv').map((b, i) => {
		const nama = required(b, 'nama', 'kecamatan.csv', i);
		const desa = Number(required(b, 'desa', 'kecamatan.csv', i));
		const kelurahan = Number(required(b, 'kelurahan', 'kecamatan.csv', i));
		if (!Number.isInteger(desa) || !Number.isInteger(kelurahan))
			throw new Error(`kecamatan.csv: baris data ke-${i + 1}: jumlah desa/kelurahan bukan bilangan bulat`);
		return { kode: required(b, 'kode', 'kecamatan.csv', i), nama, slug: kecamatanSlug(nama), desa, kelurahan };
	});
	const indikator: IndikatorMapping[] = readCsv(indikatorCsv, 'indikator.csv').map((b, i) => {
		const polaritas = required(b, 'polaritas', 'indikator.csv', i).toLowerCase();
		if (polaritas !== 'positif' && polaritas !== 'negatif')
			throw new Error(`indikator.csv: baris data ke-${i + 1}: polaritas "${polaritas}" harus positif atau negatif`);
		const pola = parsePattern(required(b, 'pola', 'indikator.csv', i));
		if (!pola.length) throw new Error(`indikator.csv: baris data ke-${i + 1}: pola kosong`);
		return {
			kunci: required(b, 'kunci', 'indikator.csv', i),
			label: required(b, 'label', 'indikator.csv', i),
			polaritas,
			pola
		};
	});
	const kabupaten = kabupatenCsv ? parseKabupaten(kabupatenCsv) : [];
	uniqueSlugs(kecamatan, kabupaten);
	return { kecamatan, indikator, program: programCsv ? parseProgram(programCsv) : [], kabupaten };
}

/**
 * Names repeat across kabupaten, and the slug (the page's address and the report's key)
 * is made from the name: a slug two kecamatan share gets the kabupaten's name, or the
 * code when the kabupaten is not listed. Unique names keep their plain slug.
 */
function uniqueSlugs(kecamatan: KecamatanRef[], kabupaten: readonly KabupatenRef[]): void {
	const count = new Map<string, number>();
	for (const k of kecamatan) count.set(k.slug, (count.get(k.slug) ?? 0) + 1);
	for (const k of kecamatan) {
		if (count.get(k.slug)! < 2) continue;
		const kab = kabupatenOf(k, kabupaten);
		k.slug = `${k.slug}-${kab ? kecamatanSlug(kab.nama) : k.kode.replace(/\./g, '')}`;
	}
}

/** Whether `kata` occurs in the normalised text starting at a word boundary. */
function atWordStart(text: string, word: string): boolean {
	let i = text.indexOf(word);
	while (i >= 0) {
		if (i === 0 || text[i - 1] === ' ') return true;
		i = text.indexOf(word, i + 1);
	}
	return false;
}

function matchesPattern(text: string, pattern: readonly (readonly string[])[]): boolean {
	return pattern.every((group) => group.some((alt) => atWordStart(text, alt)));
}

/** Canonical key of an indicator name: the first rule of data/indikator.csv whose every group matches. */
export function indikatorKey(name: string, ref: Pick<MasterData, 'indikator'>): string | null {
	const t = normalise(name);
	if (!t) return null;
	for (const aturan of ref.indikator) if (matchesPattern(t, aturan.pola)) return aturan.kunci;
	return null;
}

/**
 * The standard program a printed program name stands for: the first rule of
 * data/program.csv whose every group matches (keywords, so wording, word order
 * and case do not matter). Null when no rule matches.
 */
export function standardProgram(name: string, program: readonly ProgramMapping[] | undefined): ProgramMapping | null {
	const t = normalise(name);
	if (!t || !program) return null;
	for (const aturan of program) if (matchesPattern(t, aturan.pola)) return aturan;
	return null;
}
