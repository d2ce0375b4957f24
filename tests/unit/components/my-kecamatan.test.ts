/**
 * Kecamatan saya's figures (components/my-kecamatan/SummaryFigures.svelte), server-rendered
 * from invented summary rows: the IKM grade is the one the data build stored with the
 * value (`mutu_permenpan`), named by the PermenPAN-RB scale, not graded again by the page.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SummaryFigures from '../../../src/lib/components/my-kecamatan/SummaryFigures.svelte';
import type { KecamatanSummary } from '../../../src/lib/query/page-data';

function ringkasan(mutu_permenpan: string | null): KecamatanSummary {
	const ikm = {
		tahun: 2023,
		realisasi: 82.89,
		rata_lain: 80.5,
		jumlah_lain: 4,
		mutu_permenpan,
		file: 'uji-2023.txt',
		line: 396,
		raw: 'IKM 85 82,89',
		sumber: 'terbit'
	};
	return { laporan: [], ikm: [ikm], capaian: [], anggaran: [] } as unknown as KecamatanSummary;
}

const teks = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('Kecamatan saya: the IKM grade', () => {
	it('names the stored grade: B is "Baik" (76,61 up to 88,30)', () => {
		const html = teks(render(SummaryFigures, { props: { r: ringkasan('B') } }).body);
		expect(html).toContain('Warga menilai pelayanannya baik (IKM 82,89, 2023).');
		expect(html).toContain('Mutunya B (Baik) menurut PermenPAN-RB 14/2017');
	});

	it('shows the stored grade even where the value alone would give another: the page does not grade', () => {
		// invented: a row stored as A beside 82,89 (which the scale alone grades B)
		expect(teks(render(SummaryFigures, { props: { r: ringkasan('A') } }).body)).toContain('Mutunya A (Sangat Baik)');
		expect(teks(render(SummaryFigures, { props: { r: ringkasan(null) } }).body)).toContain('Mutunya – menurut');
	});
});
