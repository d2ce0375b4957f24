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
import type { BarisTeks } from './blok';
import { normal } from './table';
import type { KecamatanRef, Peringatan } from './types';

export interface Identitas {
	kecamatan: KecamatanRef | null;
	kabupaten: string | null;
	tahun: number | null;
	peringatan: Peringatan[];
}

const AKHIR_SAMPUL = /\b(kata pengantar|daftar isi|ikhtisar eksekutif|bab i)\b/;
const SAMPUL_MAKS = 40;

/** Damerau-Levenshtein distance, cut off above `batas` (names are short). */
export function jarak(a: string, b: string, batas = 2): number {
	if (Math.abs(a.length - b.length) > batas) return batas + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
	for (let j = 0; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		let min = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const biaya = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + biaya);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
			d[i][j] = v;
			if (v < min) min = v;
		}
		if (min > batas) return batas + 1;
	}
	return d[a.length][b.length];
}

function kunciNama(s: string): string {
	return normal(s).replace(/[^a-z]/g, '');
}

/** The reference kecamatan a written name means, tolerant of case, spacing and one typo. */
const kunciDaftar = new WeakMap<KecamatanRef[], string[]>();

export function cocokKecamatan(nama: string, daftar: KecamatanRef[]): KecamatanRef | null {
	const k = kunciNama(nama);
	if (k.length < 3) return null;
	let kunci = kunciDaftar.get(daftar);
	if (!kunci) kunciDaftar.set(daftar, (kunci = daftar.map((d) => kunciNama(d.nama))));
	let terbaik: KecamatanRef | null = null;
	let jarakTerbaik = Infinity;
	for (let i = 0; i < daftar.length; i++) {
		const kec = daftar[i];
		const r = kunci[i];
		const batas = r.length >= 8 ? 2 : r.length >= 5 ? 1 : 0;
		const dj = jarak(k, r, batas);
		if (dj <= batas && dj < jarakTerbaik) {
			terbaik = kec;
			jarakTerbaik = dj;
		}
	}
	return terbaik;
}

function batasSampul(rows: BarisTeks[]): number {
	for (let i = 0; i < Math.min(rows.length, SAMPUL_MAKS); i++) {
		if (rows[i].raw && AKHIR_SAMPUL.test(normal(rows[i].raw))) return i;
	}
	return Math.min(rows.length, SAMPUL_MAKS);
}

function cariKecamatan(rows: BarisTeks[], daftar: KecamatanRef[], sampul: number): KecamatanRef | null {
	const skor = new Map<string, { kec: KecamatanRef; n: number; pertama: number }>();
	// the same few words recur hundreds of times; match each once
	const cache = new Map<string, KecamatanRef | null>();
	const cocok = (nama: string) => {
		const k = nama.toLowerCase();
		if (!cache.has(k)) cache.set(k, cocokKecamatan(k, daftar));
		return cache.get(k)!;
	};
	const re = /\b(?:kecamatan|camat|kec\.)\s*([a-z]+)(?:[ \t]+([a-z]+))?/gi;
	rows.forEach((r, i) => {
		if (!r.raw) return;
		const teks = r.raw.replace(/<[^>]+>|[*_#]/g, ' ');
		for (const m of teks.matchAll(re)) {
			const calon = [m[1] + (m[2] ?? ''), m[1]];
			let kec: KecamatanRef | null = null;
			for (const c of calon) {
				kec = cocok(c);
				if (kec) break;
			}
			if (!kec) continue;
			const s = skor.get(kec.kode) ?? { kec, n: 0, pertama: i };
			s.n += i < sampul ? 5 : 1;
			skor.set(kec.kode, s);
		}
	});
	let terbaik: { kec: KecamatanRef; n: number; pertama: number } | null = null;
	for (const s of skor.values()) {
		if (!terbaik || s.n > terbaik.n || (s.n === terbaik.n && s.pertama < terbaik.pertama)) terbaik = s;
	}
	return terbaik?.kec ?? null;
}

function cariKabupaten(rows: BarisTeks[]): string | null {
	const hitung = new Map<string, number>();
	for (const r of rows) {
		for (const m of r.raw.matchAll(/\bkabupaten\s+([a-z]{3,})\b/gi)) {
			const k = m[1].toLowerCase();
			hitung.set(k, (hitung.get(k) ?? 0) + 1);
		}
	}
	let best: string | null = null;
	let n = 0;
	for (const [k, v] of hitung) if (v > n) [best, n] = [k, v];
	return best ? best[0].toUpperCase() + best.slice(1) : null;
}

const FRASA_TAHUN =
	/(laporan kinerja|lkip|lakip|lkjip|tahun anggaran|pengukuran|capaian kinerja|realisasi kinerja)([^.;:\n]{0,70}?)\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/g;

function cariTahun(rows: BarisTeks[], sampul: number): number | null {
	const suara = new Map<number, number>();
	const tambah = (t: number, n: number) => suara.set(t, (suara.get(t) ?? 0) + n);
	for (const r of rows) {
		if (!r.raw || !/(19|20)\d\d/.test(r.raw)) continue;
		const teks = r.raw.toLowerCase().replace(/<[^>]+>|[*_#]/g, ' ');
		for (const m of teks.matchAll(FRASA_TAHUN)) {
			// "Peraturan ... Nomor 8 Tahun 2006": a citation, not the reported year
			if (/nomor\s*[\w./-]*\s*(tahun\s*)?$/.test(m[2]) || /\d{4}/.test(m[2])) continue;
			tambah(Number(m[3]), m[1] === 'tahun anggaran' || m[1] === 'capaian kinerja' ? 2 : 3);
		}
	}
	const tahunSampul: number[] = [];
	for (let i = 0; i < sampul; i++) {
		const raw = rows[i].raw;
		if (!raw || /\d{4}\s*[-–]\s*\d{4}/.test(raw)) continue;
		for (const m of raw.matchAll(/\b((?:19|20)\d\d)\b/g)) tahunSampul.push(Number(m[1]));
	}
	if (tahunSampul.length) tambah(Math.min(...tahunSampul), 2);
	let best: number | null = null;
	let n = 0;
	for (const [t, v] of suara) if (v > n || (v === n && best !== null && t < best)) [best, n] = [t, v];
	return best;
}

export function bacaIdentitas(rows: BarisTeks[], daftar: KecamatanRef[]): Identitas {
	const sampul = batasSampul(rows);
	const peringatan: Peringatan[] = [];
	const kecamatan = cariKecamatan(rows, daftar, sampul);
	if (!kecamatan)
		peringatan.push({ line: 1, pesan: 'nama kecamatan tidak ditemukan atau tidak cocok dengan daftar kecamatan' });
	const tahun = cariTahun(rows, sampul);
	if (tahun === null) peringatan.push({ line: 1, pesan: 'tahun laporan tidak ditemukan' });
	return { kecamatan, kabupaten: cariKabupaten(rows), tahun, peringatan };
}
