/**
 * ECharts options for every chart of the dashboard, built from query rows.
 * Canvas text (axis labels, legends) cannot run as HTML; tooltips can, so every
 * tooltip here is built with tooltipHtml, which escapes text from the data.
 */
import { tooltipHtml, COLORS, type ChartOptions } from '$lib/components/chart-style';
import { formatNumber, formatIndex, formatPercent, formatRupiah, EMPTY } from '$lib/format';
import type { QueryRow } from '$lib/query/executor';
import { combinedLabel, kecamatanAverageLabel, otherAverageLabel } from '$lib/domain/comparisons';
import { SCOPE_LABELS } from '$lib/domain/anggaran-scope';
import type { NormalSize } from '$lib/domain/analytics';
import type {
	CapaianSideBySideRow,
	CapaianMatrixRow,
	EfficiencyRow,
	KecamatanIkmRow,
	CompositionRow,
	PerCapitaRow,
	IkmRankingRow,
	KecamatanSerapanRow,
	IkmTrendRow,
	SerapanTrendRow
} from '$lib/query/sql';
import { uploadMark } from '$lib/table-view';

const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** rupiah for a tooltip: a sum past 2^53 is a bigint, formatted exactly */
const rp = (v: unknown): number | bigint | null => (typeof v === 'bigint' ? v : n(v));
const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Shorten long names on axes; the tooltip and the table carry the full text. */
function shortName(text: string, maks = 28): string {
	return text.length > maks ? `${text.slice(0, maks - 1)}…` : text;
}

/** A name with the upload mark of its row (`unggahan`, worded by uploadMark): "Silo (data unggahan)". */
export function markedName(name: string, r: QueryRow | undefined): string {
	const mark = uploadMark(r);
	return mark ? `${name} (${mark})` : name;
}

/** An axis label from its row: the name shortened, the upload mark kept whole on a line of its own. */
function axisLabelOf(name: string, r: QueryRow | undefined, maks = 28): string {
	const mark = uploadMark(r);
	return mark ? `${shortName(name, maks)}\n(${mark})` : shortName(name, maks);
}

interface TooltipParam {
	dataIndex: number;
	seriesIndex: number;
	seriesName: string;
	name: string;
	value: unknown;
	data: unknown;
}

const gridHorizontal = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };

/** Axis tooltip of a bar chart with one row per category: the row's kecamatan (marked when uploaded) and its figures, escaped. */
function tooltipRow<R extends QueryRow & { kecamatan: string }>(sorted: R[], content: (r: R) => [string, string][]) {
	return {
		trigger: 'axis' as const,
		axisPointer: { type: 'shadow' as const },
		formatter: (p: unknown) => {
			const r = sorted[(p as TooltipParam[])[0].dataIndex];
			return tooltipHtml(markedName(s(r.kecamatan), r), content(r));
		}
	};
}

/** A report that prints the same IKM differently says so beside the figure (ikm.beda). */
function ikmDifference(r: { beda: string | null }): [string, string][] {
	return r.beda ? [['Laporannya juga mencetak', s(r.beda)]] : [];
}

/** A bar's label: the value, marked when its report prints another value too. */
function ikmLabel(v: number | null, r: { beda: string | null } | undefined): string {
	return `${formatIndex(v)}${r?.beda ? ' (laporan mencetak juga nilai lain)' : ''}`;
}

/** Horizontal bars, best at the top: IKM this year, last year, target, and the mean of the kecamatan ranked. */
export function ikmRankingOption(rows: IkmRankingRow[], year: number): ChartOptions {
	const sorted = [...rows].reverse(); // category axes draw from the bottom
	// the reference line: the kabupaten's IKM where the reports print it, else the mean of the kecamatan ranked
	const kab = n(rows[0]?.ikm_kabupaten);
	const average = kab ?? n(rows[0]?.rata_kecamatan);
	const namaRata = kab !== null ? `IKM kabupaten tercetak (${s(rows[0]?.ikm_kabupaten_sumber)})` : kecamatanAverageLabel(n(rows[0]?.jumlah_kecamatan));
	return {
		legend: { top: 0 },
		grid: gridHorizontal,
		tooltip: tooltipRow(sorted, (r) => [
			[`IKM ${year}`, formatIndex(n(r.realisasi))],
			[`IKM ${year - 1}`, formatIndex(n(r.realisasi_lalu))],
			['Target', formatIndex(n(r.target))],
			[namaRata, formatIndex(average)],
			...ikmDifference(r)
		]),
		// a bar's length is its value: the axis starts at 0 (a zoomed axis made a 66 next to an 82 an empty bar)
		xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatNumber(v) } },
		yAxis: {
			type: 'category',
			data: sorted.map((r) => markedName(s(r.kecamatan), r)),
			axisLabel: { formatter: (_v: string, i: number) => axisLabelOf(s(sorted[i]?.kecamatan), sorted[i], 20) }
		},
		series: [
			{
				name: `IKM ${year}`,
				type: 'bar',
				data: sorted.map((r) => n(r.realisasi)),
				label: { show: true, position: 'right', formatter: (p: { value: unknown; dataIndex: number }) => ikmLabel(n(p.value), sorted[p.dataIndex]) },
				markLine:
					average === null
						? undefined
						: {
								symbol: 'none',
								label: { formatter: `${namaRata} ${formatIndex(average)}`, position: 'insideEndTop' },
								lineStyle: { type: 'dashed', color: COLORS[1] },
								data: [{ xAxis: average, name: namaRata }]
							}
			},
			{ name: `IKM ${year - 1}`, type: 'bar', data: sorted.map((r) => n(r.realisasi_lalu)), itemStyle: { color: '#9fb3c8' } },
			{
				name: 'Target',
				type: 'line',
				data: sorted.map((r) => n(r.target)),
				symbol: 'diamond',
				symbolSize: 12,
				lineStyle: { opacity: 0 },
				itemStyle: { color: COLORS[2] }
			}
		]
	};
}

/** A budget total that covers less than the whole budget (domain/anggaran-scope.ts). */
function partial(r: { cakupan: string | null }): boolean {
	return r.cakupan !== undefined && r.cakupan !== null && r.cakupan !== 'seluruh';
}

/** A kecamatan's name on the serapan axis: starred when its total covers less than the whole budget. */
function serapanName(r: KecamatanSerapanRow | undefined): string {
	return r ? `${s(r.kecamatan)}${partial(r) ? ' *' : ''}` : '';
}

/** Horizontal bars of serapan anggaran, with last year and the combined serapan of budgets of whole scope. */
export function serapanOption(rows: KecamatanSerapanRow[], year: number): ChartOptions {
	const sorted = [...rows].reverse();
	const kab = n(rows[0]?.serapan_gabungan);
	const namaKab = combinedLabel(n(rows[0]?.jumlah_gabungan ?? rows[0]?.jumlah_kecamatan));
	return {
		legend: { top: 0 },
		grid: gridHorizontal,
		tooltip: tooltipRow(sorted, (r) => [
			...(partial(r) ? [['Cakupan anggaran', SCOPE_LABELS[r.cakupan]] as [string, string]] : []),
			['Pagu', formatRupiah(rp(r.pagu))],
			['Realisasi', formatRupiah(rp(r.realisasi))],
			[`Serapan ${year}`, formatPercent(n(r.serapan))],
			[`Serapan ${year - 1}`, formatPercent(n(r.serapan_lalu))],
			[namaKab, formatPercent(kab)]
		]),
		xAxis: {
			type: 'value',
			min: 0,
			max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
			axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` }
		},
		// a budget of another scope is drawn but marked, and left out of the combined line (sql.ts)
		yAxis: {
			type: 'category',
			data: sorted.map((r) => markedName(serapanName(r), r)),
			axisLabel: { formatter: (_v: string, i: number) => axisLabelOf(serapanName(sorted[i]), sorted[i], 20) }
		},
		series: [
			{
				name: `Serapan ${year}`,
				type: 'bar',
				data: sorted.map((r) => n(r.serapan)),
				label: { show: true, position: 'right', formatter: (p: { value: unknown }) => formatPercent(n(p.value)) },
				markLine:
					kab === null
						? undefined
						: {
								symbol: 'none',
								label: { formatter: `${namaKab} ${formatPercent(kab)}`, position: 'insideEndTop' },
								lineStyle: { type: 'dashed', color: COLORS[1] },
								data: [{ xAxis: kab, name: namaKab }]
							}
			},
			{ name: `Serapan ${year - 1}`, type: 'bar', data: sorted.map((r) => n(r.serapan_lalu)), itemStyle: { color: '#9fb3c8' } }
		]
	};
}

/**
 * Capaian colours diverge at 100% (the target): warm below it, darker the further
 * below; blue from 100% up. An even scale to 120% painted 91% blue, contradicting
 * the caption "blue = target met".
 */
export const CAPAIAN_LEVELS = [
	{ lt: 75, color: '#d6604d', label: 'di bawah 75%' },
	{ gte: 75, lt: 90, color: '#f4a582', label: '75% – di bawah 90%' },
	{ gte: 90, lt: 100, color: '#fddbc7', label: '90% – di bawah 100%' },
	{ gte: 100, lt: 120, color: '#92c5de', label: '100% – di bawah 120% (tercapai)' },
	{ gte: 120, color: '#4393c3', label: '120% ke atas (tercapai)' }
];
const NO_DATA_COLOR = '#d9d9d9';
const NO_DATA = 'Tidak ada data (indikator tidak dilaporkan)';

/** Kecamatan × indicator heatmap of capaian (%). */
export function capaianMatrixOption(rows: CapaianMatrixRow[]): ChartOptions {
	const indikator = [...new Map(rows.map((r) => [s(r.kunci), s(r.label)])).entries()];
	// one row per kecamatan by its slug (names repeat across kabupaten), labelled by its name
	const kunciKec = (r: CapaianMatrixRow) => (r.slug ? s(r.slug) : s(r.kecamatan));
	const name = new Map(rows.map((r) => [kunciKec(r), s(r.kecamatan)]));
	// best at the top when the rows carry their ranking (sql.ts sqlCapaianMatriks), else by name; the axis draws from the bottom
	const rank = new Map(rows.map((r) => [kunciKec(r), n(r.peringkat)]));
	const kecamatan = [...rank.keys()]
		.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || name.get(a)!.localeCompare(name.get(b)!) || a.localeCompare(b))
		.reverse();
	// a kecamatan's row is marked when any of its figures was uploaded; each cell's tooltip says its own
	const unggahanKec = kecamatan.map((k) => rows.find((r) => kunciKec(r) === k && r.unggahan === true));
	const label = kecamatan.map((k, i) => markedName(name.get(k)!, unggahanKec[i]));
	const ix = new Map(indikator.map(([k], i) => [k, i]));
	const iy = new Map(kecamatan.map((k, i) => [k, i]));
	const data = rows.map((r) => [ix.get(s(r.kunci))!, iy.get(kunciKec(r))!, n(r.capaian)]);
	// a cell the kecamatan did not report is drawn grey, not left blank (blank reads as "not drawn yet")
	const found = new Set(data.map(([x, y]) => `${x}|${y}`));
	const empty: number[][] = [];
	for (let y = 0; y < kecamatan.length; y++) for (let x = 0; x < indikator.length; x++) if (!found.has(`${x}|${y}`)) empty.push([x, y, 0]);
	return {
		grid: { left: 8, right: 8, top: 8, bottom: 96, containLabel: true },
		tooltip: {
			formatter: (p: unknown) => {
				const { data: d, dataIndex, seriesIndex } = p as TooltipParam;
				const [x, y, v] = d as [number, number, number | null];
				if (seriesIndex === 1) return tooltipHtml(name.get(kecamatan[y])!, [[indikator[x][1], 'tidak dilaporkan']]);
				// the label is the mapping's standard name; what this kecamatan printed is shown beside it when it differs
				const r = rows[dataIndex];
				const tercetak = r.tercetak == null || s(r.tercetak) === indikator[x][1] ? [] : [['Tercetak', s(r.tercetak)] as [string, string]];
				return tooltipHtml(markedName(name.get(kecamatan[y])!, r), [[indikator[x][1], formatPercent(v)], ...tercetak]);
			}
		},
		xAxis: { type: 'category', data: indikator.map(([, l]) => l), axisLabel: { rotate: 30, interval: 0, formatter: (v: string) => shortName(v, 18) } },
		yAxis: {
			type: 'category',
			data: label,
			axisLabel: { formatter: (_v: string, i: number) => axisLabelOf(name.get(kecamatan[i]) ?? '', unggahanKec[i], 20) }
		},
		// the key: one entry per colour band, and one for the grey "no data" cells
		visualMap: [
			{
				type: 'piecewise',
				seriesIndex: 0,
				dimension: 2,
				pieces: CAPAIAN_LEVELS,
				orient: 'horizontal',
				left: 'center',
				bottom: 28,
				itemGap: 6,
				textStyle: { fontSize: 11 }
			},
			{
				type: 'piecewise',
				seriesIndex: 1,
				dimension: 2,
				pieces: [{ value: 0, color: NO_DATA_COLOR, label: NO_DATA }],
				orient: 'horizontal',
				left: 'center',
				bottom: 0,
				textStyle: { fontSize: 11 }
			}
		],
		series: [
			{
				name: 'Capaian',
				type: 'heatmap',
				data,
				label: { show: true, formatter: (p: { data: unknown }) => formatNumber(n((p.data as unknown[])[2]), 0) }
			},
			{ name: NO_DATA, type: 'heatmap', data: empty }
		]
	};
}

/** Above this many kecamatan, per-kecamatan target lines would bury the chart. */
export const MAX_TARGET_LINES = 4;

/** Lines per kecamatan over the years, with an optional dashed average line. */
/** What a trend row carries besides its figure (sql.ts BarisTrenIkm, BarisTrenSerapan). */
type BarisTren = IkmTrendRow | SerapanTrendRow;

function trendOption<R extends BarisTren>(
	rows: R[],
	value: (r: R) => number | null,
	fmt: (v: number | null) => string,
	sumbu: (v: number) => string,
	ekstra: (name: string, r: R) => [string, string][],
	target?: (r: R) => number | null
): ChartOptions {
	const year = [...new Set(rows.map((r) => r.tahun))].sort();
	const name = [...new Set(rows.map((r) => s(r.kecamatan)))];
	const per = (k: string) => rows.filter((r) => s(r.kecamatan) === k);
	// series are named with their upload mark; tooltips find the rows back by that name
	const label = new Map(
		name.map((k) => [
			k,
			markedName(
				k,
				per(k).find((r) => r.unggahan === true)
			)
		])
	);
	const dariLabel = new Map([...label].map(([k, l]) => [l, k]));
	const jumlahKecamatan = new Set(rows.filter((r) => r.rata !== true).map((r) => s(r.kecamatan))).size;
	const series: ChartOptions['series'] = [];
	name.forEach((k, i) => {
		const rs = per(k);
		const average = rs[0]?.rata === true;
		// the kabupaten's printed IKM: points only for the years printed, not joined across the others
		const kabupaten = rs[0] !== undefined && 'kabupaten' in rs[0] && rs[0].kabupaten === true;
		const color = kabupaten ? '#1f2933' : average ? '#52606d' : COLORS[i % COLORS.length];
		series.push({
			name: label.get(k)!,
			type: 'line',
			connectNulls: !kabupaten,
			...(kabupaten ? { symbol: 'rect', symbolSize: 10 } : {}),
			data: year.map((t) => {
				const r = rs.find((r) => r.tahun === t);
				const v = r ? value(r) : null;
				// an IKM measured otherwise than the year before (sql.ts metode_beda): a triangle, not a dot
				return r && 'metode_beda' in r && r.metode_beda === true ? { value: v, symbol: 'triangle', symbolSize: 14 } : v;
			}),
			lineStyle: kabupaten ? { type: 'dotted', color } : average ? { type: 'dashed', color } : { color },
			itemStyle: { color }
		});
		if (target && !average && jumlahKecamatan <= MAX_TARGET_LINES) {
			series.push({
				name: `Target ${label.get(k)}`,
				type: 'line',
				connectNulls: true,
				symbol: 'diamond',
				data: year.map((t) => {
					const r = rs.find((r) => r.tahun === t);
					return r ? target(r) : null;
				}),
				lineStyle: { type: 'dotted', color },
				itemStyle: { color }
			});
		}
	});
	return {
		legend: { top: 0, type: 'scroll' },
		grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			formatter: (p: unknown) => {
				const ps = p as TooltipParam[];
				const t = year[ps[0].dataIndex];
				return tooltipHtml(
					`Tahun ${t}`,
					ps.flatMap((x) => {
						const k = dariLabel.get(x.seriesName);
						const r = k === undefined ? undefined : per(k).find((r) => r.tahun === t);
						if (!r) return x.seriesName.startsWith('Target ') ? [[x.seriesName, fmt(n(x.value))] as [string, string]] : [];
						const mark = r.rata !== true ? uploadMark(r) : null;
						const origin: [string, string][] = mark ? [['  asal data', mark]] : [];
						const cara: [string, string][] =
							'metode_beda' in r && r.metode_beda === true ? [['  cara ukur', `${s(r.cara_ukur)} (berbeda dari tahun sebelumnya)`]] : [];
						return [[x.seriesName, fmt(value(r))] as [string, string], ...ekstra(x.seriesName, r), ...cara, ...origin];
					})
				);
			}
		},
		xAxis: { type: 'category', data: year.map(String) },
		yAxis: { type: 'value', scale: true, axisLabel: { formatter: sumbu } },
		series
	};
}

/** The mean line's points cover different kecamatan each year: each says how many; the kabupaten's printed IKM says where. */
function averageCount(r: BarisTren): [string, string][] {
	if ('kabupaten' in r && r.kabupaten === true)
		return [['  tercetak di', s(r.raw)], ...(r.beda ? ([['  laporan lain mencetak', s(r.beda)]] as [string, string][]) : [])];
	return r.rata === true ? [['  dari', `${formatNumber(n(r.jumlah_rata), 0)} kecamatan`]] : [];
}

export function ikmTrendOption(rows: IkmTrendRow[]): ChartOptions {
	return trendOption(
		rows,
		(r) => n(r.realisasi),
		(v) => formatIndex(v),
		(v) => formatNumber(v),
		(_nama, r) => averageCount(r),
		(r) => n(r.target)
	);
}

export function serapanTrendOption(rows: SerapanTrendRow[]): ChartOptions {
	return trendOption(
		rows,
		(r) => n(r.serapan),
		(v) => formatPercent(v),
		(v) => `${formatNumber(v)}%`,
		(_nama, r) => [['  realisasi / pagu', `${formatRupiah(rp(r.realisasi))} / ${formatRupiah(rp(r.pagu))}`], ...averageCount(r)]
	);
}

/** "Silo 2023", with the upload mark of its rows: one bar or series per kecamatan and year. */
const kecamatanYear = (r: QueryRow & { kecamatan: string; tahun: number }) => markedName(`${s(r.kecamatan)} ${r.tahun}`, r);

/** Stacked bars: pagu per program, one bar per kecamatan and year. */
export function compositionOption(rows: CompositionRow[]): ChartOptions {
	const batang = [...new Set(rows.map(kecamatanYear))];
	const barisBatang = new Map(rows.map((r) => [kecamatanYear(r), r]));
	const labelBatang = batang.map((b) => {
		const r = barisBatang.get(b)!;
		return axisLabelOf(`${s(r.kecamatan)} ${r.tahun}`, r);
	});
	const program = [...new Set(rows.map((r) => s(r.program)))];
	return {
		legend: { top: 0, type: 'scroll' },
		grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
		tooltip: {
			formatter: (p: unknown) => {
				const x = p as TooltipParam;
				const r = rows.find((r) => kecamatanYear(r) === batang[x.dataIndex] && s(r.program) === x.seriesName);
				// programs line up by code: say how this kecamatan printed the name when it differs
				const tercetak = s(r?.program_tercetak);
				return tooltipHtml(batang[x.dataIndex], [
					[x.seriesName, formatRupiah(rp(r?.pagu))],
					['Realisasi', formatRupiah(rp(r?.realisasi))],
					['Serapan', formatPercent(n(r?.serapan))],
					...(tercetak && tercetak !== x.seriesName ? ([['Tercetak', tercetak]] as [string, string][]) : [])
				]);
			}
		},
		xAxis: {
			type: 'category',
			data: batang,
			axisLabel: { interval: 0, rotate: batang.length > 4 ? 30 : 0, formatter: (_v: string, i: number) => labelBatang[i] }
		},
		yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatRupiah(v).replace('Rp ', '') } },
		series: program.map((p) => ({
			name: p,
			type: 'bar' as const,
			stack: 'pagu',
			data: batang.map((b) => {
				const r = rows.find((r) => kecamatanYear(r) === b && s(r.program) === p);
				return r ? n(r.pagu) : null;
			})
		}))
	};
}

/** Grouped bars of capaian per indicator, one series per kecamatan and year; 100% marked. */
export function capaianSideBySideOption(rows: CapaianSideBySideRow[]): ChartOptions {
	const indikator = [...new Map(rows.map((r) => [s(r.kunci), s(r.indikator)])).entries()];
	const group = [...new Set(rows.map(kecamatanYear))];
	return {
		legend: { top: 0, type: 'scroll' },
		grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
		tooltip: {
			formatter: (p: unknown) => {
				const x = p as TooltipParam;
				const r = rows.find((r) => kecamatanYear(r) === x.seriesName && s(r.kunci) === indikator[x.dataIndex][0]);
				return tooltipHtml(indikator[x.dataIndex][1], [
					[x.seriesName, formatPercent(n(r?.capaian))],
					['Target', s(r?.target_raw) || EMPTY],
					['Realisasi', s(r?.realisasi_raw) || EMPTY]
				]);
			}
		},
		xAxis: {
			type: 'category',
			data: indikator.map(([, l]) => l),
			axisLabel: { interval: 0, rotate: indikator.length > 3 ? 30 : 0, formatter: (v: string) => shortName(v, 18) }
		},
		yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` } },
		series: group.map((g, i) => ({
			name: g,
			type: 'bar' as const,
			data: indikator.map(([k]) => n(rows.find((r) => kecamatanYear(r) === g && s(r.kunci) === k)?.capaian)),
			markLine:
				i === 0
					? {
							symbol: 'none',
							label: { formatter: 'Target 100%', position: 'insideEndTop' },
							lineStyle: { color: COLORS[2], type: 'dashed' },
							data: [{ yAxis: 100 }]
						}
					: undefined
		}))
	};
}

/** One kecamatan's IKM per year beside the mean of the other kecamatan (itself left out). */
export function kecamatanIkmOption(rows: KecamatanIkmRow[], name: string): ChartOptions {
	const year = rows.map((r) => markedName(String(r.tahun), r));
	return {
		legend: { top: 0 },
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			formatter: (p: unknown) => {
				const r = rows[(p as TooltipParam[])[0].dataIndex];
				return tooltipHtml(markedName(`${name} ${r.tahun}`, r), [
					['IKM', formatIndex(n(r.realisasi))],
					...ikmDifference(r),
					['Target', formatIndex(n(r.target))],
					[otherAverageLabel(n(r.jumlah_lain)) ?? 'Tidak ada kecamatan lain berlaporan', formatIndex(n(r.rata_lain))]
				]);
			}
		},
		xAxis: { type: 'category', data: year, axisLabel: { formatter: (_v: string, i: number) => axisLabelOf(String(rows[i]?.tahun), rows[i]) } },
		// bars start at 0, so their heights compare; the IKM scale ends at 100
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatNumber(v) } },
		series: [
			{
				name: 'IKM',
				type: 'bar',
				data: rows.map((r) => n(r.realisasi)),
				label: {
					show: true,
					position: 'top',
					formatter: (p: { value: unknown; dataIndex: number }) => `${formatIndex(n(p.value))}${rows[p.dataIndex]?.beda ? '*' : ''}`
				}
			},
			{
				name: 'Target',
				type: 'line',
				data: rows.map((r) => n(r.target)),
				symbol: 'diamond',
				symbolSize: 12,
				lineStyle: { opacity: 0 },
				itemStyle: { color: COLORS[2] }
			},
			{ name: 'Rata-rata kecamatan lain', type: 'line', data: rows.map((r) => n(r.rata_lain)), lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS[1] } }
		]
	};
}

/**
 * The efficiency quadrant: serapan across, capaian up, one point per kecamatan and year
 * (sql.ts sqlEfisiensi), one series per year with that year's kabupaten medians as its
 * cross-lines. The quadrants are named for the newest year with at least two
 * kecamatan (medians of one kecamatan name nothing); every point's quadrant is in its
 * tooltip and in the table.
 */
export function quadrantOption(rows: EfficiencyRow[]): ChartOptions {
	const year = [...new Set(rows.map((r) => r.tahun))].sort();
	const acuan = [...year].reverse().find((t) => rows.some((r) => r.tahun === t && r.jumlah_tahun >= 2));
	const series: ChartOptions['series'] = year.map((t, i) => {
		const rs = rows.filter((r) => r.tahun === t);
		const color = COLORS[i % COLORS.length];
		const mc = n(rs[0]?.median_capaian);
		const ms = n(rs[0]?.median_serapan);
		const banyak = (rs[0]?.jumlah_tahun ?? 0) >= 2;
		return {
			name: String(t),
			type: 'scatter' as const,
			symbolSize: 12,
			itemStyle: { color },
			label: { show: true, position: 'right' as const, formatter: (p: unknown) => shortName(s(rs[(p as TooltipParam).dataIndex]?.kecamatan), 16) },
			data: rs.map((r) => [n(r.serapan), n(r.capaian)]),
			markLine:
				banyak && mc !== null && ms !== null
					? {
							silent: true,
							symbol: 'none',
							lineStyle: { color, type: 'dashed' as const },
							label: { formatter: (p: unknown) => (p as { name: string }).name },
							data: [
								{ name: `median serapan ${t}: ${formatPercent(ms)}`, xAxis: ms },
								{ name: `median capaian ${t}: ${formatPercent(mc)}`, yAxis: mc }
							]
						}
					: undefined,
			markArea:
				t === acuan && mc !== null && ms !== null
					? {
							silent: true,
							itemStyle: { color: 'rgba(0,0,0,0)' },
							label: { color: '#52606d', fontSize: 11 },
							data: [
								[{ name: 'capaian tinggi, serapan rendah:\nhemat', coord: [ms, mc], label: { position: 'insideTopLeft' as const } }, { coord: ['min', 'max'] }],
								[
									{ name: 'capaian tinggi, serapan tinggi:\nsesuai rencana', coord: [ms, mc], label: { position: 'insideTopRight' as const } },
									{ coord: ['max', 'max'] }
								],
								[
									{ name: 'capaian rendah, serapan rendah:\ntertinggal', coord: [ms, mc], label: { position: 'insideBottomLeft' as const } },
									{ coord: ['min', 'min'] }
								],
								[
									{ name: 'capaian rendah, serapan tinggi:\nboros', coord: [ms, mc], label: { position: 'insideBottomRight' as const } },
									{ coord: ['max', 'min'] }
								]
							]
						}
					: undefined
		};
	});
	return {
		legend: { top: 0, type: 'scroll' },
		grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const x = p as TooltipParam;
				const r = rows.filter((r) => String(r.tahun) === x.seriesName)[x.dataIndex];
				if (!r) return '';
				return tooltipHtml(markedName(`${s(r.kecamatan)} ${r.tahun}`, r), [
					['Serapan', formatPercent(n(r.serapan))],
					['Capaian rata-rata', `${formatPercent(n(r.capaian))} (${formatNumber(n(r.jumlah_indikator), 0)} indikator)`],
					['Kuadran', s(r.kuadran)]
				]);
			}
		},
		xAxis: {
			type: 'value',
			name: 'Serapan anggaran',
			nameLocation: 'middle',
			nameGap: 24,
			scale: true,
			axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` }
		},
		yAxis: { type: 'value', name: 'Capaian rata-rata', scale: true, axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` } },
		series
	};
}

/** One normalised figure (domain/analytics.ts UKURAN_NORMAL) as bars per kecamatan and year. */
export function perCapitaOption(rows: PerCapitaRow[], key: NormalSize, label: string, rupiah: boolean): ChartOptions {
	const found = rows.filter((r) => n(r[key]) !== null);
	const batang = found.map(kecamatanYear);
	const fmt = (v: number | null) => (rupiah ? formatRupiah(v, false) : formatNumber(v, 2));
	return {
		grid: gridHorizontal,
		tooltip: tooltipRow(found, (r) => [
			[label, fmt(n(r[key]))],
			['Penduduk', `${formatNumber(n(r.penduduk), 0)} jiwa (laporan ${s(r.profil_tahun)})`]
		]),
		xAxis: { type: 'value', axisLabel: { formatter: (v: number) => (rupiah ? formatRupiah(v).replace('Rp ', '') : formatNumber(v)) } },
		yAxis: {
			type: 'category',
			data: batang,
			inverse: true,
			axisLabel: { formatter: (_v: string, i: number) => axisLabelOf(`${s(found[i]?.kecamatan)} ${found[i]?.tahun}`, found[i]) }
		},
		series: [{ name: label, type: 'bar', data: found.map((r) => n(r[key])), itemStyle: { color: COLORS[0] } }]
	};
}
