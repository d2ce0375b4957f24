/** Loads the reference data (data/kecamatan.csv, data/indikator.csv, data/program.csv) from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMasterData } from '../src/lib/lkip/master-data';
import type { MasterData } from '../src/lib/lkip/types';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function readMasterData(dir: string = DATA_DIR): MasterData {
	// a reference folder made for one test may have no program mapping: programs then stay unmapped
	const program = join(dir, 'program.csv');
	return parseMasterData(
		readFileSync(join(dir, 'kecamatan.csv'), 'utf8'),
		readFileSync(join(dir, 'indikator.csv'), 'utf8'),
		existsSync(program) ? readFileSync(program, 'utf8') : ''
	);
}
