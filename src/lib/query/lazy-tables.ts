/**
 * Tables registered when a query first needs them (issue 10): DuckDB-WASM answers
 * the home page's first query once the tables that query reads are in, instead of
 * after all thirteen files are downloaded. A kecamatan page never fetches the
 * audit tables the home page has no use for, and the reverse.
 *
 * Which tables a statement reads is read from its text (`tabelDibaca`): every
 * published table name that stands as a name of its own, outside string literals
 * and comments, and every published file named in a literal. That can only over-approximate (a column called like a table makes
 * that table load too, which costs bytes, never a wrong answer); a statement cannot
 * read a table without naming it. `<tabel>_unggahan` (this browser's uploads) is a
 * table of its own that exists from the start, so writing uploads loads nothing.
 */
import { TABEL } from '../store/schema';
import { bertipe, type QueryRow, type Executor, type Kueri } from './executor';
import { RINGKASAN } from './ringkasan';

/** What registers lazily: the published tables and the summaries (ringkasan.ts). */
export const NAMA_MALAS = [...TABEL.map((t) => t.nama), ...RINGKASAN.map((r) => r.nama)];

/** The SQL with string literals emptied and comments removed: names inside them are not reads. */
function tanpaTeks(sql: string): string {
	return sql
		.replace(/'(?:[^']|'')*'/g, "''")
		.replace(/"(?:[^"]|"")*"/g, '""')
		.replace(/--[^\n]*/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ');
}

/**
 * Published tables a statement reads, in schema order. A name counts when it is not
 * part of a longer identifier (`ikm_pilih`, `laporan_id`, `ikm_unggahan`) and not a
 * qualified column (`k.kecamatan`); `<tabel>_terbit` is the published part itself.
 */
export function tabelDibaca(sql: string, nama: readonly string[] = NAMA_MALAS): string[] {
	const teks = tanpaTeks(sql).toLowerCase();
	const kata = new Set<string>();
	for (const m of teks.matchAll(/(?<![\w.$])[a-z_][a-z0-9_]*/g)) kata.add(m[0]);
	// a published file named in a literal (read_parquet('ikm.66d87978.parquet')) is its table's file
	for (const m of sql.matchAll(/'([a-z_][a-z0-9_]*)\.[0-9a-f]{8,}\.parquet'/gi)) kata.add(m[1].toLowerCase());
	return nama.filter((n) => kata.has(n) || kata.has(`${n}_terbit`));
}

export interface EksekutorMalas extends Executor {
	/** tables registered so far (or being registered), in the order asked */
	terdaftar(): string[];
	/** register these tables now, without a query (e.g. ahead of a page's first query) */
	siapkan(nama: readonly string[]): Promise<void>;
}

/**
 * An executor that registers, before each statement, the tables it reads and are
 * not in yet. `daftarkan(nama, db)` fetches the table's file and creates its views
 * (sqlSiapkanTabel, sqlSiapkanRingkasan; `db.siapkan` for what a view reads); it
 * runs at most once per table, concurrently for the tables of one statement, and
 * again after a failure (the network may come back).
 */
export function eksekutorMalas(kueri: (sql: string) => Promise<QueryRow[]>, daftarkan: (nama: string, db: EksekutorMalas) => Promise<void>): EksekutorMalas {
	const janji = new Map<string, Promise<void>>();
	const urutan: string[] = [];
	function satu(n: string): Promise<void> {
		let p = janji.get(n);
		if (!p) {
			if (!NAMA_MALAS.includes(n)) return Promise.reject(new Error(`tabel tidak dikenal: ${n}`));
			p = daftarkan(n, db);
			janji.set(n, p);
			urutan.push(n);
			p.catch(() => {
				janji.delete(n);
				urutan.splice(urutan.indexOf(n), 1);
			});
		}
		return p;
	}
	const siapkan = async (nama: readonly string[]) => void (await Promise.all(nama.map(satu)));
	const db: EksekutorMalas = {
		async kueri<R extends QueryRow = QueryRow>(sql: Kueri<R> | string): Promise<R[]> {
			await siapkan(tabelDibaca(sql));
			return bertipe<R>(await kueri(sql));
		},
		terdaftar: () => [...urutan],
		siapkan
	};
	return db;
}
