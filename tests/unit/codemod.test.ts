/**
 * The naming codemod (docs/naming.md) on a small repository of its own: it must
 * rename identifiers and move files, and never touch what is data — SQL, column
 * names, URL parameters, UI text, comments, regular expressions — nor a name that
 * is the same word for another concept in another module.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVES, RENAMES, run, tokens } from '../../scripts/codemod/rename-english';

let root: string;
let lastRun: Awaited<ReturnType<typeof run>>;
// the real table, and renames that exercise the refusals
const TABLE = {
	moves: MOVES,
	renames: [
		...RENAMES,
		{ module: 'src/lib/query/ringkas.ts', from: 'ringkasan', to: 'summary' },
		{ module: 'src/lib/query/ringkas.ts', from: 'bacaRingkas', to: 'readSummary' },
		{ module: 'src/lib/query/sql.ts', from: 'sqlDaftar', to: 'sqlList' },
		{ from: 'tahun_lalu', to: 'lastYear' },
		{ module: 'bench/satu.ts', from: 'jalankan', to: 'run' }
	]
};
const tulis = (p: string, s: string) => {
	mkdirSync(dirname(join(root, p)), { recursive: true });
	writeFileSync(join(root, p), s);
};
const baca = (p: string) => readFileSync(join(root, p), 'utf8');
const git = (...a: string[]) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' });

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'codemod-'));
	git('init', '-q');
	tulis('src/lib/query/eksekutor.ts', 'export type Baris = Record<string, unknown>;\nexport interface Eksekutor { kueri(sql: string): Promise<Baris[]> }\n');
	tulis('src/lib/store/rows.ts', 'export type Baris = Record<string, number>;\nexport const x: Baris = {};\n');
	tulis(
		'src/lib/query/muat.ts',
		[
			"import type { Baris, Eksekutor } from './eksekutor';",
			"import { type Baris as BarisSimpan } from '../store/rows';",
			'// Baris in a comment stays',
			'export async function muatBeranda(db: Eksekutor): Promise<Baris[]> {',
			'\tconst sql = `SELECT kecamatan, pagu AS Baris FROM anggaran WHERE tahun = ${1 + 1} -- Baris`;',
			'\tconst re = /Baris|muatBeranda/g;',
			'\tconst s: BarisSimpan = { n: 1 };',
			"\treturn re.test('Baris') ? [] : db.kueri(sql + String(s));",
			'}',
			''
		].join('\n')
	);
	tulis('src/lib/components/Figur.svelte', '<script lang="ts">let { judul } = $props();</script>\n<figure>{judul}</figure>\n');
	tulis(
		'src/routes/+page.svelte',
		[
			'<script lang="ts">',
			"\timport Figur from '$lib/components/Figur.svelte';",
			"\timport { muatBeranda } from '$lib/query/muat';",
			"\tconst url = '?tahun=2023&muatBeranda=1';",
			'</script>',
			'',
			'<h1>Figur dan muatBeranda</h1>',
			'<Figur judul="Baris Figur" />',
			'<button onclick={() => muatBeranda(null as never)}>{`Muat ${url}`}</button>',
			'<style>.Figur { color: red; }</style>',
			''
		].join('\n')
	);
	// a declared name that is also a data key: the manifest's `ringkasan`, a row's `.tahun_lalu`
	tulis(
		'src/lib/query/ringkas.ts',
		'export function ringkasan(m: { ringkasan: string }) {\n\treturn m.ringkasan;\n}\nexport const bacaRingkas = (x: string) => x;\n'
	);
	tulis('src/lib/query/sql.ts', 'export const sqlDaftar = `SELECT 1 AS tahun_lalu`;\nexport function tahun_lalu() {}\n');
	tulis('src/lib/query/index.ts', "export * from './sql';\n");
	tulis(
		'src/routes/data/+page.ts',
		[
			"import * as q from '$lib/query/sql';",
			"import { ringkasan, bacaRingkas } from '$lib/query/ringkas';",
			"import { sqlDaftar } from '$lib/query';",
			'const row = { tahun_lalu: 1 };',
			'export const x = [q.sqlDaftar, sqlDaftar, ringkasan({ ringkasan: bacaRingkas(String(row.tahun_lalu)) })];',
			''
		].join('\n')
	);
	// a module used as an object: its names are the keys of that object
	tulis('bench/satu.ts', 'export async function jalankan() {}\n');
	tulis('bench/run.ts', "import * as satu from './satu';\nexport const SEMUA = [satu];\nexport const x = satu.jalankan;\n");
	tulis('src/lib/store/README.md', 'See `src/lib/query/muat.ts` and `rows.ts`.\n');
	git('add', '-A');
	git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'fixture');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rename-english codemod', () => {
	it('scans template literals and regular expressions as text, not names', () => {
		const ids = tokens('const a = `x ${b} Baris ${`c ${d}`}`; const r = /Baris/; e(/f/);')
			.filter((t) => t.text.match(/^[A-Za-z]+$/))
			.map((t) => t.text);
		expect(ids).toEqual(['const', 'a', 'b', 'd', 'const', 'r', 'e']);
	});

	it('renames identifiers and moves files, leaving strings, comments, regexes and UI text alone', async () => {
		const r = await run(root, false, TABLE);
		lastRun = r;
		expect(r.moved).toContain('src/lib/query/muat.ts → src/lib/query/page-data.ts');
		expect(existsSync(join(root, 'src/lib/query/muat.ts'))).toBe(false);
		const muat = baca('src/lib/query/page-data.ts');
		expect(muat).toContain("import type { QueryRow, Executor } from './executor';");
		// the store's Baris is another concept: renamed as that module's, the alias kept
		expect(muat).toContain("import { type StoredRow as BarisSimpan } from '../store/rows';");
		expect(muat).toContain('// Baris in a comment stays');
		expect(muat).toContain('export async function loadHome(db: Executor): Promise<QueryRow[]> {');
		expect(muat).toContain('`SELECT kecamatan, pagu AS Baris FROM anggaran WHERE tahun = ${1 + 1} -- Baris`');
		expect(muat).toContain('/Baris|muatBeranda/g');
		expect(muat).toContain("re.test('Baris')");
		expect(baca('src/lib/store/rows.ts')).toBe('export type StoredRow = Record<string, number>;\nexport const x: StoredRow = {};\n');

		const page = baca('src/routes/+page.svelte');
		expect(page).toContain("import Figure from '$lib/components/Figure.svelte';");
		expect(page).toContain("import { loadHome } from '$lib/query/page-data';");
		expect(page).toContain("const url = '?tahun=2023&muatBeranda=1';");
		expect(page).toContain('<h1>Figur dan muatBeranda</h1>');
		expect(page).toContain('<Figure judul="Baris Figur" />');
		expect(page).toContain('<button onclick={() => loadHome(null as never)}>{`Muat ${url}`}</button>');
		expect(page).toContain('.Figur { color: red; }');
		expect(baca('src/lib/store/README.md')).toBe('See `src/lib/query/page-data.ts` and `rows.ts`.\n');
	});

	it('refuses a scoped rename whose old name is also a property or object key in its scope', async () => {
		const page = baca('src/routes/data/+page.ts');
		// ringkasan is read as a manifest key: refused, left everywhere; bacaRingkas is only a name
		expect(baca('src/lib/query/ringkas.ts')).toContain('export function ringkasan(m: { ringkasan: string }) {');
		expect(page).toContain("import { ringkasan, readSummary } from '$lib/query/ringkas';");
		expect(page).toContain('ringkasan({ ringkasan: readSummary(String(row.tahun_lalu)) })');
		// a namespace import and a barrel carry the name: q.sqlDaftar and the barrel's sqlDaftar
		expect(page).toContain("import { sqlList } from '$lib/query';");
		expect(page).toContain('[q.sqlList, sqlList, ');
		expect(baca('src/lib/query/sql.ts')).toContain('export const sqlList = `SELECT 1 AS tahun_lalu`;');
		expect(lastRun.refused.join('\n')).toMatch(/^ringkasan → summary \(src\/lib\/query\/ringkas.ts\): an object key `ringkasan` at src\/[\w/+.]+:\d+$/m);
		expect(baca('bench/satu.ts')).toContain('export async function jalankan() {}');
		expect(lastRun.refused).toContain('jalankan → run (bench/satu.ts): bench/run.ts uses its module satu as an object');
		expect(lastRun.refused.join('\n')).toMatch(/^tahun_lalu → lastYear: a global rename of a word that strings hold/m);
	});

	it('is idempotent: a second run moves and rewrites nothing', async () => {
		git('add', '-A');
		git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'applied');
		const r = await run(root, false, TABLE);
		expect(r.moved).toEqual([]);
		expect([...r.files.keys()]).toEqual([]);
		expect(r.skipped).toContain('move src/lib/query/muat.ts: already at src/lib/query/page-data.ts');
	});
});
