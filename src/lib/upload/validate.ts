/**
 * Rows of a template CSV → reports (one Laporan per kecamatan and year), the
 * same shape the extractor produces, so uploaded data flows through the same
 * dataset rows, queries and audit as published data. Every row either becomes a
 * record or is listed with its problems; warnings keep the row.
 */
import { parseIndikatorValue, parseRupiah } from '../lkip/numbers';
import { indikatorKey } from '../lkip/master-data';
import { mapProgram } from '../lkip/anggaran';
import type { AnggaranRecord, IkmRecord, IndikatorRecord, Report, AnggaranLevel, MasterData, Satuan } from '../lkip/types';
import { reportId, MIN_YEAR, type StoredRow } from '../store/rows';
import { formatRupiah } from '../format';
import { readDecimal, FileStyle } from './numbers';
import type { CsvRow, CsvStructure } from './csv';
import { rowOrigin, ExistingIndex, type ExistingData } from './duplicates';
import { resolveUploadKecamatan } from './kecamatan';
import { galat, quoteSnippet, peringatan, type Problem } from './problems';
import type { TemplateColumn, TemplateName, Template } from './templates';
import { emptyReport } from '../lkip/empty-report';
import type { Progress } from '../document/types';

export interface ValidationResult {
	laporan: Report[];
	/** lines added as records */
	barisDiterima: number[];
	/** lines refused, each with at least one galat in `masalah` */
	barisDitolak: number[];
	masalah: Problem[];
}

const LEVEL: Record<string, AnggaranLevel> = {
	total: 'total',
	jumlah: 'total',
	program: 'program',
	kegiatan: 'kegiatan',
	subkegiatan: 'subkegiatan',
	sub_kegiatan: 'subkegiatan',
	'sub kegiatan': 'subkegiatan'
};
const SATUAN: Satuan[] = ['%', 'indeks', 'dokumen', 'huruf', 'nilai', 'lainnya'];
const MAX_TEXT_LENGTH = 1000;

const idNumber = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 6 });

/** Collects the problems of one row and reads its cells by column kind. */
class PembacaBaris {
	readonly masalah: Problem[] = [];
	constructor(
		private readonly b: CsvRow,
		private readonly gaya: FileStyle,
		private readonly tahunIni: number
	) {}

	get galat(): boolean {
		return this.masalah.some((m) => m.tingkat === 'galat');
	}

	salah(column: string, message: string): null {
		this.masalah.push(galat(this.b.baris, column, message));
		return null;
	}

	ingat(column: string, message: string): void {
		this.masalah.push(peringatan(this.b.baris, column, message));
	}

	/** The trimmed cell; an empty required cell is an error. */
	sel(k: TemplateColumn): string | null {
		const v = (this.b.sel[k.nama] ?? '').trim();
		if (v === '') return k.wajib ? this.salah(k.nama, 'wajib diisi tetapi kosong') : null;
		return v;
	}

	teks(k: TemplateColumn): string | null {
		const v = this.sel(k);
		if (v === null) return null;
		if (v.length > MAX_TEXT_LENGTH) return this.salah(k.nama, `teks terlalu panjang (${v.length} karakter, paling banyak ${MAX_TEXT_LENGTH})`);
		const tag = v.match(/<\/?[a-z!][^<>]*>/i);
		if (tag) this.ingat(k.nama, `memuat tag HTML ${quoteSnippet(tag[0])}; ditampilkan sebagai teks biasa, tidak dijalankan`);
		if (/^[=+@]|^-(?![\s\d])/.test(v))
			this.ingat(k.nama, `diawali "${v[0]}" seperti rumus spreadsheet; disimpan sebagai teks dan dinetralkan saat diekspor ke CSV`);
		return v;
	}

	tahun(k: TemplateColumn): number | null {
		const v = this.sel(k);
		if (v === null) return null;
		const maks = this.tahunIni;
		const n = /^\d{4}$/.test(v) ? Number(v) : NaN;
		if (!(n >= MIN_YEAR && n <= maks)) return this.salah(k.nama, `${quoteSnippet(v)} bukan tahun laporan yang sah (empat angka, ${MIN_YEAR}–${maks})`);
		return n;
	}

	desimal(k: TemplateColumn, min: number | null, maks: number | null, apa: string): number | null {
		const v = this.sel(k);
		if (v === null) return null;
		const h = readDecimal(v, this.gaya);
		if (h.masalah) return this.salah(k.nama, h.masalah);
		if (h.catatan) this.ingat(k.nama, h.catatan);
		const n = h.nilai!;
		if ((min !== null && n < min) || (maks !== null && n > maks)) return this.salah(k.nama, `${apa} ${idNumber(n)} di luar skala ${min ?? '…'}–${maks ?? '…'}`);
		return n;
	}

	rupiah(k: TemplateColumn): number | null {
		const v = this.sel(k);
		if (v === null) return null;
		const h = parseRupiah(v);
		if (h.nilai === null) {
			if (/^\s*\+/.test(v)) return this.salah(k.nama, `${quoteSnippet(v)}: tulis rupiah tanpa tanda + (mis. "${v.trim().slice(1).trim()}")`);
			if (h.masalah?.includes('sen')) return this.salah(k.nama, `${quoteSnippet(v)} memuat sen; tulis rupiah tanpa sen (bilangan bulat)`);
			if (h.masalah?.includes('terlalu besar')) return this.salah(k.nama, `${quoteSnippet(v)} terlalu besar untuk nilai rupiah`);
			return this.salah(k.nama, `${quoteSnippet(v)} bukan angka rupiah`);
		}
		// a sign is refused either way: "-0" is no more a pagu of 0 than "+5" is one of 5
		if (h.nilai < 0 || /^\s*[-−]/.test(v)) return this.salah(k.nama, `${k.nama} tidak boleh negatif (${quoteSnippet(v)})`);
		return h.nilai;
	}
}

type CsvColumn = Record<string, TemplateColumn>;

interface CsvRecord {
	tabel: TemplateName;
	kecamatan: string;
	slug: string;
	kode: string;
	tahun: number;
	rekaman: IkmRecord | IndikatorRecord | AnggaranRecord;
}

function readIkmRow(p: PembacaBaris, k: CsvColumn, b: CsvRow, tahun: number): IkmRecord | null {
	const target = p.desimal(k.target, 0, 100, 'IKM');
	// the column is required, its cell may stay empty when the grade letter is given
	const realisasi = p.desimal({ ...k.realisasi, wajib: false }, 0, 100, 'IKM');
	const mutuRaw = k.mutu ? p.sel(k.mutu) : null;
	let mutu: string | null = null;
	if (mutuRaw !== null) {
		if (/^[abcd]$/i.test(mutuRaw)) mutu = mutuRaw.toUpperCase();
		else p.salah('mutu', `${quoteSnippet(mutuRaw)} bukan huruf mutu (A, B, C atau D)`);
	}
	if (realisasi === null && mutu === null && !p.galat) p.salah('realisasi', 'isi nilai IKM atau huruf mutu; keduanya kosong');
	if (p.galat) return null;
	const raw = (n: string) => (b.sel[n] ?? '').trim() || null;
	return { tahun, target, realisasi, mutu, target_raw: raw('target'), realisasi_raw: raw('realisasi'), bagian: 'pengukuran', line: b.baris, raw: b.raw };
}

function indikatorValue(p: PembacaBaris, k: TemplateColumn, _gaya: FileStyle): { nilai: number | null; satuan: Satuan | null } {
	const v = p.sel(k);
	if (v === null) return { nilai: null, satuan: null };
	if (/^[-−+]?[\d.,\s]+%?$/.test(v)) {
		const n = p.desimal(k, null, null, 'nilai');
		return { nilai: n, satuan: v.includes('%') ? '%' : null };
	}
	const h = parseIndikatorValue(v);
	if (h.masalah) {
		p.ingat(k.nama, `${quoteSnippet(v)} bukan angka, persen, huruf mutu atau jumlah (mis. "4 Dok"); disimpan sebagai teks tanpa nilai angka`);
		return { nilai: null, satuan: 'lainnya' };
	}
	return { nilai: h.nilai, satuan: h.satuan };
}

function readIndikatorRow(p: PembacaBaris, k: CsvColumn, b: CsvRow, tahun: number, style: FileStyle, ref: MasterData, no: number): IndikatorRecord | null {
	const noSel = k.no ? p.sel(k.no) : null;
	let number = no;
	if (noSel !== null) {
		if (/^\d{1,6}$/.test(noSel) && Number(noSel) > 0) number = Number(noSel);
		else p.salah('no', `${quoteSnippet(noSel)} bukan nomor urut (bilangan bulat positif)`);
	}
	const sasaran = k.sasaran ? p.teks(k.sasaran) : null;
	const indikator = p.teks(k.indikator);
	const target = indikatorValue(p, k.target, style);
	const realisasi = indikatorValue(p, k.realisasi, style);
	const capaian = k.capaian ? p.desimal(k.capaian, null, null, 'capaian') : null;
	const satuanSel = k.satuan ? p.sel(k.satuan) : null;
	let satuan: Satuan | null = realisasi.satuan ?? target.satuan;
	if (satuanSel !== null) {
		const s = satuanSel.toLowerCase() as Satuan;
		if (SATUAN.includes(s)) satuan = s;
		else p.salah('satuan', `${quoteSnippet(satuanSel)} bukan satuan yang dikenal (${SATUAN.join(', ')})`);
	}
	if (p.galat || indikator === null) return null;
	const raw = (n: string) => (b.sel[n] ?? '').trim();
	return {
		tahun,
		no: number,
		sasaran,
		indikator,
		kunci: indikatorKey(indikator, ref),
		target: target.nilai,
		realisasi: realisasi.nilai,
		capaian,
		target_raw: raw('target'),
		realisasi_raw: raw('realisasi'),
		capaian_raw: raw('capaian'),
		satuan,
		line: b.baris,
		raw: b.raw
	};
}

function readAnggaranRow(p: PembacaBaris, k: CsvColumn, b: CsvRow, urutan: number): AnggaranRecord | null {
	const levelSel = p.sel(k.level);
	let level: AnggaranLevel | null = null;
	if (levelSel !== null) {
		level =
			LEVEL[
				levelSel
					.toLowerCase()
					.replace(/[\s-]+/g, ' ')
					.trim()
			] ??
			LEVEL[levelSel.toLowerCase().replace(/[\s-]+/g, '')] ??
			null;
		if (!level) p.salah('level', `${quoteSnippet(levelSel)} bukan level anggaran (total, program, kegiatan atau subkegiatan)`);
	}
	const kode = k.kode ? p.teks(k.kode) : null;
	const uraian = p.teks(k.uraian);
	const program = k.program ? p.teks(k.program) : null;
	const kegiatan = k.kegiatan ? p.teks(k.kegiatan) : null;
	const pagu = p.rupiah(k.pagu);
	const realisasi = p.rupiah(k.realisasi);
	const persen = k.persen ? p.desimal(k.persen, 0, null, 'persen') : null;
	if (pagu !== null && realisasi !== null && realisasi > pagu)
		p.ingat('realisasi', `realisasi ${formatRupiah(realisasi, false)} melebihi pagu ${formatRupiah(pagu, false)}; periksa kembali angkanya`);
	if (p.galat || level === null || uraian === null) return null;
	const raw = (n: string) => (b.sel[n] ?? '').trim() || null;
	return {
		level,
		urutan,
		kode,
		uraian,
		program,
		kegiatan,
		pagu,
		realisasi,
		persen,
		pagu_raw: raw('pagu'),
		realisasi_raw: raw('realisasi'),
		persen_raw: raw('persen'),
		line: b.baris,
		raw: b.raw
	};
}

/** Dataset-row view of a record, for the duplicate keys (schema column names). */
function dataRows(r: CsvRecord, file: string): StoredRow {
	return { ...(r.rekaman as unknown as StoredRow), kecamatan: r.kecamatan, kode_kecamatan: r.kode, tahun_laporan: r.tahun, file };
}

/** Rows between two calls of `kemajuan`: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_STEP = 2000;

export function validateCsv(struktur: CsvStructure, file: string, ref: MasterData, found: ExistingData = {}, progress?: Progress): ValidationResult {
	const result: ValidationResult = { laporan: [], barisDiterima: [], barisDitolak: [...struktur.barisRusak], masalah: [...struktur.masalah] };
	const t: Template | null = struktur.templat;
	if (!t) return result;
	if (!struktur.baris.length) {
		if (!struktur.barisRusak.length && !result.masalah.some((m) => m.tingkat === 'galat'))
			result.masalah.push(galat(null, null, 'berkas hanya berisi baris judul; tidak ada baris data di bawahnya'));
		return result;
	}
	const column: CsvColumn = Object.fromEntries(t.kolom.map((k) => [k.nama, k]));

	const tahunIni = new Date().getFullYear();
	const style = new FileStyle();
	for (const b of struktur.baris)
		for (const k of t.kolom) if (['ikm', 'persen', 'nilai'].includes(k.jenis) && b.sel[k.nama] !== undefined) style.catat(b.sel[k.nama], b.baris);

	const diFile = new ExistingIndex(t.tabel, [], ref);
	const diData = new ExistingIndex(t.tabel, found[t.tabel] ?? [], ref);
	const order = new Map<string, number>();
	// the same few names repeat on every row
	const kecamatanDikenal = new Map<string, ReturnType<typeof resolveUploadKecamatan>>();
	const perLaporan = new Map<string, Report>();
	// indikator_tak_dikenal of each report, as a set: a scan of the list per row made 10k unknown indicators take 10 s
	const takDikenal = new Map<string, Set<string>>();

	let sorted = 0;
	for (const b of struktur.baris) {
		if (progress && sorted++ % PROGRESS_STEP === 0) progress(sorted - 1, struktur.baris.length);
		const p = new PembacaBaris(b, style, tahunIni);
		// the template's example row, left in, would be published as a real figure
		if (t.kolom.every((k) => (b.sel[k.nama] ?? '').trim() === k.contoh.trim()))
			p.salah('', 'baris ini masih baris contoh dari templat, bukan angka laporan; hapus baris ini atau ganti isinya dengan angka dari LKIP');
		const namaKec = p.sel(column.kecamatan);
		let kec = null;
		if (namaKec !== null) {
			let c = kecamatanDikenal.get(namaKec);
			if (!c) kecamatanDikenal.set(namaKec, (c = resolveUploadKecamatan(namaKec, ref)));
			if (c.ref) kec = c.ref;
			else
				p.salah('kecamatan', `${quoteSnippet(namaKec)} bukan nama kecamatan di Kabupaten Jember` + (c.saran ? `; mungkin maksudnya "${c.saran.nama}"?` : ''));
		}
		const tahun = p.tahun(column.tahun);
		const id = kec && tahun ? reportId(kec, tahun) : '';
		const ke = (order.get(id) ?? 0) + 1;
		let rekaman: CsvRecord['rekaman'] | null = null;
		if (t.tabel === 'ikm') rekaman = readIkmRow(p, column, b, tahun ?? 0);
		else if (t.tabel === 'indikator') rekaman = readIndikatorRow(p, column, b, tahun ?? 0, style, ref, ke);
		else rekaman = readAnggaranRow(p, column, b, ke);

		if (rekaman && kec && tahun && !p.galat) {
			const r: CsvRecord = { tabel: t.tabel, kecamatan: kec.nama, slug: kec.slug, kode: kec.kode, tahun, rekaman };
			const data = dataRows(r, file);
			const kembar = diFile.cari(data);
			const terbit = diData.cari(data);
			if (kembar) {
				p.salah(
					'',
					kembar.sama
						? `sama dengan baris ${kembar.baris.line} (${shownKey(t.tabel, r)}); baris ini tidak ditambahkan`
						: `${shownKey(t.tabel, r)} sudah ada di baris ${kembar.baris.line} dengan angka lain; hanya baris ${kembar.baris.line} yang ditambahkan`
				);
			} else if (terbit?.sama) {
				p.salah('', `sudah ada di data dasbor (${rowOrigin(terbit.baris)}); baris ini tidak ditambahkan agar tidak terhitung dua kali`);
			} else if (terbit) {
				p.ingat(
					'',
					`data dasbor untuk ${shownKey(t.tabel, r)} mencatat angka lain (${rowOrigin(terbit.baris)}); keduanya ditampilkan, yang ini ditandai "data unggahan"`
				);
			}
			if (!p.galat) {
				diFile.tambah(data);
				order.set(id, ke);
				let l = perLaporan.get(id);
				if (!l) perLaporan.set(id, (l = emptyReport(file, kec.nama, tahun)));
				if (t.tabel === 'ikm') l.ikm.push(rekaman as IkmRecord);
				else if (t.tabel === 'indikator') {
					const ind = rekaman as IndikatorRecord;
					l.indikator.push(ind);
					let tak = takDikenal.get(id);
					if (!tak) takDikenal.set(id, (tak = new Set(l.indikator_tak_dikenal)));
					if (!ind.kunci && !tak.has(ind.indikator)) {
						tak.add(ind.indikator);
						l.indikator_tak_dikenal.push(ind.indikator);
					}
				} else l.anggaran.push(rekaman as AnggaranRecord);
			}
		}
		for (const m of p.masalah) result.masalah.push(m.kolom === '' ? { ...m, kolom: null } : m);
		(p.galat ? result.barisDitolak : result.barisDiterima).push(b.baris);
	}
	progress?.(struktur.baris.length, struktur.baris.length);
	// uploaded budget rows get their program's code by the same rules as the reports' (data/program.csv)
	result.laporan = [...perLaporan.values()].map((l) => {
		if (!l.anggaran.length) return l;
		const map = mapProgram(l.anggaran, ref.program);
		return { ...l, anggaran: map.anggaran, program_tak_dikenal: map.program_tak_dikenal };
	});
	result.barisDitolak.sort((a, b) => a - b);
	result.masalah.sort((a, b) => (a.baris ?? 0) - (b.baris ?? 0));
	return result;
}

function shownKey(table: TemplateName, r: CsvRecord): string {
	const rek = r.rekaman as unknown as Record<string, unknown>;
	if (table === 'ikm') return `IKM ${r.kecamatan} ${r.tahun}`;
	if (table === 'indikator') return `indikator ${quoteSnippet(String(rek.indikator))} ${r.kecamatan} ${r.tahun}`;
	return `${rek.level} ${quoteSnippet(String(rek.uraian))} ${r.kecamatan} ${r.tahun}`;
}
