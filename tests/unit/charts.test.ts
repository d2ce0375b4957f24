/**
 * Chart options mark uploaded rows (the `unggahan` column of sql.ts) in category
 * labels, series names and tooltips, and tooltips stay escaped.
 */
import { describe, expect, it } from 'vitest';
import { capaianMatrixOption, compositionOption, serapanOption, serapanTrendOption } from '$lib/charts';
import type { CapaianMatrixRow, CompositionRow, KecamatanSerapanRow, SerapanTrendRow } from '$lib/query/sql';
import { barisUji } from './charts/test-rows';

type Opsi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const serapan = barisUji<KecamatanSerapanRow>([
	{ kecamatan: 'Silo', tahun: 2023, pagu: 2_000_000_000, realisasi: 1_900_000_000, serapan: 95, serapan_lalu: null, unggahan: true },
	{ kecamatan: '<img src=x onerror=alert(1)>', tahun: 2023, pagu: 100, realisasi: 90, serapan: 90, serapan_lalu: null, unggahan: true },
	{ kecamatan: 'Arjasa', tahun: 2023, pagu: 100, realisasi: 80, serapan: 80, serapan_lalu: 70, unggahan: false }
]);

describe('upload mark in charts', () => {
	it('names uploaded kecamatan "(data unggahan)" on the axis and in the tooltip, escaped', () => {
		const o = serapanOption(serapan, 2023) as Opsi;
		expect(o.yAxis.data).toEqual(['Arjasa', '<img src=x onerror=alert(1)> (data unggahan)', 'Silo (data unggahan)']);
		// the label is worded from its row (index), not parsed back from the category text
		expect(o.yAxis.axisLabel.formatter(o.yAxis.data[2], 2)).toBe('Silo\n(data unggahan)');
		expect(o.yAxis.axisLabel.formatter(o.yAxis.data[0], 0)).toBe('Arjasa');
		// a long name is shortened, the mark stays whole
		const length = serapanOption([{ ...serapan[0], kecamatan: 'Sumberjambe Kidul Wetan' }], 2023) as Opsi;
		expect(length.yAxis.axisLabel.formatter(length.yAxis.data[0], 0)).toBe('Sumberjambe Kidul W…\n(data unggahan)');
		const html: string = o.tooltip.formatter([{ dataIndex: 1 }]);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; (data unggahan)');
		expect(html).not.toContain('<img');
		expect(o.tooltip.formatter([{ dataIndex: 0 }])).toContain('<strong>Arjasa</strong>');
	});

	it('marks trend series and finds their rows back for the tooltip', () => {
		const rows = barisUji<SerapanTrendRow>([
			{ kecamatan: 'Silo', tahun: 2023, serapan: 95, pagu: 2, realisasi: 1.9, rata: false, unggahan: true },
			{ kecamatan: 'Arjasa', tahun: 2023, serapan: 80, pagu: 1, realisasi: 0.8, rata: false, unggahan: false },
			{ kecamatan: 'Seluruh kecamatan', tahun: 2023, serapan: 90, pagu: 3, realisasi: 2.7, rata: true, unggahan: true }
		]);
		const o = serapanTrendOption(rows) as Opsi;
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Silo (data unggahan)', 'Arjasa', 'Seluruh kecamatan (termasuk data unggahan)']);
		const html: string = o.tooltip.formatter(
			o.series.map((s: { name: string; data?: unknown[] }, i: number) => ({ seriesName: s.name, dataIndex: 0, seriesIndex: i, value: s.data?.[0] }))
		);
		expect(html).toContain('Silo (data unggahan): <b>95,00%</b>');
		expect(html).toContain('Arjasa: <b>80,00%</b>');
		expect(html).toContain('asal data: <b>data unggahan</b>');
	});

	it('marks composition bars and heatmap rows of uploaded data', () => {
		const k = compositionOption(
			barisUji<CompositionRow>([
				{ kecamatan: 'Silo', tahun: 2023, program: 'A', pagu: 5, realisasi: 4, serapan: 80, unggahan: true },
				{ kecamatan: 'Arjasa', tahun: 2023, program: 'A', pagu: 6, realisasi: 6, serapan: 100, unggahan: false }
			])
		) as Opsi;
		expect(k.xAxis.data).toEqual(['Silo 2023 (data unggahan)', 'Arjasa 2023']);
		expect(k.xAxis.axisLabel.formatter(k.xAxis.data[0], 0)).toBe('Silo 2023\n(data unggahan)');
		expect(k.series[0].data).toEqual([5, 6]);
		const m = capaianMatrixOption(
			barisUji<CapaianMatrixRow>([
				{ kecamatan: 'Silo', kunci: 'ikm', label: 'IKM', capaian: 102, unggahan: true },
				{ kecamatan: 'Arjasa', kunci: 'ikm', label: 'IKM', capaian: 99, unggahan: false }
			])
		) as Opsi;
		expect(m.yAxis.data).toEqual(['Silo (data unggahan)', 'Arjasa']);
		expect(m.yAxis.axisLabel.formatter(m.yAxis.data[0], 0)).toBe('Silo\n(data unggahan)');
		expect(m.tooltip.formatter({ data: m.series[0].data[0], dataIndex: 0 })).toContain('Silo (data unggahan)');
		expect(m.tooltip.formatter({ data: m.series[0].data[1], dataIndex: 1 })).toContain('<strong>Arjasa</strong>');
	});

	it('keeps two kecamatan of one name apart in the heatmap (rows keyed by slug)', () => {
		const m = capaianMatrixOption(
			barisUji<CapaianMatrixRow>([
				{ kecamatan: 'Arjasa', slug: 'arjasa', kunci: 'ikm', label: 'IKM', capaian: 99, peringkat: 1, unggahan: false },
				{ kecamatan: 'Arjasa', slug: 'arjasa-2', kunci: 'ikm', label: 'IKM', capaian: 70, peringkat: 2, unggahan: false }
			])
		) as Opsi;
		expect(m.yAxis.data).toEqual(['Arjasa', 'Arjasa']);
		expect(m.series[0].data.map((d: number[]) => d[1])).toEqual([1, 0]);
	});
});
