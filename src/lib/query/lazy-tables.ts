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
import { TABLES, tabel } from '../store/schema';
import { typed, type Scope, type Executor, type Query, type Manifest, type QueryRow } from './executor';
import { partFiles } from './partitions';
import { SUMMARIES, summaryOf, summaryYearFiles, sqlPrepareSummary } from './summaries';
import { sqlPrepareTable } from './sql';
import { PUBLISHED_ANSWERS, answerOf } from './published-answers';

/** What registers lazily: the published tables, the summaries (summaries.ts) and the published answers (published-answers.ts). */
export const LAZY_NAMES = [...TABLES.map((t) => t.nama), ...SUMMARIES.map((r) => r.nama), ...PUBLISHED_ANSWERS.map((a) => a.nama)];

/** The SQL with string literals emptied and comments removed: names inside them are not reads. */
function withoutText(sql: string): string {
	return sql
		.replace(/'(?:[^']|'')*'/g, "''")
		.replace(/"(?:[^"]|"")*"/g, '""')
		.replace(/--[^\n]*/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ');
}

/**
 * Published tables a statement reads, in schema order. A name counts when it is not
 * part of a longer identifier (`ikm_pilih`, `laporan_id`, `ikm_unggahan`) and not a
 * qualified column (`k.kecamatan`) or an alias (`AS ikm`); `<tabel>_terbit` is the published part itself.
 */
export function tablesRead(sql: string, name: readonly string[] = LAZY_NAMES): string[] {
	const text = withoutText(sql).toLowerCase();
	const word = new Set<string>();
	// a name right after AS (only spaces between) is an alias or a type (`i.realisasi AS ikm`), never a read
	let lalu = { kata: '', akhir: 0 };
	for (const m of text.matchAll(/(?<![\w.$])[a-z_]\w*/g)) {
		if (!(lalu.kata === 'as' && text.slice(lalu.akhir, m.index).trim() === '')) word.add(m[0]);
		lalu = { kata: m[0], akhir: m.index + m[0].length };
	}
	// a published file named in a literal (read_parquet('ikm.66d87978.parquet')) is its table's file
	for (const m of sql.matchAll(/'([a-z_][a-z0-9_]*)\.[0-9a-f]{8,}\.parquet'/gi)) word.add(m[1].toLowerCase());
	return name.filter((n) => word.has(n) || word.has(`${n}_terbit`));
}

export interface LazyExecutor extends Executor {
	/** tables registered so far (or being registered), whole or in parts, in the order asked */
	terdaftar(): string[];
	/** part files registered so far per table read in parts (tables registered whole are not here) */
	registeredParts(): Record<string, string[]>;
	/** register these tables now, without a query (e.g. ahead of a page's first query) */
	siapkan(nama: readonly string[], scope?: Scope): Promise<void>;
}

/**
 * Registers table `nama` for a query: `bagian` absent = its whole file; else its
 * view must read exactly these part files (partitions.ts), a superset of what an
 * earlier call for the table gave.
 */
export type RegisterTable = (nama: string, db: LazyExecutor, bagian?: readonly string[]) => Promise<void>;

interface TableState {
	/** the whole file, once asked for: it holds every part */
	utuh?: Promise<void>;
	/** part files in the view or on their way */
	bagian: Set<string>;
	/** a view over parts was asked for (perhaps over none: a code with no part yet is an empty view) */
	dimulai: boolean;
	/** the table's registrations run one after another: each replaces its view */
	rantai: Promise<void>;
}

/**
 * An executor that registers, before each statement, the tables it reads and are
 * not in yet. `daftarkan(nama, db)` fetches the table's file and creates its views
 * (sqlSiapkanTabel, sqlSiapkanRingkasan; `db.siapkan` for what a view reads); it
 * runs at most once per table, concurrently for the tables of one statement, and
 * again after a failure (the network may come back).
 *
 * A statement run with a `Scope` reads, of a table in parts (`partsOf(nama)`
 * gives its part files for the codes), only the parts of those kecamatan; the
 * table's view is then replaced by one over every part registered so far. A
 * statement without one reads the whole file, which from then on serves all.
 */
export function lazyExecutor(
	kueri: (sql: string) => Promise<QueryRow[]>,
	daftarkan: RegisterTable,
	partsOf: (name: string, scope: Scope) => string[] | null = () => null
): LazyExecutor {
	const keadaan = new Map<string, TableState>();
	const order: string[] = [];
	function satu(n: string, scope?: Scope): Promise<void> {
		if (!LAZY_NAMES.includes(n)) return Promise.reject(new Error(`tabel tidak dikenal: ${n}`));
		let k = keadaan.get(n);
		if (!k) {
			keadaan.set(n, (k = { bagian: new Set(), dimulai: false, rantai: Promise.resolve() }));
			order.push(n);
		}
		const st = k;
		if (st.utuh) return st.utuh;
		const perlu = scope ? partsOf(n, scope) : null;
		const before = st.rantai.catch(() => {});
		let p: Promise<void>;
		if (!perlu) {
			p = st.utuh = before.then(() => daftarkan(n, db));
			p.catch(() => {
				if (st.utuh === p) st.utuh = undefined;
			});
		} else {
			const baru = perlu.filter((f) => !st.bagian.has(f));
			if (!baru.length && st.dimulai) return st.rantai;
			st.dimulai = true;
			for (const f of baru) st.bagian.add(f);
			const all = [...st.bagian];
			p = before.then(() => daftarkan(n, db, all));
			p.catch(() => {
				for (const f of baru) st.bagian.delete(f);
			});
		}
		st.rantai = p;
		p.catch(() => {
			// nothing of the table in: as if never asked
			if (!st.utuh && st.bagian.size === 0 && keadaan.get(n) === st && st.rantai === p) {
				keadaan.delete(n);
				order.splice(order.indexOf(n), 1);
			}
		});
		return p;
	}
	const prepare = async (name: readonly string[], scope?: Scope) => void (await Promise.all(name.map((n) => satu(n, scope))));
	const db: LazyExecutor = {
		async query<R extends QueryRow = QueryRow>(sql: Query<R> | string, scope?: Scope): Promise<R[]> {
			await prepare(tablesRead(sql), scope);
			const rows = typed<R>(await kueri(sql));
			markFirstAnswer();
			return rows;
		},
		terdaftar: () => [...order],
		registeredParts: () => Object.fromEntries([...keadaan].filter(([, k]) => !k.utuh && k.bagian.size).map(([n, k]) => [n, [...k.bagian]])),
		siapkan: prepare
	};
	return db;
}

/**
 * `duckdb-jawaban-pertama` (read by bench/browser.ts): the first query this page's
 * engine answered, the moment issue 10 asks to come within 2 s of load. `duckdb-siap`
 * (engine.svelte.ts) comes later, once all of the page's own queries are answered.
 */
function markFirstAnswer(): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(FIRST_ANSWER).length) return;
	performance.mark(FIRST_ANSWER);
}
const FIRST_ANSWER = 'duckdb-jawaban-pertama';

/**
 * The registration both DuckDB-WASM executors share (duckdb-browser.ts, and
 * duckdb-wasm-node.ts that the tests run): `muat(berkas)` brings a published file
 * into the engine under its manifest name (at most once per name here), `jalankan`
 * runs a statement on the connection.
 */
export function registerFromManifest(manifest: Manifest, load: (file: string) => Promise<void>, jalankan: (sql: string) => Promise<unknown>): RegisterTable {
	const dimuat = new Map<string, Promise<void>>();
	const satuBerkas = (f: string) => {
		let p = dimuat.get(f);
		if (!p) {
			dimuat.set(f, (p = load(f)));
			p.catch(() => dimuat.delete(f));
		}
		return p;
	};
	return async (name, malas, section) => {
		const answer = answerOf(name);
		if (answer) {
			const file = manifest.jawaban?.[name]?.parquet ?? null;
			if (file) await satuBerkas(file);
			// without its file the view computes the answer, over whole tables (no scope) that must be in first
			else await malas.siapkan(tablesRead(answer.prepare(null)).filter((n) => n !== name));
			await jalankan(answer.prepare(file));
			return;
		}
		const ring = summaryOf(name);
		const utuh = (ring ? manifest.ringkasan?.[name]?.parquet : manifest.tabel[name]?.parquet) ?? null;
		const berkas = section ? [...section] : utuh ? [utuh] : [];
		await Promise.all(berkas.map(satuBerkas));
		if (ring) {
			// without its file the summary is a view over its table, which must be in first
			if (!utuh) await malas.siapkan([ring.dari]);
			// the whole file as one name; else year files as a list (none: only the uploads) and parts by code
			if (!section) return void (await jalankan(sqlPrepareSummary(ring, utuh)));
			const m = manifest.ringkasan?.[name];
			const yearOf = new Map(Object.entries(m?.tahun ?? {}).map(([t, f]) => [f.parquet, Number(t)]));
			const parts = new Set((m?.bagian ?? []).map((b) => b.parquet));
			const yearFiles = berkas.filter((f) => yearOf.has(f));
			await jalankan(
				sqlPrepareSummary(ring, yearFiles, {
					bagian: berkas.filter((f) => parts.has(f)),
					tahun: yearFiles.map((f) => yearOf.get(f)!)
				})
			);
			return;
		}
		// published rows and this browser's uploads, one view per table
		// a whole file as one name, as before parts existed; parts as a list (none: an empty view)
		const source = section ? (berkas.length ? berkas : null) : utuh;
		for (const sql of sqlPrepareTable(tabel(name), source)) await jalankan(sql);
	};
}

/** Every file a manifest names that a page may fetch: the copies worth keeping. */
export function manifestFiles(manifest: Manifest): string[] {
	return [
		...Object.values(manifest.tabel).map((m) => m.parquet),
		...Object.values(manifest.ringkasan ?? {}).flatMap((m) => [
			m.parquet,
			...Object.values(m.tahun ?? {}).map((t) => t.parquet),
			...(m.bagian ?? []).map((b) => b.parquet)
		]),
		...Object.values(manifest.bagian?.tabel ?? {}).flatMap((b) => b.map((x) => x.parquet)),
		...Object.values(manifest.jawaban ?? {}).map((j) => j.parquet)
	];
}

/**
 * A manifest's parts as `lazyExecutor` asks for them: a table in parts by the
 * scope's kecamatan codes, a summary written in parts too by them, a summary written
 * per year by its years; anything else (or a scope that does not say what the table
 * is cut by) whole.
 */
export function manifestParts(manifest: Manifest): (name: string, scope: Scope) => string[] | null {
	return (name, scope) => {
		const ring = summaryOf(name);
		if (!ring) return scope.kode ? partFiles(manifest.bagian, name, scope.kode) : null;
		const m = manifest.ringkasan?.[name];
		if (scope.kode && m?.bagian && manifest.bagian) return partFiles({ ...manifest.bagian, tabel: { [name]: m.bagian } }, name, scope.kode);
		return scope.tahun ? summaryYearFiles(ring, m, scope.tahun) : null;
	};
}
