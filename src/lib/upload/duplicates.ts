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
	const code = teks(b.kode_kecamatan);
	if (code) return code;
	const name = teks(b.kecamatan);
	const kec = ref && name ? lookupKecamatan(name, ref) : null;
	return kec ? kec.kode : `nama:${normalise(name)}`;
}

export function rowKey(table: TemplateName, b: UploadRow, ref?: MasterData): string {
	const kec = kecamatanKey(b, ref);
	switch (table) {
		case 'ikm':
			return `${kec}|${teks(b.tahun)}`;
		case 'indikator':
			return `${kec}|${teks(b.tahun_laporan)}|${normalise(teks(b.indikator))}`;
		case 'anggaran':
			return `${kec}|${teks(b.tahun_laporan)}|${teks(b.level)}|${normalise(teks(b.uraian))}`;
	}
}

/** The figures that make two rows with the same key identical rather than conflicting. */
export function rowContent(table: TemplateName, b: UploadRow): string {
	switch (table) {
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
		list: readonly UploadRow[] = [],
		/** the reference list, for rows that carry a kecamatan name but no code */
		readonly ref?: MasterData
	) {
		for (const b of list) this.tambah(b);
	}

	tambah(b: UploadRow): void {
		const k = rowKey(this.tabel, b, this.ref);
		const found = this.peta.get(k);
		if (found) found.push(b);
		else this.peta.set(k, [b]);
	}

	/** An identical row if there is one, else a row with the same key and other figures, else null. */
	cari(b: UploadRow): Duplicate | null {
		const found = this.peta.get(rowKey(this.tabel, b, this.ref));
		if (!found) return null;
		const content = rowContent(this.tabel, b);
		const sama = found.find((x) => rowContent(this.tabel, x) === content);
		return sama ? { sama: true, baris: sama } : { sama: false, baris: found[0] };
	}
}

/**
 * The published or earlier uploaded report of this kecamatan (by code) and year, if
 * there is one. A `laporan` row that carries its code and year is matched on them;
 * one that carries only its id (`slug-tahun`, which two kecamatan of one name share)
 * is matched on the id, the only key it has.
 */
export function findExistingReport(found: ExistingData, code: string, year: number, id: string): UploadRow | null {
	for (const b of found.laporan ?? []) {
		const kodeAda = teks(b.kode_kecamatan);
		const tahunAda = teks(b.tahun ?? b.tahun_laporan);
		if (kodeAda && tahunAda) {
			if (kodeAda === code && tahunAda === String(year)) return b;
		} else if (b.laporan_id === id) return b;
	}
	return null;
}

/** "arjasa-2023.txt baris 120" for a found row. */
export function rowOrigin(b: UploadRow): string {
	return typeof b.line === 'number' ? `${teks(b.file)} baris ${b.line}` : teks(b.file);
}
