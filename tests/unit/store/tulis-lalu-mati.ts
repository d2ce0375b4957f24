/**
 * Child process of write-kill.test.ts: writes dataset `versi` (a or b) to `tujuan`
 * and kills itself with SIGKILL right after step `langkah` of publishing, as a
 * power cut or `kill -9` would: no cleanup code runs.
 */
import { tulisDataset, type LangkahTerbit } from '../../../scripts/write-parquet';
import { barisDataset } from '../../../src/lib/store/rows';
import { REF, laporan } from './sample';

const [tujuan, versi, langkah] = process.argv.slice(2);
const data =
	versi === 'a'
		? barisDataset([laporan('arjasa.txt', 'Arjasa', 2023), laporan('patrang.txt', 'Patrang', 2021)], REF)
		: barisDataset([laporan('puger.txt', 'Puger', 2022)], REF);
await tulisDataset(
	tujuan,
	data,
	{ 'referensi.json': { ...REF, versi } },
	{ [`${versi}.pdf`]: new TextEncoder().encode(`%PDF ${versi}`) },
	{},
	{
		setelah: (l: LangkahTerbit) => {
			if (l === langkah) process.kill(process.pid, 'SIGKILL');
		}
	}
);
