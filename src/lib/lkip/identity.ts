/**
 * Who reports, and on which year: kecamatan (matched to the reference list),
 * kabupaten, and the year whose performance is reported.
 *
 * The year is voted on: phrases that name the reported year ("Laporan Kinerja
 * ... Tahun 2023", "Tahun Anggaran 2023", "Pengukuran ... Tahun 2023") count
 * most. A cover often prints the publication year next to the reported one
 * ("TAHUN 2020 / TAHUN 2021"); the earlier cover year gets the cover's vote,
 * because a report is published after the year it reports on.
 */
import type { TextRow } from './table-blocks';
import { editDistance, kecamatanNameKey } from './kecamatan-name';
import { normalise } from './table';
import { yearsIn } from './years';
import type { KabupatenRef, KecamatanRef, Peringatan } from './types';

export interface Identity {
	kecamatan: KecamatanRef | null;
	kecamatanKeyakinan: KecamatanConfidence | null;
	/** an unknown or ambiguous kecamatan: the report must be refused with this message */
	kecamatanMasalah: Peringatan | null;
	kabupaten: string | null;
	tahun: number | null;
	/** the warning that no year was found, when none was (`decideReportYear` drops it if the table dates the report) */
	missingYear: Peringatan | null;
	peringatan: Peringatan[];
}

const COVER_END = /\b(kata pengantar|daftar isi|ikhtisar eksekutif|bab i)\b/;
const MAX_COVER = 40;

/** The reference kecamatan a written name means, tolerant of case, spacing and one typo. */
const listKeys = new WeakMap<KecamatanRef[], string[]>();

export function matchKecamatan(name: string, list: KecamatanRef[]): KecamatanRef | null {
	const closest = closestKecamatan(name, list);
	return closest.length === 1 ? closest[0] : null;
}

/** Every kecamatan of the list the name is nearest to: more than one when the name repeats across kabupaten. */
export function closestKecamatan(name: string, list: KecamatanRef[]): KecamatanRef[] {
	const k = kecamatanNameKey(name);
	if (k.length < 3) return [];
	let key = listKeys.get(list);
	if (!key) listKeys.set(list, (key = list.map((d) => kecamatanNameKey(d.nama))));
	let best: KecamatanRef[] = [];
	let jarakTerbaik = Infinity;
	for (let i = 0; i < list.length; i++) {
		const r = key[i];
		const limit = r.length >= 8 ? 2 : r.length >= 5 ? 1 : 0;
		const dj = editDistance(k, r, limit);
		if (dj > limit || dj > jarakTerbaik) continue;
		if (dj < jarakTerbaik) best = [];
		best.push(list[i]);
		jarakTerbaik = dj;
	}
	return best;
}

/**
 * The kecamatan of the kabupaten the report names ("Kabupaten Jember"), when the
 * reference data lists that kabupaten and some of its kecamatan; else the whole list.
 * A kecamatan name repeats across kabupaten, the pair does not.
 */
export function kecamatanOfKabupaten(list: KecamatanRef[], kabupaten: readonly KabupatenRef[], printed: string | null): KecamatanRef[] {
	if (!printed) return list;
	const p = kecamatanNameKey(printed);
	// the reader takes the word after "Kabupaten": the first word of a longer name
	const first = (nama: string) =>
		kecamatanNameKey(
			normalise(nama)
				.replace(/^(?:kabupaten|kab)\b\s*/, '')
				.split(' ')[0] ?? ''
		);
	const kode = kabupaten.filter((b) => first(b.nama) === p).map((b) => `${b.kode}.`);
	if (!kode.length) return list;
	const own = list.filter((k) => kode.some((c) => k.kode.startsWith(c)));
	return own.length ? own : list;
}

function coverEnd(rows: TextRow[]): number {
	for (let i = 0; i < Math.min(rows.length, MAX_COVER); i++) {
		if (rows[i].raw && COVER_END.test(normalise(rows[i].raw))) return i;
	}
	return Math.min(rows.length, MAX_COVER);
}

/** Where the kecamatan was read: its cover (or title page), or only the body of the report. */
export type KecamatanConfidence = 'sampul' | 'isi';

export interface KecamatanMatch {
	kecamatan: KecamatanRef | null;
	keyakinan: KecamatanConfidence | null;
	/** line of the mention the identity rests on */
	line: number | null;
	/** why the report cannot be given a kecamatan: an unknown or ambiguous name, never a guess */
	masalah: Peringatan | null;
}

interface Mention {
	/** as printed, for the message */
	nama: string;
	kec: KecamatanRef | null;
	/** the kecamatan a name means in more than one kabupaten, when the report names none of them */
	ganda: KecamatanRef[];
	line: number;
}

// words that follow "kecamatan" in running text without being a name ("kecamatan dan kelurahan")
const NOT_NAME = new Set(
	(
		'dan yang di ke se dari untuk pada dalam ini itu tersebut tahun kabupaten kab kota desa kelurahan wilayah setempat ' +
		'sebagai adalah merupakan telah dengan atas oleh serta atau secara sesuai berdasarkan memiliki terdiri mempunyai dapat akan ' +
		'juga selaku sebesar profil kinerja laporan perangkat pemerintah pemerintahan kantor camat sekretaris sekretariat seksi kasi ' +
		'kasubag bagian bidang pelayanan unit umum program kegiatan sub nomor no tentang lain lainnya sekitar yaitu antara bagi agar ' +
		'hingga sampai tiap setiap masing seluruh semua kepala tugas melalui sudah belum masih tidak terhadap menjadi selama'
	).split(' ')
);

// a word of a name may join parts by a hyphen or an apostrophe ("Guluk-Guluk", "Ra'as"), and a
// name runs to four words ("Jambesari Darus Sholah"): real kecamatan are named so
const NAME_WORD = "[a-z]+(?:['’‘`\\-‐][a-z]+)*";
// the words after the first are looked at, not taken: "Kecamatan Silo dan Kecamatan Mayang" is two mentions
const MENTION = new RegExp(`\\b(?:kecamatan|camat|kec\\.)[ \\t]*(${NAME_WORD})(?=((?:[ \\t]+${NAME_WORD}){0,3}))`, 'gi');

/**
 * The kecamatan a mention's words name: the longest run of them that is a name of the
 * list ("Kota Sumenep" before "Kota"), else the first word alone. A run starting with a
 * word that is not a name ("kota", "dan") counts only when it is a name exactly.
 */
function mentionMatch(words: string[], match: (name: string) => KecamatanRef[]): KecamatanRef[] | null {
	const first = words[0].toLowerCase();
	const stop = NOT_NAME.has(first);
	for (let n = words.length; n >= 2; n--) {
		if (words.slice(1, n).some((w) => NOT_NAME.has(w.toLowerCase()))) continue;
		const name = words.slice(0, n).join(' ');
		const found = match(name);
		if (found.length && (!stop || found.every((k) => kecamatanNameKey(k.nama) === kecamatanNameKey(name)))) return found;
	}
	if (first.length < 3 || stop) return null;
	return match(first);
}

function cleaned(raw: string): string {
	return raw.replace(/<[^<>]+>|[*_#]/g, ' ');
}

function kecamatanMentions(rows: TextRow[], sampai: number, match: (name: string) => KecamatanRef[], sampul: boolean): Mention[] {
	const result: Mention[] = [];
	for (let i = 0; i < sampai; i++) {
		const r = rows[i];
		if (!r.raw) continue;
		let text = cleaned(r.raw);
		// a cover sets "LAPORAN KINERJA KECAMATAN" above the name on a line of its own
		if (sampul && /\bkecamatan[\s,.:]*$/i.test(text)) {
			const berikut = rows.slice(i + 1, sampai).find((x) => x.raw.trim());
			if (berikut) text = text.replace(/(?<![\s,.:])[\s,.:]*$/, ' ') + cleaned(berikut.raw);
		}
		for (const m of text.matchAll(MENTION)) {
			const words = [m[1], ...m[2].split(/[ \t]+/).filter(Boolean)];
			const found = mentionMatch(words, match);
			if (!found) continue;
			const kec = found.length === 1 ? found[0] : null;
			const ganda = found.length > 1 ? found : [];
			// an unknown name is shown as printed, to its second word
			const b = words[1] && !NOT_NAME.has(words[1].toLowerCase()) ? words[1] : null;
			result.push({ nama: kec ? kec.nama : ganda.length ? ganda[0].nama : b ? `${words[0]} ${b}` : words[0], kec, ganda, line: r.line });
		}
	}
	return result;
}

/** Mentions grouped by the kecamatan (or the unknown name) they name, most mentioned first. */
interface MentionGroup {
	kunci: string;
	nama: string;
	kec: KecamatanRef | null;
	ganda: KecamatanRef[];
	n: number;
	line: number;
}

function groupOf(s: Mention[]): MentionGroup[] {
	const g = new Map<string, MentionGroup>();
	for (const x of s) {
		const kunci = x.kec ? x.kec.kode : kecamatanNameKey(x.nama);
		const e = g.get(kunci) ?? { kunci, nama: x.nama, kec: x.kec, ganda: x.ganda, n: 0, line: x.line };
		e.n++;
		g.set(kunci, e);
	}
	return [...g.values()].sort((a, b) => b.n - a.n || a.line - b.line);
}

const HINT = 'periksa ejaan nama kecamatan di sampul laporan; bila nama itu benar, kecamatan tersebut belum ada di daftar kecamatan dasbor';

/** Why a mention gives no kecamatan: a name not in the list, or one several kabupaten have. */
function unknownReason(s: MentionGroup, daftarNama: string): string {
	if (s.ganda.length)
		return `yang ada di lebih dari satu kabupaten pada ${daftarNama} (kode ${s.ganda.map((k) => k.kode).join(', ')}), dan laporan tidak menyebut kabupaten yang ada di daftar kabupaten; tulis "Kabupaten …" di sampul laporan`;
	return `yang tidak ada di ${daftarNama}; ${HINT}`;
}

/**
 * The cover names the kecamatan that reports; the body mentions neighbours,
 * villages and citations. So the cover decides: one kecamatan there is the
 * identity; an unknown name or two different names there is an error, not a
 * guess. Only a report whose cover names none falls back to the body, and only
 * when one kecamatan clearly dominates it.
 */
export function findKecamatan(rows: TextRow[], list: KecamatanRef[], sampul: number): KecamatanMatch {
	// the same few words recur hundreds of times; match each once
	const cache = new Map<string, KecamatanRef[]>();
	const match = (name: string) => {
		const k = name.toLowerCase();
		if (!cache.has(k)) cache.set(k, closestKecamatan(k, list));
		return cache.get(k)!;
	};
	const daftarNama = `daftar ${list.length} kecamatan`;
	const diSampul = groupOf(kecamatanMentions(rows, sampul, match, true));
	if (diSampul.length === 1) {
		const [s] = diSampul;
		if (s.kec) return { kecamatan: s.kec, keyakinan: 'sampul', line: s.line, masalah: null };
		return {
			kecamatan: null,
			keyakinan: null,
			line: s.line,
			masalah: { line: s.line, pesan: `baris ${s.line}: sampul menyebut kecamatan "${s.nama}", ${unknownReason(s, daftarNama)}` }
		};
	}
	if (diSampul.length > 1) {
		const name = diSampul.map((s) => `"${s.nama}" (baris ${s.line}${s.kec ? '' : ', tidak ada di daftar'})`).join(', ');
		return {
			kecamatan: null,
			keyakinan: null,
			line: diSampul[0].line,
			masalah: {
				line: diSampul[0].line,
				pesan: `baris ${diSampul[0].line}: sampul menyebut lebih dari satu kecamatan: ${name}; laporan tidak dapat dipastikan milik kecamatan mana`
			}
		};
	}
	const diIsi = groupOf(kecamatanMentions(rows, rows.length, match, false));
	if (!diIsi.length) return { kecamatan: null, keyakinan: null, line: null, masalah: null };
	const [a, b] = diIsi;
	// a name is taken from the body only when it is mentioned more than twice as often as any other
	if (a.kec && (!b || a.n > 2 * b.n)) return { kecamatan: a.kec, keyakinan: 'isi', line: a.line, masalah: null };
	if (!a.kec && (!b || a.n > 2 * b.n))
		return {
			kecamatan: null,
			keyakinan: null,
			line: a.line,
			masalah: { line: a.line, pesan: `baris ${a.line}: laporan menyebut kecamatan "${a.nama}" (${a.n} kali), ${unknownReason(a, daftarNama)}` }
		};
	const nama = diIsi
		.slice(0, 3)
		.map((s) => `"${s.nama}" (${s.n} kali, pertama di baris ${s.line})`)
		.join(', ');
	return {
		kecamatan: null,
		keyakinan: null,
		line: a.line,
		masalah: {
			line: a.line,
			pesan: `sampul tidak menyebut nama kecamatan, dan isi laporan menyebut beberapa kecamatan tanpa satu yang jelas paling banyak: ${nama}; tulis nama kecamatan di sampul laporan`
		}
	};
}

function findKabupaten(rows: TextRow[]): string | null {
	const count = new Map<string, number>();
	for (const r of rows) {
		// matchAll copies its pattern on every call: first the cheap test most lines fail
		if (!/kabupaten/i.test(r.raw)) continue;
		for (const m of r.raw.matchAll(/\bkabupaten\s+([a-z]{3,})\b/gi)) {
			const k = m[1].toLowerCase();
			count.set(k, (count.get(k) ?? 0) + 1);
		}
	}
	let best: string | null = null;
	let n = 0;
	for (const [k, v] of count) if (v > n) [best, n] = [k, v];
	return best ? best[0].toUpperCase() + best.slice(1) : null;
}

const YEAR_PHRASE =
	/(laporan kinerja|lkip|lakip|lkjip|tahun anggaran|pengukuran|capaian kinerja|realisasi kinerja)([^.;:\n]{0,70}?)\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/g;

function findYear(rows: TextRow[], sampul: number): number | null {
	const suara = new Map<number, number>();
	const add = (t: number, n: number) => suara.set(t, (suara.get(t) ?? 0) + n);
	for (const r of rows) {
		if (!r.raw || !/(19|20)\d\d/.test(r.raw)) continue;
		const text = r.raw.toLowerCase().replace(/<[^<>]+>|[*_#]/g, ' ');
		for (const m of text.matchAll(YEAR_PHRASE)) {
			// "Peraturan ... Nomor 8 Tahun 2006": a citation, not the reported year
			if (/nomor\s*(?:[\w./-]+\s*)?(tahun\s*)?$/.test(m[2]) || /\d{4}/.test(m[2])) continue;
			add(Number(m[3]), m[1] === 'tahun anggaran' || m[1] === 'capaian kinerja' ? 2 : 3);
		}
	}
	const tahunSampul: number[] = [];
	for (let i = 0; i < sampul; i++) {
		const raw = rows[i].raw;
		if (!raw || /\d{4}\s*[-–]\s*\d{4}/.test(raw)) continue;
		tahunSampul.push(...yearsIn(raw));
	}
	if (tahunSampul.length) add(Math.min(...tahunSampul), 2);
	let best: number | null = null;
	let n = 0;
	for (const [t, v] of suara) if (v > n || (v === n && best !== null && t < best)) [best, n] = [t, v];
	return best;
}

export function readIdentity(rows: TextRow[], list: KecamatanRef[], kabupatenList: readonly KabupatenRef[] = []): Identity {
	const sampul = coverEnd(rows);
	const peringatan: Peringatan[] = [];
	const kabupaten = findKabupaten(rows);
	const kec = findKecamatan(rows, kecamatanOfKabupaten(list, kabupatenList, kabupaten), sampul);
	if (kec.masalah) peringatan.push(kec.masalah);
	else if (!kec.kecamatan) peringatan.push({ line: 1, pesan: 'nama kecamatan tidak ditemukan di sampul maupun isi laporan' });
	else if (kec.keyakinan === 'isi')
		peringatan.push({
			line: kec.line ?? 1,
			pesan: `sampul tidak menyebut nama kecamatan; kecamatan ${kec.kecamatan.nama} diambil dari isi laporan (pertama di baris ${kec.line}); periksa bahwa laporan ini memang milik kecamatan tersebut`
		});
	const tahun = findYear(rows, sampul);
	const missingYear = tahun === null ? { line: 1, pesan: 'tahun laporan tidak ditemukan' } : null;
	if (missingYear) peringatan.push(missingYear);
	return {
		kecamatan: kec.kecamatan,
		kecamatanKeyakinan: kec.keyakinan,
		kecamatanMasalah: kec.masalah,
		kabupaten,
		tahun,
		missingYear,
		peringatan
	};
}

/**
 * The year a report reports on, decided here once: the year its text names
 * (`bacaIdentitas`), else the year its measurement table is dated by, since a
 * report that names no year still dates its table. Every later reader takes
 * `Report.tahun`; the warnings are the identity's, less the missing-year one
 * when the table gave the year.
 */
export function decideReportYear(identitas: Identity, tahunTabel: number | null): { tahun: number | null; peringatan: Peringatan[] } {
	const tahun = identitas.tahun ?? tahunTabel;
	return { tahun, peringatan: tahun === null ? identitas.peringatan : identitas.peringatan.filter((p) => p !== identitas.missingYear) };
}
