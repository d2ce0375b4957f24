/**
 * Data of the "Konsistensi data" page: findings, scores and the source lines they cite.
 * Small enough (tens of findings, hundreds of lines) to load once and filter in the page.
 */
import type { Baris, Eksekutor } from './eksekutor';
import { sqlSkorKualitas, sqlSumberBaris, sqlTemuan, sqlTemuanKecamatan } from './sql';

export interface DataKonsistensi {
	temuan: Baris[];
	skor: Baris[];
	/** file -> line -> text */
	sumber: Record<string, Record<number, string>>;
}

export async function muatKonsistensi(db: Eksekutor): Promise<DataKonsistensi> {
	const [temuan, skor, baris] = await Promise.all([db.kueri(sqlTemuan()), db.kueri(sqlSkorKualitas()), db.kueri(sqlSumberBaris())]);
	const sumber: DataKonsistensi['sumber'] = {};
	for (const b of baris) (sumber[b.file as string] ??= {})[b.line as number] = b.teks as string;
	return { temuan, skor, sumber };
}

export async function muatTemuanKecamatan(db: Eksekutor, slug: string): Promise<Baris[]> {
	return db.kueri(sqlTemuanKecamatan(slug));
}
