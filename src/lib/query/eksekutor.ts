/**
 * The one interface behind which both DuckDB executors sit: SQL in, plain rows out.
 * Rows hold only JSON-safe values (they travel from prerender to the page), so
 * BIGINT becomes number, and only when it fits exactly.
 */
export type Nilai = string | number | boolean | null | Nilai[];
export type Baris = Record<string, Nilai>;

/**
 * SQL text that carries the type of the rows it returns: a builder of sql.ts
 * declares `Kueri<BarisX>`, and `kueri` hands back `BarisX[]`. Still a string,
 * so it is logged, cached and run as one.
 */
export type Kueri<R extends Baris = Baris> = string & { readonly __baris?: R };

export interface Eksekutor {
	kueri<R extends Baris = Baris>(sql: Kueri<R> | string): Promise<R[]>;
}

/**
 * The one place query rows take their builder's declared type: DuckDB hands back
 * plain records, and the builder (sql.ts) states which columns they hold.
 */
export function bertipe<R extends Baris>(rows: Baris[]): R[] {
	return rows as R[];
}

/** Manifest written by the data build: static/data/manifest.json. */
export interface Manifest {
	dibuat: string;
	tabel: Record<string, { parquet: string; csv: string; baris: number }>;
}

export function nilaiBiasa(v: unknown, kolom: string): Nilai {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') {
		const n = Number(v);
		if (!Number.isSafeInteger(n)) throw new Error(`Kolom ${kolom}: bilangan ${v} melampaui batas bilangan bulat aman`);
		return n;
	}
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (Array.isArray(v)) return v.map((x) => nilaiBiasa(x, kolom));
	// Arrow vectors and other iterables (LIST columns in DuckDB-WASM)
	if (typeof v === 'object' && Symbol.iterator in (v as object)) {
		return Array.from(v as Iterable<unknown>, (x) => nilaiBiasa(x, kolom));
	}
	throw new Error(`Kolom ${kolom}: tipe nilai tidak didukung (${Object.prototype.toString.call(v)})`);
}

export function barisBiasa(r: Record<string, unknown>): Baris {
	const out: Baris = {};
	for (const [k, v] of Object.entries(r)) out[k] = nilaiBiasa(v, k);
	return out;
}

/** Rows of an Arrow table as DuckDB-WASM returns it (in the browser and in Node alike). */
export function barisArrow(tabel: { toArray(): { toJSON(): object }[] }): Baris[] {
	return tabel.toArray().map((r) => barisBiasa(r.toJSON() as Record<string, unknown>));
}
