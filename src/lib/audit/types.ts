/**
 * Audit output: one Temuan per inconsistency, with every source line involved,
 * so a reader can check the finding against the report without trusting us.
 */
import type { Report } from '../lkip/types';

export type Tingkat = 'tinggi' | 'sedang' | 'rendah';

export interface Evidence {
	line: number;
	raw: string;
	/** PDF page of the line, when the report was a PDF (added by the CLI and the data build) */
	page?: number | null;
	/** the place as a person finds it ("halaman 21", "tabel 3, baris 4"), when the report was a PDF or Word document */
	letak?: string | null;
}

export interface Temuan {
	file: string;
	/** rule id, see rules.ts */
	aturan: string;
	tingkat: Tingkat;
	kecamatan: string | null;
	tahun: number | null;
	/** what differs and by how much, in Bahasa Indonesia */
	pesan: string;
	/** the figure as printed (as a number) */
	nilai: number | null;
	/** the figure the other source or the arithmetic gives */
	seharusnya: number | null;
	/** every source line involved, ascending */
	lines: number[];
	bukti: Evidence[];
	/**
	 * Findings grouped by cause (cause.ts): the 1-based position (`no`) of the cause finding in
	 * the report's list, shared by the cause and its consequences; null for a finding on its own.
	 */
	kelompok: number | null;
	/** 'sebab' for the cause of a group, 'akibat' for a consequence counted under it, else null */
	peran: Role;
}

export type Role = 'sebab' | 'akibat' | null;

/** What a rule sees. `baris[i]` is line i+1 of the report text, untrimmed. */
export interface AuditContext {
	laporan: Report;
	text: string;
	baris: string[];
	/** the other reports loaded; the data build gives only those of the same printed kecamatan */
	lain: Report[];
	/** indicator key -> polarity, when reference data was given */
	polaritas: Map<string, 'positif' | 'negatif'>;
}

/** A finding before the report identity is attached. */
export type BaseTemuan = Pick<Temuan, 'pesan' | 'nilai' | 'seharusnya'> & { lines: number[] };

export interface AturanResult {
	temuan: BaseTemuan[];
	/** how many comparisons the rule made (passed + failed), for the quality score */
	diperiksa: number;
}

export interface Aturan {
	id: string;
	/** short title in Bahasa Indonesia */
	judul: string;
	tingkat: Tingkat;
	/** what is compared and the tolerance, in Bahasa Indonesia (printed in the generated doc) */
	toleransi: string;
	/**
	 * Set when the rule reads `lain`, the kecamatan's other reports. The others read one report
	 * alone, so the data build runs them where the report is extracted (auditOwn, index.ts).
	 */
	readsOtherReports?: boolean;
	periksa(ctx: AuditContext): AturanResult;
}
