import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aturanDocument } from '../../../scripts/audit-doc';
import { SUBCOMMANDS } from '../../../scripts/lkip-cli';

describe('audit documentation and CLI', () => {
	it('docs/audit-aturan.md is generated from the registry (run npx tsx scripts/audit-doc.ts)', () => {
		expect(readFileSync('docs/audit-aturan.md', 'utf8')).toBe(aturanDocument());
	});

	it('lkip audit prints findings with the documented keys first and reports unreadable files', async () => {
		const message: string[] = [];
		const { hasil: result, kode: code } = await SUBCOMMANDS.audit.jalankan(['data/lkip/puger-2023.txt', 'tidak-ada.txt'], (p) => message.push(p));
		expect(code).toBe(1);
		expect(message.join('\n')).toContain('tidak-ada.txt');
		const temuan = result as Record<string, unknown>[];
		expect(Object.keys(temuan[0]).slice(0, 9)).toEqual(['file', 'aturan', 'tingkat', 'kecamatan', 'tahun', 'pesan', 'nilai', 'seharusnya', 'lines']);
		// Tabel 3.8 line 776/777: kegiatan realisasi 1.089.285.000 vs sub kegiatan 1.086.960.000
		expect(temuan.some((t) => t.aturan === 'jumlah_anggaran' && (t.lines as number[]).includes(777) && t.nilai === 1_089_285_000)).toBe(true);
	});

	it('lkip audit without files is a usage error', async () => {
		const { kode: code } = await SUBCOMMANDS.audit.jalankan([], () => {});
		expect(code).toBe(2);
	});
});
