/**
 * Issue 13 item 6, the naming rule applied in one step: English for identifiers,
 * files and folders; the glossary words of docs/naming.md stay Indonesian; data
 * contracts (SQL columns, Parquet and CSV names, URL parameters, UI text) never
 * change. Run on a clean checkout of main, after every branch is merged:
 *
 *   npx tsx scripts/codemod/rename-english.ts            # apply, then print what it did
 *   npx tsx scripts/codemod/rename-english.ts --dry-run  # print only
 *
 * Why a codemod and not a hand edit: eight people edit the same files at once, so
 * the renames are a table (MOVES, RENAMES below) applied mechanically at the end.
 * It is idempotent (a move already made, a name already renamed is skipped) and
 * tolerant (a file or name that no longer exists is reported, not an error).
 *
 * It leaves itself and its test (tests/unit/codemod.test.ts) alone: their paths and
 * names are the table and the fixture, not uses.
 *
 * What it touches, and what it never does:
 * - files: `git mv` old → new; every import specifier (static, dynamic, vi.mock,
 *   `new URL(..., import.meta.url)`) that resolves to a moved file is rewritten,
 *   as are repo-relative path strings ('src/lib/…') and paths in Markdown.
 * - identifiers: only identifier tokens of the TypeScript scanner, in .ts/.js files,
 *   the <script> blocks of .svelte files and the `{…}` expressions and component
 *   tags of their markup. String literals, template literal text, comments, regular
 *   expressions and markup text are never read as names, so SQL, column names,
 *   URL parameters and UI text cannot change. A rename whose old or new name is a
 *   column of store/schema.ts is refused.
 * - a rename with `module` is scoped: it applies in that module and in the files
 *   that import the name from it (the same word declared elsewhere is another
 *   concept and keeps its name); one without `module` applies to every token.
 */
import ts from 'typescript';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- the table

/** old → new, repo-relative. A folder is moved file by file. */
export const MOVES: [string, string][] = [
	// audit: one file per rule family, named by what it checks
	['src/lib/audit/angka.ts', 'src/lib/audit/broken-numbers.ts'],
	['src/lib/audit/antarbagian.ts', 'src/lib/audit/cross-section.ts'],
	['src/lib/audit/antartahun.ts', 'src/lib/audit/cross-year.ts'],
	['src/lib/audit/figur.ts', 'src/lib/audit/figure-findings.ts'],
	['src/lib/audit/jumlah.ts', 'src/lib/audit/anggaran-sums.ts'],
	['src/lib/audit/narasi.ts', 'src/lib/audit/narrative-claims.ts'],
	['src/lib/audit/pangsa.ts', 'src/lib/audit/anggaran-shares.ts'],
	['src/lib/audit/persen.ts', 'src/lib/audit/anggaran-percent.ts'],
	['src/lib/audit/rentang.ts', 'src/lib/audit/out-of-range.ts'],
	['src/lib/audit/skala.ts', 'src/lib/audit/report-scale.ts'],
	['src/lib/audit/sorot.ts', 'src/lib/audit/highlight.ts'],
	['src/lib/audit/tabel.ts', 'src/lib/audit/table-triples.ts'],
	['src/lib/audit/target.ts', 'src/lib/audit/ikm-targets.ts'],
	// components
	['src/lib/components/Figur.svelte', 'src/lib/components/Figure.svelte'],
	['src/lib/components/HalamanPdf.svelte', 'src/lib/components/PdfPage.svelte'],
	['src/lib/components/Sumber.svelte', 'src/lib/components/Source.svelte'],
	// export
	['src/lib/export/unduh-tabel.ts', 'src/lib/export/download-buttons.ts'],
	// src/lib top level
	['src/lib/grafik.ts', 'src/lib/charts.ts'],
	['src/lib/kolom.ts', 'src/lib/columns.ts'],
	['src/lib/tabel.ts', 'src/lib/table-view.ts'],
	['src/lib/tautan-awal.ts', 'src/lib/initial-link.ts'],
	// lkip: "table" is one word; the budget reader keeps the glossary word anggaran
	['src/lib/lkip/anggaran-pohon.ts', 'src/lib/lkip/anggaran-tree.ts'],
	['src/lib/lkip/anggaran-tabel.ts', 'src/lib/lkip/anggaran-table.ts'],
	['src/lib/lkip/anggaran-teks.ts', 'src/lib/lkip/anggaran-text.ts'],
	['src/lib/lkip/blok.ts', 'src/lib/lkip/table-blocks.ts'],
	['src/lib/lkip/halaman.ts', 'src/lib/lkip/page-furniture.ts'],
	['src/lib/lkip/laporan-kosong.ts', 'src/lib/lkip/empty-report.ts'],
	['src/lib/lkip/paragraf.ts', 'src/lib/lkip/paragraphs.ts'],
	['src/lib/lkip/profil.ts', 'src/lib/lkip/profile.ts'],
	['src/lib/lkip/reference.ts', 'src/lib/lkip/master-data.ts'],
	['src/lib/lkip/skala.ts', 'src/lib/lkip/predikat-scale.ts'],
	['src/lib/lkip/tabel-html.ts', 'src/lib/lkip/table-html.ts'],
	['src/lib/lkip/tabel-spasi.ts', 'src/lib/lkip/table-spaced.ts'],
	// query
	['src/lib/query/batas.ts', 'src/lib/query/limits.ts'],
	['src/lib/query/eksekutor.ts', 'src/lib/query/executor.ts'],
	['src/lib/query/konsistensi.ts', 'src/lib/query/consistency.ts'],
	['src/lib/query/kueri-terbaru.svelte.ts', 'src/lib/query/page-view.svelte.ts'],
	['src/lib/query/mesin.svelte.ts', 'src/lib/query/engine.svelte.ts'],
	['src/lib/query/muat.ts', 'src/lib/query/page-data.ts'],
	// "reference" meant three things: the master lists (kecamatan, indicator mapping),
	// this folder of scales and formulas, and the loader. Now: master data, domain/, readMasterData.
	['src/lib/reference/README.md', 'src/lib/domain/README.md'],
	['src/lib/reference/aturan.ts', 'src/lib/domain/comparison-rules.ts'],
	['src/lib/reference/bagian.ts', 'src/lib/domain/section-names.ts'],
	['src/lib/reference/cakupan-anggaran.ts', 'src/lib/domain/anggaran-scope.ts'],
	['src/lib/reference/glosarium.ts', 'src/lib/domain/glossary.ts'],
	['src/lib/reference/ikm-pilih.ts', 'src/lib/domain/ikm-choice.ts'],
	['src/lib/reference/kalimat.ts', 'src/lib/domain/sentences.ts'],
	['src/lib/reference/pembanding.ts', 'src/lib/domain/comparisons.ts'],
	['src/lib/reference/scales.ts', 'src/lib/domain/scales.ts'],
	['src/lib/reference/tautan-temuan.ts', 'src/lib/domain/temuan-link.ts'],
	// upload
	['src/lib/upload/angka.ts', 'src/lib/upload/numbers.ts'],
	['src/lib/upload/berkas.ts', 'src/lib/upload/file-kind.ts'],
	['src/lib/upload/duplikat.ts', 'src/lib/upload/duplicates.ts'],
	['src/lib/upload/gabung.ts', 'src/lib/upload/merge.ts'],
	['src/lib/upload/impor.ts', 'src/lib/upload/import-file.ts'],
	['src/lib/upload/masalah.ts', 'src/lib/upload/problems.ts'],
	['src/lib/upload/templat.ts', 'src/lib/upload/templates.ts'],
	['src/lib/upload/tersimpan.svelte.ts', 'src/lib/upload/saved.svelte.ts'],
	['src/lib/upload/validasi.ts', 'src/lib/upload/validate.ts'],
	// routes: the folders are URLs (a data contract); a helper file is not
	['src/routes/dokumen/asli.ts', 'src/routes/dokumen/original.ts'],
	// scripts, tests, bench
	['scripts/referensi.ts', 'scripts/master-data.ts'],
	['bench/situs.ts', 'bench/site.ts'],
	['tests/browser/situs.ts', 'tests/browser/site.ts'],
	['tests/browser/dasbor.test.ts', 'tests/browser/dashboard.test.ts'],
	['tests/browser/dokumen.test.ts', 'tests/browser/document-viewer.test.ts'],
	['tests/browser/jujur.test.ts', 'tests/browser/honest.test.ts'],
	['tests/browser/konsistensi.test.ts', 'tests/browser/consistency.test.ts'],
	['tests/browser/unggah.test.ts', 'tests/browser/upload.test.ts'],
	['tests/fixtures/mesin.ts', 'tests/fixtures/engines.ts'],
	['tests/fixtures/dataset-besar.ts', 'tests/fixtures/dataset-large.ts'],
	['tests/fixtures/dataset-contoh.ts', 'tests/fixtures/dataset-sample.ts'],
	['tests/unit/audit/bantu.ts', 'tests/unit/audit/helpers.ts'],
	['tests/unit/store/contoh.ts', 'tests/unit/store/sample.ts'],
	['tests/unit/fuzz/mutasi.ts', 'tests/unit/fuzz/mutations.ts'],
	['tests/unit/grafik.test.ts', 'tests/unit/charts.test.ts'],
	['tests/unit/grafik/gambar.ts', 'tests/unit/charts/render.ts'],
	['tests/unit/grafik/batang-nol.test.ts', 'tests/unit/charts/zero-bars.test.ts'],
	['tests/unit/grafik/peta-capaian.test.ts', 'tests/unit/charts/capaian-heatmap.test.ts'],
	['tests/unit/tabel.test.ts', 'tests/unit/table-view.test.ts'],
	['tests/unit/query-batas.test.ts', 'tests/unit/query-limits.test.ts'],
	['tests/unit/query/kueri-terbaru.test.ts', 'tests/unit/query/page-view.test.ts'],
	['tests/unit/reference/cakupan-anggaran.test.ts', 'tests/unit/domain/anggaran-scope.test.ts'],
	['tests/unit/reference/ikm-pilih.test.ts', 'tests/unit/domain/ikm-choice.test.ts'],
	['tests/unit/reference/kalimat.test.ts', 'tests/unit/domain/sentences.test.ts'],
	['tests/unit/reference/scales.test.ts', 'tests/unit/domain/scales.test.ts'],
	['tests/unit/export/sama-dengan-tampilan.test.ts', 'tests/unit/export/same-as-shown.test.ts'],
	['tests/unit/lkip/tata-letak.test.ts', 'tests/unit/lkip/layout.test.ts'],
	['tests/unit/lkip/tata-letak-fixtures.test.ts', 'tests/unit/lkip/layout-fixtures.test.ts'],
	['tests/unit/lkip/laporan-nyata.test.ts', 'tests/unit/lkip/real-reports.test.ts'],
	['tests/unit/audit/laporan-nyata.test.ts', 'tests/unit/audit/real-reports.test.ts'],
	['tests/unit/lkip/kecamatan-tak-dikenal.test.ts', 'tests/unit/lkip/unknown-kecamatan.test.ts']
];

export interface Rename {
	from: string;
	to: string;
	/** the declaring module (old or new path): rename there and where it is imported from there */
	module?: string;
	/** a default import (a component): its local name in importing files, and its markup tags */
	default?: boolean;
}

/** Old name → new name. Collisions named by issue 13 first: one word per concept per layer. */
export const RENAMES: Rename[] = [
	// six different `Baris` (row) types
	{ module: 'src/lib/query/eksekutor.ts', from: 'Baris', to: 'QueryRow' },
	{ module: 'src/lib/store/rows.ts', from: 'Baris', to: 'StoredRow' },
	{ module: 'src/lib/audit/survey.ts', from: 'Baris', to: 'SurveyRow' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'Baris', to: 'CellRow' },
	{ module: 'src/lib/upload/duplikat.ts', from: 'Baris', to: 'UploadRow' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'Baris', to: 'IndicatorRow' },
	// two cocokKecamatan: the reader's name match, the upload's answer with a message
	{ module: 'src/lib/lkip/identity.ts', from: 'cocokKecamatan', to: 'matchKecamatan' },
	{ module: 'src/lib/upload/kecamatan.ts', from: 'cocokKecamatan', to: 'resolveUploadKecamatan' },
	// bacaLkip: the upload's reader (the build's is readReportFile)
	{ module: 'src/lib/upload/lkip.ts', from: 'bacaLkip', to: 'readUploadedReport' },
	// three meanings of "referensi": master data (kecamatan list, indicator mapping) is one of them
	{ from: 'Referensi', to: 'MasterData' },
	{ from: 'parseReferensi', to: 'parseMasterData' },
	{ from: 'bacaReferensi', to: 'readMasterData' },
	{ from: 'muatReferensi', to: 'loadMasterData' },
	{ from: 'referensiSintetis', to: 'syntheticMasterData' },
	// one word per concept: the report is `laporan` in the data (a table name), Report in code
	{ module: 'src/lib/lkip/types.ts', from: 'Laporan', to: 'Report' },
	// the budget tree
	{ from: 'bangunPohon', to: 'buildAnggaranTree' },
	{ from: 'HasilPohon', to: 'AnggaranTree' },
	// the query seam
	{ module: 'src/lib/query/eksekutor.ts', from: 'Eksekutor', to: 'Executor' },
	{ module: 'src/lib/query/eksekutor.ts', from: 'Nilai', to: 'QueryValue' },
	{ module: 'src/lib/query/eksekutor.ts', from: 'barisBiasa', to: 'plainRow' },
	{ module: 'src/lib/query/eksekutor.ts', from: 'barisArrow', to: 'arrowRows' },
	{ module: 'src/lib/query/eksekutor.ts', from: 'nilaiBiasa', to: 'plainValue' },
	{ module: 'src/lib/query/duckdb-node.ts', from: 'bukaNode', to: 'openNode' },
	{ module: 'src/lib/query/duckdb-node.ts', from: 'eksekutorNode', to: 'nodeExecutor' },
	{ module: 'src/lib/query/duckdb-node.ts', from: 'bacaManifest', to: 'readManifest' },
	{ module: 'src/lib/query/duckdb-browser.ts', from: 'bukaBrowser', to: 'openBrowser' },
	{ module: 'src/lib/query/duckdb-browser.ts', from: 'Kemajuan', to: 'Progress' },
	{ module: 'src/lib/query/mesin.svelte.ts', from: 'mesin', to: 'engine' },
	{ module: 'src/lib/query/mesin.svelte.ts', from: 'mulaiMesin', to: 'startEngine' },
	{ module: 'src/lib/query/mesin.svelte.ts', from: 'mulaiSaatSenggang', to: 'startWhenIdle' },
	{ module: 'src/lib/query/mesin.svelte.ts', from: 'adaUnggahan', to: 'hasUploads' },
	{ module: 'src/lib/query/mesin.svelte.ts', from: 'tampilanAwal', to: 'firstView' },
	{ module: 'src/lib/query/kueri-terbaru.svelte.ts', from: 'KueriTerbaru', to: 'PageView' },
	{ module: 'src/lib/query/muat.ts', from: 'muatBeranda', to: 'loadHome' },
	{ module: 'src/lib/query/muat.ts', from: 'muatPerbandingan', to: 'loadComparison' },
	{ module: 'src/lib/query/muat.ts', from: 'muatKecamatan', to: 'loadKecamatan' },
	{ module: 'src/lib/query/muat.ts', from: 'muatDaftarLengkap', to: 'loadFullList' },
	{ module: 'src/lib/query/muat.ts', from: 'daftarSlug', to: 'slugList' },
	{ module: 'src/lib/query/konsistensi.ts', from: 'muatKonsistensi', to: 'loadConsistency' },
	{ module: 'src/lib/query/konsistensi.ts', from: 'muatTemuanKecamatan', to: 'loadKecamatanTemuan' },
	// URL filters (the parameter names themselves are strings: untouched)
	{ module: 'src/lib/url-filter.ts', from: 'bacaDaftar', to: 'readListParam' },
	{ module: 'src/lib/url-filter.ts', from: 'bacaAngka', to: 'readNumberParam' },
	{ module: 'src/lib/url-filter.ts', from: 'tulisFilter', to: 'writeFilters' },
	{ module: 'src/lib/url-filter.ts', from: 'adaFilter', to: 'hasFilters' },
	{ module: 'src/lib/url-filter.ts', from: 'alamatKini', to: 'currentAddress' },
	{ module: 'src/lib/tautan-awal.ts', from: 'tautanSiap', to: 'linkReady' },
	// tables and columns of the UI
	{ module: 'src/lib/tabel.ts', from: 'KolomTabel', to: 'TableColumn' },
	{ module: 'src/lib/kolom.ts', from: 'KOLOM', to: 'COLUMNS' },
	// formats (rupiah stays: a glossary word)
	{ module: 'src/lib/format.ts', from: 'formatAngka', to: 'formatNumber' },
	{ module: 'src/lib/format.ts', from: 'formatPersen', to: 'formatPercent' },
	// components: the local name of the default import follows the file
	{ module: 'src/lib/components/Figur.svelte', default: true, from: 'Figur', to: 'Figure' },
	{ module: 'src/lib/components/HalamanPdf.svelte', default: true, from: 'HalamanPdf', to: 'PdfPage' },
	{ module: 'src/lib/components/Sumber.svelte', default: true, from: 'Sumber', to: 'Source' }
];

// ---------------------------------------------------------------- scanning

const EXPRESSION_END = new Set<ts.SyntaxKind>([
	ts.SyntaxKind.Identifier,
	ts.SyntaxKind.PrivateIdentifier,
	ts.SyntaxKind.NumericLiteral,
	ts.SyntaxKind.BigIntLiteral,
	ts.SyntaxKind.StringLiteral,
	ts.SyntaxKind.NoSubstitutionTemplateLiteral,
	ts.SyntaxKind.TemplateTail,
	ts.SyntaxKind.RegularExpressionLiteral,
	ts.SyntaxKind.CloseParenToken,
	ts.SyntaxKind.CloseBracketToken,
	ts.SyntaxKind.CloseBraceToken,
	ts.SyntaxKind.ThisKeyword,
	ts.SyntaxKind.SuperKeyword,
	ts.SyntaxKind.TrueKeyword,
	ts.SyntaxKind.FalseKeyword,
	ts.SyntaxKind.NullKeyword,
	ts.SyntaxKind.PlusPlusToken,
	ts.SyntaxKind.MinusMinusToken,
	ts.SyntaxKind.ExclamationToken
]);

export interface Token {
	kind: ts.SyntaxKind;
	start: number;
	end: number;
	text: string;
	/** the value of a string literal */
	value?: string;
	/** a line break before it */
	nl?: boolean;
}

/**
 * Every token of TypeScript source, with template literals and regular expressions
 * re-scanned so their contents are never read as names. Keywords are tokens of their
 * own kind; contextual words (type, as, of…) come out as identifiers.
 */
export function tokens(code: string): Token[] {
	const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
	const out: Token[] = [];
	// for each open `{` or `${`: whether it is a template substitution
	const braces: boolean[] = [];
	let prev: ts.SyntaxKind | null = null;
	for (;;) {
		let kind = scanner.scan();
		if (kind === ts.SyntaxKind.EndOfFileToken) break;
		if (kind === ts.SyntaxKind.OpenBraceToken) braces.push(false);
		else if (kind === ts.SyntaxKind.TemplateHead) braces.push(true);
		else if (kind === ts.SyntaxKind.CloseBraceToken) {
			if (braces.pop()) {
				kind = scanner.reScanTemplateToken(false);
				if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
			}
		} else if (
			(kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
			(prev === null || !EXPRESSION_END.has(prev) || isKeywordBefore(out))
		) {
			kind = scanner.reScanSlashToken();
		}
		const t: Token = { kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd(), text: scanner.getTokenText() };
		if (kind === ts.SyntaxKind.StringLiteral) t.value = scanner.getTokenValue();
		if (scanner.hasPrecedingLineBreak()) t.nl = true;
		out.push(t);
		prev = kind;
	}
	return out;
}

/** `return /x/`, `typeof /x/`: an identifier-like keyword before a slash starts a regular expression */
function isKeywordBefore(out: Token[]): boolean {
	const last = out[out.length - 1];
	return (
		last?.kind === ts.SyntaxKind.Identifier &&
		['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'yield', 'await', 'void', 'delete', 'instanceof', 'new'].includes(last.text)
	);
}

/** Replace tokens; edits are [start, end, text] over `code`, applied back to front. */
function applyEdits(code: string, edits: [number, number, string][]): string {
	edits.sort((a, b) => b[0] - a[0]);
	let s = code;
	let done = Infinity;
	for (const [a, b, t] of edits) {
		if (b > done) continue; // the same token twice (an alias that is also a name of the file)
		s = s.slice(0, a) + t + s.slice(b);
		done = a;
	}
	return s;
}

// ---------------------------------------------------------------- svelte

interface Segment {
	kind: 'script' | 'markup';
	start: number;
	end: number;
}

/** The parts of a .svelte file that hold code: <script> bodies and the `{…}` of the markup. */
export function svelteSegments(src: string): Segment[] {
	const out: Segment[] = [];
	const re = /<script\b[^>]*>([\s\S]*?)<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g;
	let last = 0;
	for (const m of src.matchAll(re)) {
		markup(last, m.index);
		if (m[0].startsWith('<script')) {
			const bodyStart = m.index + m[0].indexOf('>') + 1;
			out.push({ kind: 'script', start: bodyStart, end: bodyStart + m[1].length });
		}
		last = m.index + m[0].length;
	}
	markup(last, src.length);
	return out;

	function markup(from: number, to: number) {
		for (let i = from; i < to; i++) {
			if (src[i] !== '{') continue;
			const end = closeBrace(src, i + 1, to);
			out.push({ kind: 'markup', start: i + 1, end });
			i = end;
		}
	}
}

/** The index of the `}` closing an expression that starts at `i`, skipping strings and nested braces. */
function closeBrace(src: string, i: number, to: number): number {
	let depth = 0;
	for (; i < to; i++) {
		const c = src[i];
		if (c === "'" || c === '"' || c === '`') {
			const q = c;
			for (i++; i < to && src[i] !== q; i++) if (src[i] === '\\') i++;
		} else if (c === '{') depth++;
		else if (c === '}') {
			if (depth === 0) return i;
			depth--;
		}
	}
	return to;
}

// ---------------------------------------------------------------- paths

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

function resolveSpecifier(spec: string, fromFile: string, exists: (p: string) => boolean): { target: string; added: string } | null {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = posix.join('src/lib', spec.slice(4));
	else if (spec.startsWith('./') || spec.startsWith('../')) base = posix.normalize(posix.join(posix.dirname(fromFile), spec));
	else if (/^(src|tests|scripts|bench)\//.test(spec)) base = spec;
	else return null;
	for (const ext of EXTENSIONS) if (exists(base + ext)) return { target: base + ext, added: ext };
	return null;
}

function specifierFor(original: string, newFrom: string, newTarget: string, added: string): string {
	const target = added ? newTarget.slice(0, newTarget.length - added.length) : newTarget;
	if (original.startsWith('$lib')) return '$lib' + target.slice('src/lib'.length);
	if (/^(src|tests|scripts|bench)\//.test(original)) return target;
	let rel = posix.relative(posix.dirname(newFrom), target);
	if (!rel.startsWith('.')) rel = './' + rel;
	return rel;
}

// ---------------------------------------------------------------- the run

interface Report {
	moved: string[];
	skipped: string[];
	files: Map<string, number>;
	warnings: string[];
	/** renames not made: they would have changed a data key (a property, an object key, a string's word) */
	refused: string[];
}

function git(root: string, ...args: string[]): string {
	return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
}

/** Column names of every published table: data contracts, never renamed. */
async function contractNames(root: string): Promise<Set<string>> {
	const { TABEL } = (await import(pathToFileURL(join(root, 'src/lib/store/schema.ts')).href)) as { TABEL: { nama: string; kolom: { nama: string }[] }[] };
	const names = new Set<string>();
	for (const t of TABEL) {
		names.add(t.nama);
		for (const k of t.kolom) names.add(k.nama);
	}
	return names;
}

export async function run(
	root: string,
	dryRun: boolean,
	table: { moves: [string, string][]; renames: Rename[] } = { moves: MOVES, renames: RENAMES }
): Promise<Report> {
	const { moves, renames: renameTable } = table;
	const report: Report = { moved: [], skipped: [], files: new Map(), warnings: [], refused: [] };
	const tracked = new Set(git(root, 'ls-files').split('\n').filter(Boolean));
	const exists = (p: string) => tracked.has(p);

	try {
		const contract = await contractNames(root);
		for (const r of renameTable)
			if (contract.has(r.from) || contract.has(r.to)) throw new Error(`rename ${r.from} → ${r.to} touches a data contract (a column or table name)`);
	} catch (e) {
		report.warnings.push(`schema not read (${e instanceof Error ? e.message : e}); renames checked against nothing`);
		if (e instanceof Error && e.message.includes('data contract')) throw e;
	}

	// 1. which moves apply
	const move = new Map<string, string>();
	for (const [a, b] of moves) {
		if (exists(a) && !exists(b)) move.set(a, b);
		else if (!exists(a) && exists(b)) report.skipped.push(`move ${a}: already at ${b}`);
		else if (!exists(a)) report.skipped.push(`move ${a}: no such file`);
		else report.warnings.push(`move ${a}: both it and ${b} exist; left alone`);
	}
	const newPath = (p: string) => move.get(p) ?? p;
	// a scoped rename's module, as it is named now
	const moduleNow = (m: string) => (exists(m) ? m : (moves.find(([a, b]) => b === m && exists(a))?.[0] ?? moves.find(([a]) => a === m)?.[1] ?? m));

	const code = [...tracked].filter(
		(p) =>
			/\.(ts|js|svelte|mjs|cjs)$/.test(p) &&
			/^(src|tests|scripts|bench)\/|^[^/]+$/.test(p) &&
			!p.startsWith('tests/fixtures/documents/') &&
			!p.startsWith('static/') &&
			!p.startsWith('scripts/codemod/') &&
			p !== 'tests/unit/codemod.test.ts'
	);
	const scopedAll = renameTable.filter((r) => r.module).map((r) => ({ ...r, module: moduleNow(r.module!) }));
	const sources = new Map<string, { src: string; segments: Segment[]; toks: Token[][] }>();
	for (const file of code) {
		const src = readFileSync(join(root, file), 'utf8');
		const segments: Segment[] = file.endsWith('.svelte') ? svelteSegments(src) : [{ kind: 'script', start: 0, end: src.length }];
		sources.set(file, { src, segments, toks: segments.map((seg) => tokens(src.slice(seg.start, seg.end))) });
	}
	// barrels: `export * from 'x'` and `export { X } from 'x'` carry a scoped name on to their importers
	const reexports: { file: string; target: string; star: boolean; names: string[] }[] = [];
	for (const [file, f] of sources)
		for (const toks of f.toks)
			for (let i = 0; i < toks.length; i++) {
				if (toks[i].kind !== ts.SyntaxKind.StringLiteral || toks[i - 1]?.text !== 'from') continue;
				let j = i - 2;
				while (j >= 0 && toks[j].kind !== ts.SyntaxKind.ImportKeyword && toks[j].kind !== ts.SyntaxKind.ExportKeyword) j--;
				if (j < 0 || toks[j].kind !== ts.SyntaxKind.ExportKeyword) continue;
				const res = resolveSpecifier(toks[i].value!, file, exists);
				if (!res) continue;
				const clause = toks.slice(j + 1, i - 1);
				reexports.push({ file, target: res.target, star: clause.some((t) => t.kind === ts.SyntaxKind.AsteriskToken), names: clause.map((t) => t.text) });
			}
	const modulesOf = new Map<Rename, Set<string>>();
	for (const r of scopedAll) {
		const set = new Set([r.module!]);
		for (let grew = true; grew;) {
			grew = false;
			for (const e of reexports)
				if (set.has(e.target) && !set.has(e.file) && (e.star || e.names.includes(r.from))) {
					set.add(e.file);
					grew = true;
				}
		}
		modulesOf.set(r, set);
	}
	const identifiers = new Set<string>();
	for (const f of sources.values()) for (const toks of f.toks) for (const t of toks) if (t.kind === ts.SyntaxKind.Identifier) identifiers.add(t.text);
	// every word a string literal or template text holds: a data key (an SQL alias, a manifest or IndexedDB key)
	const dataWords = new Set<string>();
	for (const f of sources.values())
		for (const toks of f.toks)
			for (const t of toks) {
				const text =
					t.kind === ts.SyntaxKind.StringLiteral
						? t.value!
						: t.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || (t.kind >= ts.SyntaxKind.TemplateHead && t.kind <= ts.SyntaxKind.TemplateTail)
							? t.text
							: '';
				for (const w of text.match(/[a-z_$][\w$]*/gi) ?? []) dataWords.add(w);
			}

	// Plan, refuse the renames that would change a data key, and plan again without them.
	let active = renameTable.filter((r) => {
		if (!r.module && dataWords.has(r.from) && identifiers.has(r.from)) {
			report.refused.push(`${r.from} → ${r.to}: a global rename of a word that strings hold (a data key)`);
			return false;
		}
		return true;
	});
	let planned = plan(active);
	while (planned.refused.size) {
		for (const [r, why] of planned.refused) report.refused.push(`${r.from} → ${r.to}${r.module ? ` (${r.module})` : ''}: ${why}`);
		active = active.filter((r) => !planned.refused.has(r));
		planned = plan(active);
	}
	const outputs = planned.outputs;
	for (const [f, n] of planned.files) report.files.set(f, n);
	report.warnings.push(...planned.warnings);

	function plan(renames: Rename[]) {
		const refused = new Map<Rename, string>();
		const outputs = new Map<string, string>();
		const files = new Map<string, number>();
		const warnings: string[] = [];
		const globalRules = new Map(renames.filter((r) => !r.module).map((r) => [r.from, r]));
		const scoped = scopedAll.filter((r) => renames.some((x) => x.from === r.from && x.to === r.to && moduleNow(x.module ?? '') === r.module));
		const original = (r: Rename) =>
			renameTable.find((x) => x.from === r.from && x.to === r.to && (x.module ? moduleNow(x.module) : undefined) === r.module) ?? r;
		for (const file of code) {
			const { src, segments, toks: segToks } = sources.get(file)!;
			const isSvelte = file.endsWith('.svelte');
			// names this file renames: global ones, its own scoped ones, and those it imports from their module
			const rules = new Map(globalRules);
			// a component's default-import name is its importers' binding, not a name inside the component
			for (const r of scoped) if (modulesOf.get(r)!.has(file) && !r.default) rules.set(r.from, r);
			const edits: [number, number, string][] = [];
			const imported = new Map<string, Rename>();
			// `import * as q from 'x'`: q.X is X of module x
			const namespaces = new Map<string, Set<string>>();
			// `import { X as Y }`: only that X is renamed, Y stays the file's own name
			const aliasEdits: [number, number, string][] = [];
			segments.forEach((seg, n) => {
				const toks = segToks[n];
				// imports: `import … from 'x'`, `export … from 'x'`, `import('x')`, `vi.mock('x')`, any string that resolves to a moved file
				for (let i = 0; i < toks.length; i++) {
					const t = toks[i];
					if (t.kind !== ts.SyntaxKind.StringLiteral || t.value === undefined) continue;
					const res = resolveSpecifier(t.value, file, exists);
					if (!res) continue;
					if (toks[i - 1]?.text === 'from' && toks[i - 3]?.text === 'as' && toks[i - 4]?.kind === ts.SyntaxKind.AsteriskToken)
						namespaces.set(toks[i - 2].text, new Set([...(namespaces.get(toks[i - 2].text) ?? []), res.target]));
					for (const r of scoped)
						if (modulesOf.get(r)!.has(res.target))
							collectImport(
								toks,
								i,
								r,
								(name) => imported.set(name, r),
								(tok) => aliasEdits.push([seg.start + tok.start, seg.start + tok.end, r.to])
							);
					if (!move.has(res.target) && !move.has(file)) continue;
					const spec = specifierFor(t.value, newPath(file), newPath(res.target), res.added);
					if (spec !== t.value) edits.push([seg.start + t.start, seg.start + t.end, t.text[0] + spec + t.text[0]]);
				}
			});
			for (const [a, r] of imported) rules.set(a, r);
			edits.push(...aliasEdits);
			if (!rules.size && !edits.length) continue;
			segments.forEach((seg, n) => {
				const toks = segToks[n];
				const where = (t: Token) => `${file}:${src.slice(0, seg.start + t.start).split('\n').length}`;
				const ctx = contexts(toks, file);
				for (let k = 0; k < toks.length; k++) {
					const t = toks[k];
					if (t.kind !== ts.SyntaxKind.Identifier) continue;
					const r = rules.get(t.text);
					if (r === undefined) continue;
					if (r.module) {
						const mods = modulesOf.get(r)!;
						const prev = toks[k - 1];
						const c = ctx[k];
						if (prev?.kind === ts.SyntaxKind.DotToken || prev?.kind === ts.SyntaxKind.QuestionDotToken) {
							// q.X of `import * as q`, (await import('x')).X: the module's name; anything else is a property
							const ns = toks[k - 2];
							const ok = (ns?.kind === ts.SyntaxKind.Identifier && [...(namespaces.get(ns.text) ?? [])].some((m) => mods.has(m))) || c.dynamicImport;
							if (!ok) {
								refused.set(original(r), `a property \`.${t.text}\` at ${where(t)}`);
								continue;
							}
						} else if ((c.key || c.shorthand) && !c.mockOf.some((m) => mods.has(m)) && !(c.shorthand && c.importDestructure)) {
							refused.set(original(r), `${c.key ? 'an object key' : 'a shorthand property'} \`${t.text}\` at ${where(t)}`);
							continue;
						} else if (seg.kind === 'markup' && isSvelte && toks.length === 1 && insideTag(src, seg.start)) {
							refused.set(original(r), `a shorthand attribute {${t.text}} at ${where(t)}`);
							continue;
						}
					}
					edits.push([seg.start + t.start, seg.start + t.end, r.to]);
				}
				// a file that holds both the old and the new name may mean two things by them
				if (seg.kind === 'script')
					for (const [from, r] of rules) {
						const has = (nm: string) => toks.some((t) => t.kind === ts.SyntaxKind.Identifier && t.text === nm);
						if (has(from) && has(r.to)) {
							if (r.module) refused.set(original(r), `${file} already has a ${r.to}`);
							else warnings.push(`${file}: uses both ${from} and ${r.to}; check the rename`);
						}
					}
			});
			if (isSvelte) {
				// component tags in the markup: <Figur …>, </Figur>
				const inCode = (i: number) => segments.some((s) => i >= s.start && i < s.end);
				for (const m of src.matchAll(/<\/?([A-Z][A-Za-z0-9_]*)/g)) {
					const r = rules.get(m[1]);
					if (r !== undefined && !inCode(m.index)) edits.push([m.index + m[0].length - m[1].length, m.index + m[0].length, r.to]);
				}
			}
			if (edits.length) {
				outputs.set(file, applyEdits(src, edits));
				files.set(newPath(file), edits.length);
			}
		}
		return { refused, outputs, files, warnings };

		/** where each token stands: an object key, a shorthand property, inside vi.mock('x', …), after (await import('x')) */
		function contexts(toks: Token[], currentFile: string) {
			const out: { key: boolean; shorthand: boolean; mockOf: string[]; dynamicImport: boolean; importDestructure: boolean }[] = [];
			// open brackets: kind, whether an import/export clause, the mocked module, the index of the token
			const stack: { kind: string; clause: boolean; mock?: string; at: number }[] = [];
			for (let k = 0; k < toks.length; k++) {
				const t = toks[k];
				const p = toks[k - 1];
				const p2 = toks[k - 2];
				const top = stack[stack.length - 1];
				const inBrace = top?.kind === '{' && !top.clause;
				const next = toks[k + 1];
				const nextColon =
					next?.kind === ts.SyntaxKind.ColonToken || (next?.kind === ts.SyntaxKind.QuestionToken && toks[k + 2]?.kind === ts.SyntaxKind.ColonToken);
				const afterSep =
					!p ||
					p.kind === ts.SyntaxKind.OpenBraceToken ||
					p.kind === ts.SyntaxKind.CommaToken ||
					p.kind === ts.SyntaxKind.SemicolonToken ||
					t.nl === true ||
					p.text === 'readonly';
				const key = inBrace && nextColon && afterSep;
				const shorthand =
					inBrace &&
					(p?.kind === ts.SyntaxKind.OpenBraceToken || p?.kind === ts.SyntaxKind.CommaToken) &&
					(next?.kind === ts.SyntaxKind.CommaToken || next?.kind === ts.SyntaxKind.CloseBraceToken || next?.kind === ts.SyntaxKind.EqualsToken);
				let importDestructure = false;
				if (shorthand && top) {
					// const { X } = await import('x')
					let depth = 0;
					let j = k;
					for (; j < toks.length; j++) {
						if (toks[j].kind === ts.SyntaxKind.OpenBraceToken) depth++;
						else if (toks[j].kind === ts.SyntaxKind.CloseBraceToken && depth-- === 0) break;
					}
					const after = toks.slice(j + 1, j + 5).map((x) => x.text);
					importDestructure = after[0] === '=' && (after[1] === 'import' || (after[1] === 'await' && after[2] === 'import'));
				}
				const dynamicImport =
					(p?.kind === ts.SyntaxKind.DotToken || p?.kind === ts.SyntaxKind.QuestionDotToken) &&
					p2?.kind === ts.SyntaxKind.CloseParenToken &&
					toks.slice(Math.max(0, k - 7), k - 1).some((x) => x.kind === ts.SyntaxKind.ImportKeyword);
				out.push({ key, shorthand, mockOf: stack.filter((s) => s.mock).map((s) => s.mock!), dynamicImport, importDestructure });
				if (t.kind === ts.SyntaxKind.OpenBraceToken) {
					const clause =
						p?.text === 'import' ||
						p?.text === 'export' ||
						(p?.text === 'type' && (p2?.text === 'import' || p2?.text === 'export')) ||
						(p?.kind === ts.SyntaxKind.CommaToken && toks[k - 3]?.text === 'import');
					stack.push({ kind: '{', clause, at: k });
				} else if (t.kind === ts.SyntaxKind.TemplateHead) stack.push({ kind: '$', clause: false, at: k });
				else if (t.kind === ts.SyntaxKind.OpenParenToken || t.kind === ts.SyntaxKind.OpenBracketToken) {
					let mock: string | undefined;
					if (
						t.kind === ts.SyntaxKind.OpenParenToken &&
						p?.text === 'mock' &&
						p2?.kind === ts.SyntaxKind.DotToken &&
						next?.kind === ts.SyntaxKind.StringLiteral
					)
						mock = resolveSpecifier(next.value!, currentFile, exists)?.target;
					stack.push({ kind: t.text, clause: false, mock, at: k });
				} else if (
					t.kind === ts.SyntaxKind.CloseBraceToken ||
					t.kind === ts.SyntaxKind.TemplateTail ||
					t.kind === ts.SyntaxKind.CloseParenToken ||
					t.kind === ts.SyntaxKind.CloseBracketToken
				)
					stack.pop();
				else if (t.kind === ts.SyntaxKind.TemplateMiddle) {
					stack.pop();
					stack.push({ kind: '$', clause: false, at: k });
				}
			}
			return out;
		}
	}

	// Markdown and package.json: repo-relative paths of moved files, and in a folder's README its files' names
	const docs = [...tracked].filter((p) => p.endsWith('.md') || p === 'package.json');
	for (const file of docs) {
		let s = readFileSync(join(root, file), 'utf8');
		const before = s;
		for (const [a, b] of move) {
			s = replaceWord(s, a, b);
			const aNoExt = a.replace(/\.(ts|svelte)$/, '');
			if (aNoExt !== a) s = replaceWord(s, aNoExt, b.replace(/\.(ts|svelte)$/, ''));
			if (posix.dirname(file) === posix.dirname(a) || newPath(file) === posix.join(posix.dirname(b), 'README.md'))
				s = s.split('`' + posix.basename(a) + '`').join('`' + posix.basename(b) + '`');
		}
		// folders named in prose ("src/lib/reference/")
		for (const [a, b] of folderMoves(move)) s = replaceWord(s, a + '/', b + '/');
		for (const r of renameTable)
			if (!r.module && !report.refused.some((x) => x.startsWith(`${r.from} → `))) s = s.split('`' + r.from + '`').join('`' + r.to + '`');
		if (s !== before) {
			outputs.set(file, s);
			report.files.set(newPath(file), (report.files.get(newPath(file)) ?? 0) + 1);
		}
	}

	if (dryRun) {
		for (const [a, b] of move) report.moved.push(`${a} → ${b}`);
		return report;
	}
	// write the contents, then move: git mv carries the rewritten file to its new name
	for (const [file, s] of outputs) writeFileSync(join(root, file), s);
	for (const [a, b] of move) {
		mkdirSync(join(root, dirname(b)), { recursive: true });
		git(root, 'mv', a, b);
		report.moved.push(`${a} → ${b}`);
	}
	return report;
}

/** Whether position i of a .svelte file is inside a tag (`<C {x} />`), not in its text. */
function insideTag(src: string, i: number): boolean {
	return src.lastIndexOf('<', i) > src.lastIndexOf('>', i);
}

/** Folders whose every tracked file moves to one other folder. */
function folderMoves(move: Map<string, string>): [string, string][] {
	const out = new Map<string, string | null>();
	for (const [a, b] of move) {
		const fa = posix.dirname(a);
		const fb = posix.dirname(b);
		if (fa === fb) continue;
		out.set(fa, out.has(fa) && out.get(fa) !== fb ? null : fb);
	}
	return [...out].filter((e): e is [string, string] => e[1] !== null);
}

function replaceWord(s: string, a: string, b: string): string {
	const esc = a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return s.replace(new RegExp(`(?<![\\w./-])${esc}(?![\\w-])`, 'g'), b);
}

/**
 * The imports of one scoped name from the string at toks[i]: `import { X } from`,
 * `import { X as Y } from`, `export { X } from`, `import X from` (default), and a
 * dynamic import or vi.mock of the module (the whole file then uses X).
 */
function collectImport(toks: Token[], i: number, r: Rename, imported: (name: string) => void, alias: (t: Token) => void): void {
	const before = toks[i - 1];
	// dynamic import('x') / vi.mock('x') / await import('x'): names are read off the namespace
	if (before?.kind === ts.SyntaxKind.OpenParenToken) {
		imported(r.from);
		return;
	}
	if (before?.text !== 'from') return;
	// walk back to the `import`/`export` keyword
	let j = i - 2;
	while (j >= 0 && toks[j].kind !== ts.SyntaxKind.ImportKeyword && toks[j].kind !== ts.SyntaxKind.ExportKeyword) j--;
	const clause = toks.slice(j + 1, i - 1);
	if (r.default) {
		const first = clause.find((t) => t.kind === ts.SyntaxKind.Identifier && t.text !== 'type');
		if (
			(first && clause.indexOf(first) < clause.findIndex((t) => t.kind === ts.SyntaxKind.OpenBraceToken || t.kind === ts.SyntaxKind.CommaToken)) ||
			(first && !clause.some((t) => t.kind === ts.SyntaxKind.OpenBraceToken))
		) {
			if (first.text === r.from) imported(r.from);
		}
		return;
	}
	for (let k = 0; k < clause.length; k++) {
		if (clause[k].kind !== ts.SyntaxKind.Identifier || clause[k].text !== r.from) continue;
		const aliased = clause[k + 1]?.text === 'as';
		// `X as Y`: only X is renamed (Y is the file's own name); without alias every X in the file
		if (aliased) alias(clause[k]);
		else imported(r.from);
	}
}

// ---------------------------------------------------------------- command line

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
	const dryRun = process.argv.includes('--dry-run');
	const root = git(process.cwd(), 'rev-parse', '--show-toplevel').trim();
	const r = await run(root, dryRun);
	const rel = (p: string) => relative(root, join(root, p));
	console.log(`${dryRun ? 'would move' : 'moved'} ${r.moved.length} files:`);
	for (const m of r.moved) console.log(`  ${m}`);
	console.log(`${dryRun ? 'would rewrite' : 'rewrote'} ${r.files.size} files (${[...r.files.values()].reduce((a, b) => a + b, 0)} edits)`);
	for (const [f, n] of [...r.files].sort()) console.log(`  ${rel(f)}: ${n}`);
	if (r.skipped.length) console.log(`skipped ${r.skipped.length}:\n  ${r.skipped.join('\n  ')}`);
	if (r.refused.length) console.log(`refused ${r.refused.length}:\n  ${r.refused.join('\n  ')}`);
	if (r.warnings.length) console.log(`warnings ${r.warnings.length}:\n  ${r.warnings.join('\n  ')}`);
}
