/**
 * `npm run --silent lkip -- <subperintah> ...`: batch tools for Bappeda.
 *
 *   extract FILE...   one JSON array on stdout, one object per readable LKIP
 *   audit FILE...     one JSON array of findings; with --format md|xlsx|pdf (or txt) the
 *                     "Lembar Temuan" per report in that format instead, on stdout or in
 *                     the file of --keluaran (-o)
 *   surat FILE...     the "Lembar Temuan" letter per report, as plain text
 *
 * A FILE is a PDF, a Word document (.docx) or a text, told apart by content.
 * Every record carries `line` (in the reading text) and `page` (the PDF page;
 * null for Word and text) with `letak` (the place as a person reads it).
 *
 * Problems go to stderr in Indonesian, naming the file; the other files are
 * still processed and printed, and the exit code is 1 at the end. A file that
 * cannot be read or is not a LKIP gets no object in the array (its message is
 * on stderr). Unknown subcommand: usage on stderr, exit 2.
 *
 * Adding a subcommand is one entry in SUBPERINTAH.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDocument } from '../src/lib/lkip/extract';
import { auditReport, auditAll } from '../src/lib/audit/index';
import type { LetterContent } from '../src/lib/audit/letter';
import { readLetterFormat, letterFile, LETTER_FORMATS, letterText, type LetterFormat } from '../src/lib/export/temuan-sheet';
import { writeFileSync } from 'node:fs';
import type { ProfilAttribute, Report, MasterData } from '../src/lib/lkip/types';
import { notLkipReason, rowPlace } from '../src/lib/store/rows';
import { readReportFile } from './read-report-file';
import { readMasterData } from './master-data';

export interface CliOutput {
	/** JSON-able result printed on stdout, or null for nothing */
	hasil: unknown;
	/** 0 ok, 1 some input failed */
	kode: number;
}

export interface Subcommand {
	pemakaian: string;
	keterangan: string;
	jalankan(args: string[], lapor: (pesan: string) => void): Promise<CliOutput>;
}

const ATRIBUT_PROFIL: ProfilAttribute[] = ['penduduk', 'penduduk_l', 'penduduk_p', 'jumlah_desa', 'jumlah_kelurahan', 'luas_km2', 'pegawai_total'];

/** Keys of the issue's documented shape first, then the record's other fields (provenance, raw text). */
function urut<T extends object>(r: T, dulu: readonly string[]): Record<string, unknown> {
	const o: Record<string, unknown> = {};
	for (const k of dulu) o[k] = (r as Record<string, unknown>)[k] ?? null;
	for (const [k, v] of Object.entries(r)) if (!(k in o)) o[k] = v;
	return o;
}

/** One report in the CLI's JSON shape (issue 2, item 5), with extra fields after the documented ones. */
export function toCliJson(l: Report): Record<string, unknown> {
	const profil: Record<string, number | null> = Object.fromEntries(ATRIBUT_PROFIL.map((a) => [a, null]));
	// the first statement of an attribute wins; every statement stays in profil_sumber
	for (const p of l.profil) if (profil[p.atribut] === null) profil[p.atribut] = p.nilai;
	// `page` stands beside `line`, `letak` after the documented keys
	const rek = <T extends { line: number }>(r: T, dulu: readonly string[]) => {
		const { page, letak } = rowPlace(l, r.line);
		return urut({ ...r, page, letak }, [...dulu.flatMap((k) => (k === 'line' ? ['line', 'page'] : [k]))]);
	};
	return {
		file: l.file,
		format: l.dokumen?.format ?? 'txt',
		kecamatan: l.kecamatan,
		kabupaten: l.kabupaten,
		tahun: l.tahun,
		ikm: l.ikm.map((r) => rek(r, ['tahun', 'target', 'realisasi', 'raw', 'line'])),
		indikator: l.indikator.map((r) =>
			rek(r, ['tahun', 'sasaran', 'indikator', 'kunci', 'target', 'realisasi', 'capaian', 'target_raw', 'realisasi_raw', 'capaian_raw', 'satuan', 'line'])
		),
		anggaran: l.anggaran.map((r) => rek(r, ['level', 'uraian', 'program', 'pagu', 'realisasi', 'persen', 'line'])),
		anggaran_tahun_lain: l.anggaran_tahun_lain.map((r) => rek(r, ['tahun', 'pagu', 'realisasi', 'persen', 'line'])),
		profil,
		peringatan: l.peringatan.map((r) => rek(r, ['line', 'pesan'])),
		belanja: l.belanja.map((r) => rek(r, ['jenis', 'uraian', 'pagu', 'realisasi', 'line'])),
		profil_sumber: l.profil.map((r) => rek(r, ['atribut', 'nilai', 'line'])),
		indikator_tak_dikenal: l.indikator_tak_dikenal,
		program_tak_dikenal: l.program_tak_dikenal ?? [],
		ikm_kabupaten: (l.ikm_kabupaten ?? []).map((r) => rek(r, ['tahun', 'kabupaten', 'realisasi', 'raw', 'line'])),
		skala: l.skala.map((r) => rek(r, ['kode', 'label', 'bawah', 'atas', 'line'])),
		capaian_maks_100: l.capaian_maks_100 && rek(l.capaian_maks_100, ['line', 'raw']),
		ikm_unsur: (l.ikm_unsur ?? []).map((r) => rek(r, ['no', 'unsur', 'nilai', 'nilai_raw', 'predikat', 'line']))
	};
}

export interface ReadReport {
	l: Report;
	teks: string;
}

/**
 * Reads and extracts every file, reporting each unreadable or non-LKIP file
 * (naming it) and going on with the others. kode 1 when any failed.
 */
export async function extractFile(args: string[], ref: MasterData, lapor: (message: string) => void): Promise<{ dibaca: ReadReport[]; kode: number }> {
	const dibaca: ReadReport[] = [];
	let kode = 0;
	for (const path of args) {
		try {
			const { doc } = await readReportFile(path);
			for (const n of doc.notes) lapor(`peringatan: ${path}: ${n}`);
			const l = extractDocument(doc, path, ref);
			const bukan = notLkipReason(l);
			if (bukan) throw new Error(`${path}: ${bukan}`);
			dibaca.push({ l, teks: doc.text });
		} catch (e) {
			const message = (e as Error).message;
			lapor(`galat: ${message.startsWith(path) ? message : `${path}: ${message}`}`);
			kode = 1;
		}
	}
	return { dibaca, kode };
}

const extract: Subcommand = {
	pemakaian: 'extract BERKAS...',
	keterangan: 'ekstrak LKIP (PDF, Word .docx atau teks) menjadi satu larik JSON di stdout',
	async jalankan(args, lapor) {
		if (args.length === 0) {
			lapor('lkip extract: sebutkan minimal satu berkas LKIP (.pdf, .docx atau .txt)');
			return { hasil: null, kode: 2 };
		}
		const { dibaca, kode } = await extractFile(args, readMasterData(), lapor);
		return { hasil: dibaca.map(({ l }) => toCliJson(l)), kode };
	}
};

const KUNCI_TEMUAN = ['file', 'aturan', 'tingkat', 'kecamatan', 'tahun', 'pesan', 'nilai', 'seharusnya', 'lines', 'pages', 'kelompok', 'peran'] as const;

const FORMAT_AUDIT = ['json', ...Object.keys(LETTER_FORMATS)];

/** Splits `--format X` / `--format=X` and `--keluaran F` / `-o F` from the file names. */
function opsiAudit(args: string[]): { berkas: string[]; format: string; keluaran: string | null; galat: string | null } {
	const berkas: string[] = [];
	let format = 'json';
	let keluaran: string | null = null;
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		const m = /^--(format|keluaran)=(.*)$/.exec(a);
		if (m) {
			if (m[1] === 'format') format = m[2];
			else keluaran = m[2];
		} else if (a === '--format' || a === '--keluaran' || a === '-o') {
			const v = args[++i];
			if (v === undefined)
				return { berkas, format, keluaran, galat: `lkip audit: ${a} perlu nilai (mis. ${a === '--format' ? '--format pdf' : `${a} lembar-temuan.pdf`})` };
			if (a === '--format') format = v;
			else keluaran = v;
		} else berkas.push(a);
	}
	return { berkas, format, keluaran, galat: null };
}

/** The letter's content for each report, with the page or place of each line of evidence. */
function isiSurat(dibaca: ReadReport[], ref: MasterData, tanggal: Date): LetterContent[] {
	const all = dibaca.map((x) => x.l);
	return dibaca.map(({ l, teks: text }) => {
		const h = auditAll(l, text, all, { indikator: ref.indikator });
		const temuan = h.temuan.map((t, i) => ({ ...t, no: i + 1, bukti: t.bukti.map((b) => ({ ...b, ...rowPlace(l, b.line) })) }));
		return { file: l.file, kecamatan: l.kecamatan, kabupaten: l.kabupaten, tahun: l.tahun, temuan, skor: h.skor, tanggal };
	});
}

const audit: Subcommand = {
	pemakaian: 'audit [--format F] BERKAS...',
	keterangan: `periksa konsistensi angka LKIP; JSON temuan di stdout, atau Lembar Temuan dengan --format ${Object.keys(LETTER_FORMATS).join('|')} (-o BERKAS untuk menulis ke berkas)`,
	async jalankan(args, lapor) {
		const options = opsiAudit(args);
		if (options.galat) {
			lapor(options.galat);
			return { hasil: null, kode: 2 };
		}
		const format = options.format.trim().toLowerCase();
		if (!FORMAT_AUDIT.includes(format)) {
			lapor(`lkip audit: format "${options.format}" tidak dikenal; pilih salah satu: ${FORMAT_AUDIT.join(', ')} (bawaan: json)`);
			return { hasil: null, kode: 2 };
		}
		if (options.berkas.length === 0) {
			lapor('lkip audit: sebutkan minimal satu berkas LKIP (.pdf, .docx atau .txt)');
			return { hasil: null, kode: 2 };
		}
		const ref = readMasterData();
		const { dibaca, kode } = await extractFile(options.berkas, ref, lapor);
		if (format !== 'json') {
			const f = readLetterFormat(format) as LetterFormat;
			if (!dibaca.length) return { hasil: null, kode };
			const content = await letterFile(isiSurat(dibaca, ref, new Date()), f);
			if (options.keluaran) {
				try {
					writeFileSync(options.keluaran, content);
				} catch (e) {
					lapor(`galat: ${options.keluaran}: tidak dapat ditulis (${(e as Error).message})`);
					return { hasil: null, kode: 1 };
				}
				lapor(`Lembar Temuan (${LETTER_FORMATS[f].label}) ditulis ke ${options.keluaran}`);
				return { hasil: null, kode };
			}
			return { hasil: content, kode };
		}
		// all files first: the year-over-year rule compares each report with the others
		const all = dibaca.map((x) => x.l);
		const result = dibaca.flatMap(({ l, teks: text }) =>
			auditReport(l, text, all, { indikator: ref.indikator }).map((t) =>
				urut(
					{
						...t,
						// the PDF page of each line (null for Word and text), beside the lines
						pages: t.lines.map((line) => rowPlace(l, line).page),
						bukti: t.bukti.map((b) => ({ ...b, ...rowPlace(l, b.line) }))
					},
					KUNCI_TEMUAN
				)
			)
		);
		return { hasil: result, kode };
	}
};

const surat: Subcommand = {
	pemakaian: 'surat BERKAS...',
	keterangan: 'tulis Lembar Temuan (surat ke kecamatan) per laporan, teks biasa di stdout (format lain: audit --format)',
	async jalankan(args, lapor) {
		if (args.length === 0) {
			lapor('lkip surat: sebutkan minimal satu berkas LKIP (.pdf, .docx atau .txt)');
			return { hasil: null, kode: 2 };
		}
		const ref = readMasterData();
		const { dibaca, kode } = await extractFile(args, ref, lapor);
		return { hasil: dibaca.length ? letterText(isiSurat(dibaca, ref, new Date())) : null, kode };
	}
};

/** Subcommands by name. */
export const SUBCOMMANDS: Record<string, Subcommand> = { extract, audit, surat };

function pemakaian(): string {
	const lines = Object.values(SUBCOMMANDS).map((s) => `  ${s.pemakaian.padEnd(24)} ${s.keterangan}`);
	return ['Pemakaian: npm run --silent lkip -- <subperintah> [argumen]', '', 'Subperintah:', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	const sub = name === undefined ? undefined : SUBCOMMANDS[name];
	if (!sub) {
		if (name !== undefined && name !== '--help' && name !== '-h') console.error(`Subperintah tidak dikenal: ${name}\n`);
		console.error(pemakaian());
		return 2;
	}
	const { hasil: result, kode: code } = await sub.jalankan(args, (message) => console.error(message));
	// a letter is text or a file (xlsx, pdf) to write as is; everything else is JSON
	if (typeof result === 'string' || result instanceof Uint8Array) process.stdout.write(result);
	else if (result !== null) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
	return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = await main(process.argv.slice(2));
}
