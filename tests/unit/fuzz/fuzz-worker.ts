/**
 * Runs one share of the fuzz inputs and reports each input before and after it
 * runs, so the test (in the parent thread) can tell a hang from slowness and
 * name the input that caused it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readMasterData } from '../../../scripts/master-data';
import { auditReport } from '../../../src/lib/audit';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readBytes } from '../../../src/lib/upload/import-file';
import { TEMPLATES, templateText } from '../../../src/lib/upload/templates';
import { seededRandom, mutate } from './mutations';

export interface FuzzTask {
	jenis: 'lkip' | 'csv';
	benih: number;
	jumlah: number;
	akar: string;
}

export type FuzzMessage =
	| { t: 'mulai'; i: number; langkah: string[]; sumber: string }
	| { t: 'selesai'; i: number; ms: number }
	| { t: 'cacat'; i: number; pesan: string; langkah: string[]; sumber: string }
	| { t: 'tuntas' };

const tugas = workerData as FuzzTask;
const ref = readMasterData();
const kirim = (p: FuzzMessage) => parentPort!.postMessage(p);

function sumberLkip(): { nama: string; teks: string }[] {
	const dir = join(tugas.akar, 'data/lkip');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ nama: f, teks: readFileSync(join(dir, f), 'utf8') }));
}

function sumberCsv(): { nama: string; teks: string }[] {
	const contoh: Record<string, string[]> = {
		ikm: ['Balung;2023;85;82,5;B', 'Puger;2022;"80";"79.25";C', 'Kec. Patrang;2024;;88,9;A'],
		indikator: ['Balung;2023;2;Sasaran;Persentase desa tertib administrasi;100%;95%;95;%', 'Puger;2023;;;Jumlah dokumen;4 Dok;4 Dok;100;dokumen'],
		anggaran: ['Balung;2023;total;;Jumlah;Rp 5.000.000.000,00;4.750.000.000;95;', 'Puger;2023;kegiatan;1.2;Koordinasi;Program A;;1.000.000;900.000;90']
	};
	const result = TEMPLATES.map((t) => ({ nama: `${t.tabel}.csv`, teks: templateText(t) + contoh[t.tabel].join('\r\n') + '\r\n' }));
	const dir = join(tugas.akar, 'tests/fixtures/rusak');
	for (const f of readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()) {
		const teks = readFileSync(join(dir, f), 'utf8');
		if (!teks.includes('\u0000')) result.push({ nama: f, teks });
	}
	return result;
}

const sumber = tugas.jenis === 'lkip' ? sumberLkip() : sumberCsv();
const r = seededRandom(tugas.benih);

for (let i = 0; i < tugas.jumlah; i++) {
	const asal = sumber[i % sumber.length];
	let teks = asal.teks;
	// most report inputs are a window of the report: more inputs per second, same code paths
	if (tugas.jenis === 'lkip' && i % 5 !== 0) {
		const l = teks.split('\n');
		const awal = Math.floor(r() * l.length);
		teks = l.slice(awal, awal + 40 + Math.floor(r() * 250)).join('\n');
	}
	const m = mutate(teks, r);
	kirim({ t: 'mulai', i, langkah: m.langkah, sumber: asal.nama });
	const t0 = performance.now();
	try {
		const byte = new TextEncoder().encode(m.teks);
		const h = readBytes(tugas.jenis === 'lkip' ? asal.nama : asal.nama.replace(/\.csv$/, '') + '.csv', byte, ref);
		// the importer turns its own exceptions into a message: for the fuzzer that is a failure
		const bug = h.masalah.find((x) => x.pesan.includes('kesalahan program'));
		if (bug) throw new Error(bug.pesan);
		for (const n of h.barisDitolak) if (!h.masalah.some((x) => x.baris === n && x.tingkat === 'galat')) throw new Error(`baris ${n} ditolak tanpa galat`);
		// the audit reads every line's sentences: it must survive (and stay quick on) what the extractor survives
		if (tugas.jenis === 'lkip' && !m.teks.includes('\u0000')) auditReport(extractReport(m.teks, asal.nama, ref), m.teks);
	} catch (e) {
		kirim({ t: 'cacat', i, pesan: e instanceof Error ? `${e.message}\n${e.stack}` : String(e), langkah: m.langkah, sumber: asal.nama });
	}
	kirim({ t: 'selesai', i, ms: performance.now() - t0 });
}
kirim({ t: 'tuntas' });
