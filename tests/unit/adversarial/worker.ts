/**
 * Times one case of the adversarial corpus at the small and the large size and
 * reports each step before it starts, so the parent can stop a run that is
 * already far over its linear allowance instead of waiting minutes.
 */
import { parentPort } from 'node:worker_threads';
import { readMasterData } from '../../../scripts/master-data';
import { auditReport } from '../../../src/lib/audit';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readBytes } from '../../../src/lib/upload/import-file';
import { csvText, reportText, repeatTo, type Case } from './corpus';

export type ToWorker = { kasus: Case; kecil: number; besar: number };
export type FromWorker = { t: 'siap' } | { t: 'kecil'; ms: number } | { t: 'besar'; ms: number } | { t: 'cacat'; pesan: string };

const ref = readMasterData();
const kirim = (p: FromWorker) => parentPort!.postMessage(p);

function siapkan(k: Case, length: number): () => void {
	const content = repeatTo(k.pola, length);
	if (k.jalur === 'csv') {
		const byte = new TextEncoder().encode(csvText(content, k.letak));
		return () => {
			const h = readBytes('uji.csv', byte, ref);
			const bug = h.masalah.find((m) => m.pesan.includes('kesalahan program'));
			if (bug) throw new Error(bug.pesan);
		};
	}
	const text = reportText(content, k.letak);
	if (k.jalur === 'ekstrak') return () => void extractReport(text, 'uji.txt', ref);
	const laporan = extractReport(text, 'uji.txt', ref);
	return () => void auditReport(laporan, text);
}

function waktu(f: () => void): number {
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}

// the JIT and the lazily built tables of the readers: not part of any case's time
for (const jalur of ['ekstrak', 'audit', 'csv'] as const) siapkan({ jalur, pola: 'x', letak: 'laporan' }, 10)();

parentPort!.on('message', ({ kasus, kecil, besar }: ToWorker) => {
	try {
		const f = siapkan(kasus, kecil);
		// the small size is quick: its best of three is the baseline the large one is held to
		kirim({ t: 'kecil', ms: Math.min(waktu(f), waktu(f), waktu(f)) });
		const g = siapkan(kasus, besar);
		kirim({ t: 'besar', ms: waktu(g) });
	} catch (e) {
		kirim({ t: 'cacat', pesan: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
	}
});
kirim({ t: 'siap' });
