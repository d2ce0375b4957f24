/**
 * Profile of the kecamatan: population (total, male, female), number of desa
 * and kelurahan, area in km², staff count. Reports state these in sentences
 * ("Jumlah penduduk ... sebanyak 48.535 Jiwa yang terdiri dari penduduk laki
 * laki sebanyak 22.571 Jiwa ...") or in a table with laki-laki / perempuan
 * columns and a "Jumlah" row. The first statement of each attribute is kept.
 */
import type { BarisTeks } from './blok';
import { blokTabel } from './blok';
import { parseToken } from './numbers';
import { normal } from './table';
import type { AtributProfil, Peringatan, ProfilRecord } from './types';

export interface HasilProfil {
	profil: ProfilRecord[];
	peringatan: Peringatan[];
}

const ANGKA = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

function bulat(teks: string): number | null {
	const h = parseToken(teks, true);
	return h.nilai !== null && Number.isInteger(h.nilai) ? h.nilai : null;
}

function bersih(raw: string): string {
	return raw.replace(/<[^<>]+>/g, ' ').replace(/[*_]/g, '').replace(/\s+/g, ' ');
}

export function ekstrakProfil(rows: BarisTeks[]): HasilProfil {
	const ada = new Map<AtributProfil, ProfilRecord>();
	const peringatan: Peringatan[] = [];
	const simpan = (atribut: AtributProfil, nilai: number | null, r: BarisTeks, teks: string) => {
		if (nilai === null) {
			peringatan.push({ line: r.line, pesan: `angka ${atribut} "${teks}" tidak terbaca` });
			return;
		}
		if (!ada.has(atribut)) ada.set(atribut, { atribut, nilai, line: r.line, raw: r.raw });
	};

	for (const r of rows) {
		if (!r.raw || r.cells) continue;
		const teks = bersih(r.raw);
		const t = teks.toLowerCase();
		if (/penduduk/.test(t)) penduduk(teks, r, simpan);
		if (
			/membawahi|terdiri (dari|atas)|secara administrati|wilayah administrasi|jumlah (desa|kelurahan)/.test(t) &&
			!/kabupaten\s+\w+\s+(terdiri|membawahi|memiliki)/.test(t)
		) {
			for (const m of teks.matchAll(/\b(\d{1,3})\s*(?:\([a-z ]+\)\s*)?(desa|kelurahan)\b/gi)) {
				simpan(m[2].toLowerCase() === 'desa' ? 'jumlah_desa' : 'jumlah_kelurahan', Number(m[1]), r, m[0]);
			}
		}
		const luas = teks.match(/\bluas(?: wilayah| daerah)?[^.\d]{0,40}?(\d[\d.,]*)\s*(km\s*2|km²|km\b|kilometer persegi|ha\b|hektar)/i);
		if (luas) {
			const h = parseToken(luas[1], true);
			if (h.nilai === null) simpan('luas_km2', null, r, luas[1]);
			else simpan('luas_km2', /^h/i.test(luas[2]) ? h.nilai / 100 : h.nilai, r, luas[0]);
		}
		const sdm = teks.match(
			/(sumber ?daya manusia|\bsdm\b|pegawai|aparatur)[^.]{0,80}?(berjumlah|terdiri dari|sebanyak|sejumlah|total)\s+(\d[\d.]*)\s*(?:\([^)]*\)\s*)?orang/i
		);
		if (sdm) simpan('pegawai_total', bulat(sdm[3]), r, sdm[0]);
	}
	pendudukTabel(rows, simpan);
	const urutan: AtributProfil[] = ['penduduk', 'penduduk_l', 'penduduk_p', 'jumlah_desa', 'jumlah_kelurahan', 'luas_km2', 'pegawai_total'];
	return { profil: urutan.flatMap((a) => (ada.has(a) ? [ada.get(a)!] : [])), peringatan };
}

type Simpan = (atribut: AtributProfil, nilai: number | null, r: BarisTeks, teks: string) => void;

/**
 * Each "<number> jiwa" is classified by the words of its own clause: before it
 * back to the previous number or comma ("penduduk laki laki sebanyak 22.571"),
 * else after it up to the next one ("63.388 Jiwa penduduk laki laki").
 */
function penduduk(teks: string, r: BarisTeks, simpan: Simpan) {
	const angka = [...teks.matchAll(ANGKA)];
	let jumlahDiambil = false;
	angka.forEach((m, k) => {
		const akhir = (m.index ?? 0) + m[0].length;
		const sesudah = teks.slice(akhir, angka[k + 1]?.index ?? teks.length);
		if (!/^\s*(jiwa|orang|penduduk)\b/i.test(sesudah)) return;
		const dariAngka = k > 0 ? (angka[k - 1].index ?? 0) + angka[k - 1][0].length : 0;
		let sebelum = teks.slice(dariAngka, m.index);
		const koma = Math.max(sebelum.lastIndexOf(','), sebelum.lastIndexOf(';'));
		if (koma >= 0) sebelum = sebelum.slice(koma + 1);
		const klausaSesudah = sesudah.split(/[,;]/)[0];
		const jenis = (s: string) =>
			/\blaki|\bpria\b/i.test(s) ? 'penduduk_l' : /\bperempuan|\bwanita\b/i.test(s) ? 'penduduk_p' : null;
		// "jumlah penduduk ... sebanyak 48.535 jiwa yang terdiri dari penduduk laki laki ...": the words
		// before the number decide when they name the population at all
		const atribut = jenis(sebelum) ?? (/penduduk/i.test(sebelum) ? null : jenis(klausaSesudah));
		if (atribut) simpan(atribut, bulat(m[0]), r, m[0]);
		else if (!jumlahDiambil && /penduduk/i.test(sebelum + klausaSesudah)) {
			jumlahDiambil = true;
			simpan('penduduk', bulat(m[0]), r, m[0]);
		}
	});
}

/** A population table: a header row with laki-laki and perempuan cells, and a "Jumlah"/"Total" row. */
function pendudukTabel(rows: BarisTeks[], simpan: Simpan) {
	for (const b of blokTabel(rows)) {
		const iKepala = b.rows.findIndex((r) => r.cells.some((c) => /\blaki|\bpria\b/i.test(c)) && r.cells.some((c) => /\bperempuan|\bwanita\b/i.test(c)));
		if (iKepala < 0) continue;
		const kepala = b.rows[iKepala].cells.map(normal);
		const kol = (re: RegExp, kecuali: number[] = []) => kepala.findIndex((c, i) => !kecuali.includes(i) && re.test(c));
		const iL = kol(/\blaki|\bpria\b/);
		const iP = kol(/\bperempuan|\bwanita\b/);
		const iJ = kol(/\b(jumlah|total)\b/, [iL, iP]);
		const r = b.rows.slice(iKepala + 1).find((x) => x.cells.some((c) => /^(jumlah|total)\b/.test(normal(c))));
		if (!r) continue;
		const ambil = (i: number, a: AtributProfil) => {
			const t = (r.cells[i] ?? '').trim();
			if (i >= 0 && t) simpan(a, bulat(t.replace(/(?<!\s)\s*(jiwa|orang)$/i, '')), r, t);
		};
		ambil(iL, 'penduduk_l');
		ambil(iP, 'penduduk_p');
		ambil(iJ, 'penduduk');
	}
}
