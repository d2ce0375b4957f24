/**
 * Post-build step: writes .br and .gz beside every compressible file in build/, so
 * scripts/serve.ts can send them without compressing per request. Brotli at its
 * highest quality makes the DuckDB wasm about 6.6× smaller but takes ~30 s per
 * file, so results are cached by content hash in node_modules/.cache.
 *
 *   tsx scripts/compress.ts [dir]     (default: build)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const COMPRESSIBLE = /\.(js|mjs|css|wasm|html|json|csv|svg|txt|map)$/;
const MIN_BYTES = 1024;
const CACHE = resolve('node_modules/.cache/dasbor-compress');

async function* berkas(dir: string): AsyncGenerator<string> {
	for (const e of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* berkas(p);
		else if (COMPRESSIBLE.test(e.name)) yield p;
	}
}

async function padat(content: Buffer, kind: 'br' | 'gz'): Promise<Buffer> {
	const hash = createHash('sha256').update(content).digest('hex');
	const save = join(CACHE, `${hash}.${kind}`);
	const found = await readFile(save).catch(() => null);
	if (found) return found;
	const result =
		kind === 'br'
			? await brotli(content, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: 11,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length
					}
				})
			: await gzip(content, { level: 9 });
	await writeFile(save, result);
	return result;
}

export async function compress(dir: string): Promise<{ berkas: number; asli: number; br: number }> {
	await mkdir(CACHE, { recursive: true });
	const tugas: Promise<{ asli: number; br: number }>[] = [];
	for await (const p of berkas(dir)) {
		if ((await stat(p)).size < MIN_BYTES) continue;
		tugas.push(
			(async () => {
				const content = await readFile(p);
				const [br, gz] = await Promise.all([padat(content, 'br'), padat(content, 'gz')]);
				// a compressed copy that is not smaller is useless: the server then sends the original
				if (br.length < content.length) await writeFile(`${p}.br`, br);
				if (gz.length < content.length) await writeFile(`${p}.gz`, gz);
				return { asli: content.length, br: Math.min(br.length, content.length) };
			})()
		);
	}
	const result = await Promise.all(tugas);
	return {
		berkas: result.length,
		asli: result.reduce((a, x) => a + x.asli, 0),
		br: result.reduce((a, x) => a + x.br, 0)
	};
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('compress.ts')) {
	const dir = resolve(process.argv[2] ?? 'build');
	const t = Date.now();
	const r = await compress(dir);
	const mb = (n: number) => (n / 1048576).toFixed(1);
	console.log(`compress: ${r.berkas} berkas, ${mb(r.asli)} MiB → ${mb(r.br)} MiB brotli (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
