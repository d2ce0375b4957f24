// Lint guards the readers against regular expressions whose matching time grows
// faster than their input (issue 14): a report or CSV of a few hundred kilobytes
// must never freeze the tab or the data build. The super-linear rules fail the
// build; the rest of the regexp recommended set is advice (warnings), because it
// is about style, not time. TypeScript itself is checked by svelte-check.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const advice = Object.fromEntries(Object.keys(regexp.configs['flat/recommended'].rules).map((r) => [r, 'warn']));

export default [
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/', 'data/', 'src/lib/document/pdf-read.ts', 'scripts/pdfjs-node.ts'] },
	{
		files: ['src/**/*.ts', 'scripts/**/*.ts'],
		languageOptions: { parser: tseslint.parser },
		linterOptions: { reportUnusedDisableDirectives: 'off' },
		plugins: { regexp },
		rules: {
			...advice,
			// control characters are matched on purpose: they are what gets stripped from cells and messages
			'no-control-regex': 'off',
			'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
			'regexp/no-super-linear-move': ['error', { report: 'potential' }]
		}
	}
];
