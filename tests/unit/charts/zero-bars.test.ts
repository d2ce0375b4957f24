/**
 * Issue 9 item 4: a bar's length is its value. Every bar chart of the dashboard is
 * drawn (server-side, same ECharts build) and its value axis must start at 0, so a
 * 60 next to an 82 is drawn at 60/82 of its length, never as an empty bar.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { capaianSideBySideOption, kecamatanIkmOption, compositionOption, ikmRankingOption, serapanOption } from '$lib/charts';
import type { CapaianSideBySideRow, KecamatanIkmRow, CompositionRow, IkmRankingRow, KecamatanSerapanRow } from '$lib/query/sql';
import { barisUji } from './test-rows';
import { render, type Rendered } from './render';

let g: Rendered | undefined;
afterEach(() => g?.tutup());

describe('batang mulai dari 0', () => {
	it('peringkat IKM: 60 di samping 82 digambar 60/82 panjangnya', () => {
		const rows = barisUji<IkmRankingRow>([
			{ kecamatan: 'A', tahun: 2023, realisasi: 82, realisasi_lalu: null, target: 80, unggahan: false },
			{ kecamatan: 'B', tahun: 2023, realisasi: 60, realisasi_lalu: null, target: 80, unggahan: false }
		]);
		g = render(ikmRankingOption(rows, 2023));
		expect(g.rentang('xAxis')[0]).toBe(0);
		// the axis draws from the bottom: B is item 0, A item 1
		const b = g.batang(0, 0).width;
		const a = g.batang(0, 1).width;
		expect(b).toBeGreaterThan(0);
		expect(b / a).toBeCloseTo(60 / 82, 2);
	});

	it('IKM satu kecamatan per tahun: sumbu mulai 0', () => {
		const rows = barisUji<KecamatanIkmRow>([
			{ tahun: 2022, realisasi: 80, target: 80, unggahan: false },
			{ tahun: 2023, realisasi: 66, target: 80, unggahan: false }
		]);
		g = render(kecamatanIkmOption(rows, 'A'));
		expect(g.rentang('yAxis')[0]).toBe(0);
		expect(g.batang(0, 1).height / g.batang(0, 0).height).toBeCloseTo(66 / 80, 2);
	});

	it('serapan, komposisi program dan capaian berdampingan: sumbu mulai 0', () => {
		const serapan = barisUji<KecamatanSerapanRow>([
			{ kecamatan: 'A', tahun: 2023, pagu: 100, realisasi: 97, serapan: 97, unggahan: false },
			{ kecamatan: 'B', tahun: 2023, pagu: 100, realisasi: 93, serapan: 93, unggahan: false }
		]);
		g = render(serapanOption(serapan, 2023));
		expect(g.rentang('xAxis')[0]).toBe(0);
		g.tutup();
		g = render(
			compositionOption(
				barisUji<CompositionRow>([
					{ kecamatan: 'A', tahun: 2023, program: 'P', pagu: 900, realisasi: 800, serapan: 88.9, unggahan: false },
					{ kecamatan: 'B', tahun: 2023, program: 'P', pagu: 1000, realisasi: 800, serapan: 80, unggahan: false }
				])
			)
		);
		expect(g.rentang('yAxis')[0]).toBe(0);
		g.tutup();
		g = render(
			capaianSideBySideOption(
				barisUji<CapaianSideBySideRow>([
					{ kecamatan: 'A', tahun: 2023, kunci: 'k', indikator: 'K', capaian: 95, unggahan: false },
					{ kecamatan: 'B', tahun: 2023, kunci: 'k', indikator: 'K', capaian: 99, unggahan: false }
				])
			)
		);
		expect(g.rentang('yAxis')[0]).toBe(0);
	});
});
