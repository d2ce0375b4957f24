/**
 * Data of the "Konsistensi data" page: findings, scores and the source lines they cite.
 * Small enough (tens of findings, hundreds of lines) to load once and filter in the page.
 */
import type { Executor } from './executor';
import { kecamatanScope } from './page-data';
import { sqlSkorKualitas, sqlRowSource, sqlTemuan, sqlKecamatanTemuan, type SkorKualitasRow, type TemuanRow, type KecamatanTemuanRow } from './sql';

export interface ConsistencyData {
	temuan: TemuanRow[];
	skor: SkorKualitasRow[];
	/** kunciBerkas(file, unggahan) -> line -> text */
	sumber: Record<string, Record<number, string>>;
	/** kunciBerkas(file, unggahan) -> line -> place in the original PDF/Word ("halaman 21"); absent for text reports */
	letak: Record<string, Record<number, string>>;
}

/** Where a row's source lines are kept: an uploaded file may bear a published file's name. */
export function fileKey(file: unknown, upload: unknown): string {
	return upload === true ? `unggahan:${String(file)}` : String(file);
}

export async function loadConsistency(db: Executor): Promise<ConsistencyData> {
	const [temuan, skor, rows] = await Promise.all([db.query(sqlTemuan()), db.query(sqlSkorKualitas()), db.query(sqlRowSource())]);
	const sumber: ConsistencyData['sumber'] = {};
	const letak: ConsistencyData['letak'] = {};
	for (const b of rows) {
		const k = fileKey(b.file, b.unggahan);
		(sumber[k] ??= {})[b.line] = b.teks;
		if (b.letak) (letak[k] ??= {})[b.line] = b.letak;
	}
	return { temuan, skor, sumber, letak };
}

/** One kecamatan's findings: only its part of the findings table (partitions.ts). */
export async function loadKecamatanTemuan(db: Executor, slug: string): Promise<KecamatanTemuanRow[]> {
	return db.query(sqlKecamatanTemuan(slug), await kecamatanScope(db, slug));
}
