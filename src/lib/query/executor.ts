/**
 * The one interface behind which both DuckDB executors sit: SQL in, plain rows out.
 * Rows travel from prerender to the page (SvelteKit's devalue, which carries
 * bigint), so an integer is a number when it fits exactly and a bigint beyond
 * 2^53: a sum of rupiah past 2^53 stays exact instead of failing or rounding.
 */
import type { ManifestParts } from './partitions';
import type { SummaryFile } from './summaries';

export type QueryValue = string | number | bigint | boolean | null | QueryValue[];
export type QueryRow = Record<string, QueryValue>;

/**
 * SQL text that carries the type of the rows it returns: a builder of sql.ts
 * declares `Kueri<BarisX>`, and `kueri` hands back `BarisX[]`. Still a string,
 * so it is logged, cached and run as one.
 */
export type Query<R extends QueryRow = QueryRow> = string & { readonly __baris?: R };

/**
 * What a query reads at most, said by its loader: only these kecamatan's rows of
 * the tables written in parts (partitions.ts), so the browser registers only their
 * parts. An engine with whole tables ignores it; the answer is the same.
 */
export interface Scope {
	/** Kemendagri codes */
	kode?: readonly string[];
	/** report years: of the summaries written per year (summaries.ts `perTahun`), only these years' rows */
	tahun?: readonly number[];
}

export interface Executor {
	query<R extends QueryRow = QueryRow>(sql: Query<R> | string, scope?: Scope): Promise<R[]>;
}

/**
 * DuckDB-WASM 1.28 copies a statement's text onto the wasm stack (emscripten's
 * ccall), whose room is about 64 KB: a longer statement overflows it ("memory
 * access out of bounds", or "null function or function signature mismatch")
 * and leaves the engine broken for every later query. Both WASM executors
 * refuse a statement past this many UTF-8 bytes with a message instead.
 */
export const MAX_STATEMENT_BYTES = 48 * 1024;

/** Bytes of `s` as UTF-8, which is what the engine copies (a UTF-16 unit is 1 to 3 bytes). */
export function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		// a surrogate pair is 4 bytes in UTF-8: 2 per unit
		n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
	}
	return n;
}

/** Throws when DuckDB-WASM could not take `sql` (BATAS_BYTE_PERINTAH); cheap for the usual short statement. */
export function checkStatementLength(sql: string): void {
	if (sql.length * 3 <= MAX_STATEMENT_BYTES) return;
	const n = utf8Length(sql);
	if (n > MAX_STATEMENT_BYTES)
		throw new Error(
			`Perintah SQL terlalu panjang untuk mesin data di peramban (${n.toLocaleString('id-ID')} byte, batas ${MAX_STATEMENT_BYTES.toLocaleString('id-ID')}); perintah tidak dijalankan.`
		);
}

/**
 * The one place query rows take their builder's declared type: DuckDB hands back
 * plain records, and the builder (sql.ts) states which columns they hold.
 */
export function typed<R extends QueryRow>(rows: QueryRow[]): R[] {
	return rows as R[];
}

/** Manifest written by the data build: static/data/manifest.json. */
export interface Manifest {
	dibuat: string;
	tabel: Record<string, { parquet: string; csv: string; baris: number }>;
	/** other published files by name, content-hashed (scripts/write-parquet.ts): the kecamatan boundaries */
	aset?: Record<string, string>;
	/** summaries beside the tables (summaries.ts); absent in datasets built before them */
	ringkasan?: Record<string, SummaryFile>;
	/** the detailed tables again, in parts by kecamatan code (partitions.ts); absent when there is one part */
	bagian?: ManifestParts;
	/** published answers (published-answers.ts: `tahun_terbit`, `pembanding_tahun`); absent in datasets built before them */
	jawaban?: Record<string, { parquet: string; baris: number }>;
}

export function plainValue(v: unknown, column: string): QueryValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return integer(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (Array.isArray(v)) return v.map((x) => plainValue(x, column));
	// Arrow vectors and other iterables (LIST columns in DuckDB-WASM)
	if (typeof v === 'object' && Symbol.iterator in (v as object)) {
		return Array.from(v as Iterable<unknown>, (x) => plainValue(x, column));
	}
	throw new Error(`Kolom ${column}: tipe nilai tidak didukung (${Object.prototype.toString.call(v)})`);
}

/** An exact integer: a number while it is safe, else the bigint itself (never a rounded float). */
export function integer(v: bigint): number | bigint {
	const n = Number(v);
	return Number.isSafeInteger(n) ? n : v;
}

export function plainRow(r: Record<string, unknown>): QueryRow {
	const out: QueryRow = {};
	for (const [k, v] of Object.entries(r)) out[k] = plainValue(v, k);
	return out;
}

/** What barisArrow reads of an Arrow table's schema (apache-arrow 13). */
interface ArrowSchema {
	schema?: { fields: { name: string; type: { typeId: number; scale?: number } }[] };
}

/** apache-arrow's Type.Decimal; imported by value it would pull Arrow into every page. */
const ARROW_DECIMAL = 7;

/**
 * Rows of an Arrow table as DuckDB-WASM returns it (in the browser and in Node alike).
 * DuckDB-WASM 1.28 sends HUGEINT (what sum() of a BIGINT gives) as Arrow
 * Decimal128(38, 0), whose value apache-arrow 13 hands over as a Uint32Array of
 * its four words: read as an iterable it would become four small numbers. Its
 * exact decimal text (String) is read as a bigint instead; a fractional DECIMAL
 * is scaled into a number, which is what DuckDB's node-api gives for one.
 */
export function arrowRows(table: { toArray(): { toJSON(): object }[] } & ArrowSchema): QueryRow[] {
	const desimal = new Map<string, number>();
	for (const f of table.schema?.fields ?? []) if (f.type.typeId === ARROW_DECIMAL) desimal.set(f.name, f.type.scale ?? 0);
	return table.toArray().map((r) => {
		const o = r.toJSON() as Record<string, unknown>;
		for (const [k, skala] of desimal) {
			const v = o[k];
			if (v === null || v === undefined) continue;
			const b = BigInt(String(v));
			o[k] = skala === 0 ? b : Number(b) / 10 ** skala;
		}
		return plainRow(o);
	});
}
