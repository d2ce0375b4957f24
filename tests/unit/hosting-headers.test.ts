/**
 * The headers shipped for static hosts (issue 14, item 5) say what the local
 * server says: no framing, no MIME sniffing, and no fetch directive that would
 * override the page's own meta policy.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { basePolicy } from '../../scripts/serve';

const headers = readFileSync('static/_headers', 'utf8');
const nginx = readFileSync('docs/hosting/nginx.conf', 'utf8');

test('_headers and the nginx snippet forbid framing and sniffing, like scripts/serve.ts', () => {
	expect(basePolicy()).toMatch(/frame-ancestors 'none'$/);
	const all = headers
		.split('\n')
		.filter((b) => /^\s+[A-Za-z-]+:/.test(b))
		.map((b) => b.trim());
	expect(all).toContain("Content-Security-Policy: frame-ancestors 'none'");
	expect(all).toContain('X-Content-Type-Options: nosniff');
	// only frame-ancestors: a script-src here would block the hashed inline bootstrap
	expect(all.filter((b) => b.startsWith('Content-Security-Policy:'))).toEqual(["Content-Security-Policy: frame-ancestors 'none'"]);
	expect(nginx).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
	expect(nginx).toContain('add_header X-Content-Type-Options nosniff always;');
	expect(nginx).toMatch(/types \{ application\/wasm wasm;/);
});
