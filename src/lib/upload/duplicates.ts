/**
 * When is an uploaded row "the same" as another? One key per table, used for
 * rows within the uploaded file and against rows already in the dashboard
 * (published data and earlier uploads), which arrive as dataset rows (schema.ts
 * column names).
 *
 * The kecamatan part of a key is its Kemendagri code, never its name: names
 * repeat across kabupaten, so two reports of two "Sukamaju" are two reports. A
 * row that carries no code (an older query result) is given the code its name
 * has in the reference list; only a name the list does not know stays a name.
 */
import { normalise } from '../lkip/table';
import type { MasterData } from '../lkip/types';
import { lookupKecamatan } from '../store/rows';
import type { TemplateName } from './templates';

/** A row by column name: dataset rows (rows.ts) and query results (executor.ts) both fit. */
type UploadRow = Record<string, unknown>;

/** Dataset rows the dashboard already has, per table (only ikm, indikator, anggaran and laporan are used). */
export type ExistingData = Partial<Record<TemplateName | 'laporan', UploadRow[]>>;

const teks = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The kecamatan of a row as a key: its code, else the code of its name in the reference list. */
export function kecamatanKey(b: UploadRow, ref?: MasterData): string {
	const kode = teks(b.kode_kecamatan);
	if (kode) return kode;
	const nama = teks(b.kecamatan);
	const kec = ref && nama ? lookupKecamatan(nama, ref) : null;
	return kec ? kec.kode : `nama:${normalise(nama)}`;
}

export function rowKey(tabel: TemplateName, b: UploadRow, ref?: MasterData): string {
	const kec = kecamatanKey(b, ref);
	switch (tabel) {
		case 'ikm':
			return `${kec}|${teks(b.tahun)}`;
		case 'indikator':
			return `${kec}|${teks(b.tahun_laporan)}|${normalise(teks(b.indikator))}`;
		case 'anggaran':
			return `${kec}|${teks(b.tahun_laporan)}|${teks(b.level)}|${normalise(teks(b.uraian))}`;
	}
}

/** The figures that make two rows with the same key identical rather than conflicting. */
export function rowContent(tabel: TemplateName, b: UploadRow): string {
	switch (tabel) {
		case 'ikm':
			return `${teks(b.realisasi)}|${teks(b.mutu)}`;
		case 'indikator':
			return `${teks(b.target ?? b.target_raw)}|${teks(b.realisasi ?? b.realisasi_raw)}`;
		case 'anggaran':
			return `${teks(b.pagu)}|${teks(b.realisasi)}`;
	}
}

export interface Duplicate {
	sama: boolean;
	baris: UploadRow;
}

export class ExistingIndex {
	private readonly peta = new Map<string, UploadRow[]>();

	constructor(
		readonly tabel: TemplateName,
		daftar: readonly UploadRow[] = [],
		/** the reference list, for rows that carry a kecamatan name but no code */
		readonly ref?: MasterData
	) {
		for (const b of daftar) this.tambah(b);
	}

	tambah(b: UploadRow): void {
		const k = rowKey(this.tabel, b, this.ref);
		const ada = this.peta.get(k);
		if (ada) ada.push(b);
		else this.peta.set(k, [b]);
	}

	/** An identical row if there is one, else a row with the same key and other figures, else null. */
	cari(b: UploadRow): Duplicate | null {
		const ada = this.peta.get(rowKey(this.tabel, b, this.ref));
		if (!ada) return null;
		const isi = rowContent(this.tabel, b);
		const sama = ada.find((x) => rowContent(this.tabel, x) === isi);
		return sama ? { sama: true, baris: sama } : { sama: false, baris: ada[0] };
	}
}

/**
 * The published or earlier uploaded report of this kecamatan (by code) and year, if
 * there is one. A `laporan` row that carries its code and year is matched on them;
 * one that carries only its id (`slug-tahun`, which two kecamatan of one name share)
 * is matched on the id, the only key it has.
 */
export function findExistingReport(ada: ExistingData, kode: string, tahun: number, id: string): UploadRow | null {
	for (const b of ada.laporan ?? []) {
		const kodeAda = teks(b.kode_kecamatan);
		const tahunAda = teks(b.tahun ?? b.tahun_laporan);
		if (kodeAda && tahunAda) {
			if (kodeAda === kode && tahunAda === String(tahun)) return b;
		} else if (b.laporan_id === id) return b;
	}
	return null;
}

/** "arjasa-2023.txt baris 120" for a found row. */
export function rowOrigin(b: UploadRow): string {
	return typeof b.line === 'number' ? `${teks(b.file)} baris ${b.line}` : teks(b.file);
}
