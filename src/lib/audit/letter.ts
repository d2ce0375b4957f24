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
import { ATURAN, BOBOT } from './rules';
import type { Bukti, Tingkat } from './types';
import { angka, rp } from './util';

export interface TemuanSurat {
	aturan: string;
	tingkat: Tingkat;
	pesan: string;
	nilai: number | null;
	seharusnya: number | null;
	lines: number[];
	bukti: Bukti[];
}

export interface SkorSurat {
	skor: number | null;
	diperiksa: number;
	gagal: number;
	/** per rule, when known (the CLI has it; the dataset keeps only the totals) */
	rincian?: { aturan: string; diperiksa: number; temuan: number }[];
}

export interface IsiSurat {
	file: string;
	kecamatan: string | null;
	kabupaten?: string | null;
	tahun: number | null;
	temuan: TemuanSurat[];
	skor: SkorSurat | null;
	/** date printed at the foot; the caller passes it so the letter is reproducible */
	tanggal: Date;
	/** place name before the date, e.g. the kabupaten's seat */
	tempat?: string;
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** What the kecamatan should check, per rule family; the finding's own message says what differs. */
const SARAN: Record<string, string> = {
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
	target_keluaran: 'Samakan target keluaran kegiatan/sub kegiatan di RKT, Rencana Aksi, Perjanjian Kinerja dan tabel pengukuran.',
	struktur_dokumen: 'Perbaiki penulisan periode dan tahun pada judul, daftar isi dan rujukan Renstra.',
	persen_antartabel: 'Samakan persentase baris ini dengan realisasi ÷ pagu di tabel realisasi anggaran.',
	survei_rerata: 'Hitung ulang rata-rata/IKM dari nilai unsur (PermenPAN-RB 14/2017: IKM = rata-rata NRR × 25).'
};

const SARAN_UMUM = 'Periksa kembali angka-angka pada letak tersebut dan samakan dengan sumber datanya.';

function tanggal(d: Date): string {
	return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "halaman 21 (baris 775)" when the original's place is known, else "baris 775". */
export function letakBukti(b: Bukti): string {
	return b.letak ? `${b.letak} (baris ${b.line})` : `baris ${b.line}`;
}

/** A figure as the letter prints it: whole amounts of a hundred thousand or more are rupiah. */
function angkaSurat(x: number): string {
	return Number.isInteger(x) && Math.abs(x) >= 100_000 ? rp(x) : angka(x);
}

function kutip(raw: string): string {
	const s = raw.replace(/\t+/g, ' | ').replace(/<\/?[a-z]+>|\*\*/gi, '').replace(/\s+/g, ' ').trim();
	return s.length > 220 ? `${s.slice(0, 217)}…` : s;
}

function judul(id: string): string {
	return ATURAN.find((a) => a.id === id)?.judul ?? id;
}

const URUT_TINGKAT: Record<Tingkat, number> = { tinggi: 0, sedang: 1, rendah: 2 };

function itemTemuan(t: TemuanSurat, no: number): string[] {
	const out = [`${no}. ${judul(t.aturan)} (aturan ${t.aturan}; tingkat ${t.tingkat})`];
	const bukti = t.bukti.length ? t.bukti : t.lines.map((line) => ({ line, raw: '' }));
	out.push(`   Letak: ${bukti.length ? bukti.map(letakBukti).join('; ') : 'tidak tercatat'}.`);
	const tercetak = bukti.filter((b) => b.raw.trim());
	if (tercetak.length) {
		out.push('   Yang tercetak:');
		for (const b of tercetak) out.push(`   - ${letakBukti(b)}: "${kutip(b.raw)}"`);
	}
	out.push(`   Yang tidak sesuai: ${t.pesan}`);
	if (t.nilai !== null || t.seharusnya !== null)
		out.push(`   Angka tercetak: ${t.nilai === null ? '-' : angkaSurat(t.nilai)}; menurut hitungan atau sumber lain: ${t.seharusnya === null ? '-' : angkaSurat(t.seharusnya)}.`);
	out.push(`   Yang perlu diperiksa: ${SARAN[t.aturan] ?? SARAN_UMUM}`);
	return out;
}

function bagianSkor(s: SkorSurat | null): string[] {
	if (!s || s.skor === null) return ['Skor kualitas data: tidak dapat dihitung, karena tidak ada angka yang dapat diperiksa.'];
	const out = [`Skor kualitas data: ${angka(s.skor, 1)} dari 100 (${s.diperiksa} pemeriksaan, ${s.gagal} temuan).`];
	const bobotTingkat = `bobot tingkat tinggi ${BOBOT.tinggi}, sedang ${BOBOT.sedang}, rendah ${BOBOT.rendah}`;
	if (s.rincian?.length) {
		let semua = 0;
		let gagal = 0;
		const rinci: string[] = [];
		for (const r of s.rincian) {
			const tingkat = ATURAN.find((a) => a.id === r.aturan)?.tingkat ?? 'sedang';
			semua += r.diperiksa * BOBOT[tingkat];
			gagal += r.temuan * BOBOT[tingkat];
			if (r.diperiksa) rinci.push(`   - ${r.aturan} (bobot ${BOBOT[tingkat]}): ${r.diperiksa} pemeriksaan, ${r.temuan} temuan`);
		}
		out.push(`Perhitungan: skor = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan ${bobotTingkat}.`);
		out.push(`   = 100 × (${semua} − ${gagal}) ÷ ${semua} = ${angka(semua ? (100 * (semua - gagal)) / semua : 0, 1)}`);
		out.push('   Rincian per aturan:', ...rinci);
	} else {
		out.push(`Perhitungan: skor = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan ${bobotTingkat}; setiap temuan mengurangi bobot menurut tingkatnya.`);
	}
	return out;
}

/** The whole letter for one report. */
export function suratTemuan(isi: IsiSurat): string {
	const kec = isi.kecamatan ?? '(kecamatan tidak terbaca)';
	const th = isi.tahun === null ? '(tahun tidak terbaca)' : String(isi.tahun);
	const temuan = [...isi.temuan].sort((a, b) => URUT_TINGKAT[a.tingkat] - URUT_TINGKAT[b.tingkat] || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
	const hitung = (x: Tingkat) => temuan.filter((t) => t.tingkat === x).length;
	const out: string[] = [
		'LEMBAR TEMUAN KONSISTENSI DATA',
		`Laporan Kinerja Instansi Pemerintah (LKIP) Kecamatan ${kec} Tahun ${th}`,
		`Berkas: ${isi.file}`,
		'',
		'Kepada Yth.',
		`Camat ${kec}`,
		'di tempat',
		'',
		`Perihal: Hasil pemeriksaan konsistensi data LKIP Kecamatan ${kec} Tahun ${th}`,
		'',
		'Dengan hormat,',
		''
	];
	if (!temuan.length) {
		out.push(
			`Berdasarkan pemeriksaan konsistensi angka atas LKIP Kecamatan ${kec} Tahun ${th}, tidak ditemukan angka yang saling bertentangan menurut aturan pemeriksaan yang berlaku. Pemeriksaan ini tidak menggantikan reviu substansi.`
		);
	} else {
		out.push(
			`Berdasarkan pemeriksaan konsistensi angka atas LKIP Kecamatan ${kec} Tahun ${th}, terdapat ${temuan.length} hal yang tidak saling sesuai (tingkat tinggi ${hitung('tinggi')}, sedang ${hitung('sedang')}, rendah ${hitung('rendah')}). Setiap butir di bawah menyebut letaknya dalam laporan, angka yang tercetak, apa yang tidak sesuai, dan apa yang perlu diperiksa. Mohon Saudara memeriksa dan memperbaiki laporan, atau memberikan penjelasan bila angka tersebut memang benar.`,
			''
		);
		temuan.forEach((t, i) => out.push(...itemTemuan(t, i + 1), ''));
	}
	out.push('', ...bagianSkor(isi.skor), '');
	out.push(
		'Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
		'',
		`${isi.tempat ? `${isi.tempat}, ` : ''}${tanggal(isi.tanggal)}`,
		`Badan Perencanaan Pembangunan Daerah${isi.kabupaten ? ` Kabupaten ${isi.kabupaten}` : ''}`,
		'',
		'',
		'(..................................)',
		''
	);
	return out.join('\n');
}
