// Lint keeps three habits the type checker cannot (issue 13 item 8, issue 14):
// - the layers stay layers: the readers (document/, lkip/) and the audit run in
//   the browser upload as well as in the data build, so they import neither Svelte
//   nor Node; pages and components never import the build (scripts/, the build-only
//   parts of store/). Each folder's README says what it may import; the
//   `layer(...)` blocks below are the same sentences, enforced.
// - regular expressions whose matching time grows faster than their input fail
//   (a report or CSV of a few hundred kilobytes must never freeze the tab);
// - typescript-eslint and eslint-plugin-svelte catch the usual mistakes in .ts and
//   .svelte alike. Types themselves are checked by svelte-check (`npm run check`),
//   so no type-aware rules here: they would double the time on two cores.
import { builtinModules } from 'node:module';
import svelte from 'eslint-plugin-svelte';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const advice = Object.fromEntries(Object.keys(regexp.configs['flat/recommended'].rules).map((r) => [r, 'warn']));

const NODE = {
	paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: 'no Node APIs in this layer: the browser runs it too' })),
	patterns: [{ group: ['node:*'], message: 'no Node APIs in this layer: the browser runs it too' }]
};
const SVELTE = {
	group: ['svelte', 'svelte/*', '$app/*', '**/*.svelte', '**/*.svelte.js', '**/*.svelte.ts', '**/*.svelte.*'],
	message: 'no Svelte in this layer: it is plain TypeScript shared by Node and the browser'
};
const BUILD = {
	group: ['**/scripts/*', '**/scripts/**', '$lib/store/synth', '**/store/synth', '$lib/store/ddl', '**/store/ddl'],
	message: 'the site does not import the build (scripts/, store/synth, store/ddl)'
};
const NODE_EXECUTORS = {
	group: ['$lib/query/duckdb-node', '**/query/duckdb-node', '**/duckdb-wasm-node'],
	message: 'the DuckDB Node executors run at prerender time only: import them from +page.server.ts'
};

/** `no-restricted-imports` for one folder: flat config replaces a rule's options per block, so each block lists all it forbids. */
function layer(files, { node = false, groups = [] }) {
	const options = { paths: node ? NODE.paths : [], patterns: [...(node ? NODE.patterns : []), ...groups] };
	return { files, rules: { 'no-restricted-imports': ['error', options] } };
}
const lib = (name, message) => ({ group: [`$lib/${name}`, `$lib/${name}/*`, `**/${name}/*`, `../${name}`], message });

export default [
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'data/',
			'bench/.work/',
			'bench/results/',
			'src/lib/document/pdf-read.ts',
			'scripts/pdfjs-node.ts'
		]
	},
	...tseslint.configs.recommended,
	...svelte.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'off' },
		plugins: { regexp },
		rules: {
			...advice,
			// control characters are matched on purpose: they are what gets stripped from cells and messages
			'no-control-regex': 'off',
			'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
			'regexp/no-super-linear-move': ['error', { report: 'potential' }],
			// `_x` marks a parameter kept for its position (a callback's signature)
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
			// the pages link with base-relative hrefs built by nav.ts; resolve() would hide the URL contract
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` keeps the space before a block's content, which Svelte would trim
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// tests and the benchmark match fixed inputs they wrote themselves: a slow pattern there is advice
		files: ['tests/**', 'bench/**'],
		rules: { 'regexp/no-super-linear-backtracking': 'warn', 'regexp/no-super-linear-move': 'warn' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig } }
	},
	// --- the layers (each folder's README.md states the same) ---
	layer(['src/lib/document/**'], {
		node: true,
		groups: [
			SVELTE,
			BUILD,
			lib('lkip', 'document/ reads bytes into text; it knows nothing of reports (lkip/)'),
			lib('audit', 'document/ does not know the audit'),
			lib('store', 'document/ does not know the store'),
			lib('query', 'document/ does not query'),
			lib('upload', 'document/ does not know the upload'),
			lib('components', 'no UI in document/')
		]
	}),
	layer(['src/lib/lkip/**'], {
		node: true,
		groups: [
			SVELTE,
			BUILD,
			lib('audit', 'lkip/ reads; the audit (audit/) checks what it read'),
			lib('store', 'lkip/ does not know the store'),
			lib('query', 'lkip/ does not query'),
			lib('upload', 'lkip/ does not know the upload'),
			lib('components', 'no UI in lkip/')
		]
	}),
	layer(['src/lib/audit/**'], {
		node: true,
		groups: [
			SVELTE,
			BUILD,
			lib('query', 'the audit checks reports, it does not query the dashboard'),
			lib('upload', 'the audit does not know the upload'),
			lib('components', 'no UI in audit/')
		]
	}),
	layer(['src/lib/reference/**', 'src/lib/store/**', 'src/lib/export/**', 'src/lib/upload/**', 'src/lib/*.ts'], { groups: [BUILD] }),
	layer(['src/lib/query/**'], { groups: [BUILD] }),
	layer(['src/routes/**', 'src/lib/components/**'], { node: true, groups: [BUILD, NODE_EXECUTORS] }),
	// a page's server load runs at prerender time in Node: Node APIs and the Node executor are its job
	layer(['src/routes/**/+page.server.ts', 'src/routes/**/+layout.server.ts'], { groups: [BUILD] })
];
