/** Loads the reference data (data/kecamatan.csv, data/indikator.csv, data/program.csv, data/kabupaten.csv) from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMasterData } from '../src/lib/lkip/master-data';
import type { MasterData } from '../src/lib/lkip/types';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function readMasterData(dir: string = DATA_DIR): MasterData {
	// a reference folder made for one test may have no program mapping: programs then stay unmapped
	const optional = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
	return parseMasterData(
		readFileSync(join(dir, 'kecamatan.csv'), 'utf8'),
		readFileSync(join(dir, 'indikator.csv'), 'utf8'),
		optional('program.csv'),
		// without it, a kecamatan is told from a namesake only by a code the source states
		optional('kabupaten.csv')
	);
}
