/**
 * The kecamatan map (choropleth) of one year: which figure colours it, the bands that
 * say what good is, the rows of its table twin and the ECharts option. Rows come from
 * sql.ts sqlPeta (one per kecamatan of the list, joined by Kemendagri code); the
 * boundaries are published by the data build (manifest `aset`, scripts/wilayah.ts)
 * with the Kemendagri code as each Feature's `kode`.
 */
import { tooltipHtml, type OpsiGrafik } from '$lib/components/echarts';
import { formatNumber, formatIndeks, formatPercent } from '$lib/format';
import type { QueryRow } from '$lib/query/executor';
import { bulatkan, SKALA_IKM } from '$lib/domain/scales';
import { teksSumber, sumberBaris, type BarisTabel, type TableColumn } from '$lib/table-view';
import { TINGKAT_CAPAIAN } from '$lib/charts';

export type UkuranPeta = 'ikm' | 'capaian' | 'serapan';

/** The name the boundaries are registered under (echarts.registerMap). */
export const NAMA_PETA = 'jember-kecamatan';
/** The boundaries' file in the manifest's `aset`. */
export const ASET_PETA = 'peta-kecamatan.json';
export const ASET_LISENSI_PETA = 'LICENSE-wilayah_boundaries.txt';

/** How the map is credited wherever it is shown (data/peta/README.md asks for it). */
export const KREDIT_PETA =
	'Batas wilayah indikatif, bukan batas resmi: cahyadsn/wilayah_boundaries (lisensi MIT), disederhanakan; kecamatan dicocokkan dengan kode Kemendagri.';

export const WARNA_BELUM_LAPORAN = '#d9d9d9';
export const WARNA_TANPA_ANGKA = '#f0f0f0';
export const BELUM_LAPORAN = 'belum ada laporan';
/** The legend's words for the hatched grey: the state is told by the pattern, not by the colour alone. */
export const LABEL_BELUM_LAPORAN = `${BELUM_LAPORAN} (abu-abu berarsir)`;
/** The colour of the hatch lines over WARNA_BELUM_LAPORAN: dark enough to see on print and in greyscale. */
export const WARNA_ARSIR = '#6b7785';
/**
 * Diagonal hatching over a kecamatan with no report that year (ECharts decal, per region):
 * readers who cannot tell the light grey from the light bands still see which have none.
 */
export const ARSIR_BELUM_LAPORAN = {
	symbol: 'rect',
	symbolSize: 1,
	color: WARNA_ARSIR,
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: -Math.PI / 4
};
export const TANPA_ANGKA = 'ada laporan, angka ini tidak tercantum';

// sentinel values on the map only (the table twin says it in words): outside every real band
const NILAI_BELUM = -1;
const NILAI_TANPA = -2;

interface Potong {
	gte?: number;
	lt?: number;
	value?: number;
	color: string;
	label: string;
}

const WARNA_MUTU = ['#2166ac', '#92c5de', '#f4a582', '#d6604d'];

/** The IKM grades of PermenPAN-RB 14/2017 (domain/scales.ts), best first. */
const TINGKAT_IKM: Potong[] = SKALA_IKM.jenjang.map((j, i) => {
	const atas = SKALA_IKM.jenjang[i - 1]?.min;
	const rentang =
		j.min === null
			? `di bawah ${formatNumber(atas ?? 0, 2)}`
			: atas === undefined
				? `${formatNumber(j.min, 2)} ke atas`
				: `${formatNumber(j.min, 2)} – di bawah ${formatNumber(atas ?? 0, 2)}`;
	return {
		...(j.min === null ? {} : { gte: j.min }),
		...(atas === undefined || atas === null ? {} : { lt: atas }),
		color: WARNA_MUTU[i] ?? WARNA_MUTU.at(-1)!,
		label: `${j.kode} ${j.label} (${rentang})`
	};
});

/** Serapan on the same bands as capaian: how close the spending came to the whole pagu. */
const TINGKAT_SERAPAN: Potong[] = TINGKAT_CAPAIAN.map((p) => ({
	...p,
	label: p.label.replace('(tercapai)', '(terserap penuh)').replace(/120% ke atas \(terserap penuh\)/, '120% ke atas')
}));

export interface Ukuran {
	id: UkuranPeta;
	label: string;
	/** the figure inside a sentence or title: "Peta IKM per kecamatan" */
	judul: string;
	/** column of sqlPeta holding the figure; its source columns are `<awalan>_file`, `_line`, `_raw`, `_letak`, `_unggahan` */
	kolom: string;
	awalan: string;
	/** one sentence: what the colours mean */
	arti: string;
	format: (v: number | null) => string;
	formatKolom: 'indeks' | 'persen';
	tingkat: Potong[];
}

export const UKURAN: Record<UkuranPeta, Ukuran> = {
	ikm: {
		id: 'ikm',
		label: 'IKM (kepuasan masyarakat)',
		judul: 'IKM (kepuasan masyarakat)',
		kolom: 'ikm',
		awalan: 'ikm',
		arti: 'Warna menurut mutu pelayanan PermenPAN-RB 14/2017: biru tua A (sangat baik) sampai merah D (tidak baik).',
		format: formatIndeks,
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
		tingkat: TINGKAT_CAPAIAN
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
export function tingkatPeta(u: Ukuran, nilai: number | null): Potong | null {
	if (nilai === null) return null;
	const v = u.id === 'ikm' ? bulatkan(nilai, SKALA_IKM.desimal) : nilai;
	return u.tingkat.find((p) => (p.gte === undefined || v >= p.gte) && (p.lt === undefined || v < p.lt)) ?? null;
}

/** A sqlPeta row seen through one measure: the figure, its band, its source, what is missing. */
export function barisUkuran(r: QueryRow, u: Ukuran, tahun: number): BarisTabel {
	const nilai = n(r[u.kolom]);
	const t = tingkatPeta(u, nilai);
	const keterangan = nilai !== null ? (t?.label ?? '') : r.ada_laporan_tahun ? TANPA_ANGKA : `${BELUM_LAPORAN} tahun ${tahun}`;
	const sumber =
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
		warna: nilai === null ? (r.ada_laporan_tahun ? WARNA_TANPA_ANGKA : WARNA_BELUM_LAPORAN) : (t?.color ?? null),
		...sumber
	};
}

export function kolomPeta(u: Ukuran): TableColumn[] {
	return [
		{ kunci: 'kecamatan', label: 'Kecamatan', format: 'teks', tautan: 'tautan' },
		{ kunci: 'kode', label: 'Kode Kemendagri', format: 'teks' },
		{ kunci: 'nilai', label: u.label, format: u.formatKolom },
		{ kunci: 'keterangan', label: 'Tingkat', format: 'teks' }
	];
}

/** Choropleth of the rows of barisUkuran; `tahun` for the tooltip's wording. */
export function opsiPeta(rows: BarisTabel[], u: Ukuran, tahun: number): OpsiGrafik {
	const adaTanpa = rows.some((r) => r.nilai === null && r.keterangan === TANPA_ANGKA);
	const data = rows.map((r) => {
		const v = n(r.nilai);
		const belum = v === null && r.keterangan !== TANPA_ANGKA;
		return {
			name: String(r.kode),
			value: v === null ? (belum ? NILAI_BELUM : NILAI_TANPA) : u.id === 'ikm' ? bulatkan(v, SKALA_IKM.desimal) : v,
			baris: r,
			...(belum ? { itemStyle: { decal: ARSIR_BELUM_LAPORAN } } : {})
		};
	});
	return {
		tooltip: {
			trigger: 'item',
			formatter: (p: unknown) => {
				const r = (p as { data?: { baris?: BarisTabel } }).data?.baris;
				if (!r) return '';
				const sumber = sumberBaris(r);
				const isi: [string, string][] =
					r.nilai === null
						? [[u.label, String(r.keterangan)]]
						: [
								[`${u.label} ${tahun}`, u.format(n(r.nilai))],
								['Tingkat', String(r.keterangan)],
								['Sumber', sumber ? teksSumber(sumber) : '–']
							];
				if (r.unggahan) isi.push(['Asal data', 'data unggahan']);
				return `${tooltipHtml(r.kecamatan, isi)}<br><small>Klik untuk membuka halaman kecamatan</small>`;
			}
		},
		visualMap: {
			type: 'piecewise',
			seriesIndex: 0,
			pieces: [
				...u.tingkat,
				{ value: NILAI_BELUM, color: WARNA_BELUM_LAPORAN, label: LABEL_BELUM_LAPORAN },
				...(adaTanpa ? [{ value: NILAI_TANPA, color: WARNA_TANPA_ANGKA, label: TANPA_ANGKA }] : [])
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
				map: NAMA_PETA,
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
