/**
 * Issue 13 item 6, the second half: locals and members. rename-english.ts renamed
 * module-level names with a token scan; a local (`const hasil`) or an interface member
 * (`Executor.kueri`) needs the compiler, because the same word is another symbol a few
 * lines away. This asks the TypeScript language service (`findRenameLocations`) for
 * exactly the references of one symbol, and refuses the renames that would change data:
 *
 *   npx tsx scripts/codemod/rename-locals.ts --dry-run   # print what it would do
 *   npx tsx scripts/codemod/rename-locals.ts             # rewrite, then prettier on the files
 *   npx tsx scripts/codemod/rename-locals.ts src tests   # only these folders
 *
 * What it renames: a name of LOCALS declared inside a function (a variable, parameter,
 * nested function, catch variable), or at the top of a .svelte <script> (its markup's
 * `{…}` expressions then by tokens, see markupPlan); and the members listed in MEMBERS. Module-level names are
 * rename-english.ts's (RENAMES). Its own files and its test are left alone (they are the table).
 *
 * What it refuses (printed with the rule and the place, never made):
 * - data key: a shorthand `{ tahun }` that creates an object key, when the key is a data word
 *   (a column or table of store/schema.ts, a one-word string literal such as a CSV header,
 *   URL parameter or IndexedDB field, or a word of SQL text). A destructuring `{ tahun } = row`
 *   only reads the key: it becomes `{ tahun: year }` (the language service's prefix text).
 * - data member: a member in MEMBERS that holds a value (not a function) and is a data word;
 *   members whose values come from SQL rows or Parquet are not in MEMBERS at all.
 * - collision: the new name is already used in the scope of the declaration.
 * - markup: a .svelte top-level name that the markup declares again (each, snippet, @const…),
 *   reads as a store `$name` or names in a directive (bind:, use:…); a member the markup names.
 * - outside: a reference in a file it may not edit (a library's types).
 *
 * Idempotent: a renamed name is no longer in LOCALS' keys, so a second run finds nothing.
 */
import ts from 'typescript';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelteSegments, tokens } from './rename-english';

// ---------------------------------------------------------------- the table

/** A new name, or one chosen by the declared type (`baris`: a text line or a table row). */
type Target = string | ((type: string) => string);

/** Indonesian local → English, one word per concept. Glossary words (docs/naming.md) are not here. */
export const LOCALS: Record<string, Target> = {
	hasil: 'result',
	teks: 'text',
	isi: 'content',
	// a line of text (its string or its number), a list of them, a table row, a list of rows;
	// a function named baris does one of several things: no word ('')
	baris: (type) =>
		type.includes('=>')
			? ''
			: /^(readonly )?(string|number)\[\]$/.test(type)
				? 'lines'
				: /^(string|number)$/.test(type)
					? 'line'
					: /\[\]$|^(Readonly)?Array</.test(type)
						? 'rows'
						: 'row',
	nama: 'name',
	tahun: 'year',
	semua: 'all',
	akhir: 'end',
	awal: 'start',
	mulai: 'start',
	kolom: 'column',
	diperiksa: 'checked',
	berkas: 'file',
	nilai: 'value',
	lain: 'other',
	urut: 'sorted',
	sebelum: 'before',
	sesudah: 'after',
	kode: 'code',
	daftar: 'list',
	ada: 'found',
	kunci: 'key',
	kepala: 'header',
	tabel: 'table',
	sumber: 'source',
	// in this code a jumlah is an added-up amount; counts are `hitung`/`n`
	jumlah: 'sum',
	bagian: 'section',
	sel: 'cell',
	baca: 'read',
	rata: 'average',
	rerata: 'average',
	sisa: 'rest',
	peta: 'map',
	jenis: 'kind',
	blok: 'block',
	skor: 'score',
	situs: 'site',
	kosong: 'empty',
	kini: 'current',
	halaman: 'page',
	lama: 'old',
	batas: 'limit',
	asal: 'origin',
	urutan: 'order',
	tanda: 'mark',
	skala: 'scale',
	salah: 'wrong',
	sah: 'valid',
	pohon: 'tree',
	persen: 'percent',
	buka: 'open',
	beda: 'diff',
	atas: 'upper',
	bawah: 'lower',
	akibat: 'effect',
	tot: 'total',
	terbaik: 'best',
	tepat: 'exact',
	simpan: 'save',
	sebab: 'cause',
	ringkas: 'summary',
	pesan: 'message',
	lebar: 'width',
	kirim: 'send',
	judul: 'title',
	hitung: 'count',
	dipakai: 'used',
	dekat: 'near',
	dasar: 'base',
	cocok: 'match',
	waktu: 'time',
	ukuran: 'size',
	tombol: 'button',
	tampilan: 'view',
	tambah: 'add',
	tambahkan: 'add',
	siap: 'ready',
	potong: 'cut',
	pilihan: 'choice',
	peringkat: 'rank',
	dipilih: 'selected',
	terpilih: 'selected',
	catatan: 'note',
	calon: 'candidate',
	bersih: 'clean',
	warna: 'color',
	wadah: 'container',
	utama: 'main',
	unsur: 'element',
	tutup: 'close',
	tulis: 'write',
	tempat: 'place',
	tautan: 'link',
	sementara: 'temp',
	saring: 'filter',
	saran: 'suggestion',
	rinci: 'detail',
	pola: 'pattern',
	opsi: 'options',
	mesin: 'engine',
	masalah: 'problem',
	lengkap: 'complete',
	kanvas: 'canvas',
	janji: 'promise',
	cek: 'check',
	catat: 'record',
	cari: 'find',
	asli: 'original',
	ukur: 'measure',
	titik: 'point',
	terlihat: 'visible',
	tanggal: 'date',
	surat: 'letter',
	siapkan: 'prepare',
	seharusnya: 'expected',
	diharapkan: 'expected',
	petikan: 'quote',
	pernyataan: 'statement',
	penuh: 'full',
	panjang: 'length',
	nomor: 'number',
	muat: 'load',
	luar: 'outer',
	kiri: 'left',
	kemajuan: 'progress',
	kedalaman: 'depth',
	kalimat: 'sentence',
	jarak: 'distance',
	indeks: 'index',
	grup: 'group',
	gaya: 'style',
	ganti: 'replace',
	buruk: 'bad',
	biasa: 'plain',
	anak: 'child',
	aktif: 'active',
	induk: 'parent',
	galat: 'error',
	akar: 'root',
	tren: 'trend',
	unggahan: 'upload',
	kata: 'word'
};

export interface MemberRename {
	/** the file that declares the interface, type or class (repo-relative) */
	file: string;
	/** the interface, type alias or class */
	owner: string;
	from: string;
	to: string;
	/** a value member whose name is also a data word, checked by hand: its values are built by code, never read from data */
	notData?: true;
}

/**
 * Members that are code, not data: methods and fields of objects the code builds itself.
 * Members of row types (values from SQL, Parquet, the manifest, IndexedDB) are not listed.
 */
export const MEMBERS: MemberRename[] = [
	{ file: 'src/lib/query/executor.ts', owner: 'Executor', from: 'kueri', to: 'query' },
	{ file: 'tests/fixtures/engines.ts', owner: 'Engine', from: 'nama', to: 'name', notData: true },
	{ file: 'tests/fixtures/engines.ts', owner: 'Engine', from: 'buka', to: 'open' },
	{ file: 'tests/fixtures/engines.ts', owner: 'Engine', from: 'berkas', to: 'file' }
];

// ---------------------------------------------------------------- the run

export interface Report {
	/** `file:line old → new` */
	renamed: string[];
	/** `file:line old → new: rule (why)` */
	refused: string[];
	skipped: string[];
	/** repo-relative file → number of edits */
	files: Map<string, number>;
}

export interface Options {
	dryRun?: boolean;
	/** folders to edit (repo-relative); default src, tests, scripts, bench */
	folders?: string[];
	locals?: Record<string, Target>;
	members?: MemberRename[];
}

const SELF = ['scripts/codemod/', 'tests/unit/codemod.test.ts', 'tests/unit/codemod-locals.test.ts'];
const SVELTE_SCRIPT = '.__script.ts';

export async function run(root: string, opts: Options = {}): Promise<Report> {
	const locals = opts.locals ?? LOCALS;
	const members = opts.members ?? MEMBERS;
	const folders = opts.folders ?? ['src', 'tests', 'scripts', 'bench'];
	const report: Report = { renamed: [], refused: [], skipped: [], files: new Map() };
	const tracked = execFileSync('git', ['-C', root, 'ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
	const code = tracked.filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.d.ts') && existsSync(join(root, f)));
	const editable = new Set(code.filter((f) => folders.some((d) => f.startsWith(d + '/')) && !SELF.some((s) => f.startsWith(s))));
	const dataWords = await dataWordsOf(root, code);

	// the language service sees .ts files as they are and each .svelte file as its <script> bodies,
	// everything else blanked so that offsets are the file's own
	const text = new Map<string, string>();
	const version = new Map<string, number>();
	const svelteOf = (f: string) => (f.endsWith('.svelte' + SVELTE_SCRIPT) ? f.slice(0, -SVELTE_SCRIPT.length) : null);
	const lsName = (f: string) => (f.endsWith('.svelte') ? f + SVELTE_SCRIPT : f);
	const abs = (f: string) => join(root, f);
	// where each .svelte file's script bodies lie in its text, moved as edits grow or shrink them
	const bodies = new Map<string, { start: number; end: number }[]>();
	for (const f of code) {
		text.set(lsName(f), readSource(root, f));
		if (f.endsWith('.svelte'))
			bodies.set(
				lsName(f),
				svelteSegments(readFileSync(abs(f), 'utf8'))
					.filter((s) => s.kind === 'script')
					.map(({ start, end }) => ({ start, end }))
			);
	}
	const rel = (p: string) => (p.startsWith(root + '/') ? p.slice(root.length + 1) : p);
	const options = compilerOptions(root);
	const host: ts.LanguageServiceHost = {
		getCompilationSettings: () => options,
		getScriptFileNames: () => [...text.keys()].map(abs),
		getScriptVersion: (p) => String(version.get(rel(p)) ?? 0),
		getScriptSnapshot: (p) => {
			const s = text.get(rel(p)) ?? (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
			return s === undefined ? undefined : ts.ScriptSnapshot.fromString(s);
		},
		getCurrentDirectory: () => root,
		getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
		fileExists: (p) => text.has(rel(p)) || ts.sys.fileExists(p),
		readFile: (p) => text.get(rel(p)) ?? ts.sys.readFile(p),
		readDirectory: ts.sys.readDirectory,
		directoryExists: ts.sys.directoryExists,
		getDirectories: ts.sys.getDirectories
	};
	const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
	const prefs: ts.UserPreferences = { providePrefixAndSuffixTextForRename: true };
	const line = (f: string, pos: number) => `${svelteOf(f) ?? f}:${text.get(f)!.slice(0, pos).split('\n').length}`;
	const markupNames = new Map<string, Set<string>>();
	const markupEdits = new Map<string, Edit[]>();
	const markupWords = new Map<string, Set<string>>();
	for (const f of code)
		if (f.endsWith('.svelte')) {
			const src = readFileSync(abs(f), 'utf8');
			const names = new Set<string>();
			for (const seg of svelteSegments(src))
				if (seg.kind === 'markup') for (const t of tokens(src.slice(seg.start, seg.end))) if (t.kind === ts.SyntaxKind.Identifier) names.add(t.text);
			const noCode = src.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, '');
			// bind:nama, use:nama, let:nama … name a variable without braces
			for (const m of noCode.matchAll(/\b(?:bind|use|class|style|transition|in|out|animate|let):([\w$]+)/g)) names.add(m[1]);
			markupNames.set(f, names);
			// for members: any word of the markup, tag and attribute names too
			markupWords.set(f, new Set([...names, ...[...noCode.matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0])]));
		}

	/** Apply one symbol's locations; false (and a refusal) if any lies outside the editable files. */
	const apply = (locs: readonly ts.RenameLocation[], to: string, edits: Map<string, ts.RenameLocation[]>, what: string): boolean => {
		const outside = locs.find((l) => !editable.has(svelteOf(rel(l.fileName)) ?? rel(l.fileName)));
		if (outside) {
			report.refused.push(`${what}: outside (a reference in ${rel(outside.fileName)}, which it does not edit)`);
			return false;
		}
		for (const l of locs) {
			const f = rel(l.fileName);
			edits.set(f, [...(edits.get(f) ?? []), { ...l, prefixText: (l.prefixText ?? '') + '\0' + to }]);
		}
		return true;
	};
	const write = (edits: Map<string, ts.RenameLocation[]>) => {
		for (const [f, locs] of edits) {
			let s = text.get(f)!;
			for (const l of [...locs].sort((a, b) => b.textSpan.start - a.textSpan.start)) {
				const [prefix, to] = l.prefixText!.split('\0');
				const put = prefix + to + (l.suffixText ?? '');
				s = s.slice(0, l.textSpan.start) + put + s.slice(l.textSpan.start + l.textSpan.length);
				const delta = put.length - l.textSpan.length;
				for (const b of bodies.get(f) ?? []) {
					if (b.start > l.textSpan.start) b.start += delta;
					if (b.end >= l.textSpan.start + l.textSpan.length) b.end += delta;
				}
			}
			text.set(f, s);
			version.set(f, (version.get(f) ?? 0) + 1);
			const real = svelteOf(f) ?? f;
			report.files.set(real, (report.files.get(real) ?? 0) + locs.length);
		}
	};

	// 1. members: one at a time, since each may reach many files
	for (const m of members) {
		const what = `${m.file} ${m.owner}.${m.from} → ${m.to}`;
		const sf = ls.getProgram()!.getSourceFile(abs(m.file));
		const decls = sf ? memberDeclarations(sf, m.owner) : [];
		const decl = decls.find((d) => d.name!.getText(sf) === m.from);
		if (!decl) {
			report.skipped.push(`${what}: ${decls.some((d) => d.name!.getText(sf) === m.to) ? 'already renamed' : 'no such member'}`);
			continue;
		}
		if (decls.some((d) => d.name!.getText(sf) === m.to)) {
			report.refused.push(`${what}: collision (${m.owner} already has ${m.to})`);
			continue;
		}
		const checker = ls.getProgram()!.getTypeChecker();
		const isFunction = ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl) || checker.getTypeAtLocation(decl).getCallSignatures().length > 0;
		if (!isFunction && !m.notData && dataWords.has(m.from)) {
			report.refused.push(`${what}: data member (${m.from} is a data word: ${dataWords.get(m.from)})`);
			continue;
		}
		const locs = ls.findRenameLocations(abs(m.file), decl.name!.getStart(sf), false, false, prefs) ?? [];
		// markup the language service does not see: a .svelte file that reaches the owner (names it or one of its members' references)
		// and says the member's name in its markup
		const reaches = (svelte: string) =>
			locs.some((l) => rel(l.fileName) === lsName(svelte)) || tokens(text.get(lsName(svelte))!).some((t) => t.text === m.owner);
		const inMarkup = [...markupWords].find(([svelte, names]) => names.has(m.from) && reaches(svelte));
		if (inMarkup) {
			report.refused.push(`${what}: markup (${inMarkup[0]} names ${m.from} in its markup, which the language service does not see)`);
			continue;
		}
		const edits = new Map<string, ts.RenameLocation[]>();
		// a vitest title ('$nama' of describe.each) names the member in a string the language service does not read
		const titled = code.find((f) => f !== m.file && editable.has(f) && new RegExp(`['"\`][^'"\`\\n]*\\$${m.from}\\b`).test(text.get(lsName(f)) ?? ''));
		if (titled) {
			report.refused.push(`${what}: string (${titled} names $${m.from} in a string, a vitest title)`);
			continue;
		}
		if (!apply(locs, m.to, edits, what)) continue;
		report.renamed.push(`${line(m.file, decl.name!.getStart(sf))} ${m.owner}.${m.from} → ${m.to} (${locs.length} references)`);
		write(edits);
	}

	// 2. locals: file by file; renames of one pass share a snapshot, so two that would take the
	// same new name in overlapping scopes wait for the next pass
	for (const f of [...text.keys()]) {
		const real = svelteOf(f) ?? f;
		if (!editable.has(real)) continue;
		const refusedHere = new Map<number, string>();
		for (let pass = 0; pass < 20; pass++) {
			const program = ls.getProgram()!;
			const sf = program.getSourceFile(abs(f))!;
			const checker = program.getTypeChecker();
			const edits = new Map<string, ts.RenameLocation[]>();
			const taken: { scope: ts.Node; to: string }[] = [];
			let deferred = false;
			refusedHere.clear();
			for (const name of localDeclarations(sf, f.endsWith(SVELTE_SCRIPT))) {
				const target = locals[name.text];
				if (target === undefined || !Object.hasOwn(locals, name.text)) continue;
				const to = typeof target === 'string' ? target : target(checker.typeToString(checker.getBaseTypeOfLiteralType(checker.getTypeAtLocation(name))));
				if (to === name.text) continue;
				const pos = name.getStart(sf);
				const what = `${line(f, pos)} ${name.text} → ${to || '?'}`;
				const refuse = (why: string) => refusedHere.set(pos, `${what}: ${why}`);
				if (!to) {
					refuse(`ambiguous (the table has no word for a ${name.text} of this type)`);
					continue;
				}
				const scope = scopeOf(name);
				// a .svelte top-level name: its markup is renamed by tokens, where nothing there declares it
				let markup: Edit[] = [];
				if (svelteOf(f) && scope === sf) {
					const names = markupNames.get(real)!;
					if (names.has(to)) {
						refuse(`collision (the markup already uses ${to})`);
						continue;
					}
					if (names.has(name.text)) {
						const plan = markupPlan(readFileSync(abs(real), 'utf8'), name.text, to);
						if (typeof plan === 'string') {
							refuse(`markup (${plan})`);
							continue;
						}
						markup = plan;
					}
				}
				const used = usesOf(scope, to);
				if (used) {
					refuse(`collision (${to} is already used in its scope, at ${line(f, used.getStart(sf))})`);
					continue;
				}
				if (taken.some((t) => t.to === to && (contains(t.scope, scope) || contains(scope, t.scope)))) {
					deferred = true;
					continue;
				}
				const locs = ls.findRenameLocations(abs(f), pos, false, false, prefs) ?? [];
				if (!locs.length) {
					refuse('outside (the language service cannot rename it)');
					continue;
				}
				const key = locs.map((l) => shorthandKey(program, l)).find((k) => k !== null && dataWords.has(k));
				if (key) {
					refuse(`data key (a shorthand { ${key} } creates the key ${key}, a data word: ${dataWords.get(key)})`);
					continue;
				}
				if (!apply(locs, to, edits, what)) continue;
				if (markup.length) {
					markupEdits.set(real, [...(markupEdits.get(real) ?? []), ...markup]);
					markupNames.get(real)!.add(to);
					report.files.set(real, (report.files.get(real) ?? 0) + markup.length);
				}
				taken.push({ scope, to });
				report.renamed.push(what);
			}
			write(edits);
			if (!deferred && !edits.size) break;
		}
		report.refused.push(...refusedHere.values());
	}

	// a member renamed and then its local: `{ open: open }` is written as the shorthand it was
	for (const f of new Set([...report.files.keys()].map(lsName))) {
		const sf = ts.createSourceFile(f, text.get(f)!, ts.ScriptTarget.Latest, true);
		const locs: ts.RenameLocation[] = [];
		const visit = (n: ts.Node): void => {
			const same = (a: ts.Node | undefined, b: ts.Node | undefined) => !!a && !!b && ts.isIdentifier(a) && ts.isIdentifier(b) && a.text === b.text;
			if ((ts.isBindingElement(n) && same(n.propertyName, n.name) && !n.dotDotDotToken) || (ts.isPropertyAssignment(n) && same(n.name, n.initializer))) {
				const name = (ts.isBindingElement(n) ? n.name : n.name) as ts.Identifier;
				const start = ts.isBindingElement(n) ? n.propertyName!.getStart(sf) : n.name.getStart(sf);
				const end = ts.isBindingElement(n) ? n.name.end : n.initializer.end;
				locs.push({ fileName: abs(f), textSpan: { start, length: end - start }, prefixText: '\0' + name.text });
			} else ts.forEachChild(n, visit);
		};
		visit(sf);
		if (locs.length) write(new Map([[f, locs]]));
	}

	if (!opts.dryRun) {
		const changed = [...report.files.keys()];
		for (const f of changed) {
			const edited = text.get(lsName(f))!;
			writeFileSync(
				abs(f),
				f.endsWith('.svelte') ? mergeSource(readFileSync(abs(f), 'utf8'), edited, bodies.get(lsName(f))!, markupEdits.get(f) ?? []) : edited
			);
		}
		const prettier = join(root, 'node_modules/.bin/prettier');
		if (changed.length && existsSync(prettier)) execFileSync(prettier, ['--write', '--log-level', 'warn', ...changed], { cwd: root, stdio: 'pipe' });
	}
	return report;
}

// ---------------------------------------------------------------- svelte files

/** A .ts file as it is; a .svelte file's <script> bodies, the rest blanked (newlines kept, so lines match). */
function readSource(root: string, f: string): string {
	const src = readFileSync(join(root, f), 'utf8');
	if (!f.endsWith('.svelte')) return src;
	let out = src.replace(/[^\n]/g, ' ');
	for (const seg of svelteSegments(src)) if (seg.kind === 'script') out = out.slice(0, seg.start) + src.slice(seg.start, seg.end) + out.slice(seg.end);
	return out;
}

/** [start, end, text] over a file's original text */
type Edit = [number, number, string];

/** The rewritten script bodies (at `bodies` in `edited`) and the markup edits put back into the .svelte file. */
function mergeSource(original: string, edited: string, bodies: { start: number; end: number }[], markup: Edit[]): string {
	const segs = svelteSegments(original).filter((s) => s.kind === 'script');
	const all: Edit[] = [...markup, ...segs.map((seg, i): Edit => [seg.start, seg.end, edited.slice(bodies[i].start, bodies[i].end)])];
	let out = original;
	for (const [a, b, t] of all.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + t + out.slice(b);
	return out;
}

/**
 * The markup edits that rename the component's top-level `from` to `to`: each `{…}` expression's
 * identifier token (not a property `.from`), a shorthand attribute `{from}` written out as
 * `from={to}` (the prop keeps its name). A reason instead where tokens cannot be sure: the markup
 * declares the name itself (each, then, catch, snippet, @const, let:), reads a store `$from`, or
 * names it in a directive (bind:from, use:from, class:from …).
 */
export function markupPlan(src: string, from: string, to: string): Edit[] | string {
	const segs = svelteSegments(src).filter((s) => s.kind === 'markup');
	const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`);
	const edits: Edit[] = [];
	const noCode = src.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, '');
	if (new RegExp(`\\$${from}\\b`).test(noCode)) return `the markup reads a store $${from}`;
	if (new RegExp(`\\b(bind|use|class|style|transition|in|out|animate|let):${from}\\b`).test(noCode)) return `a directive names ${from}`;
	for (const seg of segs) {
		const body = src.slice(seg.start, seg.end);
		if (!word.test(body)) continue;
		const head = body.trimStart();
		if (/^(#each|:then|:catch|#snippet|@const|#await)\b/.test(head)) {
			// `#each xs as x, i (x.id)`: the names after `as`, without the key
			const eachAs = head.replace(/^#each[\s\S]*?\bas\b/, '').trimEnd();
			const eachNames = eachAs.endsWith(')') ? eachAs.slice(0, eachAs.lastIndexOf('(')) : eachAs;
			const declared =
				(head.startsWith('#each') && word.test(eachNames)) ||
				/^(:then|:catch)\b/.test(head) ||
				(head.startsWith('#await') && /\bthen\b/.test(head) && word.test(head.slice(head.search(/\bthen\b/)))) ||
				(head.startsWith('#snippet') && word.test(head.replace(/^#snippet\s+[\w$]+/, ''))) ||
				(head.startsWith('@const') && word.test(head.slice(0, head.indexOf('='))));
			if (declared) return `the markup declares its own ${from}`;
		}
		const toks = tokens(body);
		if (
			toks.length === 1 &&
			toks[0].text === from &&
			/\s/.test(src[seg.start - 2] ?? '') &&
			src.lastIndexOf('<', seg.start) > src.lastIndexOf('>', seg.start) &&
			!insideQuotedValue(src, segs, seg.start)
		) {
			edits.push([seg.start - 1, seg.end + 1, `${from}={${to}}`]);
			continue;
		}
		toks.forEach((t, k) => {
			if (t.kind !== ts.SyntaxKind.Identifier || t.text !== from) return;
			const p = toks[k - 1];
			if (p?.kind === ts.SyntaxKind.DotToken || p?.kind === ts.SyntaxKind.QuestionDotToken) return;
			// an object key { from: … } in an expression keeps its name; a shorthand { from } keeps it too
			const n = toks[k + 1];
			const inObject = p?.kind === ts.SyntaxKind.OpenBraceToken || p?.kind === ts.SyntaxKind.CommaToken;
			if (inObject && n?.kind === ts.SyntaxKind.ColonToken) return;
			const shorthand =
				inObject &&
				(n?.kind === ts.SyntaxKind.CommaToken || n?.kind === ts.SyntaxKind.CloseBraceToken) &&
				toks.slice(0, k).some((x) => x.kind === ts.SyntaxKind.OpenBraceToken);
			edits.push([seg.start + t.start, seg.start + t.end, shorthand ? `${from}: ${to}` : to]);
		});
	}
	return edits;
}

/**
 * Whether the `{…}` at `start` stands inside a quoted attribute value of its tag
 * (`judul="Peta, {tahun}"`): there it is text with an expression, not a shorthand
 * attribute, and is renamed as an expression. Quotes inside other `{…}` of the tag
 * are code, not the value's delimiters.
 */
function insideQuotedValue(src: string, segs: { start: number; end: number }[], start: number): boolean {
	const tag = src.lastIndexOf('<', start);
	let quote: string | null = null;
	for (let i = tag; i < start - 1; i++) {
		const inner = segs.find((x) => x.start - 1 === i && x.end < start);
		if (inner) {
			i = inner.end;
			continue;
		}
		const c = src[i];
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
	}
	return quote !== null;
}

// ---------------------------------------------------------------- declarations and scopes

/** The names a function declares: variables, parameters, nested functions, catch variables (and, in a .svelte script, its top level). */
function localDeclarations(sf: ts.SourceFile, svelte: boolean): ts.Identifier[] {
	const out: ts.Identifier[] = [];
	const bindings = (n: ts.BindingName) => {
		if (ts.isIdentifier(n)) out.push(n);
		else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bindings(e.name);
	};
	const visit = (node: ts.Node, inFunction: boolean) => {
		const local = inFunction || svelte;
		if (local && ts.isVariableDeclaration(node) && !isExported(node)) bindings(node.name);
		if (inFunction && ts.isParameter(node) && !ts.isPropertyDeclaration(node.parent)) {
			// a constructor's `private nama` is a member too
			if (!ts.getModifiers(node)?.length) bindings(node.name);
		}
		if (local && ts.isFunctionDeclaration(node) && node.name && !isExported(node)) out.push(node.name);
		if (inFunction && ts.isCatchClause(node) && node.variableDeclaration) bindings(node.variableDeclaration.name);
		const fn =
			ts.isFunctionLike(node) &&
			!ts.isFunctionTypeNode(node) &&
			!ts.isMethodSignature(node) &&
			!ts.isCallSignatureDeclaration(node) &&
			!ts.isConstructSignatureDeclaration(node);
		// an overload or a `declare function` has no body: its parameters are a signature's
		const hasBody = fn && 'body' in node && (node as ts.FunctionLikeDeclaration).body !== undefined;
		ts.forEachChild(node, (c) => visit(c, inFunction || hasBody));
	};
	visit(sf, false);
	return out;
}

function isExported(node: ts.Node): boolean {
	let n: ts.Node | undefined = node;
	while (n && !ts.isVariableStatement(n) && !ts.isFunctionDeclaration(n)) n = n.parent;
	return !!n && !!ts.getModifiers(n as ts.VariableStatement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** The node a declaration is visible in: its block (let, const, function), its function (var, a parameter), its catch clause. */
function scopeOf(name: ts.Identifier): ts.Node {
	let decl: ts.Node = name.parent;
	while (ts.isBindingElement(decl) || ts.isObjectBindingPattern(decl) || ts.isArrayBindingPattern(decl)) decl = decl.parent;
	if (ts.isParameter(decl)) return decl.parent;
	const isVar = ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && !(decl.parent.flags & ts.NodeFlags.BlockScoped);
	for (let n: ts.Node = decl.parent; ; n = n.parent) {
		if (ts.isSourceFile(n) || ts.isFunctionLike(n)) return n;
		if (isVar) continue;
		if (ts.isBlock(n) || ts.isCaseBlock(n) || ts.isCatchClause(n) || ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n)) return n;
	}
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
	return inner.pos >= outer.pos && inner.end <= outer.end;
}

/** A use of `name` as a variable inside `scope` (property names such as `x.name` or `{ name: 1 }` are not). */
function usesOf(scope: ts.Node, name: string): ts.Identifier | null {
	let found: ts.Identifier | null = null;
	const visit = (n: ts.Node): void => {
		if (found) return;
		if (ts.isIdentifier(n) && n.text === name && !isPropertyName(n)) found = n;
		else ts.forEachChild(n, visit);
	};
	visit(scope);
	return found;
}

function isPropertyName(n: ts.Identifier): boolean {
	const p = n.parent;
	return (
		(ts.isPropertyAccessExpression(p) && p.name === n) ||
		(ts.isQualifiedName(p) && p.right === n) ||
		((ts.isPropertyAssignment(p) ||
			ts.isPropertySignature(p) ||
			ts.isPropertyDeclaration(p) ||
			ts.isMethodDeclaration(p) ||
			ts.isMethodSignature(p) ||
			ts.isGetAccessor(p) ||
			ts.isSetAccessor(p) ||
			ts.isEnumMember(p)) &&
			p.name === n) ||
		(ts.isBindingElement(p) && p.propertyName === n) ||
		((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === n) ||
		ts.isLabeledStatement(p) ||
		ts.isBreakOrContinueStatement(p)
	);
}

/** The key a rename location keeps when it sits in a shorthand `{ nama }` that builds an object, else null. */
function shorthandKey(program: ts.Program, l: ts.RenameLocation): string | null {
	if (!l.prefixText && !l.suffixText) return null;
	const sf = program.getSourceFile(l.fileName);
	if (!sf) return null;
	const node = findNode(sf, l.textSpan.start);
	if (node && ts.isShorthandPropertyAssignment(node.parent)) return node.text;
	return null;
}

function findNode(sf: ts.SourceFile, pos: number): ts.Identifier | null {
	const visit = (n: ts.Node): ts.Identifier | null => {
		if (pos < n.getStart(sf) || pos >= n.end) return null;
		if (ts.isIdentifier(n)) return n;
		return ts.forEachChild(n, visit) ?? null;
	};
	return visit(sf);
}

/** The members of an interface, type literal or class named `owner`. */
function memberDeclarations(sf: ts.SourceFile, owner: string): (ts.TypeElement | ts.ClassElement)[] {
	for (const s of sf.statements) {
		if ((ts.isInterfaceDeclaration(s) || ts.isClassDeclaration(s)) && s.name?.text === owner) return [...s.members].filter((m) => m.name);
		if (ts.isTypeAliasDeclaration(s) && s.name.text === owner && ts.isTypeLiteralNode(s.type)) return [...s.type.members].filter((m) => m.name);
	}
	return [];
}

// ---------------------------------------------------------------- data words

/**
 * Words that are keys of data: table and column names of store/schema.ts, one-word string
 * literals (a CSV header, a URL parameter, an IndexedDB field, a manifest key read by name),
 * and the words of SQL text. Word → where it was seen.
 */
async function dataWordsOf(root: string, files: string[]): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	try {
		type Tables = { nama: string; kolom: { nama: string }[] }[];
		const schema = (await import(pathToFileURL(join(root, 'src/lib/store/schema.ts')).href)) as { TABLES?: Tables; TABEL?: Tables };
		for (const t of schema.TABLES ?? schema.TABEL ?? []) {
			out.set(t.nama, 'a table of store/schema.ts');
			for (const k of t.kolom) if (!out.has(k.nama)) out.set(k.nama, 'a column of store/schema.ts');
		}
	} catch {
		// no schema in this checkout: only the strings below count
	}
	for (const f of files) {
		if (SELF.some((s) => f.startsWith(s))) continue;
		const src = readFileSync(join(root, f), 'utf8');
		const parts = f.endsWith('.svelte') ? svelteSegments(src).map((s) => src.slice(s.start, s.end)) : [src];
		for (const part of parts)
			for (const t of tokens(part)) {
				const k = t.kind;
				if (k === ts.SyntaxKind.StringLiteral && /^[a-z_][a-z0-9_]*$/.test(t.value ?? '')) {
					if (!out.has(t.value!)) out.set(t.value!, `the string '${t.value}' in ${f}`);
				} else if (
					k === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
					k === ts.SyntaxKind.TemplateHead ||
					k === ts.SyntaxKind.TemplateMiddle ||
					k === ts.SyntaxKind.TemplateTail ||
					k === ts.SyntaxKind.StringLiteral
				) {
					if (!/\b(SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|CREATE|INSERT|UPDATE)\b/.test(t.text)) continue;
					for (const w of t.text.matchAll(/[a-z_][a-z0-9_]*/g)) if (!out.has(w[0])) out.set(w[0], `SQL text in ${f}`);
				}
			}
	}
	return out;
}

function compilerOptions(root: string): ts.CompilerOptions {
	const path = join(root, 'tsconfig.json');
	const base: ts.CompilerOptions = { paths: { $lib: ['./src/lib'], '$lib/*': ['./src/lib/*'] }, baseUrl: root };
	if (!existsSync(path))
		return {
			...base,
			strict: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			allowJs: true
		};
	const cfg = ts.readConfigFile(path, ts.sys.readFile);
	const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, root);
	return { ...parsed.options, paths: { ...base.paths, ...parsed.options.paths }, noEmit: true };
}

// ---------------------------------------------------------------- command line

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
	const dryRun = process.argv.includes('--dry-run');
	const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
	const r = await run(root, { dryRun, folders: folders.length ? folders : undefined });
	console.log(
		`${dryRun ? 'would rename' : 'renamed'} ${r.renamed.length} identifiers in ${r.files.size} files (${[...r.files.values()].reduce((a, b) => a + b, 0)} edits)`
	);
	if (process.argv.includes('--verbose')) for (const x of r.renamed) console.log(`  ${x}`);
	const rules = new Map<string, number>();
	for (const x of r.refused) {
		const rule = /: (\w[\w ]*?) \(/.exec(x.slice(x.indexOf(' → ')))?.[1] ?? '?';
		rules.set(rule, (rules.get(rule) ?? 0) + 1);
	}
	console.log(`refused ${r.refused.length} (${[...rules].map(([k, n]) => `${k}: ${n}`).join(', ')}):`);
	for (const x of r.refused) console.log(`  ${x}`);
	if (r.skipped.length) console.log(`skipped ${r.skipped.length}:\n  ${r.skipped.join('\n  ')}`);
}
