/** Loads the reference data (data/kecamatan.csv, data/indikator.csv) from disk. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReferensi } from '../src/lib/lkip/reference';
import type { Referensi } from '../src/lib/lkip/types';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function bacaReferensi(dir: string = DATA_DIR): Referensi {
	return parseReferensi(readFileSync(join(dir, 'kecamatan.csv'), 'utf8'), readFileSync(join(dir, 'indikator.csv'), 'utf8'));
}
