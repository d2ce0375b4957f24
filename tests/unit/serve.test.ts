/**
 * scripts/serve.ts: MIME types, precompressed files by Accept-Encoding, caching of
 * hashed files, the CSP header, and no way out of the served directory.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve';

let dir: string;
let url: string;
let server: Server;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-serve-'));
	await mkdir(join(dir, '_app/immutable/assets'), { recursive: true });
	await mkdir(join(dir, 'data'), { recursive: true });
	await mkdir(join(dir, 'kecamatan'), { recursive: true });
	const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='; default-src 'self'"></head><body>beranda</body></html>`;
	await writeFile(join(dir, 'index.html'), html);
	await writeFile(join(dir, 'kecamatan/arjasa.html'), '<p>arjasa</p>');
	const wasm = Buffer.alloc(4096, 1);
	await writeFile(join(dir, '_app/immutable/assets/duckdb-eh.abc123.wasm'), wasm);
	await writeFile(join(dir, '_app/immutable/assets/duckdb-eh.abc123.wasm.br'), brotliCompressSync(wasm));
	await writeFile(join(dir, 'data/ikm.0123abcd.parquet'), 'PAR1');
	await writeFile(join(dir, 'data/manifest.json'), '{}');
	// a file just outside the served folder
	await writeFile(join(dir, '..', `${dir.split('/').pop()}-rahasia.txt`), 'rahasia');
	({ url, server } = await startServer(dir));
});
afterAll(async () => {
	await new Promise((ok) => server.close(ok));
	await rm(dir, { recursive: true, force: true });
	await rm(`${dir}-rahasia.txt`, { force: true });
});

test('wasm dikirim sebagai application/wasm, brotli bila diterima, dan disimpan selamanya', async () => {
	const res = await fetch(`${url}/_app/immutable/assets/duckdb-eh.abc123.wasm`, { headers: { 'accept-encoding': 'br' }, decompress: false } as RequestInit);
	expect(res.headers.get('content-type')).toBe('application/wasm');
	expect(res.headers.get('cache-control')).toContain('immutable');
	expect(res.headers.get('vary')).toBe('Accept-Encoding');
	// fetch decodes the body; its length says it was the 4096-byte original, sent compressed
	expect(res.headers.get('content-encoding')).toBe('br');
	expect(Number(res.headers.get('content-length'))).toBeLessThan(4096);
	expect((await res.arrayBuffer()).byteLength).toBe(4096);
	const polos = await fetch(`${url}/_app/immutable/assets/duckdb-eh.abc123.wasm`, { headers: { 'accept-encoding': 'identity' } });
	expect(polos.headers.get('content-encoding')).toBeNull();
});

test('berkas data berhash abadi, manifest tidak', async () => {
	expect((await fetch(`${url}/data/ikm.0123abcd.parquet`)).headers.get('cache-control')).toContain('immutable');
	expect((await fetch(`${url}/data/manifest.json`)).headers.get('cache-control')).toBe('no-cache');
});

test('halaman prerender tanpa .html, dengan CSP dari meta halamannya', async () => {
	const r = await fetch(`${url}/kecamatan/arjasa`);
	expect(r.status).toBe(200);
	expect(await r.text()).toContain('arjasa');
	const beranda = await fetch(`${url}/`);
	const csp = beranda.headers.get('content-security-policy')!;
	expect(csp).toContain("'sha256-abc='");
	expect(csp).toContain("frame-ancestors 'none'");
	const other = (await fetch(`${url}/data/manifest.json`)).headers.get('content-security-policy')!;
	expect(other).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(other).not.toMatch(/https?:/);
});

test('tidak bisa keluar dari folder yang dilayani', async () => {
	const name = `${dir.split('/').pop()}-rahasia.txt`;
	expect((await fetch(`${url}/%2e%2e/${name}`)).status).toBe(404);
	expect((await fetch(`${url}/..%2f${name}`)).status).toBe(404);
	expect((await fetch(`${url}/tidak-ada`)).status).toBe(404);
});
