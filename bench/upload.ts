/**
 * `npm run bench -- unggah`: a large CSV upload through the upload worker's path
 * (tests/fixtures/csv-unggahan.ts: read and validate, audit, rows and DuckDB
 * statements) at 5.000, 20.000 and 100.000 rows, in each shape, in Node. Prints
 * each stage's time and the growth per row against the smallest size: about
 * ×1 per row when linear. BENCH_UNGGAH_BARIS (e.g. "5000,20000") and
 * BENCH_UNGGAH_BENTUK (e.g. "kegiatan,indikator") shorten it.
 */
import { readMasterData } from '../scripts/master-data';
import { BENTUK, TAHAP, csvBesar, waktuUnggah, type BentukCsv, type Tahap } from '../tests/fixtures/csv-unggahan';

export const nama = 'unggah';

const daftar = (v: string | undefined) =>
	v
		?.split(',')
		.map((x) => x.trim())
		.filter(Boolean);

export async function jalankan(): Promise<Record<string, unknown>> {
	const ref = readMasterData();
	const lines = (daftar(process.env.BENCH_UNGGAH_BARIS) ?? ['5000', '20000', '100000']).map(Number);
	const bentuk = (daftar(process.env.BENCH_UNGGAH_BENTUK) ?? BENTUK) as BentukCsv[];
	// one untimed small upload so the JIT has compiled the readers
	waktuUnggah(csvBesar('pohon', 500), ref);
	const result: { bentuk: BentukCsv; baris: number; ms: Record<Tahap | 'total', number> }[] = [];
	console.log('Unggah CSV (Node, satu kali per ukuran):');
	for (const b of bentuk) {
		for (const n of lines) {
			const t = waktuUnggah(csvBesar(b, n), ref);
			const total = TAHAP.reduce((s, k) => s + t[k], 0);
			result.push({ bentuk: b, baris: n, ms: { ...t, total } });
			const base = result.find((h) => h.bentuk === b)!;
			const perBaris = total / n / (base.ms.total / base.baris);
			console.log(
				`  ${b.padEnd(13)} ${n.toLocaleString('id-ID').padStart(8)} baris  ${TAHAP.map((k) => `${k} ${t[k].toFixed(0).padStart(6)} ms`).join('  ')}  total ${total.toFixed(0).padStart(6)} ms  ×${perBaris.toFixed(2)} per baris`
			);
			console.log(`bench unggah bentuk=${b} baris=${n} ${TAHAP.map((k) => `${k}_ms=${t[k].toFixed(0)}`).join(' ')} total_ms=${total.toFixed(0)}`);
		}
	}
	return { hasil: result };
}
