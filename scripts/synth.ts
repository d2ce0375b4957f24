/**
 * `npm run synth -- --kecamatan N --tahun Y --out DIR [--seed S] [--tahun-akhir T]`
 * writes a synthetic dataset of N kecamatan × Y years through the same writer
 * as the real build, for the dashboard benchmark. Reports are generated and
 * written one at a time, so 7.277 × 10 (about 72.000 reports) fits in memory.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { kecamatanRows, reportRows, ReportRecorder } from '../src/lib/store/rows';
import { syntheticReports, syntheticMasterData, type SyntheticNames } from '../src/lib/store/synth';
import { readMasterData } from './master-data';
import { DatasetWriter, type Manifest } from './write-parquet';

export interface SynthOptions {
	kecamatan: number;
	tahun: number;
	outDir: string;
	seed?: number;
	/** last year of the series; defaults to last year, so the report year is never in the future */
	tahunAkhir?: number;
	referensiDir?: string;
	/** names repeat across kabupaten (default), or each kecamatan has its own */
	nama?: SyntheticNames;
}

export async function writeSynthetic(o: SynthOptions): Promise<Manifest> {
	const ref = syntheticMasterData(o.kecamatan, readMasterData(o.referensiDir), o.nama);
	const end = o.tahunAkhir ?? new Date().getFullYear() - 1;
	const penulis = await DatasetWriter.buka(o.outDir);
	try {
		const pencatat = new ReportRecorder();
		let n = 0;
		for (const k of ref.kecamatan) {
			for (let tahun = end - o.tahun + 1; tahun <= end; tahun++) {
				const row = reportRows(syntheticReports(k, tahun, ref, o.seed ?? 1), ref);
				pencatat.catat(row.laporan[0].laporan_id as string, k.kode, tahun, row.laporan[0].file as string);
				penulis.tambahSemua(row);
			}
			if (++n % 100 === 0) await penulis.simpanSementara();
		}
		for (const b of kecamatanRows(ref, pencatat.tahunPerKode)) penulis.tambah('kecamatan', b);
	} catch (e) {
		penulis.batal();
		throw e;
	}
	return penulis.selesai({ 'referensi.json': ref });
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			kecamatan: { type: 'string', default: '31' },
			tahun: { type: 'string', default: '10' },
			out: { type: 'string' },
			seed: { type: 'string', default: '1' },
			'tahun-akhir': { type: 'string' }
		}
	});
	const angka = (name: string, v: string | undefined) => {
		const n = Number(v);
		if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} harus bilangan bulat positif, tertulis "${v}"`);
		return n;
	};
	try {
		if (!values.out) throw new Error('sebutkan folder tujuan dengan --out DIR');
		const start = performance.now();
		const m = await writeSynthetic({
			kecamatan: angka('kecamatan', values.kecamatan),
			tahun: angka('tahun', values.tahun),
			outDir: resolve(values.out),
			seed: angka('seed', values.seed),
			tahunAkhir: values['tahun-akhir'] ? angka('tahun-akhir', values['tahun-akhir']) : undefined
		});
		const ms = performance.now() - start;
		for (const [name, t] of Object.entries(m.tabel)) console.log(`  ${name.padEnd(20)} ${String(t.baris).padStart(9)} baris`);
		console.log(`Data sintetis ditulis ke ${values.out} dalam ${(ms / 1000).toFixed(1)} s`);
	} catch (e) {
		console.error(`Data sintetis GAGAL ditulis: ${(e as Error).message}`);
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
