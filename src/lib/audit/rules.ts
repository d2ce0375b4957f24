/**
 * The audit rules, in the order their findings are listed. One source of truth for each rule's
 * id, Indonesian title, severity and tolerance: the CLI, the data build, the generated
 * documentation (docs/audit-aturan.md) and the "Konsistensi data" page all read this list.
 *
 * Severity: tinggi when money or a headline figure is wrong (sums, cross-section conflicts,
 * impossible values); sedang for derived or narrative figures; rendah for cosmetic issues.
 */
import type { Aturan, Tingkat } from './types';
import { jumlahAnggaran } from './anggaran-sums';
import { sebabAngka } from './cause';
import { persenAnggaran } from './anggaran-percent';
import { capaianIndikator } from './capaian';
import { bedaAntarbagian } from './cross-section';
import { targetBeda } from './ikm-targets';
import { klaimNarasi } from './narrative-claims';
import { predikatSkala } from './predikat';
import { diLuarRentang } from './out-of-range';
import { angkaRusak } from './broken-numbers';
import { antarTahun } from './cross-year';
import { pangsaAnggaran } from './anggaran-shares';
import { hitunganIndikator } from './indicator-counts';
import { hitunganProgram } from './budget-counts';
import { jumlahPegawai, jumlahTabel } from './table-totals';
import { komposisiBelanja } from './composition';
import { nilaiUraian, rerataDaftar } from './prose-values';
import { targetKeluaran } from './output-targets';
import { danaKegiatan } from './input-amounts';
import { rerataCapaian } from './average-claims';
import { strukturDokumen } from './document-structure';
import { persenAntartabel } from './percent-rows';
import { survei_distribusi, survei_predikat_unsur, survei_rerata, survei_skor_unsur } from './survey';

export const ATURAN: Aturan[] = [
	sebabAngka,
	jumlahAnggaran,
	persenAnggaran,
	pangsaAnggaran,
	capaianIndikator,
	bedaAntarbagian,
	targetBeda,
	klaimNarasi,
	hitunganIndikator,
	hitunganProgram,
	survei_distribusi,
	survei_skor_unsur,
	survei_predikat_unsur,
	survei_rerata,
	jumlahTabel,
	jumlahPegawai,
	komposisiBelanja,
	nilaiUraian,
	rerataDaftar,
	rerataCapaian,
	targetKeluaran,
	danaKegiatan,
	strukturDokumen,
	persenAntartabel,
	predikatSkala,
	diLuarRentang,
	angkaRusak,
	antarTahun
];

/** Weight of a check in the data-quality score. */
export const BOBOT: Record<Tingkat, number> = { tinggi: 3, sedang: 2, rendah: 1 };

export function aturan(id: string): Aturan {
	const a = ATURAN.find((x) => x.id === id);
	if (!a) throw new Error(`aturan audit tidak dikenal: ${id}`);
	return a;
}
