/**
 * The kecamatan map (choropleth) of one year: which figure colours it, the bands that
 * say what good is, the rows of its table twin and the ECharts option. Rows come from
 * sql.ts sqlMap (one per kecamatan of the list, joined by Kemendagri code); the
 * boundaries are published by the data build (manifest `aset`, scripts/wilayah.ts)
 * with the Kemendagri code as each Feature's `kode`.
 */
import { tooltipHtml, type ChartOptions } from '$lib/components/chart-style';
import { formatNumber, formatIndex, formatPercent } from '$lib/format';
import type { QueryRow } from '$lib/query/executor';
import { roundTo, SKALA_IKM } from '$lib/domain/scales';
import { sourceText, rowSource, uploadMark, type ViewRow, type TableColumn } from '$lib/table-view';
import { CAPAIAN_LEVELS } from '$lib/charts';

export type MapSize = 'ikm' | 'capaian' | 'serapan';

/** The name the boundaries are registered under (echarts.registerMap). */
export const MAP_NAME = 'jember-kecamatan';
/** The boundaries' file in the manifest's `aset`. */
export const MAP_ASSET = 'peta-kecamatan.json';
export const MAP_LICENSE_ASSET = 'LICENSE-wilayah_boundaries.txt';

/** How the map is credited wherever it is shown (data/peta/README.md asks for it). */
export const MAP_CREDIT =
	'Batas wilayah indikatif, bukan batas resmi: cahyadsn/wilayah_boundaries (lisensi MIT), disederhanakan; kecamatan dicocokkan dengan kode Kemendagri.';

export const NO_REPORT_COLOR = '#d9d9d9';
export const NO_FIGURE_COLOR = '#f0f0f0';
export const NO_REPORT = 'belum ada laporan';
/** The legend's words for the hatched grey: the state is told by the pattern, not by the colour alone. */
export const NO_REPORT_LABEL = `${NO_REPORT} (abu-abu berarsir)`;
/** The colour of the hatch lines over WARNA_BELUM_LAPORAN: dark enough to see on print and in greyscale. */
export const HATCH_COLOR = '#6b7785';
/**
 * Diagonal hatching over a kecamatan with no report that year (ECharts decal, per region):
 * readers who cannot tell the light grey from the light bands still see which have none.
 */
export const NO_REPORT_HATCH = {
	symbol: 'rect',
	symbolSize: 1,
	color: HATCH_COLOR,
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: -Math.PI / 4
};
export const NO_FIGURE = 'ada laporan, angka ini tidak tercantum';

// sentinel values on the map only (the table twin says it in words): outside every real band
const NO_REPORT_VALUE = -1;
const NO_FIGURE_VALUE = -2;

interface Cut {
	gte?: number;
	lt?: number;
	value?: number;
	color: string;
	label: string;
}

const MUTU_COLORS = ['#2166ac', '#92c5de', '#f4a582', '#d6604d'];

/** The IKM grades of PermenPAN-RB 14/2017 (domain/scales.ts), best first. */
const TINGKAT_IKM: Cut[] = SKALA_IKM.jenjang.map((j, i) => {
	const upper = SKALA_IKM.jenjang[i - 1]?.min;
	const rentang =
		j.min === null
			? `di bawah ${formatNumber(upper ?? 0, 2)}`
			: upper === undefined
				? `${formatNumber(j.min, 2)} ke atas`
				: `${formatNumber(j.min, 2)} – di bawah ${formatNumber(upper ?? 0, 2)}`;
	return {
		...(j.min === null ? {} : { gte: j.min }),
		...(upper === undefined || upper === null ? {} : { lt: upper }),
		color: MUTU_COLORS[i] ?? MUTU_COLORS.at(-1)!,
		label: `${j.kode} ${j.label} (${rentang})`
	};
});

/** Serapan on the same bands as capaian: how close the spending came to the whole pagu. */
const TINGKAT_SERAPAN: Cut[] = CAPAIAN_LEVELS.map((p) => ({
	...p,
	label: p.label.replace('(tercapai)', '(terserap penuh)').replace(/120% ke atas \(terserap penuh\)/, '120% ke atas')
}));

export interface Measure {
	id: MapSize;
	label: string;
	/** the figure inside a sentence or title: "Peta IKM per kecamatan" */
	judul: string;
	/** column of sqlMap holding the figure; its source columns are `<awalan>_file`, `_line`, `_raw`, `_letak`, `_unggahan` */
	kolom: string;
	awalan: string;
	/** one sentence: what the colours mean */
	arti: string;
	format: (v: number | null) => string;
	formatKolom: 'indeks' | 'persen';
	tingkat: Cut[];
}

export const MEASURES: Record<MapSize, Measure> = {
	ikm: {
		id: 'ikm',
		label: 'IKM (kepuasan masyarakat)',
		judul: 'IKM (kepuasan masyarakat)',
		kolom: 'ikm',
		awalan: 'ikm',
		arti: 'Warna menurut mutu pelayanan PermenPAN-RB 14/2017: biru tua A (sangat baik) sampai merah D (tidak baik).',
		format: formatIndex,
		formatKolom: 'indeks',
		tingkat: TINGKAT_IKM
	},
	capaian: {
		id: 'capaian',
		label: 'Capaian kinerja rata-rata',
		judul: 'capaian kinerja rata-rata',
		kolom: 'capaian_rata',
		awalan: 'capaian',
		arti: 'Rata-rata capaian indikator kinerja dalam LKIP tahun itu: biru berarti target rata-rata tercapai (100% ke atas), jingga sampai merah di bawah target.',
		format: (v) => formatPercent(v),
		formatKolom: 'persen',
		tingkat: CAPAIAN_LEVELS
	},
	serapan: {
		id: 'serapan',
		label: 'Serapan anggaran',
		judul: 'serapan anggaran',
		kolom: 'serapan',
		awalan: 'serapan',
		arti: 'Realisasi dibanding pagu anggaran: biru berarti anggaran terserap penuh (100%), jingga sampai merah makin banyak yang tidak terpakai.',
		format: (v) => formatPercent(v),
		formatKolom: 'persen',
		tingkat: TINGKAT_SERAPAN
	}
};

const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The band a figure falls in (IKM rounded to its scale's decimals first, as reports print it). */
export function mapLevel(u: Measure, value: number | null): Cut | null {
	if (value === null) return null;
	const v = u.id === 'ikm' ? roundTo(value, SKALA_IKM.desimal) : value;
	return u.tingkat.find((p) => (p.gte === undefined || v >= p.gte) && (p.lt === undefined || v < p.lt)) ?? null;
}

/** A sqlMap row seen through one measure: the figure, its band, its source, what is missing. */
export function measureRows(r: QueryRow, u: Measure, year: number): ViewRow {
	const nilai = n(r[u.kolom]);
	const t = mapLevel(u, nilai);
	const keterangan = nilai !== null ? (t?.label ?? '') : r.ada_laporan_tahun ? NO_FIGURE : `${NO_REPORT} tahun ${year}`;
	const source =
		nilai === null
			? {}
			: {
					file: r[`${u.awalan}_file`],
					line: r[`${u.awalan}_line`],
					raw: r[`${u.awalan}_raw`],
					letak: r[`${u.awalan}_letak`],
					unggahan: r[`${u.awalan}_unggahan`] === true
				};
	return {
		kode: r.kode,
		kecamatan: r.kecamatan,
		tautan: `/kecamatan/${r.slug}`,
		nilai,
		keterangan,
		warna: nilai === null ? (r.ada_laporan_tahun ? NO_FIGURE_COLOR : NO_REPORT_COLOR) : (t?.color ?? null),
		...source
	};
}

export function mapColumn(u: Measure): TableColumn[] {
	return [
		{ kunci: 'kecamatan', label: 'Kecamatan', format: 'teks', tautan: 'tautan' },
		{ kunci: 'kode', label: 'Kode Kemendagri', format: 'teks' },
		{ kunci: 'nilai', label: u.label, format: u.formatKolom },
		{ kunci: 'keterangan', label: 'Tingkat', format: 'teks' }
	];
}

/** Choropleth of the rows of barisUkuran; `tahun` for the tooltip's wording. */
export function mapOption(rows: ViewRow[], u: Measure, year: number): ChartOptions {
	const adaTanpa = rows.some((r) => r.nilai === null && r.keterangan === NO_FIGURE);
	const data = rows.map((r) => {
		const v = n(r.nilai);
		const belum = v === null && r.keterangan !== NO_FIGURE;
		return {
			name: String(r.kode),
			value: v === null ? (belum ? NO_REPORT_VALUE : NO_FIGURE_VALUE) : u.id === 'ikm' ? roundTo(v, SKALA_IKM.desimal) : v,
			baris: r,
			...(belum ? { itemStyle: { decal: NO_REPORT_HATCH } } : {})
		};
	});
	return {
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const r = (p as { data?: { baris?: ViewRow } }).data?.baris;
				if (!r) return '';
				const source = rowSource(r);
				const content: [string, string][] =
					r.nilai === null
						? [[u.label, String(r.keterangan)]]
						: [
								[`${u.label} ${year}`, u.format(n(r.nilai))],
								['Tingkat', String(r.keterangan)],
								['Sumber', source ? sourceText(source) : '–']
							];
				// worded where every other view words it (table-view.ts)
				const mark = uploadMark(r);
				if (mark) content.push(['Asal data', mark]);
				return `${tooltipHtml(r.kecamatan, content)}<br><small>Klik untuk membuka halaman kecamatan</small>`;
			}
		},
		visualMap: {
			type: 'piecewise',
			seriesIndex: 0,
			pieces: [
				...u.tingkat,
				{ value: NO_REPORT_VALUE, color: NO_REPORT_COLOR, label: NO_REPORT_LABEL },
				...(adaTanpa ? [{ value: NO_FIGURE_VALUE, color: NO_FIGURE_COLOR, label: NO_FIGURE }] : [])
			],
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemGap: 6,
			textStyle: { fontSize: 11 }
		},
		series: [
			{
				type: 'map',
				map: MAP_NAME,
				nameProperty: 'kode',
				roam: false,
				selectedMode: false,
				top: 8,
				bottom: 72,
				left: 8,
				right: 8,
				itemStyle: { borderColor: '#52606d', borderWidth: 0.6 },
				// areaColor and color null: the hovered kecamatan keeps its colour (MapDraw getFixedItemStyle), only its border thickens
				emphasis: { label: { show: false }, itemStyle: { areaColor: null, color: null, borderColor: '#1f2933', borderWidth: 2 } as object },
				label: { show: false },
				data
			}
		]
	};
}
