/**
 * The static server for `npm start` and the browser tests: serves build/ on
 * localhost with the right MIME types (DuckDB needs application/wasm), the .br/.gz
 * files scripts/compress.ts wrote, immutable caching for content-hashed files, and
 * the site's Content-Security-Policy as a header.
 *
 *   tsx scripts/serve.ts [--port 4173] [--dir build]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { CSP_DIRECTIVES } from '../svelte.config.js';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

const KATA_KUNCI = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'wasm-unsafe-eval', 'strict-dynamic']);

/** The policy for non-HTML responses (worker scripts need script-src too), from svelte.config.js. */
export function basePolicy(): string {
	const d = Object.entries(CSP_DIRECTIVES).map(([k, vs]) => `${k} ${(vs as string[]).map((v) => (KATA_KUNCI.has(v) ? `'${v}'` : v)).join(' ')}`);
	return [...d, "frame-ancestors 'none'"].join('; ');
}

/**
 * HTML pages carry SvelteKit's <meta> policy with the hash of its inline bootstrap
 * script. Send the same policy as the header: a header without that hash would
 * block the bootstrap, since both policies apply.
 */
function kebijakanHalaman(html: string, base: string): string {
	const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!m) return base;
	const content = m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return `${content.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/** Content-hashed files never change under the same name. */
export function isImmutable(pathname: string): boolean {
	return pathname.startsWith('/_app/immutable/') || /^\/data\/[^/]+\.[0-9a-f]{8,}\.[a-z]+$/i.test(pathname);
}

/**
 * Streams a file into the response. The file can vanish between the stat and
 * the open (a rebuild while serving): without an error handler the stream's
 * error would end the whole process. The headers are already sent, so the
 * response is cut short and the client retries.
 */
export function sendFile(path: string, res: http.ServerResponse): void {
	const s = createReadStream(path);
	s.on('error', () => res.destroy());
	s.pipe(res);
}

async function berkasAda(p: string): Promise<boolean> {
	return (await stat(p).catch(() => null))?.isFile() ?? false;
}

export function buildServer(dir = 'build'): http.Server {
	const root = resolve(dir);
	const base = basePolicy();
	// keyed by file and version: after a rebuild a page carries a new script hash
	const cspHtml = new Map<string, string>();

	async function find(pathname: string): Promise<string | null> {
		const p = resolve(join(root, pathname));
		if (p !== root && !p.startsWith(root + sep)) return null; // no way out of build/
		for (const c of [p, `${p}.html`, join(p, 'index.html')]) if (await berkasAda(c)) return c;
		return null;
	}

	const server = http.createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { Allow: 'GET, HEAD' }).end();
				return;
			}
			let pathname: string;
			try {
				// "GET //:x" is no URL at all: the client's mistake (400), not the server's (500)
				pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
			} catch {
				res.writeHead(400).end('Alamat tidak sah');
				return;
			}
			let file = await find(pathname);
			let status = 200;
			if (!file) {
				status = 404;
				file = (await berkasAda(join(root, '404.html'))) ? join(root, '404.html') : null;
				if (!file) {
					res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': base });
					res.end('Halaman tidak ditemukan');
					return;
				}
			}
			const ext = extname(file);
			const info = await stat(file);
			const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
			const headers: Record<string, string> = {
				'Content-Type': MIME[ext] ?? 'application/octet-stream',
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'no-referrer',
				'Cache-Control': status === 200 && isImmutable(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
				ETag: etag,
				Vary: 'Accept-Encoding'
			};
			if (ext === '.html') {
				const key = `${file}\0${etag}`;
				let csp = cspHtml.get(key);
				if (!csp) cspHtml.set(key, (csp = kebijakanHalaman(await readFile(file, 'utf8'), base)));
				headers['Content-Security-Policy'] = csp;
			} else {
				headers['Content-Security-Policy'] = base;
			}
			if (status === 200 && req.headers['if-none-match'] === etag) {
				res.writeHead(304, headers).end();
				return;
			}
			const terima = String(req.headers['accept-encoding'] ?? '');
			let send = file;
			let size = info.size;
			for (const [token, akhiran] of [
				['br', '.br'],
				['gzip', '.gz']
			] as const) {
				if (!new RegExp(`\\b${token}\\b`).test(terima)) continue;
				const s = await stat(file + akhiran).catch(() => null);
				if (s?.isFile()) {
					send = file + akhiran;
					size = s.size;
					headers['Content-Encoding'] = token;
					break;
				}
			}
			headers['Content-Length'] = String(size);
			res.writeHead(status, headers);
			if (req.method === 'HEAD') res.end();
			else sendFile(send, res);
		} catch (e) {
			// found, then gone before it was read: a rebuild replaced it; the client may retry
			const hilang = (e as NodeJS.ErrnoException).code === 'ENOENT';
			if (!res.headersSent) res.writeHead(hilang ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(hilang ? 'Berkas sedang diganti; muat ulang halaman' : `Galat server: ${(e as Error).message}`);
		}
	});
	// a request line the parser cannot read at all
	server.on('clientError', (_e, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nPermintaan tidak sah');
		else socket.destroy();
	});
	return server;
}

/** Start on a port (0 = any free port); resolves with the base URL. */
export async function startServer(dir = 'build', port = 0, host = '127.0.0.1'): Promise<{ url: string; server: http.Server }> {
	const server = buildServer(dir);
	await new Promise<void>((ok, gagal) => server.once('error', gagal).listen(port, host, () => ok()));
	const a = server.address() as AddressInfo;
	return { url: `http://${host}:${a.port}`, server };
}

if (process.argv[1]?.endsWith('serve.ts')) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(name);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const port = Number(arg('--port') ?? process.env.PORT ?? 4173);
	const { url } = await startServer(arg('--dir') ?? 'build', port, arg('--host') ?? '127.0.0.1');
	console.log(`Dasbor tersedia di ${url}/`);
}
