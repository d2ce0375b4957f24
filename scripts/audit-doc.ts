/**
 * `npx tsx scripts/audit-doc.ts`: writes docs/audit-aturan.md from the audit registry
 * (src/lib/audit/rules.ts), so the documented tolerances are the ones in the code.
 * tests/unit/audit/document-structure.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ATURAN, WEIGHTS } from '../src/lib/audit/rules';

export function aturanDocument(): string {
	const lines = [
		'# Aturan audit konsistensi data',
		'',
		'Dibuat otomatis dari `src/lib/audit/rules.ts` oleh `npx tsx scripts/audit-doc.ts`; jangan disunting langsung.',
		'',
		'Setiap temuan menyebut aturan, tingkat keparahan, angka tercetak (`nilai`), angka menurut sumber lain atau hitungan (`seharusnya`) dan semua baris sumber yang terlibat.',
		`Skor kualitas data per laporan = 100 × (bobot pemeriksaan yang lolos) ÷ (bobot semua pemeriksaan), dengan bobot tinggi ${WEIGHTS.tinggi}, sedang ${WEIGHTS.sedang}, rendah ${WEIGHTS.rendah}.`,
		'',
		'Temuan dikelompokkan menurut sebabnya (aturan `sebab_angka`): bila satu angka yang salah membuat beberapa pemeriksaan gagal, temuan penyebabnya menyebut angka itu dan nilai yang membuat semua pemeriksaan cocok, dan temuan-temuan akibatnya tetap dicantumkan di bawahnya dengan kolom `kelompok` (nomor temuan penyebab) dan `peran` (`sebab` atau `akibat`). Skor kualitas menghitung satu kelompok satu kali dengan tingkat penyebabnya: pemeriksaan akibat tidak masuk ke bobot pemeriksaan maupun bobot gagal, penyebabnya masuk sebagai satu pemeriksaan yang gagal.',
		'',
		'| Kode | Aturan | Tingkat |',
		'|---|---|---|',
		...ATURAN.map((a) => `| \`${a.id}\` | ${a.judul} | ${a.tingkat} |`),
		''
	];
	for (const a of ATURAN) lines.push(`## \`${a.id}\`: ${a.judul}`, '', `Tingkat: **${a.tingkat}**.`, '', `Toleransi dan cakupan: ${a.toleransi}`, '');
	return lines.join('\n');
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	writeFileSync(resolve('docs/audit-aturan.md'), aturanDocument());
	console.log('docs/audit-aturan.md ditulis');
}
