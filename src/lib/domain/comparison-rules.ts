/**
 * The rules behind the figures the dashboard puts side by side, as the data
 * dictionary on "Data & metode" prints them. Each rule's text lives in the module
 * whose code applies it; this list only gathers them, in reading order.
 */
import { ATURAN_CAKUPAN } from './anggaran-scope';
import { ATURAN_IKM } from './ikm-choice';
import { ATURAN_IKM_KABUPATEN } from '../domain/ikm-kabupaten';
import { ATURAN_PEMBANDING } from './comparisons';
import { ATURAN_PROGRAM } from '../domain/program-mapping';

export interface Aturan {
	judul: string;
	isi: string;
}

export const ATURAN_DASBOR: Aturan[] = [ATURAN_IKM, ATURAN_IKM_KABUPATEN, ...ATURAN_PEMBANDING, ATURAN_CAKUPAN, ATURAN_PROGRAM];
