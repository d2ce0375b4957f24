/**
 * The audit rules, in the order their findings are listed. One source of truth for each rule's
 * id, Indonesian title, severity and tolerance: the CLI, the data build, the generated
 * documentation (docs/audit-aturan.md) and the "Konsistensi data" page all read this list.
 *
 * Severity: tinggi when money or a headline figure is wrong (sums, cross-section conflicts,
 * impossible values); sedang for derived or narrative figures; rendah for cosmetic issues.
 */
import type { Aturan, Tingkat } from './types';
import { checkAnggaranSums } from './anggaran-sums';
import { numberCause } from './cause';
import { checkAnggaranPercent } from './anggaran-percent';
import { checkIndikatorCapaian } from './capaian';
import { checkCrossSection } from './cross-section';
import { checkIkmTargets } from './ikm-targets';
import { checkNarrativeClaims } from './narrative-claims';
import { checkPredikatScale } from './predikat';
import { checkOutOfRange } from './out-of-range';
import { checkBrokenNumbers } from './broken-numbers';
import { checkCrossYear } from './cross-year';
import { checkAnggaranShares } from './anggaran-shares';
import { checkIndikatorCounts } from './indicator-counts';
import { checkProgramCounts } from './budget-counts';
import { checkStaffTotals, checkTableTotals } from './table-totals';
import { checkBelanjaComposition } from './composition';
import { checkProseValues, listAverage } from './prose-values';
import { checkOutputTargets } from './output-targets';
import { checkKegiatanFunds } from './input-amounts';
import { checkAverageClaims } from './average-claims';
import { checkDocumentStructure } from './document-structure';
import { checkPercentRows } from './percent-rows';
import { checkSurveyDistribution, checkSurveyElementPredikat, checkSurveyAverage, checkSurveyElementScores } from './survey';

export const ATURAN: Aturan[] = [
	numberCause,
	checkAnggaranSums,
	checkAnggaranPercent,
	checkAnggaranShares,
	checkIndikatorCapaian,
	checkCrossSection,
	checkIkmTargets,
	checkNarrativeClaims,
	checkIndikatorCounts,
	checkProgramCounts,
	checkSurveyDistribution,
	checkSurveyElementScores,
	checkSurveyElementPredikat,
	checkSurveyAverage,
	checkTableTotals,
	checkStaffTotals,
	checkBelanjaComposition,
	checkProseValues,
	listAverage,
	checkAverageClaims,
	checkOutputTargets,
	checkKegiatanFunds,
	checkDocumentStructure,
	checkPercentRows,
	checkPredikatScale,
	checkOutOfRange,
	checkBrokenNumbers,
	checkCrossYear
];

/** Weight of a check in the data-quality score. */
export const WEIGHTS: Record<Tingkat, number> = { tinggi: 3, sedang: 2, rendah: 1 };

export function aturan(id: string): Aturan {
	const a = ATURAN.find((x) => x.id === id);
	if (!a) throw new Error(`aturan audit tidak dikenal: ${id}`);
	return a;
}
