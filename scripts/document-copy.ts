/**
 * The original reports, copied so the site serves them itself (the viewer opens
 * a figure's page): `dokumen/<name>.<hash8>.<ext>`, immutable like the tables.
 * Apart from write-parquet.ts so the extraction workers copy each document as
 * they read it, without loading DuckDB, and the build never holds the bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** Writes `bytes` of report `file` under `dir`/dokumen/ and gives its path relative to `dir`. */
export function copyDocument(dir: string, file: string, bytes: Uint8Array): string {
	const ext = extname(file).toLowerCase();
	// the name becomes a URL path: only safe characters
	const name =
		basename(file, extname(file))
			.replace(/[^A-Za-z0-9._-]+/g, '-')
			.slice(0, 80) || 'dokumen';
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
	const path = `dokumen/${name}.${hash}${ext}`;
	mkdirSync(join(dir, 'dokumen'), { recursive: true });
	writeFileSync(join(dir, path), bytes);
	return path;
}
