/**
 * Child process of write-kill.test.ts: writes dataset `versi` (a or b) to `tujuan`
 * and kills itself with SIGKILL right after step `langkah` of publishing, as a
 * power cut or `kill -9` would: no cleanup code runs.
 */
import { writeDataset, type PublishStep } from '../../../scripts/write-parquet';
import { datasetRows } from '../../../src/lib/store/rows';
import { MASTER, laporan } from './sample';

const [tujuan, versi, langkah] = process.argv.slice(2);
const data =
	versi === 'a'
		? datasetRows([laporan('arjasa.txt', 'Arjasa', 2023), laporan('patrang.txt', 'Patrang', 2021)], MASTER)
		: datasetRows([laporan('puger.txt', 'Puger', 2022)], MASTER);
await writeDataset(
	tujuan,
	data,
	{ 'referensi.json': { ...MASTER, versi } },
	{ [`${versi}.pdf`]: new TextEncoder().encode(`%PDF ${versi}`) },
	{},
	{
		setelah: (l: PublishStep) => {
			if (l === langkah) process.kill(process.pid, 'SIGKILL');
		}
	}
);
