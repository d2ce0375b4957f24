/**
 * When is an uploaded row "the same" as another? One key per table, used for
 * rows within the uploaded file and against rows already in the dashboard
 * (published data and earlier uploads), which arrive as dataset rows (schema.ts
 * column names).
 */
import { normal } from '../lkip/table';

/** A row by column name: dataset rows (rows.ts) and query results (eksekutor.ts) both fit. */
type UploadRow = Record<string, unknown>;
import type { NamaTemplat } from './templates';

/** Dataset rows the dashboard already has, per table (only ikm, indikator, anggaran and laporan are used). */
export type DataAda = Partial<Record<NamaTemplat | 'laporan', UploadRow[]>>;

const teks = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function kunciBaris(tabel: NamaTemplat, b: UploadRow): string {
	switch (tabel) {
		case 'ikm':
			return `${teks(b.kecamatan)}|${teks(b.tahun)}`;
		case 'indikator':
			return `${teks(b.kecamatan)}|${teks(b.tahun_laporan)}|${normal(teks(b.indikator))}`;
		case 'anggaran':
			return `${teks(b.kecamatan)}|${teks(b.tahun_laporan)}|${teks(b.level)}|${normal(teks(b.uraian))}`;
	}
}

/** The figures that make two rows with the same key identical rather than conflicting. */
export function isiBaris(tabel: NamaTemplat, b: UploadRow): string {
	switch (tabel) {
		case 'ikm':
			return `${teks(b.realisasi)}|${teks(b.mutu)}`;
		case 'indikator':
			return `${teks(b.target ?? b.target_raw)}|${teks(b.realisasi ?? b.realisasi_raw)}`;
		case 'anggaran':
			return `${teks(b.pagu)}|${teks(b.realisasi)}`;
	}
}

export interface Temuan {
	sama: boolean;
	baris: UploadRow;
}

export class IndeksAda {
	private readonly peta = new Map<string, UploadRow[]>();

	constructor(
		readonly tabel: NamaTemplat,
		daftar: readonly UploadRow[] = []
	) {
		for (const b of daftar) this.tambah(b);
	}

	tambah(b: UploadRow): void {
		const k = kunciBaris(this.tabel, b);
		const ada = this.peta.get(k);
		if (ada) ada.push(b);
		else this.peta.set(k, [b]);
	}

	/** An identical row if there is one, else a row with the same key and other figures, else null. */
	cari(b: UploadRow): Temuan | null {
		const ada = this.peta.get(kunciBaris(this.tabel, b));
		if (!ada) return null;
		const isi = isiBaris(this.tabel, b);
		const sama = ada.find((x) => isiBaris(this.tabel, x) === isi);
		return sama ? { sama: true, baris: sama } : { sama: false, baris: ada[0] };
	}
}

/** "arjasa-2023.txt baris 120" for a found row. */
export function asalBaris(b: UploadRow): string {
	return typeof b.line === 'number' ? `${teks(b.file)} baris ${b.line}` : teks(b.file);
}
