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
import { run as runLocals } from '../../scripts/codemod/rename-locals';

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

/**
 * rename-locals.ts: locals and members through the language service, on a repository of
 * its own. Each expected text below is written by hand from the fixture.
 */
describe('rename-locals codemod', () => {
	let dir: string;
	let first: Awaited<ReturnType<typeof runLocals>>;
	const put = (p: string, s: string) => {
		mkdirSync(dirname(join(dir, p)), { recursive: true });
		writeFileSync(join(dir, p), s);
	};
	const get = (p: string) => readFileSync(join(dir, p), 'utf8');
	const g = (...a: string[]) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8' });
	const options = {
		locals: {
			hasil: 'result',
			teks: 'text',
			tahun: 'year',
			nama: 'name',
			judul: 'title',
			kueri: 'query',
			baris: (type: string) => (type === 'string' ? 'line' : 'row')
		},
		members: [
			{ file: 'src/lib/query/executor.ts', owner: 'Executor', from: 'kueri', to: 'query' },
			{ file: 'src/lib/query/executor.ts', owner: 'IkmRow', from: 'nama', to: 'name' }
		]
	};

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'codemod-locals-'));
		g('init', '-q');
		// the schema: `tahun` is a column, so `{ tahun }` builds a data key
		put('src/lib/store/schema.ts', "export const TABLES = [{ nama: 'laporan', kolom: [{ nama: 'tahun' }, { nama: 'kecamatan' }] }];\n");
		put(
			'src/lib/query/executor.ts',
			[
				'export interface Executor {',
				'\tkueri(sql: string): Promise<IkmRow[]>;',
				'}',
				"/** a row of SQL: its members are the query's aliases */",
				'export interface IkmRow {',
				'\tnama: string;',
				'}',
				'export const sql = `SELECT kecamatan AS nama FROM laporan`;',
				'export const fake: Executor = { kueri: async () => [] };',
				''
			].join('\n')
		);
		put(
			'src/lib/read.ts',
			[
				"import type { Executor } from './query/executor';",
				'export async function read(db: Executor, row: { tahun: number; kecamatan: string }) {',
				"\t// hasil in a comment stays, as does the string 'hasil'",
				'\tconst hasil = await db.kueri(`SELECT ${row.tahun} AS hasil`);',
				'\tconst { tahun } = row;',
				"\tconst baris = 'a line';",
				'\treturn { hasil, n: hasil.length + tahun, baris, label: hasil[0]?.nama };',
				'}',
				'export function build(tahun: number) {',
				'\treturn { tahun };',
				'}',
				'export function join(teks: string) {',
				'\tconst text = teks.trim();',
				'\treturn text + teks;',
				'}',
				"export const call = ({ kueri }: Executor) => kueri('x');",
				''
			].join('\n')
		);
		put(
			'src/lib/Card.svelte',
			[
				'<script lang="ts">',
				'\tlet { judul }: { judul: string } = $props();',
				'\tconst nama = judul.trim();',
				'\tconst tahun = 2023;',
				'\tfunction panjang(teks: string) {',
				'\t\tconst hasil = teks.length;',
				'\t\treturn hasil;',
				'\t}',
				'</script>',
				'',
				'<h2 title={nama}>{nama} ({panjang(judul)}) hasil teks</h2>',
				'<Card {nama} judul={x.nama} list={[...nama]} />',
				'<Card judul="Peta {x.judul} per kecamatan, {nama}" alt=\'Kec. {nama}\' label="a {`"`} {nama}" />',
				'{#each [tahun] as tahun}{tahun}{/each}',
				''
			].join('\n')
		);
		g('add', '-A');
		g('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'fixture');
		first = await runLocals(dir, options);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('renames a local at every reference and nowhere else', () => {
		const read = get('src/lib/read.ts');
		expect(read).toContain("\t// hasil in a comment stays, as does the string 'hasil'");
		expect(read).toContain('\tconst result = await db.query(`SELECT ${row.tahun} AS hasil`);');
		// a destructuring reads the key: the key stays, the local is English
		expect(read).toContain('\tconst { tahun: year } = row;');
		// the declared type chooses the word
		expect(read).toContain("\tconst line = 'a line';");
		// a shorthand whose key is no data word: the key is kept, the value renamed
		expect(read).toContain('\treturn { hasil: result, n: result.length + year, baris: line, label: result[0]?.nama };');
	});

	it('renames a member in its interface, its implementations and its calls', () => {
		const ex = get('src/lib/query/executor.ts');
		expect(ex).toContain('\tquery(sql: string): Promise<IkmRow[]>;');
		expect(ex).toContain('export const fake: Executor = { query: async () => [] };');
		expect(first.renamed.join('\n')).toMatch(/^src\/lib\/query\/executor.ts:2 Executor.kueri → query \(4 references\)$/m);
		// the member, then the local it was destructured into: the shorthand comes back
		expect(get('src/lib/read.ts')).toContain("export const call = ({ query }: Executor) => query('x');");
	});

	it('refuses a data key, a data member and a collision, and prints each', () => {
		const read = get('src/lib/read.ts');
		// `{ tahun }` builds a key named after a schema column
		expect(read).toContain('export function build(tahun: number) {\n\treturn { tahun };');
		expect(first.refused).toContain(
			'src/lib/read.ts:9 tahun → year: data key (a shorthand { tahun } creates the key tahun, a data word: a column of store/schema.ts)'
		);
		// a row member named by an SQL alias
		expect(get('src/lib/query/executor.ts')).toContain('\tnama: string;');
		expect(first.refused).toContain('src/lib/query/executor.ts IkmRow.nama → name: data member (nama is a data word: SQL text in src/lib/query/executor.ts)');
		// `text` already names another local of that function
		expect(read).toContain('export function join(teks: string) {\n\tconst text = teks.trim();\n\treturn text + teks;');
		expect(first.refused).toContain('src/lib/read.ts:12 teks → text: collision (text is already used in its scope, at src/lib/read.ts:13)');
	});

	it('renames inside a .svelte <script> and its markup, unless the markup declares the name', () => {
		const card = get('src/lib/Card.svelte');
		expect(card).toContain('\tfunction panjang(text: string) {\n\t\tconst result = text.length;\n\t\treturn result;');
		// a prop keeps its name: the local is renamed, the attribute name stays
		expect(card).toContain('\tlet { judul: title }: { judul: string } = $props();');
		expect(card).toContain('\tconst name = title.trim();');
		expect(card).toContain('<h2 title={name}>{name} ({panjang(title)}) hasil teks</h2>');
		expect(card).toContain('<Card nama={name} judul={x.nama} list={[...name]} />');
		// inside a quoted attribute value `{nama}` is an expression in text, not a shorthand attribute
		expect(card).toContain('<Card judul="Peta {x.judul} per kecamatan, {name}" alt=\'Kec. {name}\' label="a {`"`} {name}" />');
		// `as tahun` declares another tahun in the markup: tokens cannot tell them apart
		expect(card).toContain('\tconst tahun = 2023;');
		expect(card).toContain('{#each [tahun] as tahun}{tahun}{/each}');
		expect(first.refused).toContain('src/lib/Card.svelte:4 tahun → year: markup (the markup declares its own tahun)');
	});

	it('is idempotent: a second run renames nothing', async () => {
		g('add', '-A');
		g('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'applied');
		const again = await runLocals(dir, options);
		expect(again.renamed).toEqual([]);
		expect([...again.files.keys()]).toEqual([]);
		expect(g('status', '--porcelain')).toBe('');
		expect(again.skipped).toContain('src/lib/query/executor.ts Executor.kueri → query: already renamed');
	});
});
