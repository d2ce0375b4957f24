/**
 * Issue 9: the figures a reader takes away are the ones the reports support. The
 * built site in Chromium, with the five reports; expected figures are read off the
 * report texts (file and line in the comments), never taken from the dashboard's SQL.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { idNumber, tableRows, openTab, stopSite, startSite, closeTab, type Site, type Tab } from './site';
import type { Page } from 'playwright-core';

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

/** A table's rows as objects keyed by its column headings. */
async function tabelBerkepala(page: Page, container: string): Promise<Record<string, string>[]> {
	// a heading cell also holds the sort arrow and "(urutkan)" for screen readers
	const header = (await page.locator(`${container} table thead th`).allTextContents()).map((s) =>
		s
			.replace(/[▲▼↕]|\(urutkan\)|\?$/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
	return (await tableRows(page, container)).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]])));
}

const teks = async (page: Page, cell: string) => ((await page.locator(cell).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('pembanding bukan "kabupaten" (butir 1)', () => {
	test('halaman Arjasa: pembanding IKM 2023 adalah rata-rata 2 kecamatan lain, tanpa Arjasa', async () => {
		// IKM 2023: Patrang 80 (patrang-2023.txt line 441), Puger 81,9 (puger-2023.txt line 429); Arjasa 82,89 left out
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/arjasa`);
		expect(await teks(t.page, '[data-uji=pembanding-ikm]')).toBe(`rata-rata 2 kecamatan lain ${'80,95'}`);
		const rows = await tabelBerkepala(t.page, '[data-uji=ikm-tahunan]');
		const r2023 = rows.find((r) => r['Tahun'] === '2023')!;
		expect(idNumber(r2023['Rata-rata kecamatan lain'])).toBeCloseTo((80 + 81.9) / 2, 2);
		expect(r2023['Jumlah kecamatan lain']).toBe('2');
		expect(await t.page.locator('body').textContent()).not.toMatch(/rata-rata kabupaten/i);
	});

	test('Balung 2019: satu-satunya IKM tahun itu, jadi tanpa pembanding', async () => {
		// balung-2020.txt line 321 gives 2019's 66%; no other report states a 2019 IKM
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/balung`);
		const r2019 = (await tabelBerkepala(t.page, '[data-uji=ikm-tahunan]')).find((r) => r['Tahun'] === '2019')!;
		expect(r2019['Rata-rata kecamatan lain']).toBe('–');
		expect(r2019['Jumlah kecamatan lain']).toBe('0');
	});

	test('Beranda 2023: garis pembanding peringkat adalah IKM kabupaten yang dicetak laporan, dengan letaknya', async () => {
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/`);
		// 2023: Arjasa 82,89, Patrang 80, Puger 81,9; their mean stays a column, named as such
		const rows = await tabelBerkepala(t.page, '[data-uji=peringkat-ikm]');
		expect(rows).toHaveLength(3);
		for (const r of rows) expect(idNumber(r['Rata-rata kecamatan berlaporan'])).toBeCloseTo((82.89 + 80 + 81.9) / 3, 2);
		// arjasa-2023.txt line 476 "Namun IKM Kabupaten Jember tahun 2023 menunjukkan hasil sebesar 86,34";
		// patrang-2023.txt line 518 "Namun IKM kabupaten Jember tahun 2023 menunjukkan hasil sebesar 86,34"
		for (const r of rows) {
			expect(r['IKM kabupaten (tercetak di laporan)']).toBe('86,34');
			expect(r['IKM kabupaten tercetak di']).toBe('arjasa-2023.txt baris 476, patrang-2023.txt baris 518');
			expect(r['IKM kabupaten menurut laporan lain']).toBe('–');
		}
		const label = await t.page.locator('[data-uji=peringkat-ikm] .grafik').getAttribute('aria-label');
		expect(label).toContain('garis putus-putus adalah IKM Kabupaten Jember 86,34, tercetak di arjasa-2023.txt baris 476, patrang-2023.txt baris 518');
		expect(label).not.toContain('rata-rata 3 kecamatan berlaporan');
	});

	test('Beranda 2021: tidak ada laporan yang mencetak IKM kabupaten 2021, jadi pembandingnya rata-rata n kecamatan', async () => {
		// 2021 IKM: Pakusari 86,68 (pakusari-2021.txt lines 369, 379, 389), Arjasa 80,37 (arjasa-2023.txt line 416);
		// no report prints a kabupaten IKM for 2021 (grep "IKM Kabupaten" data/lkip: only the two 2023 sentences)
		const t = await tab();
		await t.page.goto(`${situs.url}/?tahun=2021`);
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2021');
		await expect
			.poll(async () => t.page.locator('[data-uji=peringkat-ikm] .grafik').getAttribute('aria-label'), { timeout: 60_000 })
			.toContain('rata-rata 2 kecamatan berlaporan');
		const rows = await tabelBerkepala(t.page, '[data-uji=peringkat-ikm]');
		for (const r of rows) {
			expect(idNumber(r['Rata-rata kecamatan berlaporan'])).toBeCloseTo((86.68 + 80.37) / 2, 2);
			expect(r['IKM kabupaten (tercetak di laporan)']).toBe('–');
		}
	});

	test('halaman Arjasa: IKM kabupaten 2023 disebut dengan letak cetaknya, di samping rata-rata kecamatan lain', async () => {
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/arjasa`);
		// arjasa-2023.txt line 476 and patrang-2023.txt line 518 both print 86,34
		expect(await teks(t.page, '[data-uji=ikm-kabupaten]')).toBe(
			'IKM Kabupaten Jember 86,34, tercetak di arjasa-2023.txt baris 476, patrang-2023.txt baris 518'
		);
		// Arjasa 82,89 (arjasa-2023.txt line 396), target 85
		expect(await teks(t.page, '[data-uji=kalimat-ikm]')).toBe(
			'IKM 82,89: mutu B (Baik), di bawah target 85,00, di bawah IKM Kabupaten Jember 86,34 (tercetak di laporan).'
		);
		const r2021 = (await tabelBerkepala(t.page, '[data-uji=ikm-tahunan]')).find((r) => r['Tahun'] === '2021')!;
		expect(r2021['IKM kabupaten (tercetak di laporan)']).toBe('–');
	});

	test('halaman Pakusari (2021): tanpa IKM kabupaten tercetak, kalimatnya memakai rata-rata kecamatan lain', async () => {
		// Pakusari 2021: 86,68 (Tabel 3.2-3.4, lines 369, 379, 389); the only other 2021 IKM: Arjasa 80,37 (arjasa-2023.txt line 416)
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/pakusari`);
		expect(await teks(t.page, '[data-uji=kalimat-ikm]')).toContain('di atas rata-rata 1 kecamatan lain (80,37)');
		expect(await t.page.locator('[data-uji=ikm-kabupaten]').count()).toBe(0);
	});
});

describe('perubahan atas kecamatan yang sama (butir 2)', () => {
	test('serapan 2023 dibanding 2022 hanya atas Arjasa dan Puger, yang punya kedua tahun', async () => {
		// 2023: Arjasa 3.064.347.153 / 3.585.414.963 (arjasa-2023.txt line 707), Puger 3.648.593.974 / 4.060.244.146 (puger-2023.txt line 793)
		// 2022: Arjasa 3.068.395.340 / 3.232.811.959 (arjasa-2023.txt line 711), Puger 3.709.209.303 / 3.810.244.147 (puger-2023.txt line 793)
		const current = ((3_064_347_153 + 3_648_593_974) * 100) / (3_585_414_963 + 4_060_244_146);
		const lalu = ((3_068_395_340 + 3_709_209_303) * 100) / (3_232_811_959 + 3_810_244_147);
		const harap = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(current - lalu));
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/`);
		expect(await teks(t.page, '[data-uji=kpi-serapan-perubahan]')).toBe(`Serapan turun ${harap} poin dibanding 2022 (2 kecamatan yang sama di kedua tahun)`);
		// IKM: all three 2023 kecamatan state 2022 (Arjasa 83,24 line 416, Patrang 82 line 464, Puger 82,5 line 484);
		// medians 81,9 (2023) and 82,5 (2022)
		expect(await teks(t.page, '[data-uji=kpi-ikm-perubahan]')).toBe('Median turun 0,60 poin dibanding 2022 (3 kecamatan yang sama di kedua tahun)');
	});
});

describe('IKM yang dicetak berbeda (butir 3)', () => {
	test('Pakusari 2021: 86,68 dipakai; 100 dari Tabel 3.1 disebut di tempatnya, dengan tautan ke temuannya', async () => {
		// pakusari-2021.txt: line 350 (Tabel 3.1) "B 100 %"; lines 369, 379, 389 (Tabel 3.2-3.4) "B 86,68"
		const t = await tab();
		await t.page.goto(`${situs.url}/kecamatan/pakusari`);
		const tile = await teks(t.page, '[data-uji=ikm-beda]');
		expect(tile).toContain('Laporannya juga mencetak B 100 % di tabel pengukuran kinerja baris 350');
		expect(tile).toContain('Yang dipakai 86,68');
		const r2021 = (await tabelBerkepala(t.page, '[data-uji=ikm-tahunan]')).find((r) => r['Tahun'] === '2021')!;
		expect(r2021['IKM']).toBe('86,68');
		expect(r2021['Nilai lain di laporan yang sama']).toBe('B 100 % di tabel pengukuran kinerja baris 350');
		await t.page.locator('[data-uji=ikm-beda] a', { hasText: 'lihat temuan' }).click();
		await t.page.waitForURL(/konsistensi/);
		// the linked finding is open: it names both values and their lines
		await expect.poll(() => teks(t.page, '[data-uji=temuan][aria-expanded=true]'), { timeout: 20_000 }).toContain('Pakusari 2021');
		const message = (await t.page.locator('body').textContent()) ?? '';
		expect(message).toMatch(/IKM 2021 tercetak B 100 % \(tabel pengukuran kinerja baris 350\), tetapi B 86,68/);
	});

	test('peringkat 2021 di Beranda memakai 86,68 untuk Pakusari dan menyebut nilai lainnya', async () => {
		// 2021 is not the prerendered default: DuckDB-WASM answers it
		const t2 = await tab();
		await t2.page.goto(`${situs.url}/?tahun=2021`);
		await expect.poll(() => teks(t2.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2021');
		const rows = await tabelBerkepala(t2.page, '[data-uji=peringkat-ikm]');
		const p = rows.find((r) => r['Kecamatan'] === 'Pakusari')!;
		expect(p['IKM']).toBe('86,68');
		expect(p['Nilai lain di laporan yang sama']).toBe('B 100 % di tabel pengukuran kinerja baris 350');
		expect(await teks(t2.page, '[data-uji=kpi-ikm-beda]')).toMatch(/^1 dari \d+ nilai dicetak berbeda/);
	});
});

describe('pembulatan sama di tabel dan unduhan (butir 11)', () => {
	test('CSV peringkat: rata-rata 81,60 ditulis 81.6, teks tercetak tanpa markup', async () => {
		// (82,89 + 80 + 81,9) / 3 = 81,5966…: the table shows 81,60
		const t = await tab();
		await t.page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
		const rows = await tabelBerkepala(t.page, '[data-uji=peringkat-ikm]');
		expect(rows[0]['Rata-rata kecamatan berlaporan']).toBe('81,60');
		expect(rows.find((r) => r['Kecamatan'] === 'Puger')?.['IKM']).toBe('81,90');
		const [unduhan] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('[data-uji=peringkat-ikm] button', { hasText: 'Unduh CSV' }).click()]);
		const csv = (await readFile((await unduhan.path())!, 'utf8')).replace(/^\uFEFF/, '');
		expect(csv).toContain(',81.6,');
		expect(csv).not.toMatch(/\d\.\d{3,}/);
		expect(csv).not.toMatch(/<\/?[a-z]+>|\*\*/);
	});
});

describe('kalimat untuk warga dan cakupan (butir 10)', () => {
	test('Patrang: IKM 80,00 dengan mutu, target dan pembandingnya dalam satu kalimat; istilah tertaut ke glosarium', async () => {
		// patrang-2023.txt line 441: target 80, realisasi 80; others 2023: Arjasa 82,89 (line 396), Puger 81,9 (line 429)
		const average = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format((82.89 + 81.9) / 2);
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/kecamatan/patrang`);
		// the kabupaten IKM 2023 is printed (patrang-2023.txt line 518: 86,34): the sentence compares with it, the tile keeps the mean of the others
		expect(await teks(t.page, '[data-uji=kalimat-ikm]')).toBe(
			'IKM 80,00: mutu B (Baik), target 80,00 tercapai, di bawah IKM Kabupaten Jember 86,34 (tercetak di laporan).'
		);
		expect(await teks(t.page, '[data-uji=pembanding-ikm]')).toBe(`rata-rata 2 kecamatan lain ${average}`);
		const href = (await t.page.locator('.ubin a', { hasText: 'IKM' }).first().getAttribute('href'))!;
		await t.page.goto(new URL(href, t.page.url()).href);
		const id = new URL(t.page.url()).hash.slice(1);
		expect(await teks(t.page, `[id="${id}"] dt`)).toMatch(/^IKM\b/);
	});

	test('Beranda menyebut berapa dari 31 kecamatan yang melaporkan tahun itu', async () => {
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/`);
		// 2023 reports: Arjasa, Patrang, Puger
		await expect.poll(() => teks(t.page, '#tahun-ket')).toBe('Menampilkan tahun 2023: 3 dari 31 kecamatan melaporkan tahun ini.');
		expect(await t.page.locator('[data-uji=peringkat-ikm] .grafik').getAttribute('aria-label')).toContain('3 dari 31 kecamatan');
	});
});

describe('tahun yang ada dapat dipilih (butir 8)', () => {
	test('2022, yang hanya dikutip laporan 2023, dapat dipilih dan menampilkan IKM-nya', async () => {
		// 2022 IKM in the 2023 reports: Arjasa 83,24 (arjasa-2023.txt line 416), Patrang 82 (patrang-2023.txt line 464), Puger 82,5 (puger-2023.txt line 484)
		const t = await tab();
		await t.page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
		expect(await t.page.locator('select[name=tahun] option[value="2022"]').textContent()).toBe('2022 (dikutip laporan lain)');
		await t.page.selectOption('select[name=tahun]', '2022');
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2022');
		const rows = await tabelBerkepala(t.page, '[data-uji=peringkat-ikm]');
		expect(rows.map((r) => [r['Kecamatan'], r['IKM']])).toEqual([
			['Arjasa', '83,24'],
			['Puger', '82,50'],
			['Patrang', '82,00']
		]);
		expect(await teks(t.page, '#tahun-ket')).toContain('belum ada LKIP tahun ini yang diolah');
	});
});

describe('tautan yang dibagikan dan tombol Kembali (butir 7)', () => {
	test('/?tahun=2021 dibuka baru: grafik pertama yang terlihat adalah 2021, tak pernah bawaan 2023', async () => {
		const t = await tab();
		// every frame, record the ranking heading if a reader could see it
		await t.page.addInitScript(() => {
			const w = window as unknown as { terlihat: string[] };
			w.terlihat = [];
			const record = () => {
				const h = document.querySelector('[data-uji=peringkat-ikm] h2') as HTMLElement | null;
				if (h && h.checkVisibility({ visibilityProperty: true })) w.terlihat.push(h.textContent ?? '');
				requestAnimationFrame(record);
			};
			requestAnimationFrame(record);
		});
		await t.page.goto(`${situs.url}/?tahun=2021`);
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2021');
		await t.page.locator('[data-uji=peringkat-ikm] h2').waitFor({ state: 'visible' });
		const visible = await t.page.evaluate(() => (window as unknown as { terlihat: string[] }).terlihat);
		expect(visible.length).toBeGreaterThan(0);
		expect(visible.filter((x) => !x.includes('2021'))).toEqual([]);
		expect(await t.page.locator('select[name=tahun]').inputValue()).toBe('2021');
	});

	test('Kembali membatalkan perubahan penyaring', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/`, { waitUntil: 'networkidle' });
		await t.page.selectOption('select[name=tahun]', '2021');
		await t.page.waitForURL('**/?tahun=2021');
		await t.page.selectOption('select[name=tahun]', '2020');
		await t.page.waitForURL('**/?tahun=2020');
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2020');
		await t.page.goBack();
		await t.page.waitForURL('**/?tahun=2021');
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2021');
		expect(await t.page.locator('select[name=tahun]').inputValue()).toBe('2021');
		await t.page.goBack();
		await expect.poll(() => teks(t.page, '[data-uji=peringkat-ikm] h2'), { timeout: 60_000 }).toContain('2023');
		expect(new URL(t.page.url()).search).toBe('');
	});

	test('Perbandingan: Kembali mengembalikan kecamatan yang dicentang', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan`, { waitUntil: 'networkidle' });
		const start = new Set((await tableRows(t.page, '[data-uji=tren-ikm]')).map((r) => r[0]));
		expect(start).toContain('Arjasa');
		await t.page.locator('input[name=kecamatan][value="arjasa"]').uncheck();
		await t.page.waitForURL(/kecamatan=/);
		await expect.poll(async () => (await tableRows(t.page, '[data-uji=tren-ikm]')).some((r) => r[0] === 'Arjasa'), { timeout: 60_000 }).toBe(false);
		await t.page.goBack();
		await expect.poll(async () => (await tableRows(t.page, '[data-uji=tren-ikm]')).some((r) => r[0] === 'Arjasa'), { timeout: 60_000 }).toBe(true);
		expect(await t.page.locator('input[name=kecamatan][value="arjasa"]').isChecked()).toBe(true);
	});
});

describe('aturan tertulis di Data & metode', () => {
	test('kamus data menyebut aturan IKM yang dipakai dan arti angka pembanding', async () => {
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/data-metode`);
		const aturan = await teks(t.page, '[data-uji=aturan]');
		expect(aturan).toContain('nilai yang paling sering tercetak');
		expect(aturan).toContain('kecamatan itu sendiri tidak ikut dihitung');
	});

	test('kamus data menyebut aturan IKM kabupaten, cakupan anggaran dan pemetaan program, dari modul yang menerapkannya', async () => {
		const { DASHBOARD_RULES } = await import('../../src/lib/domain/comparison-rules');
		const t = await tab({ blokirWasm: true });
		await t.page.goto(`${situs.url}/data-metode`);
		const title = (await t.page.locator('[data-uji=aturan] dt').allTextContents()).map((x) => x.trim());
		const content = (await t.page.locator('[data-uji=aturan] dd').allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim());
		expect(title).toEqual(DASHBOARD_RULES.map((a) => a.judul));
		expect(content).toEqual(DASHBOARD_RULES.map((a) => a.isi));
		expect(title).toEqual(expect.arrayContaining(['IKM kabupaten', 'Cakupan anggaran yang dibandingkan', 'Program anggaran yang disejajarkan']));
		const all = content.join(' ');
		expect(all).toContain('nilai yang dicetak oleh paling banyak laporan');
		expect(all).toContain('data/program.csv');
		expect(all).toContain('rata-rata n kecamatan berlaporan');
	});
});

describe('program disejajarkan menurut kode (butir 6)', () => {
	test('Perbandingan Arjasa dan Puger 2023: Program Penunjang dengan dua nama tercetak menjadi satu program 7.01.01', async () => {
		const t = await tab();
		await t.page.goto(`${situs.url}/perbandingan?kecamatan=arjasa,puger&tahun=2023`);
		await expect.poll(async () => new Set((await tabelBerkepala(t.page, '[data-uji=komposisi]')).map((r) => r['Kecamatan'])).size, { timeout: 60_000 }).toBe(2);
		const rows = await tabelBerkepala(t.page, '[data-uji=komposisi]');
		const penunjang = rows
			.filter((r) => r['Kode program'] === '7.01.01')
			.map((r) => [r['Kecamatan'], r['Program (nama baku)'], r['Nama tercetak di laporan'], r['Pagu (Rp)']]);
		expect(penunjang).toEqual([
			// arjasa-2023.txt line 681: "I <i>Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota</i> 2.737.456.263"
			[
				'Arjasa',
				'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
				'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
				expect.stringContaining('2.737.456.263')
			],
			// puger-2023.txt line 760: "1 Penunjang Urusan pemerintahan Kabupaten/Kota Daerah 2.409.251.246"
			[
				'Puger',
				'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
				'Penunjang Urusan pemerintahan Kabupaten/Kota Daerah',
				expect.stringContaining('2.409.251.246')
			]
		]);
		// Arjasa's Tabel 3.8 has four programs ("4 (empat) program", arjasa-2023.txt line 673); its BELANJA MODAL
		// row "I Administrasi Umum Perangkat Daerah" (line 704) is a kegiatan, not a fifth program
		const arjasa = rows.filter((r) => r['Kecamatan'] === 'Arjasa');
		expect(arjasa.map((r) => r['Kode program'])).toEqual(['7.01.01', '7.01.02', '7.01.03', '7.01.04']);
		expect(arjasa.some((r) => r['Nama tercetak di laporan'] === 'Administrasi Umum Perangkat Daerah')).toBe(false);
		// the same four codes for Puger (lines 760, 775, 780, 784): one series per code in the chart
		expect(rows.filter((r) => r['Kecamatan'] === 'Puger').map((r) => r['Kode program'])).toEqual(['7.01.01', '7.01.02', '7.01.03', '7.01.04']);
		expect(new Set(rows.map((r) => r['Program (nama baku)'])).size).toBe(4);
	});
});

describe('tahun yang hanya ada sebagai unggahan (butir 9)', () => {
	test('Kalisat 2024 dari CSV IKM saja: halaman kecamatan tidak menyalahkan laporan atas tabel yang tak pernah ada', async () => {
		const t = await tab();
		t.page.setDefaultTimeout(90_000);
		await t.page.goto(`${situs.url}/unggah`);
		await t.page.locator('[data-uji="input-berkas"]:not([disabled])').setInputFiles({
			name: 'ikm-kalisat.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('kecamatan;tahun;target;realisasi;mutu\nKalisat;2024;85;84,2;B\n')
		});
		const result = t.page.locator('[data-uji="hasil-unggah"]', { hasText: 'ikm-kalisat.csv' });
		await result.locator('[data-uji="tambahkan"]').click();
		await t.page.locator('[data-uji="daftar-unggahan"]', { hasText: 'ikm-kalisat.csv' }).waitFor();
		await t.page.goto(`${situs.url}/kecamatan/kalisat`);
		await t.page.waitForFunction(() => document.body.innerText.includes('Belum ada tabel pengukuran kinerja tahun 2024'), null, { timeout: 90_000 });
		const content = ((await t.page.locator('body').innerText()) ?? '').replace(/\s+/g, ' ');
		expect(content).toContain(
			'Belum ada tabel pengukuran kinerja tahun 2024: tahun ini hanya ada data unggahan tahun 2024 (ikm-kalisat.csv), yang tidak memuatnya.'
		);
		expect(content).toContain('Belum ada realisasi anggaran tahun 2024: tahun ini hanya ada data unggahan tahun 2024 (ikm-kalisat.csv), yang tidak memuatnya.');
		expect(content).not.toContain('tidak dapat dibaca dari laporan');
		expect(content).toMatch(/84,20/);
	});
});
