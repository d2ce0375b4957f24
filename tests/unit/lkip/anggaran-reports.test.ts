/**
 * The budget extractor on the five real reports, checked against what they print:
 * every row of the budget-realisation table (line, level, name, pagu and
 * realisasi to the rupiah), the belanja split and the totals stated in the text.
 * Expected values were copied from data/lkip/*.txt by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnggaran } from '../../../src/lib/lkip/anggaran';
import { sectionPerLine } from '../../../src/lib/lkip/sections';
import { allLines } from '../../../src/lib/lkip/table';

function baca(name: string, tahun: number) {
	const rows = allLines(readFileSync(`data/lkip/${name}.txt`, 'utf8'));
	const ctx = { tahun, bagian: sectionPerLine(rows) };
	return { ...extractAnggaran(rows, ctx), ctx };
}

type L = 'T' | 'P' | 'K' | 'S' | 'R';
const LEVEL = { T: 'total', P: 'program', K: 'kegiatan', S: 'subkegiatan', R: 'rincian' } as const;
/** [line, level, start of uraian, pagu, realisasi] in tree order (total first) */
type Baris = [number, L, string, number | null, number | null];

/** `terpisah`: line of a kegiatan printed apart from its program (a belanja modal block) → the program it belongs to */
function cekPohon(result: ReturnType<typeof baca>, harap: Baris[], terpisah: Record<number, string> = {}) {
	expect(result.anggaran.map((a) => [a.line, a.level])).toEqual(harap.map(([line, l]) => [line, LEVEL[l]]));
	result.anggaran.forEach((a, i) => {
		const [line, , uraian, pagu, realisasi] = harap[i];
		expect(a.urutan, `urutan baris ${line}`).toBe(i + 1);
		expect(a.uraian.startsWith(uraian), `uraian baris ${line}: "${a.uraian}"`).toBe(true);
		expect([a.pagu, a.realisasi], `angka baris ${line}`).toEqual([pagu, realisasi]);
		for (const v of [a.pagu, a.realisasi]) if (v !== null) expect(Number.isSafeInteger(v)).toBe(true);
	});
	// parents: every kegiatan names the program above it, every sub kegiatan its kegiatan
	let program: string | null = null;
	let kegiatan: string | null = null;
	for (const a of result.anggaran) {
		if (a.level === 'program') [program, kegiatan] = [a.uraian, null];
		if (a.level === 'kegiatan') {
			if (terpisah[a.line]) program = terpisah[a.line];
			expect(a.program).toBe(program);
			kegiatan = a.uraian;
		}
		if (a.level === 'subkegiatan' || a.level === 'rincian') expect([a.program, a.kegiatan]).toEqual([program, kegiatan]);
	}
}

describe('anggaran: arjasa-2023 (no prefixes on kegiatan/sub kegiatan; levels from the amounts)', () => {
	const h = baca('arjasa-2023', 2023);
	it('reads every row of Tabel 3.8', () => {
		cekPohon(
			h,
			[
				[707, 'T', 'JUMLAH', 3585414963, 3064347153],
				[681, 'P', 'Program Penunjang Urusan Pemerintahan Daerah', 2737456263, 2253867153],
				[682, 'K', 'Administrasi Keuangan Perangkat Daerah', 2222215005, 1792589381],
				[683, 'S', 'Penyediaan Gaji dan Tunjangan PNS', 2222215005, 1792589381],
				[684, 'K', 'Administrasi Umum Perangkat Daerah', 3834000, 3825000],
				[685, 'S', 'Penyediaan Peralatan dan Perlengkapan Kantor', 3834000, 3825000],
				// printed 423.090.658 over a sub kegiatan of 423.090.600: kept as printed
				[686, 'K', 'Penyediaan Jasa Penunjang Urusan Pemerintahan', 423090658, 387621372],
				[687, 'S', 'Penyediaan Jasa Pelayanan Umum Kantor', 423090600, 387621372],
				[688, 'K', 'Pemeliharaan Barang Milik Daerah Penunjang', 88316800, 69831400],
				[690, 'S', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak', 45195600, 40887000],
				[691, 'S', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan', 43121000, 28944400],
				[692, 'P', 'Program Penyelenggaraan Pemerintahan Dan Pelayanan', 387600000, 386800000],
				[693, 'K', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan', 387600000, 386800000],
				[694, 'S', 'Peningkatan Efektifitas Kegiatan Pemerintahan', 387600000, 386800000],
				[695, 'P', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 47685000, 44570000],
				[696, 'K', 'Koordinasi Kegiatan Pemberdayaan Desa', 42660000, 40070000],
				[697, 'S', 'Peningkatan efektifitas kegiatan pemberdayaan', 42660000, 40070000],
				[698, 'K', 'Kegiatan Pemberdayaan Kelurahan', 5025000, 4500000],
				[699, 'S', 'Peningkatan Partisipasi Masyarakat dalam Forum', 5025000, 4500000],
				[700, 'P', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 264245000, 262960000],
				[701, 'K', 'Koordinasi Penerapan dan Penegakan Peraturan', 264245000, 262960000],
				[702, 'S', 'Koordinasi/Sinergi dengan Perangkat Daerah', 264245000, 262960000],
				// the BELANJA MODAL block (line 703) restarts the roman numbering, but its "I Administrasi Umum
				// Perangkat Daerah" is no program: the programs above print "Program ...", and that name is the
				// kegiatan printed at line 684 under program I. One level down: kegiatan, sub kegiatan, account.
				[704, 'K', 'Administrasi Umum Perangkat Daerah', 148428700, 116150000],
				[705, 'S', 'Penyediaan Peralatan dan Perlengkapan Kantor', 148428700, 116150000],
				[706, 'R', 'Belanja Modal Peralatan dan Mesin', 148428700, 116150000]
			],
			{ 704: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' }
		);
		// four programs, as the text above the table says ("4 (empat) program dan 8 (delapan) kegiatan", line 673)
		expect(h.anggaran.filter((a) => a.level === 'program')).toHaveLength(4);
		expect(h.anggaran[0].persen).toBe(85.47);
		expect(h.anggaran[0].persen_raw).toBe('85,47');
		expect(h.anggaran[1].kode).toBe('I');
	});
	it('does not take the per-sasaran tables (Tabel 3.6) or the PK attachment', () => {
		expect(h.anggaran.every((a) => a.line >= 678 && a.line <= 707)).toBe(true);
	});
	it('reads the belanja split of the budget section', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.realisasi, b.line])).toEqual([
			['operasi', 3436986263, null, 670],
			['modal', 148428700, null, 671]
		]);
	});
	it('keeps the totals stated in the text, 2022 and the report year', () => {
		const other = h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen]);
		expect(other).toContainEqual([711, 2022, 3232811959, 3068395340, 94.91]);
		expect(other).toContainEqual([658, 2023, 3585414963, 3064347153, null]);
		expect(other).toContainEqual([88, 2023, null, 3064347153, 85.47]);
		expect(other).toContainEqual([721, 2023, null, 3064347153, 85.47]);
		for (const a of h.anggaran_tahun_lain) expect(a.bagian).toBe(h.ctx.bagian[a.line - 1]);
		expect(h.anggaran_tahun_lain.filter((a) => a.tahun !== 2023)).toHaveLength(1);
	});
});

describe('anggaran: puger-2023 ("Program:/Kegiatan n:/Sub Kegiatan n:" prefixes, malformed amount)', () => {
	const h = baca('puger-2023', 2023);
	it('reads every row of Tabel 3.8, not the Input rows of Tabel 3.6', () => {
		cekPohon(h, [
			[791, 'T', 'JUMLAH', 4060244146, 3648593974],
			[760, 'P', 'Penunjang Urusan pemerintahan Kabupaten/Kota Daerah', 2409251246, 2038543674],
			[761, 'K', 'Adminstrasi Keuangan Perangkat Daerah', 1961144146, 1632385030],
			[762, 'S', 'Penyediaan Gaji dan Tunjangan ASN', 1961144146, 1632385030],
			[763, 'K', 'Administrasi Kepegawaian Perangkat Daerah', 4042600, 3978000],
			[764, 'S', 'Penyediaan Gaji dan Tunjangan ASN', 4042600, 3978000],
			// "87.988,409": not a rupiah amount; kept raw, value null
			[765, 'K', 'Adminstrasi Umum Perangkat Daerah', 113824807, null],
			[766, 'S', 'Penyediaan Peralatan dan Perlengkapan Kantor', 113824807, null],
			[767, 'K', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 180480000, 180480000],
			[769, 'S', 'Penyediaan Jasa Pelayanan Umum Kantor', 180480000, 180480000],
			[770, 'K', 'Pemeliharaan Barang Milik Daerah Penunjang', 149759693, 142712235],
			[771, 'S', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak', 42696960, 39809235],
			[772, 'S', 'Penyediaan Jasa pemeliharaan, Biaya Pemeliharaan, Pajak', 36151812, 32770000],
			[773, 'S', 'Pemeliharaan Peralatan dan Mesin Lainnya', 10000000, 9980000],
			[774, 'S', 'Pemeliharaan/Rehabilitasi Gedung Kantor', 60910921, 60153000],
			[775, 'P', 'Penyelenggaraan Pemerintahan dan Pelayanan Publik', 1091110000, 1089285000],
			[776, 'K', 'Koordinasi Kegiatan Pemberdayaan Desa', 1086960000, 1089285000],
			[777, 'S', 'Peningkatan Efektifitas Kegiatan Pemerintahan', 1086960000, 1086960000],
			[778, 'K', 'Koordinasi Pemeliharaan Prasarana dan Sarana', 4150000, 2325000],
			[779, 'S', 'Koordinasi/Sinergi dengan Perangkat Daerah dan/atau', 4150000, 2325000],
			[780, 'P', 'Pemberdayaan Masyarakat Desa dan Kelurahan', 130620300, 102175300],
			[781, 'K', 'Koordinasi Kegiatan Pemberdayaan Desa', 130620300, 102175300],
			[782, 'S', 'Peningkatan Partisipasi Masyarakat Dalam Forum', 13120000, 6220000],
			[783, 'S', 'Peningkatan Efektifitas kegiatan pemberdayaan', 117500300, 95955300],
			[784, 'P', 'Koordinasi Ketenteraman dan Ketertiban Umum', 429262600, 418590000],
			[785, 'K', 'Koordinasi Penerapan dan Penegakan Peraturan', 422222600, 411550000],
			[786, 'S', 'koordinasi/Sinergi dengan perangkat daerah', 422222600, 411550000],
			[787, 'K', 'Koordinasi Upaya Penyelenggaraan Ketenteraman', 7040000, 7040000],
			[788, 'S', 'Harmonisasi', 7040000, 7040000]
		]);
	});
	it('joins a name continued after the page break', () => {
		expect(h.anggaran.find((a) => a.line === 788)?.uraian).toBe('Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat');
	});
	it('keeps the malformed realisasi as printed, with a warning naming the line', () => {
		const a = h.anggaran.find((x) => x.line === 765)!;
		expect([a.realisasi, a.realisasi_raw, a.persen]).toEqual([null, '87.988,409', 77.3]);
		expect(h.peringatan.filter((p) => p.pesan.includes('87.988,409')).map((p) => p.line)).toEqual([765, 766]);
		expect(h.peringatan.find((p) => p.line === 765)?.pesan).toMatch(/Baris 765.*realisasi.*tidak dikenali/);
	});
	it('belanja split and the 2022 total', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu])).toEqual([
			['operasi', 4007018160],
			['modal', 53225986]
		]);
		const other = h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen]);
		expect(other).toContainEqual([793, 2022, 3810244147, 3709209303, 97.35]);
		expect(other).toContainEqual([793, 2023, 4060244146, 3648593974, 89.86]);
		expect(other).toContainEqual([805, 2023, null, 3648593974, 89.86]);
		// per-sasaran and per-program amounts are not totals
		expect(h.anggaran_tahun_lain.some((a) => [728, 730, 732, 736, 380, 382, 742].includes(a.line))).toBe(false);
	});
});

describe('anggaran: patrang-2023 (levels from bold names)', () => {
	const h = baca('patrang-2023', 2023);
	it('reads every row of Tabel 3.8', () => {
		cekPohon(h, [
			[846, 'T', 'JUMLAH', 15170568935, 12564365145],
			[811, 'P', 'Program Penunjang Urusan Pemerintahan Daerah', 11650958935, 9078139589],
			[812, 'K', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 7272000, 5904000],
			[813, 'S', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 4164000, 3452000],
			[814, 'S', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja', 3108000, 2452000],
			[815, 'K', 'Administrasi Keuangan Perangkat Daerah', 9357719727, 6897246781],
			[816, 'S', 'Penyediaan Gaji dan Tunjangan PNS', 9348647727, 6891665781],
			[817, 'S', 'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi', 9072000, 5581000],
			[818, 'K', 'Administrasi Umum Perangkat Daerah', 306418400, 263371420],
			[819, 'S', 'Penyediaan Peralatan dan Perlengkapan Kantor', 30426000, 30270000],
			[820, 'S', 'Penyediaan Bahan Logistik dan Kantor', 263447600, 222774100],
			[821, 'S', 'Penyediaan Barang Cetak dan Penggandaan', 12544800, 10327320],
			[822, 'K', 'Penyediaan Jasa Penunjang Urusan Pemerintahan', 1654208808, 1622249889],
			[824, 'S', 'Penyediaan Jasa Komunikasi, Sumber Daya Air', 153254808, 139907641],
			[825, 'S', 'Penyediaan Jasa Pelayanan Umum Kantor', 1500954000, 1482342248],
			[826, 'K', 'Pemeliharaan Barang Milik Daerah Penunjang', 325340000, 289367499],
			[827, 'S', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak', 39800000, 38014600],
			[828, 'S', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan', 68060000, 46429199],
			[829, 'S', 'Pemeliharaan Peralatan dan Mesin Lainnya', 40000000, 27660000],
			[830, 'S', 'Pemeliharaan/Rehabilitasi Sarana dan Prasarana', 177480000, 177263700],
			[831, 'P', 'Program Penyelenggaraan Pemerintahan Dan Pelayanan', 2140597000, 2115462556],
			[832, 'K', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan', 2116773000, 2094598556],
			[833, 'S', 'Peningkatan Efektifitas Kegiatan Pemerintahan', 2116773000, 2094598556],
			[834, 'K', 'Penyelenggaraan Urusan Pemerintahan yang tidak', 23824000, 20864000],
			[835, 'S', 'Peningkatan Efektifitas Pelaksanaan Pelayanan', 23824000, 20864000],
			[836, 'P', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', 1203841500, 1197614000],
			[837, 'K', 'Koordinasi Kegiatan Pemberdayaan Desa', 26457500, 23050000],
			[838, 'S', 'Peningkatan Partisipasi Masyarakat dalam Forum', 26457500, 23050000],
			[839, 'K', 'Kegiatan Pemberdayaan Kelurahan', 1177384000, 1174564000],
			[840, 'S', 'Pemberdayaan Masyarakat di Kelurahan', 1177384000, 1174564000],
			[843, 'P', 'Program Koordinasi Ketentraman dan Ketertiban Umum', 175171500, 173149000],
			[844, 'K', 'Koordinasi Upaya Penyelenggaraan Ketentraman', 175171500, 173149000],
			[845, 'S', 'Sinergitas dengan Kepolisian Negara Republik', 175171500, 173149000]
		]);
	});
	it('keeps both belanja operasi statements visible: the budget section wins, the ikhtisar differs with a warning', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.line])).toEqual([
			['operasi', 12564365145, 800],
			['modal', 0, 801]
		]);
		expect(h.peringatan.find((p) => p.line === 77)?.pesan).toMatch(/15\.170\.568\.935.*12\.564\.365\.145.*baris 800/);
	});
	it('keeps the report year totals stated in the text, also the misprinted one', () => {
		const other = h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi]);
		expect(other).toContainEqual([788, 2023, 15170568935, 12564365145]);
		expect(other).toContainEqual([796, 2023, 12564365145, null]);
		expect(other).toContainEqual([396, 2023, 15170568935, null]);
		expect(h.anggaran_tahun_lain.every((a) => a.tahun === 2023)).toBe(true);
	});
});

describe('anggaran: balung-2020 (program → kegiatan only, belanja langsung/tidak langsung)', () => {
	const h = baca('balung-2020', 2020);
	it('reads every row of the belanja langsung table', () => {
		cekPohon(h, [
			[454, 'T', 'TOTAL', 400000000, 337369343],
			[442, 'P', 'Program Pelayanan Administrasi Perkantoran', 200320000, 166439335],
			[443, 'K', 'Kegiatan Penyediaan Tenaga Pendukung', 10800000, 10800000],
			[444, 'K', 'Kegiatan Penunjang administrasi dan operasional', 189520000, 155639335],
			[445, 'P', 'Program Peningkatan Sarana dan Prasarana Aparatur', 31300000, 30761523],
			[446, 'K', 'Kegiatan Pemeliharaan Rutin/Berkala Mobil Jabatan', 20800000, 20699452],
			[447, 'K', 'Kegiatan Pemeliharaan Rutin/Berkala Kendaraan', 10500000, 10062071],
			[448, 'P', 'Program Koordinasi Pemerintahan , pembangunan', 116736000, 92018000],
			[449, 'K', 'Kegiatan Koordinasi Penyelenggaraan Pemerintahan', 4900000, 4900000],
			[450, 'K', 'Kegiatan Koordinasi Penyelenggaraan Pemberdayaan', 24425000, 20748000],
			[451, 'K', 'Kegiatan Koordinasi Penyelenggaraan Ketertiban', 87410000, 66370000],
			// printed 25.900.000 over a kegiatan of 51.645.000: kept as printed for the audit
			[452, 'P', 'Program Penyelenggaraan Pelayanan Umum Kecamatan', 25900000, 25900000],
			[453, 'K', 'Kegiatan Koordinasi Pelayanan Umum', 51645000, 48150485]
		]);
	});
	it('belanja from the pipe table and the closing sentence; the malformed "337.369.33" is warned about', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.realisasi])).toEqual([
			['tidak_langsung', 1503421864, 1437033746],
			['langsung', 400000000, 337369343],
			['pegawai', 217800000, null],
			['barang_jasa', 182200000, null],
			['modal', 0, null]
		]);
		expect(h.peringatan.find((p) => p.line === 76)?.pesan).toMatch(/337\.369\.33/);
	});
	it('totals stated in the text', () => {
		const other = h.anggaran_tahun_lain.map((a) => [a.line, a.tahun, a.pagu, a.realisasi, a.persen]);
		expect(other).toEqual([
			[425, 2020, 1903421864, null, null],
			[484, 2020, null, 1774403089, 93]
		]);
	});
});

describe('anggaran: pakusari-2021 (no total row; kegiatan numbered, sub kegiatan unnumbered)', () => {
	const h = baca('pakusari-2021', 2021);
	it('reads every row, and takes the total from the text with a warning', () => {
		cekPohon(h, [
			[575, 'T', 'Jumlah', 3316970181, 2875204434],
			[527, 'P', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', 273951400, 271810000],
			[528, 'K', 'Koordinasi Penerapan dan Penegakan Peraturan', 273951400, 271810000],
			[529, 'P', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', 544195575, 538408500],
			[530, 'K', 'Koordinasi Kegiatan Pemberdayaan Desa', 530195575, 524808500],
			[531, 'S', 'Peningkatan Partisipasi Masyarakat dalam Forum', 19380075, 14750000],
			[532, 'S', 'Sinkronisasi Program Kerjan andan Kegiatan', 466800000, 466800000],
			[533, 'S', 'Peningkatan Efektifitas Kegiatan Pemberdayaan', 44015500, 43258500],
			[534, 'K', 'Koordinasi dan Sikronisasi Pemberlakuan Pembatasan', 14000000, 13500000],
			[535, 'P', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', 2468895706, 2040718434],
			[537, 'K', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', 293695536, 279174833],
			[538, 'K', 'Administrasi Keuangan Perangkat Daerah', 2085325970, 1680012101],
			[539, 'K', 'Pemeliharaan Barang Milik Daerah Penunjang', 89874200, 81531500],
			[540, 'S', 'Penyediaan Jasa Pemeliharaan , Biaya Pemeliharaan Pajak', 33920000, 31664000],
			[541, 'S', 'Penyediaan Jasa Pemeliharaan , Biaya Pemeliharaan dan Pajak', 21896000, 21336000],
			[542, 'S', 'Pemeliharaan / Rehabilitasi Gedung Kantor', 34058200, 28531500],
			[543, 'P', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN', 29927500, 24367500],
			[544, 'K', 'Penyelenggaraan Urusan Pemerintahan yang tidak', 6927500, 6000000],
			[545, 'K', 'Koordinasi Pemeliharaan Prasarana dan Sarana', 23000000, 18367500]
		]);
		expect(h.peringatan.find((p) => p.line === 526)?.pesan).toMatch(/tidak memuat baris jumlah.*baris 575/);
	});
	it('belanja pegawai / barang-jasa', () => {
		expect(h.belanja.map((b) => [b.jenis, b.pagu, b.line])).toEqual([
			['pegawai', 2150105970, 519],
			['barang_jasa', 1166864211, 520]
		]);
	});
	it('per-kegiatan amounts in the text are not totals', () => {
		expect(h.anggaran_tahun_lain.map((a) => a.line)).toEqual([84, 517, 575]);
	});
});

describe('anggaran: all five reports', () => {
	const laporan: [string, number, number, number][] = [
		// name, year, total pagu, total realisasi
		['arjasa-2023', 2023, 3585414963, 3064347153],
		['balung-2020', 2020, 400000000, 337369343],
		['pakusari-2021', 2021, 3316970181, 2875204434],
		['patrang-2023', 2023, 15170568935, 12564365145],
		['puger-2023', 2023, 4060244146, 3648593974]
	];
	it.each(laporan)('%s: one total, first in the tree', (name, year, pagu, realisasi) => {
		const h = baca(name, year);
		expect(h.anggaran.filter((a) => a.level === 'total')).toHaveLength(1);
		expect([h.anggaran[0].level, h.anggaran[0].pagu, h.anggaran[0].realisasi]).toEqual(['total', pagu, realisasi]);
	});
	it('is fast: all five reports well under a second', () => {
		const text = laporan.map(([n]) => allLines(readFileSync(`data/lkip/${n}.txt`, 'utf8')));
		const t0 = performance.now();
		for (const rows of text) extractAnggaran(rows, { tahun: 2023, bagian: rows.map(() => 'narasi') });
		expect(performance.now() - t0).toBeLessThan(500);
	});
});
