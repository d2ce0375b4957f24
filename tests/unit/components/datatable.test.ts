import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DataTable from '$lib/components/DataTable.svelte';
import Figure from '$lib/components/Figure.svelte';
import type { TableColumn } from '$lib/table-view';

const kolom: TableColumn[] = [
	{ kunci: 'kecamatan', label: 'Kecamatan' },
	{ kunci: 'pagu', label: 'Pagu', format: 'rupiah' },
	{ kunci: 'serapan', label: 'Serapan', format: 'persen' }
];
const jahat = '<img src=x onerror=alert(1)>';

describe('DataTable (server render: the prerendered first view)', () => {
	const { body } = render(DataTable, {
		props: {
			kolom,
			baris: [
				{ kecamatan: jahat, pagu: 3_316_970_181, serapan: 94.7705, file: 'laporan-a.txt', line: 432, raw: 'Jumlah\t3.316.970.181' },
				{ kecamatan: 'Ajung', pagu: null, serapan: null }
			],
			namaFile: 'uji',
			judul: 'Serapan'
		}
	});

	it('prints names from the data as text', () => {
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});
	it('formats numbers in id-ID, right-aligned, and missing values as a dash', () => {
		expect(body).toMatch(/<td class="[^"]*\bangka\b[^"]*">Rp 3\.316\.970\.181<\/td>/);
		expect(body).toMatch(/<td class="[^"]*\bangka\b[^"]*">94,77%<\/td>/);
		expect(body).toMatch(/<td class="[^"]*\bangka\b[^"]*">–<\/td>/);
	});
	it('shows the source of a figure with its printed text', () => {
		expect(body).toMatch(/<th scope="col"[^>]*>Sumber<\/th>/);
		expect(body).toContain('laporan-a.txt baris 432');
		expect(body).toContain('Jumlah\t3.316.970.181');
	});
	it('has download buttons and a focusable scroll region', () => {
		expect(body).toContain('Unduh CSV');
		expect(body).toContain('Unduh XLSX');
		expect(body).toMatch(/role="region"[^>]*tabindex="0"|tabindex="0"[^>]*role="region"/);
	});
	it('limits drawn rows but says how many there are', () => {
		const baris = Array.from({ length: 250 }, (_, i) => ({ kecamatan: `K${i}`, pagu: i, serapan: i }));
		const r = render(DataTable, { props: { kolom, baris, namaFile: 'besar', batasBaris: 100 } }).body;
		expect(r.match(/<tr/g)?.length).toBe(101); // header + 100
		expect(r).toContain('Menampilkan 100 dari 250 baris.');
	});
	it('says what is missing when there are no rows', () => {
		const r = render(DataTable, { props: { kolom, baris: [], namaFile: 'x', kosong: 'Belum ada laporan.' } }).body;
		expect(r).toContain('Belum ada laporan.');
		expect(r).not.toContain('Unduh CSV');
	});
});

describe('Figur (server render)', () => {
	const props = {
		judul: 'Serapan anggaran',
		deskripsi: 'Serapan per kecamatan.',
		option: {},
		kolom,
		namaFile: 'serapan',
		kosong: 'Belum ada laporan tahun ini.'
	};
	it('renders the title, description, buttons and the data table in the HTML', () => {
		const { body } = render(Figure, { props: { ...props, baris: [{ kecamatan: jahat, pagu: 1, serapan: 2 }] } });
		expect(body).toContain('Serapan anggaran');
		expect(body).toContain('aria-label="Serapan per kecamatan."');
		for (const t of ['Unduh CSV', 'Unduh XLSX', 'Unduh PNG']) expect(body).toContain(t);
		expect(body).toContain('<table');
		expect(body).not.toContain('<img');
		// the Kecamatan column is not numeric: left-aligned
		expect(body).not.toMatch(/<th scope="row" class="[^"]*\bangka\b/);
	});
	it('opens the table in the prerendered HTML when asked', () => {
		const { body } = render(Figure, { props: { ...props, baris: [{ kecamatan: 'A' }], tabelTerbuka: true } });
		expect(body).toMatch(/<details class="data[^"]*" open/);
	});
	it('shows the empty-state message instead of a chart', () => {
		const { body } = render(Figure, { props: { ...props, baris: [] } });
		expect(body).toContain('Belum ada laporan tahun ini.');
		expect(body).not.toContain('Unduh PNG');
		expect(body).not.toContain('role="img"');
	});
});

describe('DataTable: a column that links (the map table twin, kecamatan pages)', () => {
	it('links the cell to the path in the row, escaped, and leaves a row without a path as text', () => {
		const { body } = render(DataTable, {
			props: {
				kolom: [
					{ kunci: 'kecamatan', label: 'Kecamatan', tautan: 'tautan' },
					{ kunci: 'kode', label: 'Kode' }
				],
				baris: [
					{ kecamatan: jahat, kode: '99.01.01', tautan: '/kecamatan/suka"maju' },
					{ kecamatan: 'Tanjung', kode: '99.01.02' }
				],
				namaFile: 'uji'
			}
		});
		expect(body).toMatch(/<th scope="row"[^>]*><a href="\/kecamatan\/suka&quot;maju">&lt;img src=x onerror=alert\(1\)><\/a><\/th>/);
		expect(body).toMatch(/<th scope="row"[^>]*>Tanjung<\/th>/);
		expect(body).not.toContain('<img');
	});
});

describe("Figure's table past FIGURE_TABLE_ROWS (a list past one kabupaten)", () => {
	const baris = Array.from({ length: 60 }, (_, i) => ({ kecamatan: `Kecamatan ${i + 1}`, pagu: 1_000_000 + i, serapan: 90 }));
	const { body } = render(Figure, {
		props: { judul: 'Serapan', deskripsi: 'Serapan anggaran.', option: {}, kolom, baris, namaFile: 'uji', tabelTerbuka: true }
	});

	it('draws the first 50 rows, says how many of the 60 it shows, and offers the rest', () => {
		const rows = [...body.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
		expect(rows).toHaveLength(50);
		expect(rows[0]).toBe('Kecamatan 1');
		expect(rows.at(-1)).toBe('Kecamatan 50');
		expect(body).toContain('Menampilkan 50 dari 60 baris.');
		expect(body).toContain('Tampilkan semua');
	});
});
