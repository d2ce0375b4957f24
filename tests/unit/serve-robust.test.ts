/**
 * Issue 14, item 5: the server outlives a rebuild. A file that vanishes while
 * it is served must not end the process, a page rebuilt with a new script hash
 * gets the new policy without a restart, and a request line that is no URL is
 * the client's error (400), not the server's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sendFile, startServer } from '../../scripts/serve';

let dir: string;
let url: string;
let server: http.Server;
const halaman = (hash: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${hash}='"></head><body>${hash}</body></html>`;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-serve-robust-'));
	await writeFile(join(dir, 'index.html'), halaman('lama'));
	await writeFile(join(dir, 'besar.js'), 'x'.repeat(500_000));
	({ url, server } = await startServer(dir));
});
afterAll(async () => {
	await new Promise((ok) => server.close(ok));
	await rm(dir, { recursive: true, force: true });
});

function mentah(line: string): Promise<string> {
	const { port } = server.address() as AddressInfo;
	return new Promise((ok, gagal) => {
		const s = connect(port, '127.0.0.1', () => s.write(line));
		let content = '';
		s.on('data', (d) => (content += d));
		s.on('end', () => ok(content));
		s.on('error', gagal);
	});
}

test('a page rebuilt with a new script hash is served with the new policy, without a restart', { timeout: 30_000 }, async () => {
	expect((await fetch(url)).headers.get('content-security-policy')).toContain("'sha256-lama='");
	// a rebuild writes the page anew: another size and time
	await writeFile(join(dir, 'index.html'), halaman('baru-sesudah-build'));
	const r = await fetch(url);
	expect(await r.text()).toContain('baru-sesudah-build');
	expect(r.headers.get('content-security-policy')).toContain("'sha256-baru-sesudah-build='");
	expect(r.headers.get('content-security-policy')).not.toContain("'sha256-lama='");
});

test('a file that is gone when it is opened cuts that response short and the server goes on', { timeout: 30_000 }, async () => {
	const s = http.createServer((_q, res) => {
		res.writeHead(200, { 'Content-Type': 'text/plain' });
		sendFile(join(dir, 'tidak-ada.js'), res);
	});
	await new Promise<void>((ok) => s.listen(0, '127.0.0.1', () => ok()));
	const { port } = s.address() as AddressInfo;
	await expect(fetch(`http://127.0.0.1:${port}/`).then((r) => r.text())).rejects.toThrow();
	// the process is alive and serves the next request
	expect((await fetch(url)).status).toBe(200);
	await new Promise((ok) => s.close(ok));
});

test('files deleted and rewritten while being requested (a rebuild while serving) never crash the server', { timeout: 60_000 }, async () => {
	const minta = Array.from({ length: 30 }, (_, i) =>
		fetch(`${url}/besar.js`)
			.then((r) => r.arrayBuffer().then(() => r.status))
			.catch(() => 'putus' as const)
			.finally(() => {
				if (i % 2) void rm(join(dir, 'besar.js'), { force: true }).then(() => writeFile(join(dir, 'besar.js'), 'y'.repeat(500_000)));
			})
	);
	const result = await Promise.all(minta);
	// each answer is a page, a 404 for a file caught between delete and write, or a cut response; never a 500
	for (const h of result) expect([200, 404, 'putus']).toContain(h);
	expect((await fetch(url)).status).toBe(200);
});

test('a request line that is no URL gets 400', { timeout: 30_000 }, async () => {
	expect(await mentah('GET //:x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
	expect(await mentah('INI BUKAN HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
	expect((await fetch(url)).status).toBe(200);
});
