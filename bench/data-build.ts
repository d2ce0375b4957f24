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
 *
 * BENCH_BANGUN_PROVINSI=35 builds a province instead: the real kecamatan of its
 * kabupaten from idn-area-data (codes, names, desa counts; Jawa Timur has about
 * 600), a reference folder made for them (a square per kecamatan for the map), and
 * each copy naming its kabupaten where the original names Jember. A kecamatan whose
 * name is a word of some template is left out: its copies would name two kecamatan,
 * and the build refuses such a report.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../scripts/build-data';
import { DATA_DIR, readMasterData } from '../scripts/master-data';
import { countDesa, desaIdnFile, MAP_FILE, MAP_LICENSE } from '../scripts/regions';

export const nama = 'bangun-data';

/** The last year the build accepts as a report year is the current one; the copies end a year before. */
const LAST_YEAR = new Date().getFullYear() - 1;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The kabupaten (not kota) of `provinsi` and their kecamatan, from idn-area-data, in code order. */
function provinceReference(provinsi: string, templates: string[]): { kabupaten: { kode: string; nama: string }[]; kecamatan: string[][] } {
	const villages = desaIdnFile();
	if (!villages) throw new Error('BENCH_BANGUN_PROVINSI butuh paket idn-area-data');
	const data = (f: string) =>
		readFileSync(join(villages, '..', f), 'utf8')
			.split(/\r?\n/)
			.slice(1)
			.filter(Boolean)
			.map((l) => l.split(','));
	const kabupaten = data('regencies.csv')
		.filter(([, prov, nama]) => prov === provinsi && nama.startsWith('KABUPATEN '))
		.map(([kode, , nama]) => ({ kode, nama: titleCase(nama.replace(/^KABUPATEN /, '')) }));
	const words = templates.join('\n').toLowerCase();
	const csv = readFileSync(villages, 'utf8');
	const kecamatan: string[][] = [];
	for (const kab of kabupaten) {
		const desa = countDesa(csv, kab.kode);
		for (const [kode, kabKode, nama] of data('districts.csv')) {
			if (kabKode !== kab.kode || new RegExp(`\\b${escape(nama.toLowerCase())}\\b`).test(words)) continue;
			const d = desa.get(kode);
			if (d) kecamatan.push([kode, nama, String(d.desa), String(d.kelurahan)]);
		}
	}
	return { kabupaten, kecamatan };
}

/** A reference folder for `provinsi` (see provinceReference): kecamatan.csv, kabupaten.csv, the rest copied, a map of squares. */
function writeProvinceReference(dir: string, provinsi: string, templates: string[]): void {
	const { kabupaten, kecamatan } = provinceReference(provinsi, templates);
	mkdirSync(join(dir, 'peta'), { recursive: true });
	for (const f of ['indikator.csv', 'program.csv']) copyFileSync(join(DATA_DIR, f), join(dir, f));
	copyFileSync(join(DATA_DIR, MAP_LICENSE), join(dir, MAP_LICENSE));
	writeFileSync(join(dir, 'kabupaten.csv'), ['kode,nama', ...kabupaten.map((k) => `${k.kode},${k.nama}`)].join('\n') + '\n');
	writeFileSync(join(dir, 'kecamatan.csv'), ['kode,nama,desa,kelurahan', ...kecamatan.map((k) => k.join(','))].join('\n') + '\n');
	const features = kecamatan.map(([kode, nama], i) => {
		const x = 110 + (i % 40) * 0.1;
		const y = -7 - Math.floor(i / 40) * 0.1;
		return {
			type: 'Feature',
			properties: { kode, nama },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[x, y],
						[x + 0.1, y],
						[x + 0.1, y - 0.1],
						[x, y - 0.1],
						[x, y]
					]
				]
			}
		};
	});
	writeFileSync(join(dir, MAP_FILE), JSON.stringify({ type: 'FeatureCollection', features }));
}

export async function jalankan(): Promise<Record<string, unknown>> {
	const years = Number(process.env.BENCH_BANGUN_TAHUN ?? 10);
	const provinsi = process.env.BENCH_BANGUN_PROVINSI;
	const jember = readMasterData();
	const dir = join(DATA_DIR, 'lkip');
	const templates = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const k = jember.kecamatan.find((x) => f.startsWith(`${x.slug}-`));
			const tahun = Number(/(\d{4})/.exec(f)?.[1]);
			if (!k || !tahun) throw new Error(`${f}: nama berkas tidak berbentuk <kecamatan>-<tahun>.txt`);
			return { text: readFileSync(join(dir, f), 'utf8'), nama: k.nama, tahun };
		});
	const lkip = mkdtempSync(join(tmpdir(), 'bench-bangun-'));
	const out = mkdtempSync(join(tmpdir(), 'bench-bangun-keluaran-'));
	const referensi = provinsi ? mkdtempSync(join(tmpdir(), 'bench-bangun-referensi-')) : DATA_DIR;
	try {
		if (provinsi)
			writeProvinceReference(
				referensi,
				provinsi,
				templates.map((t) => t.text)
			);
		const ref = readMasterData(referensi);
		const kabupatenName = new Map((ref.kabupaten ?? []).map((k) => [k.kode, k.nama]));
		let n = 0;
		let bytes = 0;
		ref.kecamatan.forEach((k, ki) => {
			const kabupaten = kabupatenName.get(k.kode.split('.').slice(0, 2).join('.')) ?? 'Jember';
			for (let y = 0; y < years; y++) {
				const t = templates[(ki + y) % templates.length];
				const year = LAST_YEAR - years + 1 + y;
				const shift = year - t.tahun;
				const text = t.text
					.replace(new RegExp(`\\b${escape(t.nama)}\\b`, 'g'), k.nama)
					.replace(new RegExp(`\\b${escape(t.nama.toUpperCase())}\\b`, 'g'), k.nama.toUpperCase())
					.replace(/\bJember\b/g, kabupaten)
					.replace(/\bJEMBER\b/g, kabupaten.toUpperCase())
					.replace(/\b(?:19|20)\d\d\b/g, (m) => String(Number(m) + shift));
				writeFileSync(join(lkip, `${k.slug}-${year}.txt`), text);
				bytes += Buffer.byteLength(text);
				n++;
			}
		});
		const start = performance.now();
		const h = await buildData({ lkipDir: lkip, outDir: out, referensiDir: referensi });
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
				`  ekstraksi+audit per laporan ${h.extraction.seconds.toFixed(2).padStart(7)} s  ${perReport(h.extraction.seconds).toFixed(1).padStart(6)} ms/laporan (${h.extraction.workers} pekerja)`,
				`  audit antartahun+baris     ${h.phases.baris.toFixed(2).padStart(7)} s  ${perReport(h.phases.baris).toFixed(1).padStart(6)} ms/laporan (${h.extraction.workers} pekerja, baris ditulis sambil jalan)`,
				`  tulis                      ${h.phases.tulis.toFixed(2).padStart(7)} s  ${perReport(h.phases.tulis).toFixed(1).padStart(6)} ms/laporan`,
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
		if (provinsi) rmSync(referensi, { recursive: true, force: true });
	}
}
