/**
 * `npm run bench -- prerender`: the whole site built and prerendered as `npm run build`
 * does (every page the crawl reaches, no benchmark caps), against the synthetic
 * datasets of bench/browser.ts, to see that the build stays within CI's limits as the
 * number of kecamatan grows (issue 10 item 4). Reports the seconds of vite build with
 * prerender and of compression, the pages written, and the HTML size of the pages that
 * list kecamatan. BENCH_SKALA picks the scales (default jember,jatim: indonesia takes long).
 *
 * One line per scale for other tools:
 *   prerender <skala> kecamatan=<n> build_s=<x> padat_s=<x> halaman=<n> beranda_byte=<n> beranda_br=<n> perbandingan_byte=<n> perbandingan_br=<n> kecamatan_saya_byte=<n>
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, SKALA } from './browser';
import { buildSite } from './site';

export const nama = 'prerender';

const ukuran = (f: string) => (existsSync(f) ? statSync(f).size : null);

export async function jalankan(): Promise<Record<string, unknown>> {
	const selected = (process.env.BENCH_SKALA ?? 'jember,jatim').split(',').map((s) => s.trim());
	const result: Record<string, unknown>[] = [];
	const lines: string[] = [];
	for (const s of SKALA.filter((x) => selected.includes(x.nama))) {
		console.log(`\n[${s.label}] data sintetis…`);
		const data = await dataset(s);
		console.log(`[${s.label}] membangun dan mem-prerender seluruh situs…`);
		const site = await buildSite({ nama: `${s.nama}-penuh`, dataDir: data.dir });
		const html = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		const h = {
			skala: s.nama,
			kecamatan: s.kecamatan,
			detikBuild: site.detikBuild,
			detikPadat: site.detikPadat,
			halaman: html.length,
			halamanKecamatan: html.filter((f) => f.startsWith('kecamatan/')).length,
			beranda: ukuran(join(site.dir, 'index.html')),
			berandaBr: ukuran(join(site.dir, 'index.html.br')),
			perbandingan: ukuran(join(site.dir, 'perbandingan.html')),
			perbandinganBr: ukuran(join(site.dir, 'perbandingan.html.br')),
			kecamatanSaya: ukuran(join(site.dir, 'kecamatan-saya.html'))
		};
		result.push(h);
		const l = [
			`prerender ${s.nama}`,
			`kecamatan=${s.kecamatan}`,
			`build_s=${h.detikBuild.toFixed(0)}`,
			`padat_s=${h.detikPadat.toFixed(0)}`,
			`halaman=${h.halaman}`,
			`halaman_kecamatan=${h.halamanKecamatan}`,
			`beranda_byte=${h.beranda ?? 'NA'}`,
			`beranda_br=${h.berandaBr ?? 'NA'}`,
			`perbandingan_byte=${h.perbandingan ?? 'NA'}`,
			`perbandingan_br=${h.perbandinganBr ?? 'NA'}`,
			`kecamatan_saya_byte=${h.kecamatanSaya ?? 'NA'}`
		].join(' ');
		console.log(l);
		lines.push(l);
	}
	console.log(`\n${lines.join('\n')}`);
	return { skala: result };
}
