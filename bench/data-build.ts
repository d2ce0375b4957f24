/**
 * The data build end to end (scripts/build-data.ts: read, extract, audit, write),
 * over reports made from the real texts of data/lkip: every kecamatan of
 * data/kecamatan.csv gets BENCH_BANGUN_TAHUN years (default 10), each a copy of one
 * real text with its kecamatan's name in place of the original and every year
 * shifted by the same amount, so the build accepts them as distinct reports and
 * the audit has real findings to find. Ends in one `bench bangun_data …` line.
 *
 * Reports are text, so this times the build's own work, not PDF parsing
 * (bench/extract.ts times that). The synthetic path (scripts/synth.ts) skips
 * extraction and the audit; this one does not.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../scripts/build-data';
import { DATA_DIR, readMasterData } from '../scripts/master-data';

export const nama = 'bangun-data';

/** The last year the build accepts as a report year is the current one; the copies end a year before. */
const LAST_YEAR = new Date().getFullYear() - 1;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function jalankan(): Promise<Record<string, unknown>> {
	const years = Number(process.env.BENCH_BANGUN_TAHUN ?? 10);
	const ref = readMasterData();
	const dir = join(DATA_DIR, 'lkip');
	const templates = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const k = ref.kecamatan.find((x) => f.startsWith(`${x.slug}-`));
			const tahun = Number(/(\d{4})/.exec(f)?.[1]);
			if (!k || !tahun) throw new Error(`${f}: nama berkas tidak berbentuk <kecamatan>-<tahun>.txt`);
			return { text: readFileSync(join(dir, f), 'utf8'), nama: k.nama, tahun };
		});
	const lkip = mkdtempSync(join(tmpdir(), 'bench-bangun-'));
	const out = mkdtempSync(join(tmpdir(), 'bench-bangun-keluaran-'));
	try {
		let n = 0;
		let bytes = 0;
		ref.kecamatan.forEach((k, ki) => {
			for (let y = 0; y < years; y++) {
				const t = templates[(ki + y) % templates.length];
				const year = LAST_YEAR - years + 1 + y;
				const shift = year - t.tahun;
				const text = t.text
					.replace(new RegExp(`\\b${escape(t.nama)}\\b`, 'g'), k.nama)
					.replace(new RegExp(`\\b${escape(t.nama.toUpperCase())}\\b`, 'g'), k.nama.toUpperCase())
					.replace(/\b(?:19|20)\d\d\b/g, (m) => String(Number(m) + shift));
				writeFileSync(join(lkip, `${k.slug}-${year}.txt`), text);
				bytes += Buffer.byteLength(text);
				n++;
			}
		});
		const start = performance.now();
		const h = await buildData({ lkipDir: lkip, outDir: out, referensiDir: DATA_DIR });
		const seconds = (performance.now() - start) / 1000;
		const maxRssMb = process.resourceUsage().maxRSS / 1024;
		const perReport = (s: number) => (s / n) * 1000;
		const result = {
			kecamatan: ref.kecamatan.length,
			tahun: years,
			laporan: n,
			mib: bytes / 2 ** 20,
			detik: seconds,
			ekstraksi_detik: h.extraction.seconds,
			baris_audit_detik: h.phases.baris,
			tulis_detik: h.phases.tulis,
			pekerja: h.extraction.workers,
			temuan: h.manifest.tabel.temuan?.baris ?? 0,
			max_rss_mib: maxRssMb
		};
		console.log(
			[
				`Bangun data: ${n} laporan teks (${result.mib.toFixed(1)} MiB) dari ${result.kecamatan} kecamatan × ${years} tahun dalam ${seconds.toFixed(2)} s`,
				`  ekstraksi    ${h.extraction.seconds.toFixed(2).padStart(7)} s  ${perReport(h.extraction.seconds).toFixed(1).padStart(6)} ms/laporan (${h.extraction.workers} pekerja)`,
				`  baris+audit  ${h.phases.baris.toFixed(2).padStart(7)} s  ${perReport(h.phases.baris).toFixed(1).padStart(6)} ms/laporan (1 utas)`,
				`  tulis        ${h.phases.tulis.toFixed(2).padStart(7)} s  ${perReport(h.phases.tulis).toFixed(1).padStart(6)} ms/laporan`,
				`  ${result.temuan} temuan; memori puncak ${maxRssMb.toFixed(0)} MiB`
			].join('\n')
		);
		console.log(
			`\nbench bangun_data reports=${n} seconds=${seconds.toFixed(2)} reports_per_s=${(n / seconds).toFixed(1)} extraction_s=${h.extraction.seconds.toFixed(2)} rows_audit_s=${h.phases.baris.toFixed(2)} write_s=${h.phases.tulis.toFixed(2)} max_rss_mib=${maxRssMb.toFixed(0)}`
		);
		return result;
	} finally {
		rmSync(lkip, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
	}
}
