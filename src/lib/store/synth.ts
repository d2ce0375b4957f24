/**
 * Synthetic LKIP extractions for benchmarks at scales no real data reaches
 * (31, 664 and 7.277 kecamatan × 10 years). Deterministic for a given seed.
 * Figures follow the ranges of the real reports: IKM 70–95, budgets of a few
 * miliar rupiah with serapan 70–100 %, 6–10 indicators, a program → kegiatan
 * → sub kegiatan tree. Nothing here is real data and the dashboard must never
 * present it as such: every report's file name starts with "sintetis-".
 */
import type { AnggaranRecord, IkmRecord, IndikatorRecord, KecamatanRef, Report, MasterData } from '../lkip/types';

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function between(r: () => number, min: number, max: number): number {
	return min + r() * (max - min);
}
function wholeBetween(r: () => number, min: number, max: number): number {
	return Math.floor(between(r, min, max + 1));
}
function twoDecimals(x: number): number {
	return Math.round(x * 100) / 100;
}
// Intl formatters are costly to create and the 72k-report scale calls them millions of times
const TWO_DECIMALS = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
function idn(x: number): string {
	return TWO_DECIMALS.format(x);
}
function rp(x: number): string {
	return WHOLE.format(x);
}

const FIRST_SYLLABLES = ['Sumber', 'Tanggul', 'Kali', 'Wono', 'Karang', 'Jati', 'Gunung', 'Rambi', 'Sido', 'Mojo', 'Tegal', 'Banyu', 'Suko', 'Pandan', 'Kebon'];
const LAST_SYLLABLES = ['rejo', 'sari', 'asri', 'wetan', 'kulon', 'agung', 'mulyo', 'jaya', 'harjo', 'anyar', 'lor', 'kidul', 'wangi', 'baru', 'tengah'];

/** How invented kecamatan are named: as in Indonesia, where names repeat across kabupaten, or each unique. */
export type SyntheticNames = 'berulang' | 'unik';

/** Kecamatan per invented kabupaten (the real ones hold 10–40). */
const PER_KABUPATEN_COUNT = 25;

/**
 * A reference of `n` kecamatan: the first ones from `dasar` (the real list),
 * the rest with invented codes (kabupaten 99.xx) that cannot clash. Names repeat
 * across invented kabupaten (`berulang`, the default, so the benchmark scales
 * prove that nothing keys on a name): each kabupaten reuses the same pool, and
 * every fifth kabupaten also has a kecamatan named like one of `dasar` (real
 * kecamatan names do repeat across kabupaten). `unik` gives every kecamatan its own
 * name, for comparing both. Codes and slugs are unique either way.
 */
export function syntheticMasterData(n: number, base: MasterData, name: SyntheticNames = 'berulang'): MasterData {
	const kecamatan: KecamatanRef[] = base.kecamatan.slice(0, n);
	for (let i = kecamatan.length; i < n; i++) {
		const j = i - base.kecamatan.length;
		const dalam = j % PER_KABUPATEN_COUNT;
		const kabupaten = Math.floor(j / PER_KABUPATEN_COUNT);
		const start = FIRST_SYLLABLES[dalam % FIRST_SYLLABLES.length];
		const end = LAST_SYLLABLES[(dalam * 7 + Math.floor(dalam / FIRST_SYLLABLES.length)) % LAST_SYLLABLES.length];
		const number = String(i + 1).padStart(4, '0');
		const namaSama =
			dalam === 0 && kabupaten % 5 === 0 && base.kecamatan.length > 0 ? base.kecamatan[kabupaten % base.kecamatan.length].nama : `${start}${end}`;
		const desa = (i * 7) % 13;
		kecamatan.push({
			kode: `99.${String(Math.floor(i / 100)).padStart(2, '0')}.${String(i % 100).padStart(2, '0')}`,
			nama: name === 'unik' ? `${namaSama} ${number}` : namaSama,
			slug: `${start}${end}-${number}`.toLowerCase(),
			desa,
			kelurahan: desa === 0 ? 5 : i % 5 === 0 ? 2 : 0
		});
	}
	return { kecamatan, indikator: base.indikator };
}

function seedFor(seed: number, code: string, year: number): number {
	let h = seed ^ year;
	for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** One synthetic report; the same (seed, kecamatan, tahun) always gives the same report. */
export function syntheticReports(k: KecamatanRef, tahun: number, ref: MasterData, seed = 1): Report {
	const r = seededRandom(seedFor(seed, k.kode, tahun));
	const file = `sintetis-${k.slug}-${tahun}.txt`;
	let baris = 10;
	const line = () => (baris += wholeBetween(r, 1, 12));

	// kecamatan differ in level: the same kecamatan stays similar across years
	const rk = seededRandom(seedFor(seed, k.kode, 0));
	const dasarIkm = between(rk, 74, 90);
	const dasarSerapan = between(rk, 0.82, 0.97);

	const ikm: IkmRecord[] = [];
	for (const t of [tahun - 1, tahun]) {
		const realisasi = twoDecimals(Math.min(99, dasarIkm + (t - 2020) * 0.4 + between(r, -3, 3)));
		const target = twoDecimals(Math.round(dasarIkm) - 1);
		ikm.push({
			tahun: t,
			target,
			realisasi,
			mutu: realisasi >= 88.31 ? 'A' : realisasi >= 76.61 ? 'B' : realisasi >= 65 ? 'C' : 'D',
			target_raw: idn(target),
			realisasi_raw: idn(realisasi),
			bagian: t === tahun ? 'pengukuran' : 'perbandingan',
			line: line(),
			raw: `Indeks Kepuasan Masyarakat ${idn(target)} ${idn(realisasi)}`
		});
	}

	const aturan = ref.indikator;
	const jumlahIndikator = Math.min(aturan.length || 1, wholeBetween(r, 6, 10));
	const indikator: IndikatorRecord[] = [];
	for (let i = 0; i < jumlahIndikator; i++) {
		const a = aturan[i];
		const target = i === 0 ? ikm[1].target! : wholeBetween(r, 1, 100);
		const realisasi = i === 0 ? ikm[1].realisasi! : twoDecimals(target * between(r, 0.6, 1.2));
		const capaian = twoDecimals((realisasi / target) * 100);
		const name = a ? a.label : `Indikator sintetis ${i + 1}`;
		indikator.push({
			tahun,
			no: i + 1,
			sasaran: `Sasaran ${Math.floor(i / 3) + 1}`,
			indikator: name,
			kunci: a ? a.kunci : null,
			target,
			realisasi,
			capaian,
			target_raw: idn(target),
			realisasi_raw: idn(realisasi),
			capaian_raw: `${idn(capaian)}%`,
			satuan: i === 0 ? 'indeks' : '%',
			line: line(),
			raw: `${name} ${idn(target)} ${idn(realisasi)} ${idn(capaian)}%`
		});
	}

	const anggaran: AnggaranRecord[] = [];
	const add = (rec: Omit<AnggaranRecord, 'urutan' | 'pagu_raw' | 'realisasi_raw' | 'persen_raw' | 'persen' | 'line' | 'raw'>) => {
		const persen = rec.pagu ? twoDecimals((rec.realisasi! / rec.pagu) * 100) : null;
		const a: AnggaranRecord = {
			...rec,
			urutan: anggaran.length + 1,
			persen,
			pagu_raw: rp(rec.pagu!),
			realisasi_raw: rp(rec.realisasi!),
			persen_raw: persen === null ? null : `${idn(persen)}%`,
			line: line(),
			raw: `${rec.uraian} ${rp(rec.pagu!)}`
		};
		anggaran.push(a);
		return a;
	};
	const total = add({ level: 'total', kode: null, uraian: 'Jumlah', program: null, kegiatan: null, pagu: 0, realisasi: 0 });
	const jumlahProgram = wholeBetween(r, 2, 4);
	for (let p = 1; p <= jumlahProgram; p++) {
		const program = add({ level: 'program', kode: String(p), uraian: `Program Sintetis ${p}`, program: null, kegiatan: null, pagu: 0, realisasi: 0 });
		for (let g = 1, ng = wholeBetween(r, 1, 3); g <= ng; g++) {
			const kegiatan = add({
				level: 'kegiatan',
				kode: `${p}.${g}`,
				uraian: `Kegiatan ${p}.${g}`,
				program: program.uraian,
				kegiatan: null,
				pagu: 0,
				realisasi: 0
			});
			for (let s = 1, ns = wholeBetween(r, 1, 3); s <= ns; s++) {
				const pagu = wholeBetween(r, 20_000, 900_000) * 1000;
				const realisasi = Math.floor(pagu * Math.min(1, dasarSerapan + between(r, -0.1, 0.05)));
				add({
					level: 'subkegiatan',
					kode: `${p}.${g}.${s}`,
					uraian: `Sub Kegiatan ${p}.${g}.${s}`,
					program: program.uraian,
					kegiatan: kegiatan.uraian,
					pagu,
					realisasi
				});
				for (const induk of [kegiatan, program, total]) {
					induk.pagu! += pagu;
					induk.realisasi! += realisasi;
				}
			}
		}
	}
	// parents were filled after their rows were made: recompute their derived texts
	for (const a of anggaran) {
		if (a.level === 'subkegiatan') continue;
		a.persen = twoDecimals((a.realisasi! / a.pagu!) * 100);
		a.pagu_raw = rp(a.pagu!);
		a.realisasi_raw = rp(a.realisasi!);
		a.persen_raw = `${idn(a.persen)}%`;
		a.raw = `${a.uraian} ${a.pagu_raw}`;
	}
	const modal = Math.floor(total.pagu! * between(r, 0.02, 0.15));
	const modalReal = Math.floor(modal * dasarSerapan);
	const desa = k.desa;
	const penduduk = wholeBetween(r, 25_000, 120_000);
	const pendudukL = Math.floor(penduduk * between(r, 0.48, 0.51));
	return {
		file,
		kecamatan: k.nama,
		// the name repeats across kabupaten: the report names its kecamatan by code too
		kode_kecamatan: k.kode,
		kabupaten: 'Sintetis',
		tahun,
		ikm,
		indikator,
		anggaran,
		belanja: [
			{ jenis: 'operasi', uraian: 'Belanja Operasi', pagu: total.pagu! - modal, realisasi: total.realisasi! - modalReal, line: line(), raw: 'Belanja Operasi' },
			{ jenis: 'modal', uraian: 'Belanja Modal', pagu: modal, realisasi: modalReal, line: line(), raw: 'Belanja Modal' }
		],
		anggaran_tahun_lain: [
			{
				tahun: tahun - 1,
				pagu: Math.floor(total.pagu! * 0.95),
				realisasi: Math.floor(total.realisasi! * 0.93),
				persen: null,
				bagian: 'narasi',
				line: line(),
				raw: `Anggaran tahun ${tahun - 1}`
			}
		],
		profil: [
			{ atribut: 'penduduk', nilai: penduduk, line: 20, raw: `Jumlah penduduk ${rp(penduduk)} jiwa` },
			{ atribut: 'penduduk_l', nilai: pendudukL, line: 21, raw: `Laki-laki ${rp(pendudukL)}` },
			{ atribut: 'penduduk_p', nilai: penduduk - pendudukL, line: 22, raw: `Perempuan ${rp(penduduk - pendudukL)}` },
			{ atribut: 'jumlah_desa', nilai: desa, line: 23, raw: `${desa} desa` },
			{ atribut: 'jumlah_kelurahan', nilai: k.kelurahan, line: 24, raw: `${k.kelurahan} kelurahan` },
			{ atribut: 'luas_km2', nilai: twoDecimals(between(r, 20, 250)), line: 25, raw: 'Luas wilayah' },
			{ atribut: 'pegawai_total', nilai: wholeBetween(r, 15, 45), line: 26, raw: 'Jumlah pegawai' }
		],
		indikator_tak_dikenal: [],
		peringatan: r() < 0.1 ? [{ line: line(), pesan: 'angka "337.369.33" tidak dikenali (sintetis)' }] : [],
		skala: [],
		capaian_maks_100: null
	};
}
