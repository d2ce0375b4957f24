/**
 * The kecamatan page's indicator table, server-rendered (the prerendered first view) from the
 * invented dataset: a report with its own printed scale gets "Predikat (skala laporan)" and a
 * note naming the scale's lines; a report without one gets "–" and a note saying why.
 * The page data is queried on both engines (tests/fixtures/engines.ts), with the same expected values.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Halaman from '../../../src/routes/kecamatan/[slug]/+page.svelte';
import type { Executor } from '../../../src/lib/query/executor';
import { loadKecamatan } from '../../../src/lib/query/page-data';
import { writeTestDataset } from '../../fixtures/dataset';
import { sampleDataset } from '../../fixtures/dataset-sample';
import { ENGINES, ENGINE_TIMEOUT } from '../../fixtures/engines';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dasbor-skala-'));
	await writeTestDataset(dir, sampleDataset());
}, 60_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function tabelIndikator(db: Executor, slug: string) {
	const { body } = render(Halaman, { props: { data: { awal: await loadKecamatan(db, slug), temuan: [] } } as never });
	const section = body.slice(body.indexOf('data-uji="indikator"'));
	const header = [...section.slice(section.indexOf('<thead'), section.indexOf('</thead>')).matchAll(/<button[^>]*>\s*([^<]+?)\s*</g)].map((m) => m[1]);
	const baris = [...section.slice(section.indexOf('<tbody'), section.indexOf('</tbody>')).matchAll(/<tr[\s\S]*?<\/tr>/g)].map((tr) =>
		[...tr[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
			c[1]
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		)
	);
	const note = /data-uji="skala-laporan"[^>]*>([\s\S]*?)<\/p>/
		.exec(section)?.[1]
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return { kepala: header, baris, catatan: note };
}

for (const mesin of ENGINES)
	describe(`Predikat (skala laporan) on the kecamatan page, ${mesin.nama}`, { timeout: ENGINE_TIMEOUT }, () => {
		let db: Executor;
		beforeAll(async () => {
			db = await mesin.open(dir);
		}, ENGINE_TIMEOUT);

		it("grades each capaian on the report's own scale, beside the normalised predikat, naming the scale lines", async () => {
			const { kepala: header, baris: rows, catatan: note } = await tabelIndikator(db, 'arjasa');
			const i = header.indexOf('Predikat (skala laporan)');
			expect(header[i - 1]).toBe('Predikat skala baku');
			// capaian 102,86% and 82,89/85 = 97,52%: both at or above 90 on the invented five-level scale
			expect(rows.map((r) => r[i])).toEqual(['AA (Sangat Memuaskan)', 'AA (Sangat Memuaskan)']);
			expect(note).toContain('arjasa-2023.txt baris 364–368');
			expect(note).toContain('D 0–60 Sangat Kurang');
		});

		it('shows "–" and says why when the report prints no scale', async () => {
			const { kepala: header, baris: rows, catatan: note } = await tabelIndikator(db, 'balung');
			const i = header.indexOf('Predikat (skala laporan)');
			expect(i).toBeGreaterThan(0);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.map((r) => r[i])).toEqual(rows.map(() => '–'));
			expect(rows.map((r) => r[i - 1]).every((x) => x !== '–')).toBe(true);
			expect(note).toContain('tidak mencetak skala predikat');
		});
	});
