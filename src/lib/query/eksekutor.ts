/**
 * The one interface behind which both DuckDB executors sit: SQL in, plain rows out.
 * Rows hold only JSON-safe values (they travel from prerender to the page), so
 * BIGINT becomes number, and only when it fits exactly.
 */
export type Nilai = string | number | boolean | null | Nilai[];
export type Baris = Record<string, Nilai>;

export interface Eksekutor {
	kueri(sql: string): Promise<Baris[]>;
}

/** Manifest written by the data build: static/data/manifest.json. */
export interface Manifest {
	dibuat: string;
	tabel: Record<string, { parquet: string; csv: string; baris: number }>;
	/** summaries beside the tables (ringkasan.ts); absent in datasets built before them */
	ringkasan?: Record<string, { parquet: string; baris: number }>;
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
