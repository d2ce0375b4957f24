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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
	['tests/unit/lkip/kecamatan-tak-dikenal.test.ts', 'tests/unit/lkip/unknown-kecamatan.test.ts'],
	// issue 13 item 6, the rest: code files only (fixture data under tests/fixtures keeps its names)
	['src/lib/peta.ts', 'src/lib/map.ts'],
	['src/lib/kecamatan-saya.ts', 'src/lib/my-kecamatan.ts'],
	['src/lib/components/PetaKecamatan.svelte', 'src/lib/components/KecamatanMap.svelte'],
	['src/lib/components/PilihKecamatan.svelte', 'src/lib/components/KecamatanPicker.svelte'],
	['src/lib/query/ringkasan.ts', 'src/lib/query/summaries.ts'],
	['src/lib/query/aset.ts', 'src/lib/query/assets.ts'],
	['src/lib/export/lembar-temuan.ts', 'src/lib/export/temuan-sheet.ts'],
	['src/lib/lkip/efisiensi.ts', 'src/lib/lkip/efficiency.ts'],
	['src/lib/lkip/ikm-metode.ts', 'src/lib/lkip/ikm-method.ts'],
	['scripts/wilayah.ts', 'scripts/regions.ts'],
	['tests/unit/store/tulis-lalu-mati.ts', 'tests/unit/store/write-then-die.ts'],
	['tests/unit/audit/antarbagian.test.ts', 'tests/unit/audit/cross-section.test.ts'],
	['tests/unit/audit/aturan-lain.test.ts', 'tests/unit/audit/other-rules.test.ts'],
	['tests/unit/audit/dana-kegiatan.test.ts', 'tests/unit/audit/input-amounts.test.ts'],
	['tests/unit/audit/dokumen.test.ts', 'tests/unit/audit/document-structure.test.ts'],
	['tests/unit/audit/hitungan.test.ts', 'tests/unit/audit/counts.test.ts'],
	['tests/unit/audit/jumlah-tabel.test.ts', 'tests/unit/audit/table-totals.test.ts'],
	['tests/unit/audit/jumlah.test.ts', 'tests/unit/audit/anggaran-sums.test.ts'],
	['tests/unit/audit/komposisi.test.ts', 'tests/unit/audit/composition.test.ts'],
	['tests/unit/audit/nilai-uraian.test.ts', 'tests/unit/audit/prose-values.test.ts'],
	['tests/unit/audit/persen-antartabel.test.ts', 'tests/unit/audit/percent-rows.test.ts'],
	['tests/unit/audit/persen.test.ts', 'tests/unit/audit/anggaran-percent.test.ts'],
	['tests/unit/audit/rerata-capaian.test.ts', 'tests/unit/audit/average-claims.test.ts'],
	['tests/unit/audit/rujukan.test.ts', 'tests/unit/audit/figure-refs.test.ts'],
	['tests/unit/audit/sebab.test.ts', 'tests/unit/audit/cause.test.ts'],
	['tests/unit/audit/struktur.test.ts', 'tests/unit/audit/structure.test.ts'],
	['tests/unit/audit/survei.test.ts', 'tests/unit/audit/survey.test.ts'],
	['tests/unit/audit/target-keluaran.test.ts', 'tests/unit/audit/output-targets.test.ts'],
	['tests/unit/components/kecamatan-skala.test.ts', 'tests/unit/components/kecamatan-scale.test.ts'],
	['tests/unit/export/lembar-temuan.test.ts', 'tests/unit/export/temuan-sheet.test.ts'],
	['tests/unit/lkip/analisis.test.ts', 'tests/unit/lkip/analysis.test.ts'],
	['tests/unit/lkip/anggaran-laporan.test.ts', 'tests/unit/lkip/anggaran-reports.test.ts'],
	['tests/unit/lkip/anggaran-teks.test.ts', 'tests/unit/lkip/anggaran-text.test.ts'],
	['tests/unit/lkip/bagian-identitas.test.ts', 'tests/unit/lkip/sections-identity.test.ts'],
	['tests/unit/lkip/fixtures-lain.test.ts', 'tests/unit/lkip/other-fixtures.test.ts'],
	['tests/unit/lkip/skala.test.ts', 'tests/unit/lkip/predikat-scale.test.ts'],
	['tests/unit/peta.test.ts', 'tests/unit/map.test.ts'],
	['tests/unit/query-analisis.test.ts', 'tests/unit/query-analysis.test.ts'],
	['tests/unit/upload/contoh-templat.test.ts', 'tests/unit/upload/template-samples.test.ts'],
	['tests/unit/upload/gabung.test.ts', 'tests/unit/upload/merge.test.ts'],
	['tests/unit/upload/jumlah-besar.test.ts', 'tests/unit/upload/large-amounts.test.ts'],
	['tests/unit/upload/kunci-isi.test.ts', 'tests/unit/upload/content-key.test.ts'],
	['tests/unit/upload/pesan-penyimpanan.test.ts', 'tests/unit/upload/storage-message.test.ts'],
	['tests/unit/upload/rupiah-tanda.test.ts', 'tests/unit/upload/rupiah-sign.test.ts'],
	['tests/browser/analisis.test.ts', 'tests/browser/analysis.test.ts'],
	['tests/browser/peta.test.ts', 'tests/browser/map.test.ts'],
	['tests/browser/unggah-berat.test.ts', 'tests/browser/upload-heavy.test.ts'],
	['src/lib/components/DaftarKecamatan.svelte', 'src/lib/components/KecamatanList.svelte']
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
	{ module: 'src/lib/components/Sumber.svelte', default: true, from: 'Sumber', to: 'Source' },
	// ---- issue 13 item 6, the rest of the declared names (module-scoped: a name refused by the
	// data-key checks stays and is reported; see docs/naming.md for what stays Indonesian)
	// bench/browser.ts
	{ module: 'bench/browser.ts', from: 'HasilSkala', to: 'ScaleResult' },
	{ module: 'bench/browser.ts', from: 'persentil', to: 'percentile' },
	{ module: 'bench/browser.ts', from: 'laporan', to: 'formatReport' },
	{ module: 'bench/browser.ts', from: 'barisBench', to: 'benchRow' },
	{ module: 'bench/browser.ts', from: 'jalankan', to: 'run' },
	{ module: 'bench/browser.ts', from: 'nama', to: 'name' },
	// bench/documents.ts
	{ module: 'bench/documents.ts', from: 'jalankan', to: 'run' },
	{ module: 'bench/documents.ts', from: 'nama', to: 'name' },
	// bench/extract.ts
	{ module: 'bench/extract.ts', from: 'jalankan', to: 'run' },
	{ module: 'bench/extract.ts', from: 'nama', to: 'name' },
	// bench/site.ts
	{ module: 'bench/site.ts', from: 'AKAR', to: 'ROOT' },
	{ module: 'bench/site.ts', from: 'KERJA', to: 'WORK_DIR' },
	{ module: 'bench/site.ts', from: 'OpsiSitus', to: 'SiteOptions' },
	{ module: 'bench/site.ts', from: 'Situs', to: 'Site' },
	{ module: 'bench/site.ts', from: 'bangunSitus', to: 'buildSite' },
	// scripts/audit-doc.ts
	{ module: 'scripts/audit-doc.ts', from: 'dokumenAturan', to: 'aturanDocument' },
	// scripts/build-data.ts
	{ module: 'scripts/build-data.ts', from: 'TAMBAHAN', to: 'EXTRA_INPUTS' },
	{ module: 'scripts/build-data.ts', from: 'OpsiBangun', to: 'BuildOptions' },
	{ module: 'scripts/build-data.ts', from: 'HasilBangun', to: 'BuildResult' },
	{ module: 'scripts/build-data.ts', from: 'bangunData', to: 'buildData' },
	// scripts/compress.ts
	{ module: 'scripts/compress.ts', from: 'DAPAT_DIPADATKAN', to: 'COMPRESSIBLE' },
	{ module: 'scripts/compress.ts', from: 'padatkan', to: 'compress' },
	// scripts/lkip-cli.ts
	{ module: 'scripts/lkip-cli.ts', from: 'Keluaran', to: 'CliOutput' },
	{ module: 'scripts/lkip-cli.ts', from: 'Subperintah', to: 'Subcommand' },
	{ module: 'scripts/lkip-cli.ts', from: 'SUBPERINTAH', to: 'SUBCOMMANDS' },
	{ module: 'scripts/lkip-cli.ts', from: 'keJsonCli', to: 'toCliJson' },
	{ module: 'scripts/lkip-cli.ts', from: 'LaporanDibaca', to: 'ReadReport' },
	{ module: 'scripts/lkip-cli.ts', from: 'ekstrakBerkas', to: 'extractFile' },
	// scripts/serve.ts
	{ module: 'scripts/serve.ts', from: 'kebijakanDasar', to: 'basePolicy' },
	{ module: 'scripts/serve.ts', from: 'bolehAbadi', to: 'isImmutable' },
	{ module: 'scripts/serve.ts', from: 'kirimBerkas', to: 'sendFile' },
	{ module: 'scripts/serve.ts', from: 'buatServer', to: 'buildServer' },
	{ module: 'scripts/serve.ts', from: 'mulaiServer', to: 'startServer' },
	// scripts/synth.ts
	{ module: 'scripts/synth.ts', from: 'OpsiSintetis', to: 'SynthOptions' },
	{ module: 'scripts/synth.ts', from: 'tulisSintetis', to: 'writeSynthetic' },
	// scripts/wilayah.ts
	{ module: 'scripts/wilayah.ts', from: 'BERKAS_PETA', to: 'MAP_FILE' },
	{ module: 'scripts/wilayah.ts', from: 'LISENSI_PETA', to: 'MAP_LICENSE' },
	{ module: 'scripts/wilayah.ts', from: 'bacaPeta', to: 'readMap' },
	{ module: 'scripts/wilayah.ts', from: 'JumlahDesa', to: 'DesaCount' },
	{ module: 'scripts/wilayah.ts', from: 'berkasDesaIdn', to: 'desaIdnFile' },
	{ module: 'scripts/wilayah.ts', from: 'hitungDesa', to: 'countDesa' },
	{ module: 'scripts/wilayah.ts', from: 'bedaJumlahDesa', to: 'desaCountDifference' },
	// scripts/write-parquet.ts
	{ module: 'scripts/write-parquet.ts', from: 'BerkasTabel', to: 'TableFile' },
	{ module: 'scripts/write-parquet.ts', from: 'LangkahTerbit', to: 'PublishStep' },
	{ module: 'scripts/write-parquet.ts', from: 'OpsiTulis', to: 'WriteOptions' },
	{ module: 'scripts/write-parquet.ts', from: 'PenulisDataset', to: 'DatasetWriter' },
	{ module: 'scripts/write-parquet.ts', from: 'tulisDataset', to: 'writeDataset' },
	// src/lib/audit/anggaran-percent.ts
	{ module: 'src/lib/audit/anggaran-percent.ts', from: 'persenAnggaran', to: 'checkAnggaranPercent' },
	// src/lib/audit/anggaran-shares.ts
	{ module: 'src/lib/audit/anggaran-shares.ts', from: 'pangsaAnggaran', to: 'checkAnggaranShares' },
	// src/lib/audit/anggaran-sums.ts
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'anakDari', to: 'childrenOf' },
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'CekJumlah', to: 'SumCheck' },
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'cekJumlah', to: 'checkSum' },
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'jumlahAnggaran', to: 'checkAnggaranSums' },
	// src/lib/audit/average-claims.ts
	{ module: 'src/lib/audit/average-claims.ts', from: 'rerataCapaian', to: 'checkAverageClaims' },
	// src/lib/audit/broken-numbers.ts
	{ module: 'src/lib/audit/broken-numbers.ts', from: 'angkaRusak', to: 'checkBrokenNumbers' },
	// src/lib/audit/budget-counts.ts
	{ module: 'src/lib/audit/budget-counts.ts', from: 'hitungPohon', to: 'countTree' },
	{ module: 'src/lib/audit/budget-counts.ts', from: 'hitunganProgram', to: 'checkProgramCounts' },
	// src/lib/audit/capaian.ts
	{ module: 'src/lib/audit/capaian.ts', from: 'capaianSah', to: 'validCapaian' },
	{ module: 'src/lib/audit/capaian.ts', from: 'capaianIndikator', to: 'checkIndikatorCapaian' },
	// src/lib/audit/cause.ts
	{ module: 'src/lib/audit/cause.ts', from: 'Akibat', to: 'Effect' },
	{ module: 'src/lib/audit/cause.ts', from: 'Sebab', to: 'Cause' },
	{ module: 'src/lib/audit/cause.ts', from: 'cariSebab', to: 'findCause' },
	{ module: 'src/lib/audit/cause.ts', from: 'cocokAkibat', to: 'matchEffect' },
	{ module: 'src/lib/audit/cause.ts', from: 'sebabAngka', to: 'numberCause' },
	// src/lib/audit/composition.ts
	{ module: 'src/lib/audit/composition.ts', from: 'bagianBelanja', to: 'belanjaParts' },
	{ module: 'src/lib/audit/composition.ts', from: 'komposisiBelanja', to: 'checkBelanjaComposition' },
	// src/lib/audit/cross-section.ts
	{ module: 'src/lib/audit/cross-section.ts', from: 'samaTercetak', to: 'samePrinted' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'totalTabel', to: 'tableTotal' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'pernyataanTotal', to: 'totalStatements' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'bedaAntarbagian', to: 'checkCrossSection' },
	// src/lib/audit/cross-year.ts
	{ module: 'src/lib/audit/cross-year.ts', from: 'antarTahun', to: 'checkCrossYear' },
	// src/lib/audit/dataset.ts
	{ module: 'src/lib/audit/dataset.ts', from: 'KONTEKS_BARIS', to: 'ROW_CONTEXT' },
	{ module: 'src/lib/audit/dataset.ts', from: 'Rujukan', to: 'FigureRef' },
	{ module: 'src/lib/audit/dataset.ts', from: 'rujukanTemuan', to: 'temuanRefs' },
	{ module: 'src/lib/audit/dataset.ts', from: 'barisAudit', to: 'auditRows' },
	// src/lib/audit/document-structure.ts
	{ module: 'src/lib/audit/document-structure.ts', from: 'strukturDokumen', to: 'checkDocumentStructure' },
	// src/lib/audit/figure-findings.ts
	{ module: 'src/lib/audit/figure-findings.ts', from: 'Figur', to: 'FigureKey' },
	{ module: 'src/lib/audit/figure-findings.ts', from: 'rujukanDari', to: 'refsOf' },
	{ module: 'src/lib/audit/figure-findings.ts', from: 'temuanUntuk', to: 'temuanFor' },
	{ module: 'src/lib/audit/figure-findings.ts', from: 'temuanBedaIkm', to: 'ikmMismatchTemuan' },
	// src/lib/audit/highlight.ts
	{ module: 'src/lib/audit/highlight.ts', from: 'Potongan', to: 'Span' },
	{ module: 'src/lib/audit/highlight.ts', from: 'sorotAngka', to: 'highlightNumbers' },
	{ module: 'src/lib/audit/highlight.ts', from: 'kelompokBaris', to: 'groupLines' },
	// src/lib/audit/ikm-targets.ts
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'targetDariTeks', to: 'targetFromText' },
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'targetBeda', to: 'checkIkmTargets' },
	// src/lib/audit/index.ts
	{ module: 'src/lib/audit/index.ts', from: 'OpsiAudit', to: 'AuditOptions' },
	{ module: 'src/lib/audit/index.ts', from: 'HasilAudit', to: 'AuditResult' },
	{ module: 'src/lib/audit/index.ts', from: 'auditLengkap', to: 'auditAll' },
	{ module: 'src/lib/audit/index.ts', from: 'auditLaporan', to: 'auditReport' },
	// src/lib/audit/indicator-counts.ts
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'labelSkala', to: 'scaleLabel' },
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'hitunganIndikator', to: 'checkIndikatorCounts' },
	// src/lib/audit/input-amounts.ts
	{ module: 'src/lib/audit/input-amounts.ts', from: 'danaKegiatan', to: 'checkKegiatanFunds' },
	// src/lib/audit/letter.ts
	{ module: 'src/lib/audit/letter.ts', from: 'TemuanSurat', to: 'LetterTemuan' },
	{ module: 'src/lib/audit/letter.ts', from: 'SkorSurat', to: 'LetterScore' },
	{ module: 'src/lib/audit/letter.ts', from: 'IsiSurat', to: 'LetterContent' },
	{ module: 'src/lib/audit/letter.ts', from: 'letakBukti', to: 'evidencePlace' },
	{ module: 'src/lib/audit/letter.ts', from: 'ButirSurat', to: 'LetterItem' },
	{ module: 'src/lib/audit/letter.ts', from: 'LembarTemuan', to: 'TemuanSheet' },
	{ module: 'src/lib/audit/letter.ts', from: 'BarisSurat', to: 'LetterRow' },
	{ module: 'src/lib/audit/letter.ts', from: 'lembarTemuan', to: 'temuanSheet' },
	{ module: 'src/lib/audit/letter.ts', from: 'barisSurat', to: 'letterRows' },
	{ module: 'src/lib/audit/letter.ts', from: 'suratTemuan', to: 'temuanLetter' },
	// src/lib/audit/narrative-claims.ts
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'klaimArah', to: 'directionClaims' },
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'klaimNarasi', to: 'checkNarrativeClaims' },
	// src/lib/audit/number-words.ts
	{ module: 'src/lib/audit/number-words.ts', from: 'bacaKataBilangan', to: 'readNumberWords' },
	{ module: 'src/lib/audit/number-words.ts', from: 'KATA_BILANGAN', to: 'NUMBER_WORDS' },
	{ module: 'src/lib/audit/number-words.ts', from: 'POLA_HITUNGAN', to: 'COUNT_PATTERN' },
	{ module: 'src/lib/audit/number-words.ts', from: 'nilaiHitungan', to: 'countValue' },
	// src/lib/audit/out-of-range.ts
	{ module: 'src/lib/audit/out-of-range.ts', from: 'diLuarRentang', to: 'checkOutOfRange' },
	// src/lib/audit/output-targets.ts
	{ module: 'src/lib/audit/output-targets.ts', from: 'entriKeluaran', to: 'outputEntries' },
	{ module: 'src/lib/audit/output-targets.ts', from: 'targetKeluaran', to: 'checkOutputTargets' },
	// src/lib/audit/percent-rows.ts
	{ module: 'src/lib/audit/percent-rows.ts', from: 'persenAntartabel', to: 'checkPercentRows' },
	// src/lib/audit/predikat.ts
	{ module: 'src/lib/audit/predikat.ts', from: 'predikatSkala', to: 'checkPredikatScale' },
	// src/lib/audit/prose-values.ts
	{ module: 'src/lib/audit/prose-values.ts', from: 'nilaiUraian', to: 'checkProseValues' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'rerataDaftar', to: 'listAverage' },
	// src/lib/audit/report-scale.ts
	{ module: 'src/lib/audit/report-scale.ts', from: 'Tingkatan', to: 'ScaleLevel' },
	{ module: 'src/lib/audit/report-scale.ts', from: 'Skala', to: 'ReportScale' },
	{ module: 'src/lib/audit/report-scale.ts', from: 'skalaAudit', to: 'checkReportScale' },
	{ module: 'src/lib/audit/report-scale.ts', from: 'labelUntuk', to: 'labelFor' },
	// src/lib/audit/rules.ts
	{ module: 'src/lib/audit/rules.ts', from: 'BOBOT', to: 'WEIGHTS' },
	// src/lib/audit/survey.ts
	{ module: 'src/lib/audit/survey.ts', from: 'blokTabel', to: 'tableBlock' },
	{ module: 'src/lib/audit/survey.ts', from: 'peringkatJawaban', to: 'answerRanking' },
	{ module: 'src/lib/audit/survey.ts', from: 'survei_distribusi', to: 'checkSurveyDistribution' },
	{ module: 'src/lib/audit/survey.ts', from: 'survei_skor_unsur', to: 'checkSurveyElementScores' },
	{ module: 'src/lib/audit/survey.ts', from: 'survei_predikat_unsur', to: 'checkSurveyElementPredikat' },
	{ module: 'src/lib/audit/survey.ts', from: 'survei_rerata', to: 'checkSurveyAverage' },
	// src/lib/audit/table-totals.ts
	{ module: 'src/lib/audit/table-totals.ts', from: 'periksaTabel', to: 'checkTable' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'jumlahTabel', to: 'checkTableTotals' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'jumlahPegawai', to: 'checkStaffTotals' },
	// src/lib/audit/table-triples.ts
	{ module: 'src/lib/audit/table-triples.ts', from: 'nilaiSel', to: 'cellValue' },
	{ module: 'src/lib/audit/table-triples.ts', from: 'NEGATIF', to: 'NEGATIVE' },
	{ module: 'src/lib/audit/table-triples.ts', from: 'kepalaTabel', to: 'tableHeader' },
	{ module: 'src/lib/audit/table-triples.ts', from: 'tripleBaris', to: 'rowTriples' },
	// src/lib/audit/types.ts
	{ module: 'src/lib/audit/types.ts', from: 'Bukti', to: 'Evidence' },
	{ module: 'src/lib/audit/types.ts', from: 'Peran', to: 'Role' },
	{ module: 'src/lib/audit/types.ts', from: 'KonteksAudit', to: 'AuditContext' },
	{ module: 'src/lib/audit/types.ts', from: 'TemuanDasar', to: 'BaseTemuan' },
	{ module: 'src/lib/audit/types.ts', from: 'HasilAturan', to: 'AturanResult' },
	// src/lib/audit/util.ts
	{ module: 'src/lib/audit/util.ts', from: 'rp', to: 'formatRp' },
	{ module: 'src/lib/audit/util.ts', from: 'angka', to: 'formatNum' },
	{ module: 'src/lib/audit/util.ts', from: 'desimalTercetak', to: 'printedDecimals' },
	{ module: 'src/lib/audit/util.ts', from: 'cocokPresisi', to: 'matchesPrecision' },
	{ module: 'src/lib/audit/util.ts', from: 'barisTeks', to: 'textLines' },
	{ module: 'src/lib/audit/util.ts', from: 'sel', to: 'cellsAt' },
	{ module: 'src/lib/audit/util.ts', from: 'kalimat', to: 'sentencesOf' },
	{ module: 'src/lib/audit/util.ts', from: 'RUPIAH_TEKS', to: 'RUPIAH_TEXT' },
	{ module: 'src/lib/audit/util.ts', from: 'bacaDigit', to: 'readDigits' },
	{ module: 'src/lib/audit/util.ts', from: 'angkaPersen', to: 'percentNumber' },
	{ module: 'src/lib/audit/util.ts', from: 'unik', to: 'unique' },
	{ module: 'src/lib/audit/util.ts', from: 'persen', to: 'formatPct' },
	// src/lib/charts.ts
	{ module: 'src/lib/charts.ts', from: 'bertanda', to: 'markedName' },
	{ module: 'src/lib/charts.ts', from: 'opsiPeringkatIkm', to: 'ikmRankingOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiSerapan', to: 'serapanOption' },
	{ module: 'src/lib/charts.ts', from: 'TINGKAT_CAPAIAN', to: 'CAPAIAN_LEVELS' },
	{ module: 'src/lib/charts.ts', from: 'opsiCapaianMatriks', to: 'capaianMatrixOption' },
	{ module: 'src/lib/charts.ts', from: 'MAKS_GARIS_TARGET', to: 'MAX_TARGET_LINES' },
	{ module: 'src/lib/charts.ts', from: 'opsiTrenIkm', to: 'ikmTrendOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiTrenSerapan', to: 'serapanTrendOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiKomposisi', to: 'compositionOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiCapaianBerdampingan', to: 'capaianSideBySideOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiIkmKecamatan', to: 'kecamatanIkmOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiKuadran', to: 'quadrantOption' },
	{ module: 'src/lib/charts.ts', from: 'opsiPerPenduduk', to: 'perCapitaOption' },
	// src/lib/components/PetaKecamatan.svelte
	{ module: 'src/lib/components/PetaKecamatan.svelte', default: true, from: 'PetaKecamatan', to: 'KecamatanMap' },
	// src/lib/components/PilihKecamatan.svelte
	{ module: 'src/lib/components/PilihKecamatan.svelte', default: true, from: 'PilihKecamatan', to: 'KecamatanPicker' },
	// src/lib/components/echarts.ts
	{ module: 'src/lib/components/echarts.ts', from: 'OpsiGrafik', to: 'ChartOptions' },
	{ module: 'src/lib/components/echarts.ts', from: 'WARNA', to: 'COLORS' },
	{ module: 'src/lib/components/echarts.ts', from: 'WARNA_SKALA', to: 'SCALE_COLORS' },
	{ module: 'src/lib/components/echarts.ts', from: 'TEMA', to: 'THEME' },
	{ module: 'src/lib/components/echarts.ts', from: 'LOKAL', to: 'LOCALE' },
	{ module: 'src/lib/components/echarts.ts', from: 'ariaIndonesia', to: 'ariaLabels' },
	// src/lib/domain/analytics.ts
	{ module: 'src/lib/domain/analytics.ts', from: 'NAMA_METODE_IKM', to: 'IKM_METHOD_NAMES' },
	{ module: 'src/lib/domain/analytics.ts', from: 'METODE_TIDAK_DISEBUT', to: 'METHOD_NOT_STATED' },
	{ module: 'src/lib/domain/analytics.ts', from: 'KUADRAN', to: 'QUADRANTS' },
	{ module: 'src/lib/domain/analytics.ts', from: 'KUADRAN_SENDIRI', to: 'OWN_QUADRANT' },
	{ module: 'src/lib/domain/analytics.ts', from: 'UKURAN_NORMAL', to: 'NORMAL_SIZE' },
	{ module: 'src/lib/domain/analytics.ts', from: 'UkuranNormal', to: 'NormalSize' },
	// src/lib/domain/anggaran-scope.ts
	{ module: 'src/lib/domain/anggaran-scope.ts', from: 'CakupanAnggaran', to: 'AnggaranScope' },
	{ module: 'src/lib/domain/anggaran-scope.ts', from: 'LABEL_CAKUPAN', to: 'SCOPE_LABELS' },
	{ module: 'src/lib/domain/anggaran-scope.ts', from: 'cakupanAnggaran', to: 'anggaranScope' },
	{ module: 'src/lib/domain/anggaran-scope.ts', from: 'ATURAN_CAKUPAN', to: 'SCOPE_RULE' },
	// src/lib/domain/comparison-rules.ts
	{ module: 'src/lib/domain/comparison-rules.ts', from: 'Aturan', to: 'ComparisonRule' },
	{ module: 'src/lib/domain/comparison-rules.ts', from: 'ATURAN_DASBOR', to: 'DASHBOARD_RULES' },
	// src/lib/domain/comparisons.ts
	{ module: 'src/lib/domain/comparisons.ts', from: 'NAMA_RATA_KECAMATAN', to: 'KECAMATAN_AVERAGE_NAME' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'NAMA_GABUNGAN', to: 'COMBINED_NAME' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'labelRataKecamatan', to: 'kecamatanAverageLabel' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'labelRataLain', to: 'otherAverageLabel' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'labelGabungan', to: 'combinedLabel' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'labelGabunganLain', to: 'otherCombinedLabel' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'ATURAN_PEMBANDING', to: 'COMPARISON_RULE' },
	{ module: 'src/lib/domain/comparisons.ts', from: 'teksPerubahan', to: 'changeText' },
	// src/lib/domain/glossary.ts
	{ module: 'src/lib/domain/glossary.ts', from: 'Istilah', to: 'Term' },
	{ module: 'src/lib/domain/glossary.ts', from: 'GLOSARIUM', to: 'GLOSSARY' },
	{ module: 'src/lib/domain/glossary.ts', from: 'idIstilah', to: 'termId' },
	// src/lib/domain/ikm-choice.ts
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'URUTAN_BAGIAN_IKM', to: 'IKM_SECTION_ORDER' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'PernyataanIkm', to: 'IkmStatement' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'samaNilaiIkm', to: 'sameIkmValue' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'pilihIkm', to: 'chooseIkm' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'teksBeda', to: 'differenceText' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'ATURAN_IKM', to: 'IKM_RULE' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'tandaiPilihanIkm', to: 'markIkmChoice' },
	// src/lib/domain/ikm-kabupaten.ts
	{ module: 'src/lib/domain/ikm-kabupaten.ts', from: 'URUTAN_IKM_KABUPATEN', to: 'KABUPATEN_IKM_ORDER' },
	{ module: 'src/lib/domain/ikm-kabupaten.ts', from: 'NAMA_IKM_KABUPATEN', to: 'KABUPATEN_IKM_NAME' },
	{ module: 'src/lib/domain/ikm-kabupaten.ts', from: 'labelIkmKabupaten', to: 'kabupatenIkmLabel' },
	{ module: 'src/lib/domain/ikm-kabupaten.ts', from: 'labelIkmKabupatenBeda', to: 'kabupatenIkmDifferenceLabel' },
	{ module: 'src/lib/domain/ikm-kabupaten.ts', from: 'ATURAN_IKM_KABUPATEN', to: 'KABUPATEN_IKM_RULE' },
	// src/lib/domain/program-mapping.ts
	{ module: 'src/lib/domain/program-mapping.ts', from: 'BERKAS_PROGRAM', to: 'PROGRAM_FILE' },
	{ module: 'src/lib/domain/program-mapping.ts', from: 'ATURAN_PROGRAM', to: 'PROGRAM_RULE' },
	// src/lib/domain/scales.ts
	{ module: 'src/lib/domain/scales.ts', from: 'Jenjang', to: 'Band' },
	{ module: 'src/lib/domain/scales.ts', from: 'Skala', to: 'Scale' },
	{ module: 'src/lib/domain/scales.ts', from: 'SEMUA_SKALA', to: 'ALL_SCALES' },
	{ module: 'src/lib/domain/scales.ts', from: 'bulatkan', to: 'roundTo' },
	{ module: 'src/lib/domain/scales.ts', from: 'terapkanSkala', to: 'applyScale' },
	{ module: 'src/lib/domain/scales.ts', from: 'tingkatJenjang', to: 'bandLevel' },
	{ module: 'src/lib/domain/scales.ts', from: 'jenjangDariTeks', to: 'bandFromText' },
	{ module: 'src/lib/domain/scales.ts', from: 'mutuIkm', to: 'ikmMutu' },
	{ module: 'src/lib/domain/scales.ts', from: 'predikatNormal', to: 'normalPredikat' },
	{ module: 'src/lib/domain/scales.ts', from: 'TingkatLaporan', to: 'ReportLevel' },
	{ module: 'src/lib/domain/scales.ts', from: 'predikatSkalaLaporan', to: 'reportScalePredikat' },
	{ module: 'src/lib/domain/scales.ts', from: 'teksRentang', to: 'rangeText' },
	{ module: 'src/lib/domain/scales.ts', from: 'Polaritas', to: 'Polarity' },
	{ module: 'src/lib/domain/scales.ts', from: 'RumusCapaian', to: 'CapaianFormula' },
	{ module: 'src/lib/domain/scales.ts', from: 'hitungCapaian', to: 'computeCapaian' },
	{ module: 'src/lib/domain/scales.ts', from: 'RUMUS_CAPAIAN', to: 'CAPAIAN_FORMULA' },
	{ module: 'src/lib/domain/scales.ts', from: 'RUMUS_SERAPAN', to: 'SERAPAN_FORMULA' },
	{ module: 'src/lib/domain/scales.ts', from: 'hitungSerapan', to: 'computeSerapan' },
	// src/lib/domain/section-names.ts
	{ module: 'src/lib/domain/section-names.ts', from: 'namaBagian', to: 'sectionName' },
	// src/lib/domain/sentences.ts
	{ module: 'src/lib/domain/sentences.ts', from: 'kalimatIkm', to: 'ikmSentence' },
	{ module: 'src/lib/domain/sentences.ts', from: 'kalimatSerapan', to: 'serapanSentence' },
	// src/lib/domain/temuan-link.ts
	{ module: 'src/lib/domain/temuan-link.ts', from: 'tautanTemuan', to: 'temuanLink' },
	// src/lib/export/csv.ts
	{ module: 'src/lib/export/csv.ts', from: 'NilaiSel', to: 'CellValue' },
	{ module: 'src/lib/export/csv.ts', from: 'netralkanRumus', to: 'neutraliseFormula' },
	{ module: 'src/lib/export/csv.ts', from: 'miripRumus', to: 'looksLikeFormula' },
	{ module: 'src/lib/export/csv.ts', from: 'selCsv', to: 'csvCell' },
	{ module: 'src/lib/export/csv.ts', from: 'barisCsv', to: 'csvRow' },
	{ module: 'src/lib/export/csv.ts', from: 'keCsv', to: 'toCsv' },
	// src/lib/export/download-buttons.ts
	{ module: 'src/lib/export/download-buttons.ts', from: 'unduhCsv', to: 'downloadCsv' },
	{ module: 'src/lib/export/download-buttons.ts', from: 'unduhXlsx', to: 'downloadXlsx' },
	// src/lib/export/download.ts
	{ module: 'src/lib/export/download.ts', from: 'namaBerkas', to: 'fileName' },
	{ module: 'src/lib/export/download.ts', from: 'unduhUrl', to: 'downloadUrl' },
	{ module: 'src/lib/export/download.ts', from: 'unduhBlob', to: 'downloadBlob' },
	// src/lib/export/lembar-temuan.ts
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'FormatSurat', to: 'LetterFormat' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'FORMAT_SURAT', to: 'LETTER_FORMATS' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'bacaFormatSurat', to: 'readLetterFormat' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'suratTeks', to: 'letterText' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'suratMarkdown', to: 'letterMarkdown' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'suratXlsx', to: 'letterXlsx' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'teksPdf', to: 'pdfText' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'suratPdf', to: 'letterPdf' },
	{ module: 'src/lib/export/lembar-temuan.ts', from: 'berkasSurat', to: 'letterFile' },
	// src/lib/export/png.ts
	{ module: 'src/lib/export/png.ts', from: 'pngBerjudul', to: 'pngWithTitle' },
	// src/lib/export/xlsx.ts
	{ module: 'src/lib/export/xlsx.ts', from: 'hurufKolom', to: 'columnLetter' },
	{ module: 'src/lib/export/xlsx.ts', from: 'namaSheet', to: 'sheetName' },
	{ module: 'src/lib/export/xlsx.ts', from: 'LembarXlsx', to: 'XlsxSheet' },
	{ module: 'src/lib/export/xlsx.ts', from: 'xlsxTabel', to: 'xlsxTable' },
	{ module: 'src/lib/export/xlsx.ts', from: 'xlsxBuku', to: 'xlsxWorkbook' },
	// src/lib/format.ts
	{ module: 'src/lib/format.ts', from: 'KOSONG', to: 'EMPTY' },
	{ module: 'src/lib/format.ts', from: 'FormatKolom', to: 'ColumnFormat' },
	{ module: 'src/lib/format.ts', from: 'DESIMAL', to: 'DECIMALS' },
	{ module: 'src/lib/format.ts', from: 'bulatTampil', to: 'roundForDisplay' },
	{ module: 'src/lib/format.ts', from: 'formatIndeks', to: 'formatIndex' },
	{ module: 'src/lib/format.ts', from: 'teksPolos', to: 'plainText' },
	{ module: 'src/lib/format.ts', from: 'formatTahun', to: 'formatYear' },
	{ module: 'src/lib/format.ts', from: 'formatNilai', to: 'formatValue' },
	{ module: 'src/lib/format.ts', from: 'formatAngkaKah', to: 'isNumberFormat' },
	// src/lib/kecamatan-saya.ts
	{ module: 'src/lib/kecamatan-saya.ts', from: 'cariKecamatan', to: 'findKecamatanRow' },
	{ module: 'src/lib/kecamatan-saya.ts', from: 'Titik', to: 'Point' },
	{ module: 'src/lib/kecamatan-saya.ts', from: 'RingkasFigur', to: 'FigureSummary' },
	{ module: 'src/lib/kecamatan-saya.ts', from: 'ringkasFigur', to: 'summariseFigure' },
	{ module: 'src/lib/kecamatan-saya.ts', from: 'teksArah', to: 'directionText' },
	{ module: 'src/lib/kecamatan-saya.ts', from: 'teksBanding', to: 'comparisonText' },
	// src/lib/lkip/anggaran-table.ts
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'Baris', to: 'AnggaranLine' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'JenisBaris', to: 'AnggaranLineKind' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'BarisAnggaran', to: 'AnggaranRow' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'TabelAnggaran', to: 'AnggaranTable' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'JENIS_BELANJA', to: 'BELANJA_KINDS' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'jenisBelanja', to: 'belanjaKind' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'selRupiah', to: 'rupiahCell' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'bacaHeader', to: 'readAnggaranHeader' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'bacaTabel', to: 'readAnggaranTable' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'cariTabelAnggaran', to: 'findAnggaranTables' },
	// src/lib/lkip/anggaran-text.ts
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'Pernyataan', to: 'AnggaranStatement' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'bacaTeksAnggaran', to: 'readAnggaranText' },
	// src/lib/lkip/anggaran.ts
	{ module: 'src/lib/lkip/anggaran.ts', from: 'HasilAnggaran', to: 'AnggaranResult' },
	{ module: 'src/lib/lkip/anggaran.ts', from: 'petakanProgram', to: 'mapProgram' },
	// src/lib/lkip/belanja.ts
	{ module: 'src/lib/lkip/belanja.ts', from: 'PernyataanBelanja', to: 'BelanjaStatement' },
	{ module: 'src/lib/lkip/belanja.ts', from: 'gabungBelanja', to: 'mergeBelanja' },
	{ module: 'src/lib/lkip/belanja.ts', from: 'belanjaDariTabel', to: 'belanjaFromTable' },
	// src/lib/lkip/efisiensi.ts
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'HasilEfisiensi', to: 'EfficiencyResult' },
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'ekstrakEfisiensi', to: 'extractEfficiency' },
	// src/lib/lkip/empty-report.ts
	{ module: 'src/lib/lkip/empty-report.ts', from: 'laporanKosong', to: 'emptyReport' },
	// src/lib/lkip/extract.ts
	{ module: 'src/lib/lkip/extract.ts', from: 'extractLaporan', to: 'extractReport' },
	// src/lib/lkip/identity.ts
	{ module: 'src/lib/lkip/identity.ts', from: 'Identitas', to: 'Identity' },
	{ module: 'src/lib/lkip/identity.ts', from: 'jarak', to: 'editDistance' },
	{ module: 'src/lib/lkip/identity.ts', from: 'KeyakinanKecamatan', to: 'KecamatanConfidence' },
	{ module: 'src/lib/lkip/identity.ts', from: 'HasilKecamatan', to: 'KecamatanMatch' },
	{ module: 'src/lib/lkip/identity.ts', from: 'cariKecamatan', to: 'findKecamatan' },
	{ module: 'src/lib/lkip/identity.ts', from: 'bacaIdentitas', to: 'readIdentity' },
	// src/lib/lkip/ikm-kabupaten.ts
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'ekstrakIkmKabupaten', to: 'extractKabupatenIkm' },
	// src/lib/lkip/ikm-metode.ts
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'metodeDalam', to: 'methodIn' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'ekstrakMetodeIkm', to: 'extractIkmMethod' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'metodeUntuk', to: 'methodFor' },
	// src/lib/lkip/ikm.ts
	{ module: 'src/lib/lkip/ikm.ts', from: 'HasilIkm', to: 'IkmResult' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'paragraf', to: 'paragraphAt' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'barisDi', to: 'spanAt' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'tahunTunggal', to: 'singleYear' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'ekstrakIkm', to: 'extractIkm' },
	// src/lib/lkip/indikator.ts
	{ module: 'src/lib/lkip/indikator.ts', from: 'HasilIndikator', to: 'IndikatorResult' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'bersihkanNama', to: 'cleanName' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'ekstrakIndikator', to: 'extractIndikator' },
	// src/lib/lkip/master-data.ts
	{ module: 'src/lib/lkip/master-data.ts', from: 'slugKecamatan', to: 'kecamatanSlug' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'parsePola', to: 'parsePattern' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'kunciIndikator', to: 'indikatorKey' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'programBaku', to: 'standardProgram' },
	// src/lib/lkip/numbers.ts
	{ module: 'src/lib/lkip/numbers.ts', from: 'FormatAngka', to: 'NumberFormat' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'formatAngka', to: 'numberFormat' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'HasilAngka', to: 'ParsedNumber' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'bersihkan', to: 'cleanToken' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'parsePersen', to: 'parsePercent' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'JenisNilai', to: 'ValueKind' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'NilaiIndikator', to: 'IndikatorValue' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'parseNilaiIndikator', to: 'parseIndikatorValue' },
	// src/lib/lkip/page-furniture.ts
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'nomorHalaman', to: 'pageNumber' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'tepiHalaman', to: 'pageEdges' },
	// src/lib/lkip/paragraphs.ts
	{ module: 'src/lib/lkip/paragraphs.ts', from: 'barisLanjutan', to: 'continuationLine' },
	// src/lib/lkip/predikat-scale.ts
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'kunciLabel', to: 'labelKey' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'bacaSkala', to: 'readPredikatScale' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'bacaCapaianMaks100', to: 'readCapaianMax100' },
	// src/lib/lkip/profile.ts
	{ module: 'src/lib/lkip/profile.ts', from: 'HasilProfil', to: 'ProfilResult' },
	{ module: 'src/lib/lkip/profile.ts', from: 'ekstrakProfil', to: 'extractProfil' },
	// src/lib/lkip/sections.ts
	{ module: 'src/lib/lkip/sections.ts', from: 'bagianPerBaris', to: 'sectionPerLine' },
	// src/lib/lkip/table-blocks.ts
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'BarisTeks', to: 'TextRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'BarisTabel', to: 'BlockRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'BlokTabel', to: 'TableBlock' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'PeranKolom', to: 'ColumnRole' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'Kolom', to: 'BlockColumn' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'Kepala', to: 'BlockHeader' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'blokTabel', to: 'tableBlocks' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'tahunDalam', to: 'yearsIn' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisPenomoran', to: 'isNumberingRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisSatuan', to: 'isSatuanRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisTahun', to: 'isYearRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisLabel', to: 'isLabelRow' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'peranKolom', to: 'columnRole' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'bacaKepala', to: 'readBlockHeader' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisKepala', to: 'headerRows' },
	// src/lib/lkip/table-html.ts
	{ module: 'src/lib/lkip/table-html.ts', from: 'BarisHtml', to: 'HtmlRow' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'HasilHtml', to: 'HtmlTable' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'dekodeEntitas', to: 'decodeHtmlEntities' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'bacaTabelHtml', to: 'readHtmlTables' },
	// src/lib/lkip/table-spaced.ts
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'BarisSpasi', to: 'SpacedRow' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'bacaTabelSpasi', to: 'readSpacedTables' },
	// src/lib/lkip/table.ts
	{ module: 'src/lib/lkip/table.ts', from: 'Baris', to: 'PipeRow' },
	{ module: 'src/lib/lkip/table.ts', from: 'teksSel', to: 'cellText' },
	{ module: 'src/lib/lkip/table.ts', from: 'BarisSumber', to: 'SourceLine' },
	{ module: 'src/lib/lkip/table.ts', from: 'barisSemua', to: 'allLines' },
	{ module: 'src/lib/lkip/table.ts', from: 'normal', to: 'normalise' },
	// src/lib/lkip/types.ts
	{ module: 'src/lib/lkip/types.ts', from: 'Bagian', to: 'Section' },
	{ module: 'src/lib/lkip/types.ts', from: 'LevelAnggaran', to: 'AnggaranLevel' },
	{ module: 'src/lib/lkip/types.ts', from: 'JenisBelanja', to: 'BelanjaKind' },
	{ module: 'src/lib/lkip/types.ts', from: 'AtributProfil', to: 'ProfilAttribute' },
	{ module: 'src/lib/lkip/types.ts', from: 'MetodeIkm', to: 'IkmMethod' },
	{ module: 'src/lib/lkip/types.ts', from: 'MetodeIkmRecord', to: 'IkmMethodRecord' },
	{ module: 'src/lib/lkip/types.ts', from: 'SumberTeks', to: 'TextSource' },
	{ module: 'src/lib/lkip/types.ts', from: 'SkalaRecord', to: 'ScaleRecord' },
	{ module: 'src/lib/lkip/types.ts', from: 'Dokumen', to: 'ReportDocument' },
	{ module: 'src/lib/lkip/types.ts', from: 'AturanIndikator', to: 'IndikatorMapping' },
	{ module: 'src/lib/lkip/types.ts', from: 'AturanProgram', to: 'ProgramMapping' },
	{ module: 'src/lib/lkip/types.ts', from: 'KonteksEkstraksi', to: 'ExtractionContext' },
	// src/lib/peta.ts
	{ module: 'src/lib/peta.ts', from: 'UkuranPeta', to: 'MapSize' },
	{ module: 'src/lib/peta.ts', from: 'NAMA_PETA', to: 'MAP_NAME' },
	{ module: 'src/lib/peta.ts', from: 'ASET_PETA', to: 'MAP_ASSET' },
	{ module: 'src/lib/peta.ts', from: 'ASET_LISENSI_PETA', to: 'MAP_LICENSE_ASSET' },
	{ module: 'src/lib/peta.ts', from: 'KREDIT_PETA', to: 'MAP_CREDIT' },
	{ module: 'src/lib/peta.ts', from: 'WARNA_BELUM_LAPORAN', to: 'NO_REPORT_COLOR' },
	{ module: 'src/lib/peta.ts', from: 'WARNA_TANPA_ANGKA', to: 'NO_FIGURE_COLOR' },
	{ module: 'src/lib/peta.ts', from: 'BELUM_LAPORAN', to: 'NO_REPORT' },
	{ module: 'src/lib/peta.ts', from: 'TANPA_ANGKA', to: 'NO_FIGURE' },
	{ module: 'src/lib/peta.ts', from: 'Ukuran', to: 'Measure' },
	{ module: 'src/lib/peta.ts', from: 'UKURAN', to: 'MEASURES' },
	{ module: 'src/lib/peta.ts', from: 'tingkatPeta', to: 'mapLevel' },
	{ module: 'src/lib/peta.ts', from: 'barisUkuran', to: 'measureRows' },
	{ module: 'src/lib/peta.ts', from: 'kolomPeta', to: 'mapColumn' },
	{ module: 'src/lib/peta.ts', from: 'opsiPeta', to: 'mapOption' },
	// src/lib/query/aset.ts
	{ module: 'src/lib/query/aset.ts', from: 'ambilJson', to: 'fetchJson' },
	// src/lib/query/consistency.ts
	{ module: 'src/lib/query/consistency.ts', from: 'DataKonsistensi', to: 'ConsistencyData' },
	{ module: 'src/lib/query/consistency.ts', from: 'kunciBerkas', to: 'fileKey' },
	// src/lib/query/data-cache.ts
	{ module: 'src/lib/query/data-cache.ts', from: 'NAMA_CACHE', to: 'CACHE_NAME' },
	{ module: 'src/lib/query/data-cache.ts', from: 'berhash', to: 'isHashed' },
	{ module: 'src/lib/query/data-cache.ts', from: 'bukaCache', to: 'openCache' },
	{ module: 'src/lib/query/data-cache.ts', from: 'ambilTersimpan', to: 'fetchCached' },
	{ module: 'src/lib/query/data-cache.ts', from: 'buangLama', to: 'dropStale' },
	// src/lib/query/duckdb-wasm-node.ts
	{ module: 'src/lib/query/duckdb-wasm-node.ts', from: 'bukaWasmNode', to: 'openWasmNode' },
	// src/lib/query/engine.svelte.ts
	{ module: 'src/lib/query/engine.svelte.ts', from: 'tandaSiap', to: 'markReady' },
	{ module: 'src/lib/query/engine.svelte.ts', from: 'laporGalatKueri', to: 'reportQueryError' },
	// src/lib/query/executor.ts
	{ module: 'src/lib/query/executor.ts', from: 'Kueri', to: 'Query' },
	{ module: 'src/lib/query/executor.ts', from: 'bertipe', to: 'typed' },
	{ module: 'src/lib/query/executor.ts', from: 'bulat', to: 'integer' },
	// src/lib/query/lazy-tables.ts
	{ module: 'src/lib/query/lazy-tables.ts', from: 'NAMA_MALAS', to: 'LAZY_NAMES' },
	{ module: 'src/lib/query/lazy-tables.ts', from: 'tabelDibaca', to: 'tablesRead' },
	{ module: 'src/lib/query/lazy-tables.ts', from: 'EksekutorMalas', to: 'LazyExecutor' },
	{ module: 'src/lib/query/lazy-tables.ts', from: 'eksekutorMalas', to: 'lazyExecutor' },
	// src/lib/query/limits.ts
	{ module: 'src/lib/query/limits.ts', from: 'UJUNG_GRAFIK', to: 'CHART_TAIL' },
	{ module: 'src/lib/query/limits.ts', from: 'BARIS_TABEL', to: 'TABLE_ROWS' },
	{ module: 'src/lib/query/limits.ts', from: 'PERBANDINGAN_SEMUA_SAMPAI', to: 'COMPARE_ALL_UP_TO' },
	{ module: 'src/lib/query/limits.ts', from: 'PERBANDINGAN_BAWAAN', to: 'COMPARE_DEFAULT' },
	{ module: 'src/lib/query/limits.ts', from: 'catatanUjung', to: 'tailNote' },
	{ module: 'src/lib/query/limits.ts', from: 'PETA_SAMPAI', to: 'MAP_UP_TO' },
	// src/lib/query/page-data.ts
	{ module: 'src/lib/query/page-data.ts', from: 'FilterBeranda', to: 'HomeFilter' },
	{ module: 'src/lib/query/page-data.ts', from: 'Potongan', to: 'Slice' },
	{ module: 'src/lib/query/page-data.ts', from: 'DataBeranda', to: 'HomeData' },
	{ module: 'src/lib/query/page-data.ts', from: 'DaftarBeranda', to: 'HomeList' },
	{ module: 'src/lib/query/page-data.ts', from: 'lupakanDaftar', to: 'forgetList' },
	{ module: 'src/lib/query/page-data.ts', from: 'FilterPerbandingan', to: 'ComparisonFilter' },
	{ module: 'src/lib/query/page-data.ts', from: 'DataPerbandingan', to: 'ComparisonData' },
	{ module: 'src/lib/query/page-data.ts', from: 'kecamatanBawaan', to: 'defaultKecamatan' },
	{ module: 'src/lib/query/page-data.ts', from: 'DataKecamatan', to: 'KecamatanData' },
	{ module: 'src/lib/query/page-data.ts', from: 'RingkasanKecamatan', to: 'KecamatanSummary' },
	{ module: 'src/lib/query/page-data.ts', from: 'DataKecamatanSaya', to: 'MyKecamatanData' },
	{ module: 'src/lib/query/page-data.ts', from: 'muatKecamatanSaya', to: 'loadMyKecamatan' },
	// src/lib/query/ringkasan.ts
	{ module: 'src/lib/query/ringkasan.ts', from: 'Ringkasan', to: 'Summary' },
	{ module: 'src/lib/query/ringkasan.ts', from: 'RINGKASAN', to: 'SUMMARIES' },
	{ module: 'src/lib/query/ringkasan.ts', from: 'ringkasan', to: 'summaryOf' },
	{ module: 'src/lib/query/ringkasan.ts', from: 'sqlTulisRingkasan', to: 'sqlWriteSummary' },
	{ module: 'src/lib/query/ringkasan.ts', from: 'sqlSiapkanRingkasan', to: 'sqlPrepareSummary' },
	// src/lib/query/sql.ts
	{ module: 'src/lib/query/sql.ts', from: 'litTeks', to: 'litText' },
	{ module: 'src/lib/query/sql.ts', from: 'litDaftarTeks', to: 'litTextList' },
	{ module: 'src/lib/query/sql.ts', from: 'litDaftarInt', to: 'litIntList' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlViewKosong', to: 'sqlEmptyView' },
	{ module: 'src/lib/query/sql.ts', from: 'NAMA_TABEL', to: 'TABLE_NAMES' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlTahunLaporan', to: 'sqlReportYears' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPotong', to: 'sqlSlice' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPeringkatIkm', to: 'sqlIkmRanking' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSerapanKecamatan', to: 'sqlKecamatanSerapan' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlCapaianMatriks', to: 'sqlCapaianMatrix' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlDaftarKecamatan', to: 'sqlKecamatanList' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPeta', to: 'sqlMap' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlTrenIkm', to: 'sqlIkmTrend' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlTrenSerapan', to: 'sqlSerapanTrend' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlKomposisiProgram', to: 'sqlProgramComposition' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlCapaianBerdampingan', to: 'sqlCapaianSideBySide' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlDaftarIndikator', to: 'sqlIndikatorList' },
	{ module: 'src/lib/query/sql.ts', from: 'KolomSumber', to: 'SourceColumns' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisKecamatan', to: 'KecamatanRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisLaporanKecamatan', to: 'KecamatanReportRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisProfil', to: 'ProfilRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisIkmKecamatan', to: 'KecamatanIkmRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisAnggaranTahunan', to: 'AnnualAnggaranRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisIndikatorKecamatan', to: 'KecamatanIndikatorRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisPohon', to: 'AnggaranTreeRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisBelanja', to: 'BelanjaRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisSkala', to: 'ScaleRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisPeringatan', to: 'PeringatanRow' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlLaporanKecamatan', to: 'sqlKecamatanReports' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlProfilKecamatan', to: 'sqlKecamatanProfil' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlIkmKecamatan', to: 'sqlKecamatanIkm' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlAnggaranTahunanKecamatan', to: 'sqlKecamatanAnnualAnggaran' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlCapaianRataKecamatan', to: 'sqlKecamatanAverageCapaian' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlIndikatorKecamatan', to: 'sqlKecamatanIndikator' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPohonAnggaran', to: 'sqlAnggaranTree' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlBelanjaKecamatan', to: 'sqlKecamatanBelanja' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSkalaKecamatan', to: 'sqlKecamatanScale' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPeringatanKecamatan', to: 'sqlKecamatanPeringatan' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSlugKecamatan', to: 'sqlKecamatanSlugs' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSiapkanTabel', to: 'sqlPrepareTable' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlTabelUnggahan', to: 'sqlUploadTable' },
	{ module: 'src/lib/query/sql.ts', from: 'TABEL_UNGGAHAN', to: 'UPLOAD_TABLES' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlKosongkanUnggahan', to: 'sqlClearUploads' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSisipUnggahan', to: 'sqlInsertUpload' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlBarisAda', to: 'sqlRowsPresent' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSumberBaris', to: 'sqlRowSource' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisTemuanKecamatan', to: 'KecamatanTemuanRow' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlTemuanKecamatan', to: 'sqlKecamatanTemuan' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlEfisiensi', to: 'sqlEfficiency' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlEfisiensiSasaran', to: 'sqlSasaranEfficiency' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlMetodeIkm', to: 'sqlIkmMethod' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlPerPenduduk', to: 'sqlPerCapita' },
	// src/lib/store/ddl.ts
	{ module: 'src/lib/store/ddl.ts', from: 'kutip', to: 'quoteIdent' },
	// src/lib/store/rows.ts
	{ module: 'src/lib/store/rows.ts', from: 'NilaiKolom', to: 'ColumnValue' },
	{ module: 'src/lib/store/rows.ts', from: 'BarisPerTabel', to: 'RowsByTable' },
	{ module: 'src/lib/store/rows.ts', from: 'PenghasilBaris', to: 'RowProducer' },
	{ module: 'src/lib/store/rows.ts', from: 'TABEL_PER_LAPORAN', to: 'PER_REPORT_TABLES' },
	{ module: 'src/lib/store/rows.ts', from: 'TAHUN_MIN', to: 'MIN_YEAR' },
	{ module: 'src/lib/store/rows.ts', from: 'cariKecamatan', to: 'lookupKecamatan' },
	{ module: 'src/lib/store/rows.ts', from: 'kecamatanLaporan', to: 'reportKecamatan' },
	{ module: 'src/lib/store/rows.ts', from: 'alasanBukanLkip', to: 'notLkipReason' },
	{ module: 'src/lib/store/rows.ts', from: 'laporanId', to: 'reportId' },
	{ module: 'src/lib/store/rows.ts', from: 'validasiBaris', to: 'validateRow' },
	{ module: 'src/lib/store/rows.ts', from: 'LetakBaris', to: 'RowPlace' },
	{ module: 'src/lib/store/rows.ts', from: 'letakBaris', to: 'rowPlace' },
	{ module: 'src/lib/store/rows.ts', from: 'barisLaporan', to: 'reportRows' },
	{ module: 'src/lib/store/rows.ts', from: 'barisKecamatan', to: 'kecamatanRows' },
	{ module: 'src/lib/store/rows.ts', from: 'PencatatLaporan', to: 'ReportRecorder' },
	{ module: 'src/lib/store/rows.ts', from: 'tabelKosong', to: 'emptyTables' },
	{ module: 'src/lib/store/rows.ts', from: 'barisDataset', to: 'datasetRows' },
	// src/lib/store/schema.ts
	{ module: 'src/lib/store/schema.ts', from: 'TipeKolom', to: 'ColumnType' },
	{ module: 'src/lib/store/schema.ts', from: 'Kolom', to: 'ColumnDef' },
	{ module: 'src/lib/store/schema.ts', from: 'Tabel', to: 'TableDef' },
	{ module: 'src/lib/store/schema.ts', from: 'TABEL', to: 'TABLES' },
	{ module: 'src/lib/store/schema.ts', from: 'tabel', to: 'tableDef' },
	// src/lib/store/synth.ts
	{ module: 'src/lib/store/synth.ts', from: 'acak', to: 'seededRandom' },
	{ module: 'src/lib/store/synth.ts', from: 'NamaSintetis', to: 'SyntheticNames' },
	{ module: 'src/lib/store/synth.ts', from: 'laporanSintetis', to: 'syntheticReports' },
	// src/lib/table-view.ts
	{ module: 'src/lib/table-view.ts', from: 'BarisTabel', to: 'ViewRow' },
	{ module: 'src/lib/table-view.ts', from: 'Sumber', to: 'RowSource' },
	{ module: 'src/lib/table-view.ts', from: 'sumberBaris', to: 'rowSource' },
	{ module: 'src/lib/table-view.ts', from: 'adaSumber', to: 'hasSource' },
	{ module: 'src/lib/table-view.ts', from: 'teksSumber', to: 'sourceText' },
	{ module: 'src/lib/table-view.ts', from: 'alamatDokumen', to: 'documentHref' },
	{ module: 'src/lib/table-view.ts', from: 'tandaUnggahan', to: 'uploadMark' },
	{ module: 'src/lib/table-view.ts', from: 'KOLOM_ASAL', to: 'ORIGIN_COLUMN' },
	{ module: 'src/lib/table-view.ts', from: 'nilaiKolom', to: 'columnValue' },
	{ module: 'src/lib/table-view.ts', from: 'adaTanda', to: 'hasMark' },
	{ module: 'src/lib/table-view.ts', from: 'kolomTampil', to: 'shownColumns' },
	{ module: 'src/lib/table-view.ts', from: 'kolomEkspor', to: 'exportColumns' },
	{ module: 'src/lib/table-view.ts', from: 'nilaiSel', to: 'shownCellValue' },
	{ module: 'src/lib/table-view.ts', from: 'nilaiEkspor', to: 'exportValue' },
	{ module: 'src/lib/table-view.ts', from: 'csvTabel', to: 'tableCsv' },
	// src/lib/upload/csv.ts
	{ module: 'src/lib/upload/csv.ts', from: 'BarisCsv', to: 'CsvRow' },
	{ module: 'src/lib/upload/csv.ts', from: 'StrukturCsv', to: 'CsvStructure' },
	{ module: 'src/lib/upload/csv.ts', from: 'bacaStrukturCsv', to: 'readCsvStructure' },
	// src/lib/upload/duplicates.ts
	{ module: 'src/lib/upload/duplicates.ts', from: 'DataAda', to: 'ExistingData' },
	{ module: 'src/lib/upload/duplicates.ts', from: 'kunciBaris', to: 'rowKey' },
	{ module: 'src/lib/upload/duplicates.ts', from: 'isiBaris', to: 'rowContent' },
	{ module: 'src/lib/upload/duplicates.ts', from: 'Temuan', to: 'Duplicate' },
	{ module: 'src/lib/upload/duplicates.ts', from: 'IndeksAda', to: 'ExistingIndex' },
	{ module: 'src/lib/upload/duplicates.ts', from: 'asalBaris', to: 'rowOrigin' },
	// src/lib/upload/file-kind.ts
	{ module: 'src/lib/upload/file-kind.ts', from: 'BATAS_UKURAN', to: 'SIZE_LIMIT' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'teksUkuran', to: 'sizeText' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'cekUkuran', to: 'checkSize' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'JenisBerkas', to: 'FileKind' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'jenisDariNama', to: 'kindFromName' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'HasilDekode', to: 'Decoded' },
	{ module: 'src/lib/upload/file-kind.ts', from: 'dekode', to: 'decodeBytes' },
	// src/lib/upload/import-file.ts
	{ module: 'src/lib/upload/import-file.ts', from: 'HasilUnggah', to: 'UploadResult' },
	{ module: 'src/lib/upload/import-file.ts', from: 'BerkasMasuk', to: 'IncomingFile' },
	{ module: 'src/lib/upload/import-file.ts', from: 'bacaByte', to: 'readBytes' },
	{ module: 'src/lib/upload/import-file.ts', from: 'bacaDokumen', to: 'readUploadedDocument' },
	{ module: 'src/lib/upload/import-file.ts', from: 'bacaBerkas', to: 'readUploadedFile' },
	// src/lib/upload/kecamatan.ts
	{ module: 'src/lib/upload/kecamatan.ts', from: 'HasilKecamatan', to: 'UploadKecamatan' },
	// src/lib/upload/lkip.ts
	{ module: 'src/lib/upload/lkip.ts', from: 'HasilLkip', to: 'UploadedReport' },
	// src/lib/upload/merge.ts
	{ module: 'src/lib/upload/merge.ts', from: 'HasilGabung', to: 'MergeResult' },
	{ module: 'src/lib/upload/merge.ts', from: 'barisUnggahan', to: 'uploadRows' },
	{ module: 'src/lib/upload/merge.ts', from: 'perintahUnggahan', to: 'uploadStatements' },
	{ module: 'src/lib/upload/merge.ts', from: 'jalankanPerintah', to: 'runStatements' },
	{ module: 'src/lib/upload/merge.ts', from: 'pasangUnggahan', to: 'attachUploads' },
	// src/lib/upload/numbers.ts
	{ module: 'src/lib/upload/numbers.ts', from: 'Gaya', to: 'NumberStyle' },
	{ module: 'src/lib/upload/numbers.ts', from: 'gayaNilai', to: 'valueStyle' },
	{ module: 'src/lib/upload/numbers.ts', from: 'Contoh', to: 'StyleSample' },
	{ module: 'src/lib/upload/numbers.ts', from: 'GayaBerkas', to: 'FileStyle' },
	{ module: 'src/lib/upload/numbers.ts', from: 'HasilDesimal', to: 'ParsedDecimal' },
	{ module: 'src/lib/upload/numbers.ts', from: 'bacaDesimal', to: 'readDecimal' },
	// src/lib/upload/problems.ts
	{ module: 'src/lib/upload/problems.ts', from: 'Tingkat', to: 'ProblemLevel' },
	{ module: 'src/lib/upload/problems.ts', from: 'Masalah', to: 'Problem' },
	{ module: 'src/lib/upload/problems.ts', from: 'galat', to: 'problemError' },
	{ module: 'src/lib/upload/problems.ts', from: 'peringatan', to: 'problemWarning' },
	{ module: 'src/lib/upload/problems.ts', from: 'teksMasalah', to: 'problemText' },
	{ module: 'src/lib/upload/problems.ts', from: 'kutip', to: 'quoteSnippet' },
	// src/lib/upload/saved.svelte.ts
	{ module: 'src/lib/upload/saved.svelte.ts', from: 'unggahan', to: 'uploads' },
	{ module: 'src/lib/upload/saved.svelte.ts', from: 'pasangTersimpan', to: 'attachSaved' },
	{ module: 'src/lib/upload/saved.svelte.ts', from: 'dengarTabLain', to: 'listenOtherTabs' },
	// src/lib/upload/store.ts
	{ module: 'src/lib/upload/store.ts', from: 'Unggahan', to: 'Upload' },
	{ module: 'src/lib/upload/store.ts', from: 'KANAL_UNGGAHAN', to: 'UPLOAD_CHANNEL' },
	{ module: 'src/lib/upload/store.ts', from: 'kunciIsi', to: 'contentKey' },
	{ module: 'src/lib/upload/store.ts', from: 'RingkasanUnggahan', to: 'UploadSummary' },
	{ module: 'src/lib/upload/store.ts', from: 'ringkasUnggahan', to: 'summariseUpload' },
	{ module: 'src/lib/upload/store.ts', from: 'Olahan', to: 'Processed' },
	{ module: 'src/lib/upload/store.ts', from: 'pesanPenyimpanan', to: 'storageMessage' },
	{ module: 'src/lib/upload/store.ts', from: 'jumlahRekaman', to: 'recordCount' },
	{ module: 'src/lib/upload/store.ts', from: 'jumlahUnggahan', to: 'uploadCount' },
	{ module: 'src/lib/upload/store.ts', from: 'bacaOlahan', to: 'readProcessed' },
	{ module: 'src/lib/upload/store.ts', from: 'simpanOlahan', to: 'saveProcessed' },
	{ module: 'src/lib/upload/store.ts', from: 'daftarUnggahan', to: 'listUploads' },
	{ module: 'src/lib/upload/store.ts', from: 'simpanUnggahan', to: 'saveUpload' },
	{ module: 'src/lib/upload/store.ts', from: 'dokumenUnggahan', to: 'uploadDocument' },
	{ module: 'src/lib/upload/store.ts', from: 'hapusUnggahan', to: 'deleteUpload' },
	// src/lib/upload/templates.ts
	{ module: 'src/lib/upload/templates.ts', from: 'JenisKolom', to: 'TemplateColumnKind' },
	{ module: 'src/lib/upload/templates.ts', from: 'KolomTemplat', to: 'TemplateColumn' },
	{ module: 'src/lib/upload/templates.ts', from: 'NamaTemplat', to: 'TemplateName' },
	{ module: 'src/lib/upload/templates.ts', from: 'Templat', to: 'Template' },
	{ module: 'src/lib/upload/templates.ts', from: 'TEMPLAT', to: 'TEMPLATES' },
	{ module: 'src/lib/upload/templates.ts', from: 'templat', to: 'template' },
	{ module: 'src/lib/upload/templates.ts', from: 'teksTemplat', to: 'templateText' },
	{ module: 'src/lib/upload/templates.ts', from: 'namaBerkasTemplat', to: 'templateFileName' },
	// src/lib/upload/upload-task.ts
	{ module: 'src/lib/upload/upload-task.ts', from: 'HasilPeriksa', to: 'CheckResult' },
	{ module: 'src/lib/upload/upload-task.ts', from: 'Kemajuan', to: 'TaskProgress' },
	{ module: 'src/lib/upload/upload-task.ts', from: 'periksaBerkas', to: 'checkFile' },
	{ module: 'src/lib/upload/upload-task.ts', from: 'HasilTersimpan', to: 'SavedResult' },
	{ module: 'src/lib/upload/upload-task.ts', from: 'kunciOlahan', to: 'processedKey' },
	{ module: 'src/lib/upload/upload-task.ts', from: 'olahTersimpan', to: 'processSaved' },
	// src/lib/upload/upload-worker.ts
	{ module: 'src/lib/upload/upload-worker.ts', from: 'Permintaan', to: 'WorkerRequest' },
	{ module: 'src/lib/upload/upload-worker.ts', from: 'Jawaban', to: 'WorkerReply' },
	// src/lib/upload/validate.ts
	{ module: 'src/lib/upload/validate.ts', from: 'HasilValidasi', to: 'ValidationResult' },
	{ module: 'src/lib/upload/validate.ts', from: 'validasiCsv', to: 'validateCsv' },
	// src/lib/upload/worker-client.ts
	{ module: 'src/lib/upload/worker-client.ts', from: 'Dibatalkan', to: 'Cancelled' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'periksaDiPekerja', to: 'checkInWorker' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'batalkanPemeriksaan', to: 'cancelCheck' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'olahDiPekerja', to: 'processInWorker' },
	// src/routes/dokumen/original.ts
	{ module: 'src/routes/dokumen/original.ts', from: 'Asli', to: 'Original' },
	{ module: 'src/routes/dokumen/original.ts', from: 'muatAsli', to: 'loadOriginal' },
	// tests/browser/site.ts
	{ module: 'tests/browser/site.ts', from: 'LAYAR_HP', to: 'PHONE_SCREEN' },
	{ module: 'tests/browser/site.ts', from: 'LAYAR_DESKTOP', to: 'DESKTOP_SCREEN' },
	{ module: 'tests/browser/site.ts', from: 'Situs', to: 'Site' },
	{ module: 'tests/browser/site.ts', from: 'pakaiAtributUji', to: 'useTestIdAttribute' },
	{ module: 'tests/browser/site.ts', from: 'mulaiSitus', to: 'startSite' },
	{ module: 'tests/browser/site.ts', from: 'hentikanSitus', to: 'stopSite' },
	{ module: 'tests/browser/site.ts', from: 'bukaTab', to: 'openTab' },
	{ module: 'tests/browser/site.ts', from: 'tutupTab', to: 'closeTab' },
	{ module: 'tests/browser/site.ts', from: 'potret', to: 'takeScreenshot' },
	{ module: 'tests/browser/site.ts', from: 'bacaTabel', to: 'readTable' },
	{ module: 'tests/browser/site.ts', from: 'angkaId', to: 'idNumber' },
	{ module: 'tests/browser/site.ts', from: 'barisTabel', to: 'tableRows' },
	// tests/fixtures/dataset-large.ts
	{ module: 'tests/fixtures/dataset-large.ts', from: 'KecamatanBesar', to: 'LargeKecamatan' },
	{ module: 'tests/fixtures/dataset-large.ts', from: 'kecamatanBesar', to: 'largeKecamatan' },
	{ module: 'tests/fixtures/dataset-large.ts', from: 'dataBesar', to: 'largeDataset' },
	// tests/fixtures/dataset-sample.ts
	{ module: 'tests/fixtures/dataset-sample.ts', from: 'dataContoh', to: 'sampleDataset' },
	// tests/fixtures/dataset.ts
	{ module: 'tests/fixtures/dataset.ts', from: 'tulisDataset', to: 'writeTestDataset' },
	// tests/fixtures/engines.ts
	{ module: 'tests/fixtures/engines.ts', from: 'Mesin', to: 'Engine' },
	{ module: 'tests/fixtures/engines.ts', from: 'MESIN', to: 'ENGINES' },
	{ module: 'tests/fixtures/engines.ts', from: 'MESIN_TIMEOUT', to: 'ENGINE_TIMEOUT' },
	// tests/unit/adversarial/corpus.ts
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'Jalur', to: 'Route' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'Letak', to: 'Placement' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'Kasus', to: 'Case' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'POLA', to: 'PATTERNS' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'ulang', to: 'repeatTo' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'teksLaporan', to: 'reportText' },
	{ module: 'tests/unit/adversarial/corpus.ts', from: 'teksCsv', to: 'csvText' },
	// tests/unit/adversarial/worker.ts
	{ module: 'tests/unit/adversarial/worker.ts', from: 'PesanKeWorker', to: 'ToWorker' },
	{ module: 'tests/unit/adversarial/worker.ts', from: 'PesanDariWorker', to: 'FromWorker' },
	// tests/unit/audit/helpers.ts
	{ module: 'tests/unit/audit/helpers.ts', from: 'ang', to: 'anggaranRecord' },
	{ module: 'tests/unit/audit/helpers.ts', from: 'ind', to: 'indikatorRecord' },
	{ module: 'tests/unit/audit/helpers.ts', from: 'laporan', to: 'testReport' },
	{ module: 'tests/unit/audit/helpers.ts', from: 'teks', to: 'testText' },
	{ module: 'tests/unit/audit/helpers.ts', from: 'temuan', to: 'testTemuan' },
	// tests/unit/charts/render.ts
	{ module: 'tests/unit/charts/render.ts', from: 'Gambar', to: 'Rendered' },
	{ module: 'tests/unit/charts/render.ts', from: 'gambar', to: 'render' },
	// tests/unit/fuzz/fuzz-worker.ts
	{ module: 'tests/unit/fuzz/fuzz-worker.ts', from: 'TugasFuzz', to: 'FuzzTask' },
	{ module: 'tests/unit/fuzz/fuzz-worker.ts', from: 'PesanFuzz', to: 'FuzzMessage' },
	// tests/unit/fuzz/mutations.ts
	{ module: 'tests/unit/fuzz/mutations.ts', from: 'acak', to: 'seededRandom' },
	{ module: 'tests/unit/fuzz/mutations.ts', from: 'Mutasi', to: 'Mutation' },
	{ module: 'tests/unit/fuzz/mutations.ts', from: 'MUTASI', to: 'MUTATIONS' },
	{ module: 'tests/unit/fuzz/mutations.ts', from: 'mutasikan', to: 'mutate' },
	// tests/unit/lkip/layouts-unseen.ts
	{ module: 'tests/unit/lkip/layouts-unseen.ts', from: 'laporanHarapan', to: 'expectedReport' },
	{ module: 'tests/unit/lkip/layouts-unseen.ts', from: 'HARAPAN', to: 'EXPECTED' },
	// tests/unit/store/sample.ts
	{ module: 'tests/unit/store/sample.ts', from: 'REF', to: 'MASTER' },
	{ module: 'tests/unit/store/sample.ts', from: 'laporan', to: 'sampleReport' },
	// ---- module-level names that are not exported: the same rule inside a module
	// src/lib/audit/anggaran-sums.ts
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'lepasDari', to: 'detachFrom' },
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'Kolom', to: 'SumColumn' },
	{ module: 'src/lib/audit/anggaran-sums.ts', from: 'nilaiAnak', to: 'childValue' },
	// src/lib/audit/average-claims.ts
	{ module: 'src/lib/audit/average-claims.ts', from: 'RERATA', to: 'AVERAGE' },
	{ module: 'src/lib/audit/average-claims.ts', from: 'BUKAN', to: 'NOT_AVERAGE' },
	{ module: 'src/lib/audit/average-claims.ts', from: 'SERAP', to: 'ABSORB' },
	{ module: 'src/lib/audit/average-claims.ts', from: 'serapanKalimat', to: 'sentenceSerapan' },
	// src/lib/audit/broken-numbers.ts
	{ module: 'src/lib/audit/broken-numbers.ts', from: 'KELOMPOK', to: 'GROUP' },
	{ module: 'src/lib/audit/broken-numbers.ts', from: 'SEN_TITIK', to: 'CENTS_DOT' },
	{ module: 'src/lib/audit/broken-numbers.ts', from: 'MASALAH_ANGKA', to: 'NUMBER_PROBLEMS' },
	// src/lib/audit/budget-counts.ts
	{ module: 'src/lib/audit/budget-counts.ts', from: 'Tingkat', to: 'CountLevel' },
	{ module: 'src/lib/audit/budget-counts.ts', from: 'HITUNG', to: 'COUNT' },
	{ module: 'src/lib/audit/budget-counts.ts', from: 'SATU_SASARAN', to: 'ONE_SASARAN' },
	{ module: 'src/lib/audit/budget-counts.ts', from: 'namaBaris', to: 'rowName' },
	{ module: 'src/lib/audit/budget-counts.ts', from: 'Klaim', to: 'Claim' },
	// src/lib/audit/cause.ts
	{ module: 'src/lib/audit/cause.ts', from: 'Kolom', to: 'CauseColumn' },
	{ module: 'src/lib/audit/cause.ts', from: 'persenCocok', to: 'percentMatches' },
	{ module: 'src/lib/audit/cause.ts', from: 'calon', to: 'candidates' },
	{ module: 'src/lib/audit/cause.ts', from: 'kunciAkibat', to: 'effectKey' },
	// src/lib/audit/composition.ts
	{ module: 'src/lib/audit/composition.ts', from: 'JENIS', to: 'KINDS' },
	{ module: 'src/lib/audit/composition.ts', from: 'BUKAN_PORSI', to: 'NOT_SHARE' },
	{ module: 'src/lib/audit/composition.ts', from: 'PORSI', to: 'SHARE' },
	{ module: 'src/lib/audit/composition.ts', from: 'Bagian', to: 'Part' },
	{ module: 'src/lib/audit/composition.ts', from: 'persenSebelum', to: 'percentBefore' },
	{ module: 'src/lib/audit/composition.ts', from: 'persenSesudah', to: 'percentAfter' },
	// src/lib/audit/cross-section.ts
	{ module: 'src/lib/audit/cross-section.ts', from: 'cekIkm', to: 'checkIkm' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'Jenis', to: 'StatementKind' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'Pernyataan', to: 'Statement' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'LUAR_TOTAL', to: 'OUTSIDE_TOTAL' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'KUNCI', to: 'KEYS' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'cekTotal', to: 'checkTotal' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'cekKomposisi', to: 'checkComposition' },
	{ module: 'src/lib/audit/cross-section.ts', from: 'cekPasangan', to: 'checkPair' },
	// src/lib/audit/cross-year.ts
	{ module: 'src/lib/audit/cross-year.ts', from: 'laporanTahun', to: 'reportOfYear' },
	// src/lib/audit/document-structure.ts
	{ module: 'src/lib/audit/document-structure.ts', from: 'PERIODE', to: 'PERIOD' },
	{ module: 'src/lib/audit/document-structure.ts', from: 'BAGIAN_TAHUN', to: 'YEAR_SECTIONS' },
	// src/lib/audit/highlight.ts
	{ module: 'src/lib/audit/highlight.ts', from: 'ANGKA', to: 'NUMBER' },
	{ module: 'src/lib/audit/highlight.ts', from: 'sama', to: 'same' },
	// src/lib/audit/ikm-targets.ts
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'SEL_TAHUN', to: 'YEAR_CELL' },
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'Target', to: 'IkmTarget' },
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'barisTahun', to: 'yearRow' },
	{ module: 'src/lib/audit/ikm-targets.ts', from: 'nilai', to: 'valueOf' },
	// src/lib/audit/index.ts
	{ module: 'src/lib/audit/index.ts', from: 'konteks', to: 'contextOf' },
	{ module: 'src/lib/audit/index.ts', from: 'temuanLengkap', to: 'completeTemuan' },
	{ module: 'src/lib/audit/index.ts', from: 'kelompokkan', to: 'groupTemuan' },
	// src/lib/audit/indicator-counts.ts
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'HITUNG', to: 'COUNT' },
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'HITUNG_SASARAN', to: 'COUNT_SASARAN' },
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'SATU_SASARAN', to: 'ONE_SASARAN' },
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'KATEGORI', to: 'CATEGORIES' },
	{ module: 'src/lib/audit/indicator-counts.ts', from: 'tahunLain', to: 'otherYear' },
	// src/lib/audit/input-amounts.ts
	{ module: 'src/lib/audit/input-amounts.ts', from: 'DANA', to: 'FUNDS' },
	{ module: 'src/lib/audit/input-amounts.ts', from: 'PERSEN', to: 'PERCENT' },
	{ module: 'src/lib/audit/input-amounts.ts', from: 'bedaDigit', to: 'digitDifference' },
	// src/lib/audit/letter.ts
	{ module: 'src/lib/audit/letter.ts', from: 'BULAN', to: 'MONTHS' },
	{ module: 'src/lib/audit/letter.ts', from: 'SARAN_UMUM', to: 'GENERAL_ADVICE' },
	{ module: 'src/lib/audit/letter.ts', from: 'tanggal', to: 'dateText' },
	{ module: 'src/lib/audit/letter.ts', from: 'angkaSurat', to: 'letterNumber' },
	{ module: 'src/lib/audit/letter.ts', from: 'kutip', to: 'quote' },
	{ module: 'src/lib/audit/letter.ts', from: 'judul', to: 'titleOf' },
	{ module: 'src/lib/audit/letter.ts', from: 'butir', to: 'itemOf' },
	{ module: 'src/lib/audit/letter.ts', from: 'tebal', to: 'bold' },
	{ module: 'src/lib/audit/letter.ts', from: 'itemTemuan', to: 'temuanItem' },
	{ module: 'src/lib/audit/letter.ts', from: 'bagianSkor', to: 'scorePart' },
	// src/lib/audit/narrative-claims.ts
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'NAIK', to: 'UP' },
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'TURUN', to: 'DOWN' },
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'Arah', to: 'Direction' },
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'arahKlaim', to: 'claimDirection' },
	{ module: 'src/lib/audit/narrative-claims.ts', from: 'bilangan', to: 'numberIn' },
	// src/lib/audit/out-of-range.ts
	{ module: 'src/lib/audit/out-of-range.ts', from: 'PROPORSI', to: 'PROPORTION' },
	{ module: 'src/lib/audit/out-of-range.ts', from: 'BUKAN_PROPORSI', to: 'NOT_PROPORTION' },
	// src/lib/audit/output-targets.ts
	{ module: 'src/lib/audit/output-targets.ts', from: 'Entri', to: 'Entry' },
	// src/lib/audit/percent-rows.ts
	{ module: 'src/lib/audit/percent-rows.ts', from: 'nama', to: 'nameOf' },
	{ module: 'src/lib/audit/percent-rows.ts', from: 'cocokNama', to: 'nameMatches' },
	// src/lib/audit/predikat.ts
	{ module: 'src/lib/audit/predikat.ts', from: 'KATA', to: 'WORDS' },
	{ module: 'src/lib/audit/predikat.ts', from: 'TANDA', to: 'MARK' },
	{ module: 'src/lib/audit/predikat.ts', from: 'labelDisebut', to: 'statedLabel' },
	{ module: 'src/lib/audit/predikat.ts', from: 'labelAsli', to: 'originalLabel' },
	{ module: 'src/lib/audit/predikat.ts', from: 'KATA_SASARAN', to: 'SASARAN_WORDS' },
	{ module: 'src/lib/audit/predikat.ts', from: 'kata', to: 'words' },
	{ module: 'src/lib/audit/predikat.ts', from: 'labelSasaran', to: 'sasaranLabel' },
	// src/lib/audit/prose-values.ts
	{ module: 'src/lib/audit/prose-values.ts', from: 'NILAI', to: 'VALUE' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'kata', to: 'words' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'mirip', to: 'similar' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'indikatorJudul', to: 'titleIndikator' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'tahunLain', to: 'otherYear' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'samaNilai', to: 'sameValue' },
	{ module: 'src/lib/audit/prose-values.ts', from: 'BUTIR', to: 'ITEM' },
	// src/lib/audit/survey.ts
	{ module: 'src/lib/audit/survey.ts', from: 'JAWABAN', to: 'ANSWERS' },
	{ module: 'src/lib/audit/survey.ts', from: 'peringkatMutu', to: 'mutuRank' },
	{ module: 'src/lib/audit/survey.ts', from: 'nilai', to: 'valueOf' },
	{ module: 'src/lib/audit/survey.ts', from: 'Distribusi', to: 'Distribution' },
	{ module: 'src/lib/lkip/ikm-unsur.ts', from: 'kolomUnsur', to: 'elementColumns' },
	{ module: 'src/lib/audit/survey.ts', from: 'distribusi', to: 'distributionOf' },
	{ module: 'src/lib/audit/survey.ts', from: 'Skor', to: 'ElementScore' },
	{ module: 'src/lib/audit/survey.ts', from: 'tabelSkor', to: 'scoreTable' },
	{ module: 'src/lib/audit/survey.ts', from: 'bagian', to: 'sectionOf' },
	{ module: 'src/lib/audit/survey.ts', from: 'pasangan', to: 'pairs' },
	// src/lib/audit/table-totals.ts
	{ module: 'src/lib/audit/table-totals.ts', from: 'ASN_TEKS', to: 'ASN_TEXT' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'sel', to: 'cellOf' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'kepala', to: 'headerOf' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'Periksa', to: 'TableCheck' },
	{ module: 'src/lib/audit/table-totals.ts', from: 'judulDiAtas', to: 'titleAbove' },
	// src/lib/audit/table-triples.ts
	{ module: 'src/lib/audit/table-triples.ts', from: 'ANGKA_SAJA', to: 'NUMBER_ONLY' },
	{ module: 'src/lib/audit/table-triples.ts', from: 'barisData', to: 'dataRows' },
	{ module: 'src/lib/audit/table-triples.ts', from: 'kolomPersen', to: 'percentColumn' },
	// src/lib/audit/util.ts
	{ module: 'src/lib/audit/util.ts', from: 'ribuan', to: 'thousands' },
	{ module: 'src/lib/audit/util.ts', from: 'selPerBaris', to: 'cellsPerLine' },
	// src/lib/charts.ts
	{ module: 'src/lib/charts.ts', from: 'pendek', to: 'shortName' },
	{ module: 'src/lib/charts.ts', from: 'labelSumbu', to: 'axisLabelOf' },
	{ module: 'src/lib/charts.ts', from: 'ParamTooltip', to: 'TooltipParam' },
	{ module: 'src/lib/charts.ts', from: 'tooltipBaris', to: 'tooltipRow' },
	{ module: 'src/lib/charts.ts', from: 'bedaIkm', to: 'ikmDifference' },
	{ module: 'src/lib/charts.ts', from: 'labelIkm', to: 'ikmLabel' },
	{ module: 'src/lib/charts.ts', from: 'sebagian', to: 'partial' },
	{ module: 'src/lib/charts.ts', from: 'namaSerapan', to: 'serapanName' },
	{ module: 'src/lib/charts.ts', from: 'WARNA_TANPA_DATA', to: 'NO_DATA_COLOR' },
	{ module: 'src/lib/charts.ts', from: 'TANPA_DATA', to: 'NO_DATA' },
	{ module: 'src/lib/charts.ts', from: 'opsiTren', to: 'trendOption' },
	{ module: 'src/lib/charts.ts', from: 'jumlahRata', to: 'averageCount' },
	{ module: 'src/lib/charts.ts', from: 'kecamatanTahun', to: 'kecamatanYear' },
	// src/lib/domain/anggaran-scope.ts
	{ module: 'src/lib/domain/anggaran-scope.ts', from: 'Belanja', to: 'BelanjaShare' },
	// src/lib/domain/ikm-choice.ts
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'desimal', to: 'decimals' },
	{ module: 'src/lib/domain/ikm-choice.ts', from: 'peringkatBagian', to: 'sectionRank' },
	// src/lib/domain/scales.ts
	{ module: 'src/lib/domain/scales.ts', from: 'angka', to: 'formatScaleNumber' },
	{ module: 'src/lib/domain/scales.ts', from: 'MAKS_AMAN', to: 'MAX_SAFE' },
	// src/lib/domain/sentences.ts
	{ module: 'src/lib/domain/sentences.ts', from: 'letak', to: 'placeOf' },
	// src/lib/export/csv.ts
	{ module: 'src/lib/export/csv.ts', from: 'AWAL_RUMUS', to: 'FORMULA_START' },
	{ module: 'src/lib/export/csv.ts', from: 'RUMUS_SESUDAH_PEMISAH', to: 'FORMULA_AFTER_SEPARATOR' },
	// src/lib/export/png.ts
	{ module: 'src/lib/export/png.ts', from: 'bungkus', to: 'wrapText' },
	// src/lib/export/temuan-sheet.ts
	{ module: 'src/lib/export/temuan-sheet.ts', from: 'butirMd', to: 'itemMd' },
	{ module: 'src/lib/export/temuan-sheet.ts', from: 'satuMd', to: 'oneMd' },
	// src/lib/export/xlsx.ts
	{ module: 'src/lib/export/xlsx.ts', from: 'GAYA', to: 'STYLE_IDS' },
	{ module: 'src/lib/export/xlsx.ts', from: 'selTeks', to: 'textCell' },
	{ module: 'src/lib/export/xlsx.ts', from: 'selAngka', to: 'numberCell' },
	{ module: 'src/lib/export/xlsx.ts', from: 'sel', to: 'cellXml' },
	{ module: 'src/lib/export/xlsx.ts', from: 'lebar', to: 'widthOf' },
	// src/lib/format.ts
	{ module: 'src/lib/format.ts', from: 'cacheFormat', to: 'formatCache' },
	{ module: 'src/lib/format.ts', from: 'kosong', to: 'isEmpty' },
	{ module: 'src/lib/format.ts', from: 'bagiSeratus', to: 'divideByHundred' },
	// src/lib/kecamatan-saya.ts
	{ module: 'src/lib/kecamatan-saya.ts', from: 'rapikan', to: 'tidy' },
	// src/lib/lkip/anggaran-table.ts
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'KODE', to: 'CODE' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'KODE_DI_AWAL', to: 'LEADING_CODE' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'NOMOR_POLOS', to: 'PLAIN_NUMBER' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'BUKAN_ANGGARAN', to: 'NOT_ANGGARAN' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'selMentah', to: 'rawCell' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'TEBAL', to: 'BOLD' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'UANG', to: 'MONEY' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'barisNomorKolom', to: 'isColumnNumberRow' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'sisipanHalaman', to: 'pageInsert' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'pendek', to: 'shortText' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'lanjutanTabel', to: 'tableContinuation' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'angka', to: 'amountOf' },
	{ module: 'src/lib/lkip/anggaran-table.ts', from: 'bacaBaris', to: 'readRow' },
	// src/lib/lkip/anggaran-text.ts
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'TAHUN', to: 'YEAR' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'PERAN', to: 'ROLES' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'BUKAN_TOTAL', to: 'NOT_TOTAL' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'KATA_ANGGARAN', to: 'ANGGARAN_WORDS' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'tanpaMarkup', to: 'withoutMarkup' },
	{ module: 'src/lib/lkip/anggaran-text.ts', from: 'persenSesudah', to: 'percentAfter' },
	// src/lib/lkip/anggaran-tree.ts
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'Simpul', to: 'TreeNode' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'TOLERANSI', to: 'TOLERANCE' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'kira', to: 'roughlyEqual' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'real', to: 'realisasiOf' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'cocok', to: 'sumsMatch' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'Jumlah', to: 'Sums' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'BATAS_LANGKAH', to: 'STEP_LIMIT' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'uraikan', to: 'decompose' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'pisahkanRun', to: 'splitRuns' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'SAMBUNG', to: 'JOINER' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'namaBerlanjut', to: 'continuedName' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'namaiProgram', to: 'nameProgram' },
	{ module: 'src/lib/lkip/anggaran-tree.ts', from: 'turunkanBukanProgram', to: 'demoteNonProgram' },
	// src/lib/lkip/anggaran.ts
	{ module: 'src/lib/lkip/anggaran.ts', from: 'skor', to: 'scoreOf' },
	{ module: 'src/lib/lkip/anggaran.ts', from: 'totalDariTeks', to: 'totalFromText' },
	// src/lib/lkip/belanja.ts
	{ module: 'src/lib/lkip/belanja.ts', from: 'bacaBaris', to: 'readBelanjaRow' },
	// src/lib/lkip/efisiensi.ts
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'Kolom', to: 'EfficiencyColumn' },
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'kolom', to: 'columnOf' },
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'kosong', to: 'isEmpty' },
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'selaBlok', to: 'blockGap' },
	{ module: 'src/lib/lkip/efisiensi.ts', from: 'SELA_MAKS', to: 'MAX_GAP' },
	// src/lib/lkip/identity.ts
	{ module: 'src/lib/lkip/identity.ts', from: 'AKHIR_SAMPUL', to: 'COVER_END' },
	{ module: 'src/lib/lkip/identity.ts', from: 'SAMPUL_MAKS', to: 'MAX_COVER' },
	{ module: 'src/lib/lkip/identity.ts', from: 'kunciNama', to: 'nameKey' },
	{ module: 'src/lib/lkip/identity.ts', from: 'kunciDaftar', to: 'listKeys' },
	{ module: 'src/lib/lkip/identity.ts', from: 'batasSampul', to: 'coverEnd' },
	{ module: 'src/lib/lkip/identity.ts', from: 'Sebutan', to: 'Mention' },
	{ module: 'src/lib/lkip/identity.ts', from: 'BUKAN_NAMA', to: 'NOT_NAME' },
	{ module: 'src/lib/lkip/identity.ts', from: 'SEBUT', to: 'MENTION' },
	{ module: 'src/lib/lkip/identity.ts', from: 'bersih', to: 'cleaned' },
	{ module: 'src/lib/lkip/identity.ts', from: 'sebutanKecamatan', to: 'kecamatanMentions' },
	{ module: 'src/lib/lkip/identity.ts', from: 'kelompok', to: 'groupOf' },
	{ module: 'src/lib/lkip/identity.ts', from: 'SARAN', to: 'HINT' },
	{ module: 'src/lib/lkip/identity.ts', from: 'cariKabupaten', to: 'findKabupaten' },
	{ module: 'src/lib/lkip/identity.ts', from: 'FRASA_TAHUN', to: 'YEAR_PHRASE' },
	{ module: 'src/lib/lkip/identity.ts', from: 'cariTahun', to: 'findYear' },
	// src/lib/lkip/ikm-kabupaten.ts
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'KATA', to: 'WORDS' },
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'SEBUT', to: 'MENTION' },
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'BUKAN', to: 'NOT_KABUPATEN' },
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'BUKAN_NAMA', to: 'NOT_NAME' },
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'ANGKA', to: 'NUMBER' },
	{ module: 'src/lib/lkip/ikm-kabupaten.ts', from: 'TARGET_SEBELUM', to: 'TARGET_BEFORE' },
	// src/lib/lkip/ikm-metode.ts
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'TENTANG', to: 'ABOUT' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'RESPONDEN_SEBELUM', to: 'RESPONDENTS_BEFORE' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'SEBELUM_RESPONDEN', to: 'BEFORE_RESPONDENTS' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'RESPONDEN_SESUDAH', to: 'RESPONDENTS_AFTER' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'BULAN', to: 'MONTHS' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'SAMPAI', to: 'UNTIL' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'PERIODE', to: 'PERIOD' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'responden', to: 'respondentsIn' },
	{ module: 'src/lib/lkip/ikm-metode.ts', from: 'angkaBulat', to: 'wholeNumber' },
	// src/lib/lkip/ikm.ts
	{ module: 'src/lib/lkip/ikm.ts', from: 'KATA_IKM', to: 'IKM_WORDS' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'LUAR', to: 'OUTSIDE' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'nilai', to: 'valueOf' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'dariTabel', to: 'fromTable' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'perKolom', to: 'perColumn' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'Potongan', to: 'TextSpan' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'tahunTerakhir', to: 'lastYear' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'ANGKA_IKM', to: 'IKM_NUMBER' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'SELA', to: 'GAP' },
	{ module: 'src/lib/lkip/ikm.ts', from: 'dariTeks', to: 'fromText' },
	// src/lib/lkip/indikator.ts
	{ module: 'src/lib/lkip/indikator.ts', from: 'Kandidat', to: 'Candidate' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'PetaKolom', to: 'ColumnMap' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'PEMBANDING', to: 'COMPARATORS' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'petaKolom', to: 'columnMap' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'skor', to: 'scoreOf' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'AWALAN_NOMOR', to: 'NUMBER_PREFIX' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'kosong', to: 'isEmpty' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'satuanDari', to: 'satuanFrom' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'satuanKolom', to: 'satuanColumn' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'gabungSisa', to: 'mergeRest' },
	{ module: 'src/lib/lkip/indikator.ts', from: 'rekam', to: 'record' },
	// src/lib/lkip/master-data.ts
	{ module: 'src/lib/lkip/master-data.ts', from: 'bacaCsv', to: 'readCsv' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'wajib', to: 'required' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'adaDiAwalKata', to: 'atWordStart' },
	{ module: 'src/lib/lkip/master-data.ts', from: 'cocokPola', to: 'matchesPattern' },
	// src/lib/lkip/numbers.ts
	{ module: 'src/lib/lkip/numbers.ts', from: 'keId', to: 'toIdFormat' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'HURUF', to: 'LETTERS' },
	{ module: 'src/lib/lkip/numbers.ts', from: 'DOKUMEN', to: 'DOCUMENT_FORMAT' },
	// src/lib/lkip/page-furniture.ts
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'NOMOR_HALAMAN', to: 'PAGE_NUMBER' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'JUDUL_BERNOMOR', to: 'NUMBERED_TITLE' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'MAKS_PANJANG', to: 'MAX_LENGTH' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'JANGKAUAN', to: 'REACH' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'polos', to: 'plain' },
	{ module: 'src/lib/lkip/page-furniture.ts', from: 'kunci', to: 'keyOf' },
	// src/lib/lkip/paragraphs.ts
	{ module: 'src/lib/lkip/paragraphs.ts', from: 'LEBAR_PENUH', to: 'FULL_WIDTH' },
	// src/lib/lkip/predikat-scale.ts
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'ANGKA', to: 'NUMBER' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'RENTANG', to: 'RANGE' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'ATAS_TERBUKA', to: 'OPEN_TOP' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'BAWAH_TERBUKA', to: 'OPEN_BOTTOM' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'KODE', to: 'CODE' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'MIN_TINGKAT', to: 'MIN_LEVELS' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'angka', to: 'numberOf' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'bacaTingkat', to: 'readLevel' },
	{ module: 'src/lib/lkip/predikat-scale.ts', from: 'MAKS_100', to: 'MAX_100' },
	// src/lib/lkip/profile.ts
	{ module: 'src/lib/lkip/profile.ts', from: 'bulat', to: 'wholeNumber' },
	{ module: 'src/lib/lkip/profile.ts', from: 'bersih', to: 'cleaned' },
	{ module: 'src/lib/lkip/profile.ts', from: 'Paragraf', to: 'Paragraph' },
	{ module: 'src/lib/lkip/profile.ts', from: 'paragrafTeks', to: 'paragraphText' },
	{ module: 'src/lib/lkip/profile.ts', from: 'barisDi', to: 'lineAt' },
	{ module: 'src/lib/lkip/profile.ts', from: 'AsalData', to: 'DataSource' },
	{ module: 'src/lib/lkip/profile.ts', from: 'SUMBER', to: 'SOURCE' },
	{ module: 'src/lib/lkip/profile.ts', from: 'TAHUN_DATA', to: 'DATA_YEAR' },
	{ module: 'src/lib/lkip/profile.ts', from: 'asalData', to: 'dataSourceOf' },
	{ module: 'src/lib/lkip/profile.ts', from: 'Simpan', to: 'Keep' },
	{ module: 'src/lib/lkip/profile.ts', from: 'penduduk', to: 'population' },
	{ module: 'src/lib/lkip/profile.ts', from: 'pendudukTabel', to: 'populationTable' },
	// src/lib/lkip/sections.ts
	{ module: 'src/lib/lkip/sections.ts', from: 'PANJANG_JUDUL', to: 'TITLE_LENGTH' },
	{ module: 'src/lib/lkip/sections.ts', from: 'tanpaMarkup', to: 'withoutMarkup' },
	{ module: 'src/lib/lkip/sections.ts', from: 'judul', to: 'titleOf' },
	{ module: 'src/lib/lkip/sections.ts', from: 'bagianJudul', to: 'titleSection' },
	// src/lib/lkip/table-blocks.ts
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'MAKS_JUDUL', to: 'MAX_TITLE' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'PANJANG_JUDUL', to: 'TITLE_LENGTH' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'isTabel', to: 'isTable' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'barisGabungan', to: 'mergedRows' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'TAHUN', to: 'YEAR' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'isiSel', to: 'cellContent' },
	{ module: 'src/lib/lkip/table-blocks.ts', from: 'KATA_KEPALA', to: 'HEADER_WORDS' },
	// src/lib/lkip/table-html.ts
	{ module: 'src/lib/lkip/table-html.ts', from: 'ADA_TAG', to: 'HAS_TAG' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'MAKS_COLSPAN', to: 'MAX_COLSPAN' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'MAKS_ROWSPAN', to: 'MAX_ROWSPAN' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'atribut', to: 'attributeOf' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'teksHtml', to: 'htmlText' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'Sel', to: 'HtmlCell' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'Baris', to: 'HtmlGridRow' },
	{ module: 'src/lib/lkip/table-html.ts', from: 'lanjutHalaman', to: 'pageContinuation' },
	// src/lib/lkip/table-spaced.ts
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'Potong', to: 'Piece' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'POTONG', to: 'PIECE' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'JUDUL', to: 'TITLE' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'MAKS_KOSONG', to: 'MAX_BLANK' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'MAKS_PANJANG', to: 'MAX_LENGTH' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'ANGKA_TOKEN', to: 'NUMBER_TOKEN' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'JUTAAN', to: 'MILLIONS' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'pisahAngka', to: 'splitNumbers' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'MAKS_SEL', to: 'MAX_CELLS' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'potong', to: 'pieces' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'inti', to: 'core' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'sejajar', to: 'aligned' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'kolom', to: 'columnsOf' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'kolomSel', to: 'cellColumn' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'tabrakan', to: 'collides' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'selBaris', to: 'rowCells' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'kolomAngka', to: 'numberColumns' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'awalKolom', to: 'columnStarts' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'lanjutan', to: 'continuation' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'gabung', to: 'mergeRows' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'kolomBlok', to: 'blockColumns' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'KATA_KEPALA', to: 'HEADER_WORDS' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'barisKepala', to: 'headerRow' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'gabungKolomTanpaKepala', to: 'mergeHeaderlessColumns' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'kelompok', to: 'groupOf' },
	{ module: 'src/lib/lkip/table-spaced.ts', from: 'HALAMAN_BARU', to: 'NEW_PAGE' },
	// src/lib/peta.ts
	{ module: 'src/lib/peta.ts', from: 'NILAI_BELUM', to: 'NO_REPORT_VALUE' },
	{ module: 'src/lib/peta.ts', from: 'NILAI_TANPA', to: 'NO_FIGURE_VALUE' },
	{ module: 'src/lib/peta.ts', from: 'Potong', to: 'Cut' },
	{ module: 'src/lib/peta.ts', from: 'WARNA_MUTU', to: 'MUTU_COLORS' },
	// src/lib/query/aset.ts
	{ module: 'src/lib/query/aset.ts', from: 'diambil', to: 'fetched' },
	// src/lib/query/duckdb-browser.ts
	{ module: 'src/lib/query/duckdb-browser.ts', from: 'ambil', to: 'fetchBytes' },
	// src/lib/query/executor.ts
	{ module: 'src/lib/query/executor.ts', from: 'SkemaArrow', to: 'ArrowSchema' },
	// src/lib/query/lazy-tables.ts
	{ module: 'src/lib/query/lazy-tables.ts', from: 'tanpaTeks', to: 'withoutText' },
	// src/lib/query/page-data.ts
	{ module: 'src/lib/query/page-data.ts', from: 'DAFTAR_BERANDA', to: 'HOME_LIST' },
	{ module: 'src/lib/query/page-data.ts', from: 'muatPotongan', to: 'loadSlice' },
	{ module: 'src/lib/query/page-data.ts', from: 'ingatan', to: 'memo' },
	{ module: 'src/lib/query/page-data.ts', from: 'kueriDaftar', to: 'listQuery' },
	{ module: 'src/lib/query/page-data.ts', from: 'DaftarTahun', to: 'YearList' },
	{ module: 'src/lib/query/page-data.ts', from: 'daftarTahun', to: 'yearList' },
	// src/lib/query/ringkasan.ts
	{ module: 'src/lib/query/ringkasan.ts', from: 'kutip', to: 'quoteIdent' },
	// src/lib/query/sql.ts
	{ module: 'src/lib/query/sql.ts', from: 'serapanJumlah', to: 'serapanOfSums' },
	{ module: 'src/lib/query/sql.ts', from: 'mutuBaku', to: 'standardMutu' },
	{ module: 'src/lib/query/sql.ts', from: 'caraUkur', to: 'measureMethod' },
	{ module: 'src/lib/query/sql.ts', from: 'dengan', to: 'withCtes' },
	{ module: 'src/lib/query/sql.ts', from: 'metodeUmum', to: 'commonMethod' },
	{ module: 'src/lib/query/sql.ts', from: 'litNilai', to: 'litValue' },
	// src/lib/store/rows.ts
	{ module: 'src/lib/store/rows.ts', from: 'denganSerapan', to: 'withSerapan' },
	{ module: 'src/lib/store/rows.ts', from: 'TAHUN_KE_DEPAN', to: 'YEARS_AHEAD' },
	{ module: 'src/lib/store/rows.ts', from: 'normalNama', to: 'normaliseName' },
	{ module: 'src/lib/store/rows.ts', from: 'indeksKecamatan', to: 'kecamatanIndex' },
	{ module: 'src/lib/store/rows.ts', from: 'indeksKode', to: 'codeIndex' },
	{ module: 'src/lib/store/rows.ts', from: 'TAHUN_INI', to: 'THIS_YEAR' },
	{ module: 'src/lib/store/rows.ts', from: 'tahunIni', to: 'thisYear' },
	{ module: 'src/lib/store/rows.ts', from: 'namaKolom', to: 'columnNames' },
	{ module: 'src/lib/store/rows.ts', from: 'kolomTabel', to: 'tableColumns' },
	{ module: 'src/lib/store/rows.ts', from: 'lokasiBaris', to: 'rowLocation' },
	{ module: 'src/lib/store/rows.ts', from: 'tampil', to: 'shown' },
	{ module: 'src/lib/store/rows.ts', from: 'cekTahun', to: 'checkYear' },
	{ module: 'src/lib/store/rows.ts', from: 'masalahNilai', to: 'valueProblem' },
	// src/lib/store/synth.ts
	{ module: 'src/lib/store/synth.ts', from: 'antara', to: 'between' },
	{ module: 'src/lib/store/synth.ts', from: 'bulat', to: 'wholeBetween' },
	{ module: 'src/lib/store/synth.ts', from: 'dua', to: 'twoDecimals' },
	{ module: 'src/lib/store/synth.ts', from: 'DUA_DESIMAL', to: 'TWO_DECIMALS' },
	{ module: 'src/lib/store/synth.ts', from: 'BULAT', to: 'WHOLE' },
	{ module: 'src/lib/store/synth.ts', from: 'SUKU_AWAL', to: 'FIRST_SYLLABLES' },
	{ module: 'src/lib/store/synth.ts', from: 'SUKU_AKHIR', to: 'LAST_SYLLABLES' },
	{ module: 'src/lib/store/synth.ts', from: 'PER_KABUPATEN', to: 'PER_KABUPATEN_COUNT' },
	{ module: 'src/lib/store/synth.ts', from: 'seedUntuk', to: 'seedFor' },
	// src/lib/upload/csv.ts
	{ module: 'src/lib/upload/csv.ts', from: 'namaKolom', to: 'columnName' },
	{ module: 'src/lib/upload/csv.ts', from: 'SEMUA_KOLOM', to: 'ALL_COLUMNS' },
	{ module: 'src/lib/upload/csv.ts', from: 'selBaris', to: 'rowCells' },
	{ module: 'src/lib/upload/csv.ts', from: 'skorPemisah', to: 'separatorScore' },
	{ module: 'src/lib/upload/csv.ts', from: 'pilihTemplat', to: 'chooseTemplate' },
	{ module: 'src/lib/upload/csv.ts', from: 'daftarKolom', to: 'columnList' },
	// src/lib/upload/import-file.ts
	{ module: 'src/lib/upload/import-file.ts', from: 'kosong', to: 'emptyResult' },
	{ module: 'src/lib/upload/import-file.ts', from: 'tolak', to: 'reject' },
	{ module: 'src/lib/upload/import-file.ts', from: 'salahProgram', to: 'programError' },
	{ module: 'src/lib/upload/import-file.ts', from: 'laporanDari', to: 'reportFrom' },
	{ module: 'src/lib/upload/import-file.ts', from: 'pakaiTemplat', to: 'useTemplate' },
	// src/lib/upload/kecamatan.ts
	{ module: 'src/lib/upload/kecamatan.ts', from: 'bentukBanding', to: 'comparisonForm' },
	// src/lib/upload/merge.ts
	{ module: 'src/lib/upload/merge.ts', from: 'POTONGAN', to: 'CHUNK' },
	// src/lib/upload/numbers.ts
	{ module: 'src/lib/upload/numbers.ts', from: 'angkaId', to: 'idNumber' },
	// src/lib/upload/saved.svelte.ts
	{ module: 'src/lib/upload/saved.svelte.ts', from: 'pasang', to: 'attach' },
	// src/lib/upload/store.ts
	{ module: 'src/lib/upload/store.ts', from: 'kabariTabLain', to: 'notifyOtherTabs' },
	{ module: 'src/lib/upload/store.ts', from: 'NAMA_DB', to: 'DB_NAME' },
	{ module: 'src/lib/upload/store.ts', from: 'STORE_OLAHAN', to: 'PROCESSED_STORE' },
	{ module: 'src/lib/upload/store.ts', from: 'VERSI_DB', to: 'DB_VERSION' },
	{ module: 'src/lib/upload/store.ts', from: 'buka', to: 'openDb' },
	{ module: 'src/lib/upload/store.ts', from: 'transaksi', to: 'withTransaction' },
	{ module: 'src/lib/upload/store.ts', from: 'idBaru', to: 'newId' },
	{ module: 'src/lib/upload/store.ts', from: 'KUNCI_OLAHAN', to: 'PROCESSED_KEY' },
	// src/lib/upload/upload-worker.ts
	{ module: 'src/lib/upload/upload-worker.ts', from: 'LingkupPekerja', to: 'WorkerScope' },
	{ module: 'src/lib/upload/upload-worker.ts', from: 'diri', to: 'workerSelf' },
	{ module: 'src/lib/upload/upload-worker.ts', from: 'VERSI', to: 'VERSION' },
	// src/lib/upload/validate.ts
	{ module: 'src/lib/upload/validate.ts', from: 'PANJANG_TEKS_MAKS', to: 'MAX_TEXT_LENGTH' },
	{ module: 'src/lib/upload/validate.ts', from: 'angkaId', to: 'idNumber' },
	{ module: 'src/lib/upload/validate.ts', from: 'Kolom', to: 'CsvColumn' },
	{ module: 'src/lib/upload/validate.ts', from: 'Rekaman', to: 'CsvRecord' },
	{ module: 'src/lib/upload/validate.ts', from: 'bacaIkm', to: 'readIkmRow' },
	{ module: 'src/lib/upload/validate.ts', from: 'nilaiIndikator', to: 'indikatorValue' },
	{ module: 'src/lib/upload/validate.ts', from: 'bacaIndikator', to: 'readIndikatorRow' },
	{ module: 'src/lib/upload/validate.ts', from: 'bacaAnggaran', to: 'readAnggaranRow' },
	{ module: 'src/lib/upload/validate.ts', from: 'barisData', to: 'dataRows' },
	{ module: 'src/lib/upload/validate.ts', from: 'LANGKAH_KEMAJUAN', to: 'PROGRESS_STEP' },
	{ module: 'src/lib/upload/validate.ts', from: 'kunciTampil', to: 'shownKey' },
	// src/lib/upload/worker-client.ts
	{ module: 'src/lib/upload/worker-client.ts', from: 'Tunggu', to: 'Pending' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'TanpaId', to: 'WithoutId' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'pemeriksa', to: 'checker' },
	{ module: 'src/lib/upload/worker-client.ts', from: 'pengolah', to: 'processor' },
	// names the branches of the stop-17 redesign step added (row types of the query seam, limits, the upload statements)
	{ module: 'src/lib/query/sql.ts', from: 'BarisCapaianBerdampingan', to: 'CapaianSideBySideRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisCapaianMatriks', to: 'CapaianMatrixRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisCapaianRata', to: 'AverageCapaianRow' },
	{ module: 'src/lib/query/page-data.ts', from: 'BarisDaftarBeranda', to: 'HomeListRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisDaftarIndikator', to: 'IndikatorListRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisDaftarKecamatan', to: 'KecamatanListRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisEfisiensi', to: 'EfficiencyRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisEfisiensiSasaran', to: 'SasaranEfficiencyRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisKomposisi', to: 'CompositionRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisKpi', to: 'KpiRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisMetodeIkm', to: 'IkmMethodRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisPerPenduduk', to: 'PerCapitaRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisPeringkatIkm', to: 'IkmRankingRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisPeta', to: 'MapRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisSerapanKecamatan', to: 'KecamatanSerapanRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisSkorKualitas', to: 'SkorKualitasRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisSumberBaris', to: 'SourceLineRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisTahunLaporan', to: 'ReportYearRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisTemuan', to: 'TemuanRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisTrenIkm', to: 'IkmTrendRow' },
	{ module: 'src/lib/query/sql.ts', from: 'BarisTrenSerapan', to: 'SerapanTrendRow' },
	{ module: 'src/lib/query/sql.ts', from: 'KolomDaftar', to: 'ListColumns' },
	{ module: 'src/lib/query/sql.ts', from: 'KolomIkmKabupaten', to: 'KabupatenIkmColumns' },
	{ module: 'src/lib/query/sql.ts', from: 'KolomPotong', to: 'SliceColumns' },
	{ module: 'src/lib/query/page-data.ts', from: 'DaftarTerbatas', to: 'BoundedList' },
	{ module: 'src/lib/map.ts', from: 'ARSIR_BELUM_LAPORAN', to: 'NO_REPORT_HATCH' },
	{ module: 'src/lib/map.ts', from: 'WARNA_ARSIR', to: 'HATCH_COLOR' },
	{ module: 'src/lib/map.ts', from: 'LABEL_BELUM_LAPORAN', to: 'NO_REPORT_LABEL' },
	{ module: 'src/lib/query/executor.ts', from: 'BATAS_BYTE_PERINTAH', to: 'MAX_STATEMENT_BYTES' },
	{ module: 'src/lib/query/sql.ts', from: 'BATAS_BYTE_SISIP', to: 'MAX_INSERT_BYTES' },
	{ module: 'src/lib/query/limits.ts', from: 'DAFTAR_KECAMATAN', to: 'KECAMATAN_LIST_UP_TO' },
	{ module: 'src/lib/query/limits.ts', from: 'HALAMAN_KECAMATAN_SAMPAI', to: 'KECAMATAN_PAGES_UP_TO' },
	{ module: 'src/lib/query/limits.ts', from: 'SARAN_KECAMATAN', to: 'KECAMATAN_SUGGESTIONS' },
	{ module: 'src/lib/lkip/ikm-unsur.ts', from: 'ekstrakIkmUnsur', to: 'extractIkmUnsur' },
	{ module: 'src/lib/query/page-data.ts', from: 'loadKecamatanSaran', to: 'loadKecamatanSuggestions' },
	{ module: 'src/lib/query/page-data.ts', from: 'muatRingkasanKecamatan', to: 'loadKecamatanSummary' },
	{ module: 'src/lib/query/executor.ts', from: 'panjangUtf8', to: 'utf8Length' },
	{ module: 'src/lib/query/executor.ts', from: 'periksaPanjangPerintah', to: 'checkStatementLength' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlCariKecamatan', to: 'sqlSearchKecamatan' },
	{ module: 'src/lib/query/sql.ts', from: 'sqlSisipUnggahanBertahap', to: 'sqlInsertUploadBatches' },
	{ module: 'src/lib/query/limits.ts', from: 'tautanKecamatan', to: 'kecamatanHref' },
	{ module: 'src/lib/components/DaftarKecamatan.svelte', default: true, from: 'DaftarKecamatan', to: 'KecamatanList' }
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
	type Tables = { nama: string; kolom: { nama: string }[] }[];
	const schema = (await import(pathToFileURL(join(root, 'src/lib/store/schema.ts')).href)) as { TABEL?: Tables; TABLES?: Tables };
	const TABEL = schema.TABLES ?? schema.TABEL ?? [];
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

	// a rename whose old or new name is a column or table name is refused (the schema is the contract)
	let contract = new Set<string>();
	try {
		contract = await contractNames(root);
	} catch (e) {
		report.warnings.push(`schema not read (${e instanceof Error ? e.message : e}); renames checked against nothing`);
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
	// `import { X } from 'x'; export { X };`: the same, in two statements
	for (const [file, f] of sources)
		for (const toks of f.toks) {
			const from = new Map<string, string>();
			for (let i = 0; i < toks.length; i++) {
				if (toks[i].kind !== ts.SyntaxKind.StringLiteral || toks[i - 1]?.text !== 'from') continue;
				let j = i - 2;
				while (j >= 0 && toks[j].kind !== ts.SyntaxKind.ImportKeyword && toks[j].kind !== ts.SyntaxKind.ExportKeyword) j--;
				const res = j >= 0 && toks[j].kind === ts.SyntaxKind.ImportKeyword ? resolveSpecifier(toks[i].value!, file, exists) : null;
				if (res) for (const t of toks.slice(j + 1, i - 1)) if (t.kind === ts.SyntaxKind.Identifier) from.set(t.text, res.target);
			}
			for (let i = 0; i < toks.length; i++) {
				if (toks[i].kind !== ts.SyntaxKind.ExportKeyword || toks[i + 1]?.kind !== ts.SyntaxKind.OpenBraceToken) continue;
				let j = i + 2;
				while (j < toks.length && toks[j].kind !== ts.SyntaxKind.CloseBraceToken) j++;
				if (toks[j + 1]?.text === 'from') continue;
				for (const t of toks.slice(i + 2, j)) {
					const target = from.get(t.text);
					if (target) reexports.push({ file, target, star: false, names: [t.text] });
				}
			}
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
		if (contract.has(r.to) || (!r.module && contract.has(r.from))) {
			report.refused.push(`${r.from} → ${r.to}: touches a data contract (a column or table name)`);
			return false;
		}
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
			// q.X of `import * as q`: X is the module's name in this file too
			for (const targets of namespaces.values())
				for (const r of scoped) if (!rules.has(r.from) && [...targets].some((m) => modulesOf.get(r)!.has(m))) rules.set(r.from, r);
			// a namespace used as a value (`[browser, documents]`): the module is an object whose keys are its names.
			// Object.keys(q) / Object.entries(q): the file lists the names, as keys it holds (renamed with them)
			const mirrors = new Set<Rename>();
			segToks.forEach((toks) => {
				for (let k = 0; k < toks.length; k++) {
					const targets = namespaces.get(toks[k].text);
					if (!targets || toks[k].kind !== ts.SyntaxKind.Identifier || toks[k - 1]?.text === 'as' || toks[k + 1]?.kind === ts.SyntaxKind.DotToken) continue;
					const listed =
						toks[k - 1]?.kind === ts.SyntaxKind.OpenParenToken && ['keys', 'entries', 'values'].includes(toks[k - 2]?.text) && toks[k - 4]?.text === 'Object';
					for (const r of scoped)
						if ([...targets].some((m) => modulesOf.get(r)!.has(m))) {
							if (listed) mirrors.add(r);
							else refused.set(original(r), `${file} uses its module ${toks[k].text} as an object`);
						}
				}
			});
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
						} else if ((c.key || c.shorthand) && !mirrors.has(r) && !c.mockOf.some((m) => mods.has(m)) && !(c.shorthand && c.importDestructure)) {
							refused.set(original(r), `${c.key ? 'an object key' : 'a shorthand property'} \`${t.text}\` at ${where(t)}`);
							continue;
						} else if (seg.kind === 'markup' && isSvelte && toks.length === 1 && /\s/.test(src[seg.start - 2] ?? '') && insideTag(src, seg.start)) {
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
	// a longer or shorter name moves line breaks: the rewritten files are formatted as the repository is
	const prettier = join(root, 'node_modules/.bin/prettier');
	const written = [...report.files.keys()].filter((f) => existsSync(join(root, f)));
	if (written.length && existsSync(prettier)) {
		try {
			execFileSync(prettier, ['--write', '--log-level', 'warn', ...written], { cwd: root, stdio: 'pipe' });
		} catch (e) {
			report.warnings.push(`prettier failed (${e instanceof Error ? e.message.split('\n')[0] : e}); run npx prettier --write on the rewritten files`);
		}
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
