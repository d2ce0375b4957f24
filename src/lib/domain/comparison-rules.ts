/**
 * The rules behind the figures the dashboard puts side by side, as the data
 * dictionary on "Data & metode" prints them. Each rule's text lives in the module
 * whose code applies it; this list only gathers them, in reading order.
 */
import { SCOPE_RULE } from './anggaran-scope';
import { IKM_RULE } from './ikm-choice';
import { KABUPATEN_IKM_RULE } from '../domain/ikm-kabupaten';
import { COMPARISON_RULE } from './comparisons';
import { PROGRAM_RULE } from '../domain/program-mapping';

export interface ComparisonRule {
	judul: string;
	isi: string;
}

export const DASHBOARD_RULES: ComparisonRule[] = [IKM_RULE, KABUPATEN_IKM_RULE, ...COMPARISON_RULE, SCOPE_RULE, PROGRAM_RULE];
