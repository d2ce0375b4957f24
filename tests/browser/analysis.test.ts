/**
 * Issue 12 (items 2, 3, 4, 6) on the built site in Chromium: the efficiency quadrant puts
 * the reports' kecamatan where their printed figures put them, a per-capita figure is the
 * printed pagu over the printed population, the change against the previous year is a
 * column the table sorts by, and the changed pages have no serious axe-core violation.
 * Expected figures are read off the report texts (file and line in the comments).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { idNumber as angkaTeks, tableRows, openTab, stopSite, startSite, closeTab, type Site, type Tab } from './site';

/** "99,38%" → 99.38 */
const angkaId = (t: string) => angkaTeks(t.replace('%', ''));

let situs: Site;
const tabs: Tab[] = [];
beforeAll(async () => {
	situs = await startSite();
});
afterAll(async () => {
	await stopSite(situs);
});
afterEach(async () => {
	const rest = tabs.splice(0);
	for (const t of rest) await closeTab(t);
	for (const t of rest) {
		expect(t.galat, 'galat konsol').toEqual([]);
		expect(t.luar, 'permintaan ke luar situs').toEqual([]);
	}
});
async function tab(options?: Parameters<typeof openTab>[1]) {
	const t = await openTab(situs, options);
	tabs.push(t);
	return t;
}

/** Column headings of a table without the sort arrow and the screen-reader words. */
async function kepala(page: Page, container: string): Promise<string[]> {
	return (await page.locator(`${container} table thead th`).allTextContents()).map((s) =>
		s
			.replace(/[▲▼↕]|\(urutkan\)|\(urut[^)]*\)|\?$/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

async function tabelBerkepala(page: Page, container: string): Promise<Record<string, string>[]> {
	const k = await kepala(page, container);
	return (await tableRows(page, container)).map((r) => Object.fromEntries(k.map((h, i) => [h, r[i]])));
}

/**
 * Where on the chart each point's tooltip first appears, scanning the plot from the top
 * left: the screen position of every kecamatan-year the chart draws. The tooltip's text
 * only changes when the pointer is over a point, so the first position showing a name is on it.
 */
async function letakTitik(page: Page, container: string, name: string[]): Promise<Record<string, { x: number; y: number }>> {
	const grafik = page.locator(`${container} .grafik`);
	await grafik.scrollIntoViewIfNeeded();
	await expect.poll(() => grafik.locator('canvas').count()).toBeGreaterThan(0);
	// the pointer moves inside the page (one round trip per position would take minutes); ECharts answers each move at once
	return grafik.evaluate((g, name) => {
		const kotak = g.getBoundingClientRect();
		const result: Record<string, { x: number; y: number }> = {};
		let teksLalu = '';
		for (let y = kotak.top + 30; y < kotak.bottom - 20 && Object.keys(result).length < name.length; y += 3) {
			for (let x = kotak.left + 40; x < kotak.right - 10; x += 3) {
				const el = document.elementFromPoint(x, y);
				if (!el) continue;
				el.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
				const t = [...g.querySelectorAll('div')].map((d) => d.textContent ?? '').join(' ');
				if (t === teksLalu) continue;
				teksLalu = t;
				for (const n of name) if (!result[n] && t.includes(n)) result[n] = { x, y };
			}
		}
		return result;
	}, name);
}

describe('kuadran efisiensi (butir 2)', () => {
	test('titik lima laporan di tempat angka tercetaknya; tabelnya menyebut kuadran dan median', async () => {
		// the first view is prerendered: the table twin with its figures is in the HTML, before any script
		const html = await (await fetch(`${situs.url}/perbandingan`)).text();
		const table = html.slice(html.indexOf('data-uji="kuadran"'), html.indexOf('data-uji="tanpa-titik"'));
		expect(table).toContain('85,47%');
		expect(table).toContain('capaian rendah, serapan rendah: tertinggal');
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`);
		const rows = await tabelBerkepala(t.page, '[data-uji=kuadran]');
		const per = Object.fromEntries(rows.map((r) => [`${r['Kecamatan']} ${r['Tahun']}`, r]));
		// serapan printed: Arjasa 85,47% (arjasa-2023.txt 88), Patrang 82,82% (patrang-2023.txt 79), Puger 89,86% (puger-2023.txt 80)
		expect(per['Arjasa 2023']['Serapan']).toBe('85,47%');
		expect(per['Patrang 2023']['Serapan']).toBe('82,82%');
		expect(per['Puger 2023']['Serapan']).toBe('89,86%');
		// mean capaian of the measurement tables: Arjasa (100+97,5+100+100)/4 (395–398), Patrang (5×100+76,25)/6 (439–445),
		// Puger (100+91+100+100)/4 (428–431); Balung (66+79)/2 (balung-2020.txt 304–305)
		expect(angkaId(per['Arjasa 2023']['Capaian rata-rata'])).toBeCloseTo(397.5 / 4, 2);
		expect(angkaId(per['Patrang 2023']['Capaian rata-rata'])).toBeCloseTo(576.25 / 6, 2);
		expect(angkaId(per['Puger 2023']['Capaian rata-rata'])).toBeCloseTo(391 / 4, 2);
		expect(angkaId(per['Balung 2020']['Capaian rata-rata'])).toBeCloseTo(72.5, 2);
		// the 2023 medians: Puger's capaian and Arjasa's serapan
		expect(per['Arjasa 2023']['Median capaian kabupaten']).toBe('97,75%');
		expect(per['Arjasa 2023']['Median serapan kabupaten']).toBe('85,47%');
		expect(per['Patrang 2023']['Kuadran']).toBe('capaian rendah, serapan rendah: tertinggal');
		expect(per['Puger 2023']['Kuadran']).toBe('capaian tinggi, serapan tinggi: sesuai rencana');
		expect(per['Balung 2020']['Kuadran']).toBe('satu-satunya kecamatan tahun itu: belum ada pembanding');
		// Pakusari prints its capaian as words only ("Baik", pakusari-2021.txt 350–352): said to be missing
		expect(Object.keys(per).some((k) => k.startsWith('Pakusari'))).toBe(false);
		await expect.poll(() => t.page.locator('[data-uji=tanpa-titik]').textContent()).toContain('Pakusari');

		const letak = await letakTitik(t.page, '[data-uji=kuadran]', ['Arjasa 2023', 'Patrang 2023', 'Puger 2023', 'Balung 2020']);
		expect(Object.keys(letak).sort()).toEqual(['Arjasa 2023', 'Balung 2020', 'Patrang 2023', 'Puger 2023']);
		// across: serapan Patrang 82,82 < Arjasa 85,47 < Puger 89,86; Balung 2020 84,34 (337.369.343 / 400.000.000, balung-2020.txt 454)
		expect(letak['Patrang 2023'].x).toBeLessThan(letak['Balung 2020'].x);
		expect(letak['Balung 2020'].x).toBeLessThan(letak['Arjasa 2023'].x);
		expect(letak['Arjasa 2023'].x).toBeLessThan(letak['Puger 2023'].x);
		// up (smaller y on screen): capaian Arjasa 99,38 > Puger 97,75 > Patrang 96,04 > Balung 72,5
		expect(letak['Arjasa 2023'].y).toBeLessThan(letak['Puger 2023'].y);
		expect(letak['Puger 2023'].y).toBeLessThan(letak['Patrang 2023'].y);
		expect(letak['Patrang 2023'].y).toBeLessThan(letak['Balung 2020'].y);
	}, 180_000);
});

describe('angka per penduduk (butir 3)', () => {
	// arjasa-2023.txt 658: "didukung anggaran sebesar Rp. 3.585.414.963,-" (the total row of 707 too); 240: "sebanyak 48.535 Jiwa"
	const paguPerPenduduk = `Rp ${Math.round(3585414963 / 48535).toLocaleString('id-ID')}`;

	test('halaman Arjasa: pagu per penduduk = pagu tercetak ÷ penduduk tercetak', async () => {
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/arjasa`);
		const r = (await tabelBerkepala(t.page, '[data-uji=per-penduduk]')).find((x) => x['Tahun'] === '2023')!;
		expect(r['Pagu (Rp)']).toBe('Rp 3.585.414.963');
		expect(r['Penduduk (jiwa)']).toBe('48.535');
		expect(r['Pagu per penduduk']).toBe(paguPerPenduduk);
		// 23 orang (656) per 1.000 of 48.535
		expect(angkaId(r['Pegawai per 1.000 penduduk'])).toBeCloseTo((23 * 1000) / 48535, 2);
		// 6 desa (242)
		expect(r['Pagu per desa/kelurahan']).toBe(`Rp ${Math.round(3585414963 / 6).toLocaleString('id-ID')}`);
	});

	test('Perbandingan: pilihan ukuran "per penduduk" menggambar dan mentabelkan angka yang sama', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`);
		const rows = await tabelBerkepala(t.page, '[data-uji=per-penduduk]');
		expect(rows.find((x) => x['Kecamatan'] === 'Arjasa' && x['Tahun'] === '2023')!['Pagu per penduduk']).toBe(paguPerPenduduk);
		await t.page.selectOption('[data-uji=per-penduduk] select[name=ukuran]', 'pegawai_per_1000');
		await expect.poll(() => kepala(t.page, '[data-uji=per-penduduk]')).toContain('Pegawai per 1.000 penduduk');
		// patrang-2023.txt 174: 131 orang; 253: 102.388 jiwa
		const p = (await tabelBerkepala(t.page, '[data-uji=per-penduduk]')).find((x) => x['Kecamatan'] === 'Patrang')!;
		expect(angkaId(p['Pegawai per 1.000 penduduk'])).toBeCloseTo((131 * 1000) / 102388, 2);
	});
});

describe('perubahan dari tahun sebelumnya (butir 6)', () => {
	test('kolom perubahan IKM berisi selisih tercetak dan tabel dapat diurutkan menurutnya', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`);
		const container = '[data-uji=tren-ikm]';
		const title = 'Perubahan dari tahun sebelumnya (poin IKM)';
		const rows = await tabelBerkepala(t.page, container);
		// arjasa-2023.txt 416: 2022 83,24, 2023 82,89 → -0,35; puger-2023.txt 484: 82,5 → 81,9 → -0,6
		expect(angkaId(rows.find((r) => r['Kecamatan'] === 'Arjasa' && r['Tahun'] === '2023')![title])).toBeCloseTo(-0.35, 2);
		expect(angkaId(rows.find((r) => r['Kecamatan'] === 'Puger' && r['Tahun'] === '2023')![title])).toBeCloseTo(-0.6, 2);
		// the mean of 2022 is over other kecamatan than 2021's: said in the table
		const rata2022 = rows.find((r) => r['Kecamatan'].startsWith('Rata-rata') && r['Tahun'] === '2022')!;
		expect(rata2022['Catatan perubahan']).toMatch(/kecamatan yang ada di kedua tahun/);

		await t.page.locator(`${container} details.data > summary`).click();
		const column = async () => {
			const k = await kepala(t.page, container);
			const i = k.indexOf(title);
			return (await tableRows(t.page, container)).map((r) => r[i]);
		};
		const button = t.page.locator(`${container} thead th button`, { hasText: 'Perubahan dari tahun sebelumnya' });
		await button.click();
		const naik = await column();
		const content = (xs: string[]) => xs.filter((x) => x !== '–' && x !== '').map(angkaId);
		expect(content(naik).length).toBeGreaterThan(3);
		expect(content(naik)).toEqual([...content(naik)].sort((a, b) => a - b));
		// empty values stay last
		expect(naik.slice(content(naik).length).every((x) => x === '–' || x === '')).toBe(true);
		await button.click();
		const turun = await column();
		expect(content(turun)).toEqual([...content(naik)].sort((a, b) => b - a));
	});
});

describe('nilai IKM per unsur (butir 4)', () => {
	test('halaman Pakusari: 14 unsur tercetak, di HTML prarender dan di layar, dengan sumbernya', async () => {
		const html = await (await fetch(`${situs.url}/kecamatan/pakusari`)).text();
		const section = html.slice(html.indexOf('data-uji="ikm-unsur"'));
		// pakusari-2021.txt 425: "12	Kenyamanan	52,5	Kurang Baik"
		expect(section).toContain('Kenyamanan');
		expect(section).toContain('52,5');
		const t = await tab();
		await t.page.goto(`${situs.url}/kecamatan/pakusari`);
		const rows = await tabelBerkepala(t.page, '[data-uji=ikm-unsur]');
		expect(rows).toHaveLength(14);
		// 414 "1	Persyaratan	70	Baik", 422 "9	Penanganan pengaduan dan saran	47,5	baik", 427 "14	Keamanan	92,5	Sangat Baik"
		expect([rows[0], rows[8], rows[13]].map((r) => [r['Unsur pelayanan'], r['Nilai'], r['Predikat tercetak']])).toEqual([
			['Persyaratan', '70', 'Baik'],
			['Penanganan pengaduan dan saran', '47,5', 'baik'],
			['Keamanan', '92,5', 'Sangat Baik']
		]);
		expect(rows[11]['Sumber']).toContain('pakusari-2021.txt');
		expect(rows[11]['Sumber']).toContain('425');
		// a kecamatan whose report prints no unsur says so
		await t.page.goto(`${situs.url}/kecamatan/arjasa`);
		expect(await t.page.locator('[data-uji=ikm-unsur]').innerText()).toContain('tidak mencetak nilai per unsur');
	}, 60_000);
});

describe('aksesibilitas (axe-core)', () => {
	const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	for (const page of ['/perbandingan', '/kecamatan/arjasa', '/kecamatan/pakusari', '/']) {
		test(`${page}: tanpa pelanggaran serius`, async () => {
			const t = await tab();
			await t.page.goto(`${situs.url}${page}`);
			await t.page.evaluate(axe);
			const pelanggaran = await t.page.evaluate(async () => {
				const w = window as unknown as {
					axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
				};
				const r = await w.axe.run(document, { resultTypes: ['violations'] });
				return r.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map(
						(v) =>
							`${v.id}: ${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 5)
								.join(', ')}`
					);
			});
			expect(pelanggaran).toEqual([]);
		}, 60_000);
	}
});
