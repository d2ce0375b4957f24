/**
 * The rules behind the figures the dashboard puts side by side, as the data
 * dictionary on "Data & metode" prints them. Each rule's text lives in the module
 * whose code applies it; this list only gathers them, in reading order.
 */
import { ATURAN_CAKUPAN } from './cakupan-anggaran';
import { ATURAN_IKM } from './ikm-pilih';
import { ATURAN_IKM_KABUPATEN } from './ikm-kabupaten';
import { ATURAN_PEMBANDING } from './pembanding';
import { ATURAN_PROGRAM } from './program';

export interface Aturan {
	judul: string;
	isi: string;
}

export const ATURAN_DASBOR: Aturan[] = [ATURAN_IKM, ATURAN_IKM_KABUPATEN, ...ATURAN_PEMBANDING, ATURAN_CAKUPAN, ATURAN_PROGRAM];
