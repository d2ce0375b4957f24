/**
 * The "Lembar Temuan": the letter Bappeda sends a kecamatan listing what does not add up in its
 * LKIP, one numbered item per finding with its rule, severity, where it is printed (the page or
 * table row of the original when known, else the line of the text), the printed lines, what
 * differs and what to check; then the report's data-quality score with its calculation.
 *
 * Plain text in formal Bahasa Indonesia, so the same letter comes out of the CLI
 * (`lkip surat`) and the Konsistensi page's download, ready to print or paste into a
 * Naskah Dinas. Takes plain data (the audit's findings, or the dataset's rows), no I/O.
 */
import { ATURAN, WEIGHTS } from './rules';
import type { Evidence, Tingkat } from './types';
import { formatNum, rp } from './util';

export interface LetterTemuan {
	aturan: string;
	tingkat: Tingkat;
	pesan: string;
	nilai: number | null;
	seharusnya: number | null;
	lines: number[];
	bukti: Evidence[];
	/** the `no` of the cause finding of its group (cause.ts); null or absent on its own */
	kelompok?: number | null;
	/** 'sebab' for a group's cause, 'akibat' for a consequence listed under it */
	peran?: 'sebab' | 'akibat' | null;
	/** the finding's `no` in the report, which `kelompok` refers to (the dataset's `no`; else its position + 1) */
	no?: number;
}

export interface LetterScore {
	skor: number | null;
	diperiksa: number;
	gagal: number;
	/** weights of all checks and of the failed ones, when known (the dataset's skor_kualitas has them) */
	bobot_periksa?: number | null;
	bobot_gagal?: number | null;
	/** per rule, when known (the CLI has it; the dataset keeps only the totals) */
	rincian?: { aturan: string; diperiksa: number; temuan: number; akibat?: number }[];
}

export interface LetterContent {
	file: string;
	kecamatan: string | null;
	kabupaten?: string | null;
	tahun: number | null;
	temuan: LetterTemuan[];
	skor: LetterScore | null;
	/** date printed at the foot; the caller passes it so the letter is reproducible */
	tanggal: Date;
	/** place name before the date, e.g. the kabupaten's seat */
	tempat?: string;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** What the kecamatan should check, per rule family; the finding's own message says what differs. */
const SARAN: Record<string, string> = {
	sebab_angka: 'Perbaiki angka ini menurut sumber datanya (DPA/SIPD); pemeriksaan yang tercantum sebagai akibatnya akan cocok dengan sendirinya.',
	jumlah_anggaran: 'Hitung ulang jumlah rincian di bawah baris induk; perbaiki angka induk atau angka rincian yang salah ketik.',
	persen_anggaran: 'Hitung ulang persentase = realisasi ÷ pagu × 100 dari rupiah yang tercetak.',
	pangsa_anggaran: 'Hitung ulang porsi terhadap total anggaran yang tercetak di tabel realisasi anggaran.',
	capaian_indikator: 'Hitung ulang capaian = realisasi ÷ target × 100 (atau rumus polaritas negatif bila indikatornya demikian).',
	beda_antarbagian: 'Samakan angka di semua bagian laporan dengan sumber datanya (DPA/SIPD, hasil survei).',
	target_beda: 'Samakan target dengan dokumen Renstra/Perjanjian Kinerja yang berlaku.',
	klaim_narasi: 'Sesuaikan uraian dengan angka di tabel, atau perbaiki angka tabelnya.',
	predikat_skala: 'Tentukan predikat menurut skala predikat yang dimuat laporan sendiri.',
	di_luar_rentang: 'Periksa angka ini: nilainya tidak mungkin (mis. realisasi melebihi pagu, IKM di atas 100).',
	angka_rusak: 'Perbaiki penulisan angka (pemisah ribuan dan desimal).',
	antar_tahun: 'Samakan angka tahun lalu dengan LKIP tahun itu, atau jelaskan perubahannya.',
	hitungan_indikator: 'Samakan jumlah indikator dan kategorinya dalam uraian dengan tabel pengukuran kinerja.',
	hitungan_program: 'Samakan jumlah program, kegiatan dan sub kegiatan dalam uraian dengan tabel realisasi anggaran.',
	survei_distribusi: 'Periksa sebaran jawaban responden unsur ini pada rekap hasil survei.',
	survei_skor_unsur: 'Hitung ulang nilai unsur dari sebaran jawabannya (bobot 1–4).',
	survei_predikat_unsur: 'Tentukan predikat unsur menurut nilai dan interval yang sama untuk semua unsur.',
	jumlah_tabel: 'Hitung ulang baris jumlah tabel dari rinciannya; perbaiki rincian atau jumlah yang salah.',
	jumlah_pegawai: 'Samakan rincian pegawai di semua tabel dengan data kepegawaian yang sama (jumlah ASN harus sama).',
	komposisi_belanja: 'Hitung ulang porsi tiap jenis belanja dari rupiahnya; porsi satu keseluruhan berjumlah 100%.',
	nilai_uraian: 'Samakan target, realisasi dan capaian dalam uraian dengan tabel pengukuran kinerja.',
	rerata_daftar: 'Hitung ulang rata-rata dari butir-butir yang dirangkumnya.',
	rerata_capaian: 'Sebutkan rata-rata apa yang dimaksud (capaian indikator atau serapan anggaran) dan hitung ulang dari tabelnya.',
	dana_kegiatan: 'Samakan jumlah dana kegiatan pada tabel pengukuran kegiatan dengan pagunya di tabel realisasi anggaran (DPA).',
	target_keluaran: 'Samakan target keluaran kegiatan/sub kegiatan di RKT, Rencana Aksi, Perjanjian Kinerja dan tabel pengukuran.',
	struktur_dokumen: 'Perbaiki penulisan periode dan tahun pada judul, daftar isi dan rujukan Renstra.',
	persen_antartabel: 'Samakan persentase baris ini dengan realisasi ÷ pagu di tabel realisasi anggaran.',
	survei_rerata: 'Hitung ulang rata-rata/IKM dari nilai unsur (PermenPAN-RB 14/2017: IKM = rata-rata NRR × 25).'
};

const GENERAL_ADVICE = 'Periksa kembali angka-angka pada letak tersebut dan samakan dengan sumber datanya.';

function tanggal(d: Date): string {
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "halaman 21 (baris 775)" when the original's place is known, else "baris 775". */
export function evidencePlace(b: Evidence): string {
	return b.letak ? `${b.letak} (baris ${b.line})` : `baris ${b.line}`;
}

/** A figure as the letter prints it: whole amounts of a hundred thousand or more are rupiah. */
function letterNumber(x: number): string {
	return Number.isInteger(x) && Math.abs(x) >= 100_000 ? rp(x) : formatNum(x);
}

function quote(raw: string): string {
	const s = raw
		.replace(/\t+/g, ' | ')
		.replace(/<\/?[a-z]+>|\*\*/gi, '')
		.replace(/\s+/g, ' ')
		.trim();
	return s.length > 220 ? `${s.slice(0, 217)}…` : s;
}

function judul(id: string): string {
	return ATURAN.find((a) => a.id === id)?.judul ?? id;
}

const URUT_TINGKAT: Record<Tingkat, number> = { tinggi: 0, sedang: 1, rendah: 2 };

/** One finding of the letter, ready for any format (text, Markdown, spreadsheet, PDF). */
export interface LetterItem {
	/** number in the letter; consequences carry their cause's number and a letter (1a, 1b) */
	no: string;
	aturan: string;
	judul: string;
	tingkat: Tingkat;
	/** 'sebab' (a cause with its consequences below), 'akibat' (counted under its cause) or null */
	peran: 'sebab' | 'akibat' | null;
	letak: string;
	tercetak: { letak: string; teks: string }[];
	pesan: string;
	/** the figures as the letter prints them ("Rp 1.250.000", "85,47") */
	nilai: string | null;
	seharusnya: string | null;
	/** the same figures as numbers, for a spreadsheet */
	nilaiAngka: number | null;
	seharusnyaAngka: number | null;
	saran: string;
	akibat: LetterItem[];
}

/** The letter as data: the same content whatever the format. */
export interface TemuanSheet {
	judul: string;
	laporan: string;
	file: string;
	kepada: string[];
	perihal: string;
	pembuka: string;
	butir: LetterItem[];
	jumlah: { semua: number; tinggi: number; sedang: number; rendah: number };
	skor: string[];
	penutup: string[];
}

function butir(t: LetterTemuan, no: string): LetterItem {
	const bukti = t.bukti.length ? t.bukti : t.lines.map((line) => ({ line, raw: '' }));
	return {
		no,
		aturan: t.aturan,
		judul: judul(t.aturan),
		tingkat: t.tingkat,
		peran: t.peran ?? null,
		letak: bukti.length ? bukti.map(evidencePlace).join('; ') : 'tidak tercatat',
		tercetak: bukti.filter((b) => b.raw.trim()).map((b) => ({ letak: evidencePlace(b), teks: quote(b.raw) })),
		pesan: t.pesan,
		nilai: t.nilai === null ? null : letterNumber(t.nilai),
		seharusnya: t.seharusnya === null ? null : letterNumber(t.seharusnya),
		nilaiAngka: t.nilai,
		seharusnyaAngka: t.seharusnya,
		saran: SARAN[t.aturan] ?? GENERAL_ADVICE,
		akibat: []
	};
}

/** A line of the printed letter; headings are bold in the PDF. */
export interface LetterRow {
	teks: string;
	tebal?: boolean;
}

const tebal = (teks: string): LetterRow => ({ teks, tebal: true });

function temuanItem(b: LetterItem, indent = '   '): LetterRow[] {
	const out: LetterRow[] = [tebal(`${b.no}. ${b.judul} (aturan ${b.aturan}; tingkat ${b.tingkat})`)];
	const baris = (teks: string) => out.push({ teks });
	baris(`${indent}Letak: ${b.letak}.`);
	if (b.tercetak.length) {
		baris(`${indent}Yang tercetak:`);
		for (const x of b.tercetak) baris(`${indent}- ${x.letak}: "${x.teks}"`);
	}
	baris(`${indent}Yang tidak sesuai: ${b.pesan}`);
	if (b.nilai !== null || b.seharusnya !== null)
		baris(`${indent}Angka tercetak: ${b.nilai ?? '-'}; menurut hitungan atau sumber lain: ${b.seharusnya ?? '-'}.`);
	if (b.peran !== 'akibat') baris(`${indent}Yang perlu diperiksa: ${b.saran}`);
	if (b.akibat.length) {
		baris(`${indent}Akibatnya (${b.akibat.length} pemeriksaan gagal karena angka ini; dihitung satu kali):`);
		for (const a of b.akibat) out.push(...temuanItem(a, indent + '   ').map((x, i) => (i ? x : { ...x, teks: `${indent}${x.teks}` })));
	}
	return out;
}

function scorePart(s: LetterScore | null): string[] {
	if (!s || s.skor === null) return ['Skor kualitas data: tidak dapat dihitung, karena tidak ada angka yang dapat diperiksa.'];
	const out = [`Skor kualitas data: ${formatNum(s.skor, 1)} dari 100 (${s.diperiksa} pemeriksaan, ${s.gagal} temuan).`];
	const bobotTingkat = `bobot tingkat tinggi ${WEIGHTS.tinggi}, sedang ${WEIGHTS.sedang}, rendah ${WEIGHTS.rendah}`;
	const kelompok = 'satu kelompok sebab-akibat dihitung satu kali dengan tingkat penyebabnya';
	const rumus = (all: number, gagal: number) => `   = 100 × (${all} − ${gagal}) ÷ ${all} = ${formatNum(all ? (100 * (all - gagal)) / all : 0, 1)}`;
	if (s.rincian?.length) {
		let all = 0;
		let gagal = 0;
		const detail: string[] = [];
		for (const r of s.rincian) {
			const tingkat = ATURAN.find((a) => a.id === r.aturan)?.tingkat ?? 'sedang';
			const effect = r.akibat ?? 0;
			all += (r.diperiksa - effect) * WEIGHTS[tingkat];
			gagal += (r.temuan - effect) * WEIGHTS[tingkat];
			if (r.diperiksa)
				detail.push(
					`   - ${r.aturan} (bobot ${WEIGHTS[tingkat]}): ${r.diperiksa} pemeriksaan, ${r.temuan} temuan` +
						(effect ? ` (${effect} di antaranya akibat dari angka yang salah, tidak dihitung lagi)` : '')
				);
		}
		out.push(`Perhitungan: skor = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan ${bobotTingkat}; ${kelompok}.`);
		out.push(rumus(all, gagal));
		out.push('   Rincian per aturan:', ...detail);
	} else if (s.bobot_periksa != null && s.bobot_gagal != null) {
		out.push(`Perhitungan: skor = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan ${bobotTingkat}; ${kelompok}.`);
		out.push(rumus(s.bobot_periksa, s.bobot_gagal));
	} else {
		out.push(
			`Perhitungan: skor = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan ${bobotTingkat}; setiap temuan mengurangi bobot menurut tingkatnya; ${kelompok}.`
		);
	}
	return out;
}

/** The letter's content for one report; `temuanLetter` prints it as text, export/temuan-sheet.ts as Markdown, XLSX or PDF. */
export function temuanSheet(content: LetterContent): TemuanSheet {
	const kec = content.kecamatan ?? '(kecamatan tidak terbaca)';
	const th = content.tahun === null ? '(tahun tidak terbaca)' : String(content.tahun);
	const noDari = (t: LetterTemuan, i: number) => t.no ?? i + 1;
	const akibatDari = new Map<number, LetterTemuan[]>();
	content.temuan.forEach((t) => {
		if (t.peran === 'akibat' && t.kelompok != null) akibatDari.set(t.kelompok, [...(akibatDari.get(t.kelompok) ?? []), t]);
	});
	// a consequence is listed under its cause; one whose cause is missing stays on its own
	const nomorSebab = new Set(content.temuan.filter((t) => t.peran === 'sebab').map((t) => noDari(t, content.temuan.indexOf(t))));
	const main = content.temuan
		.map((t, i) => ({ t, no: noDari(t, i) }))
		.filter(({ t }) => !(t.peran === 'akibat' && t.kelompok != null && nomorSebab.has(t.kelompok)))
		.sort((a, b) => URUT_TINGKAT[a.t.tingkat] - URUT_TINGKAT[b.t.tingkat] || (a.t.lines[0] ?? 0) - (b.t.lines[0] ?? 0));
	const list = main.map(({ t, no }, i) => {
		const b = butir(t, String(i + 1));
		if (t.peran === 'sebab') b.akibat = (akibatDari.get(no) ?? []).map((a, k) => butir(a, `${i + 1}${String.fromCharCode(97 + (k % 26))}`));
		return b;
	});
	const count = (x: Tingkat) => list.filter((b) => b.tingkat === x).length;
	const jumlah = { semua: list.length, tinggi: count('tinggi'), sedang: count('sedang'), rendah: count('rendah') };
	const laporan = `Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan ${kec} Tahun ${th}`;
	const pembuka = !list.length
		? `Berdasarkan pemeriksaan konsistensi angka atas LKIP Kecamatan ${kec} Tahun ${th}, tidak ditemukan angka yang saling bertentangan menurut aturan pemeriksaan yang berlaku. Pemeriksaan ini tidak menggantikan reviu substansi.`
		: `Berdasarkan pemeriksaan konsistensi angka atas LKIP Kecamatan ${kec} Tahun ${th}, terdapat ${jumlah.semua} hal yang tidak saling sesuai (tingkat tinggi ${jumlah.tinggi}, sedang ${jumlah.sedang}, rendah ${jumlah.rendah}). Setiap butir di bawah menyebut letaknya dalam laporan, angka yang tercetak, apa yang tidak sesuai, dan apa yang perlu diperiksa. Mohon Saudara memeriksa dan memperbaiki laporan, atau memberikan penjelasan bila angka tersebut memang benar.` +
			(list.some((b) => b.akibat.length)
				? ' Bila satu angka yang salah membuat beberapa pemeriksaan gagal, butir itu menyebut angkanya dan pemeriksaan yang gagal karenanya dicantumkan di bawahnya sebagai akibat.'
				: '');
	return {
		judul: 'LEMBAR TEMUAN KONSISTENSI DATA',
		laporan,
		file: content.file,
		kepada: ['Kepada Yth.', `Camat ${kec}`, 'di tempat'],
		perihal: `Hasil pemeriksaan konsistensi data LKIP Kecamatan ${kec} Tahun ${th}`,
		pembuka,
		butir: list,
		jumlah,
		skor: scorePart(content.skor),
		penutup: [
			'Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
			'',
			`${content.tempat ? `${content.tempat}, ` : ''}${tanggal(content.tanggal)}`,
			`Badan Perencanaan Pembangunan Daerah${content.kabupaten ? ` Kabupaten ${content.kabupaten}` : ''}`,
			'',
			'',
			'(..................................)'
		]
	};
}

/** The printed letter line by line (the text file and the PDF print the same lines). */
export function letterRows(l: TemuanSheet): LetterRow[] {
	const t = (teks: string): LetterRow => ({ teks });
	const out: LetterRow[] = [
		tebal(l.judul),
		tebal(l.laporan),
		t(`Berkas: ${l.file}`),
		t(''),
		...l.kepada.map(t),
		t(''),
		t(`Perihal: ${l.perihal}`),
		t(''),
		t('Dengan hormat,'),
		t(''),
		t(l.pembuka)
	];
	if (l.butir.length) {
		out.push(t(''));
		for (const b of l.butir) out.push(...temuanItem(b), t(''));
	}
	out.push(t(''), ...l.skor.map((x, i) => (i ? t(x) : tebal(x))), t(''), ...l.penutup.map(t));
	return out;
}

/** The whole letter for one report, as plain text. */
export function temuanLetter(content: LetterContent): string {
	return letterRows(temuanSheet(content))
		.map((b) => b.teks)
		.concat('')
		.join('\n');
}
