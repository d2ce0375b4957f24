import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy: only our own origin. 'wasm-unsafe-eval' lets DuckDB-WASM
 * compile its WebAssembly; the DuckDB worker is one of our own files, so workers
 * need no blob: either. Styles allow 'unsafe-inline' because Svelte and
 * ECharts set style attributes. scripts/serve.ts sends the same policy as a header.
 */
/** @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self'],
	'connect-src': ['self'],
	'img-src': ['self', 'data:', 'blob:'],
	'style-src': ['self', 'unsafe-inline'],
	'font-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// 'hash': prerendered pages get a <meta> policy with the hash of SvelteKit's inline bootstrap script
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
