/**
 * Issue 14, item 2: the kecamatan comes from the cover, with where it was
 * read; a name not in the list, or two names on the cover, refuses the report
 * with the line to look at, instead of settling on a neighbour mentioned in the
 * body. The real reports are changed by hand below; the expected lines are read
 * from data/lkip/balung-2020.txt (its cover prints "**KECAMATAN BALUNG" on line 7).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/build-data';
import { extractFile } from '../../../scripts/lkip-cli';
import { readMasterData } from '../../../scripts/master-data';
import { readIdentity } from '../../../src/lib/lkip/identity';
import { extractReport } from '../../../src/lib/lkip/extract';
import { allLines } from '../../../src/lib/lkip/table';
import { notLkipReason } from '../../../src/lib/store/rows';
import { readBytes } from '../../../src/lib/upload/import-file';

const ref = readMasterData();
const balung = readFileSync('data/lkip/balung-2020.txt', 'utf8');
/** Balung's report as if written by a kecamatan that is not in the list, naming its neighbour Puger once. */
const sukamaju =
	balung.replaceAll('Balung', 'Sukamaju').replaceAll('BALUNG', 'SUKAMAJU') + '\nWilayah ini berbatasan dengan Kecamatan Puger di sebelah selatan.\n';
const tmp = mkdtempSync(join(tmpdir(), 'kec-tak-dikenal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('kecamatan from the cover', () => {
	it('reads each real report from its cover', () => {
		const harap: Record<string, string> = {
			'arjasa-2023.txt': 'Arjasa',
			'balung-2020.txt': 'Balung',
			'pakusari-2021.txt': 'Pakusari',
			'patrang-2023.txt': 'Patrang',
			'puger-2023.txt': 'Puger'
		};
		for (const [f, name] of Object.entries(harap)) {
			const l = extractReport(readFileSync(join('data/lkip', f), 'utf8'), f, ref);
			expect([f, l.kecamatan, l.kecamatan_keyakinan]).toEqual([f, name, 'sampul']);
			expect(l.kecamatan_masalah).toBeUndefined();
		}
	});

	it('refuses a kecamatan that is not in the list, naming the cover line, not the neighbour', () => {
		const l = extractReport(sukamaju, 'sukamaju-2020.txt', ref);
		expect(l.kecamatan).toBeNull();
		expect(l.kecamatan_masalah?.line).toBe(7);
		expect(notLkipReason(l)).toMatch(/^baris 7: sampul menyebut kecamatan "SUKAMAJU", yang tidak ada di daftar 31 kecamatan; periksa ejaan/);
	});

	it('refuses a cover that names two kecamatan', () => {
		const lines = balung.split('\n');
		lines.splice(7, 0, 'KECAMATAN PUGER'); // becomes line 8, under Balung's line 7
		const l = extractReport(lines.join('\n'), 'dua.txt', ref);
		expect(l.kecamatan).toBeNull();
		expect(notLkipReason(l)).toBe(
			'baris 7: sampul menyebut lebih dari satu kecamatan: "Balung" (baris 7), "Puger" (baris 8); laporan tidak dapat dipastikan milik kecamatan mana'
		);
	});

	it('reads the name on the line under "LAPORAN KINERJA KECAMATAN"', () => {
		const id = readIdentity(
			allLines(['LAPORAN KINERJA KECAMATAN', 'SUMBERJAMBE', 'TAHUN 2022', 'KATA PENGANTAR', 'Kecamatan Kalisat di sebelah barat.'].join('\n')),
			ref.kecamatan
		);
		expect([id.kecamatan?.nama, id.kecamatanKeyakinan, id.kecamatanMasalah]).toEqual(['Sumberjambe', 'sampul', null]);
	});

	it('falls back to the body only when one kecamatan dominates it, and says so', () => {
		const badan = [
			'KATA PENGANTAR',
			'Laporan Kinerja Kecamatan Silo tahun 2022.',
			'Kecamatan Silo terdiri dari 9 desa.',
			'Camat Silo menetapkan target.',
			'Berbatasan dengan Kecamatan Mayang.'
		];
		const id = readIdentity(allLines(badan.join('\n')), ref.kecamatan);
		expect([id.kecamatan?.nama, id.kecamatanKeyakinan]).toEqual(['Silo', 'isi']);
		expect(id.peringatan.map((p) => p.pesan)).toContain(
			'sampul tidak menyebut nama kecamatan; kecamatan Silo diambil dari isi laporan (pertama di baris 2); periksa bahwa laporan ini memang milik kecamatan tersebut'
		);

		const seimbang = ['KATA PENGANTAR', 'Kecamatan Silo dan Kecamatan Mayang bekerja sama.', 'Kecamatan Mayang dan Kecamatan Silo.'];
		const id2 = readIdentity(allLines(seimbang.join('\n')), ref.kecamatan);
		expect(id2.kecamatan).toBeNull();
		expect(id2.kecamatanMasalah?.pesan).toBe(
			'sampul tidak menyebut nama kecamatan, dan isi laporan menyebut beberapa kecamatan tanpa satu yang jelas paling banyak: "Silo" (2 kali, pertama di baris 2), "Mayang" (2 kali, pertama di baris 2); tulis nama kecamatan di sampul laporan'
		);
	});

	it('upload: the refusal names the line, and nothing is added', () => {
		const h = readBytes('sukamaju-2020.txt', new TextEncoder().encode(sukamaju), ref);
		expect(h.laporan).toEqual([]);
		const error = h.masalah.filter((m) => m.tingkat === 'galat');
		expect(error).toHaveLength(1);
		expect(error[0].baris).toBe(7);
		expect(error[0].pesan).toContain('"SUKAMAJU", yang tidak ada di daftar 31 kecamatan');
	});

	it('CLI: an error naming the file and the line, exit code 1', async () => {
		const f = join(tmp, 'sukamaju-2020.txt');
		writeFileSync(f, sukamaju);
		const message: string[] = [];
		const { dibaca, kode: code } = await extractFile([f], ref, (p) => message.push(p));
		expect(code).toBe(1);
		expect(dibaca).toEqual([]);
		expect(message).toEqual([expect.stringMatching(new RegExp(`^galat: ${f.replaceAll('.', '\\.')}: baris 7: sampul menyebut kecamatan "SUKAMAJU"`))]);
	});

	it('data build: fails naming the file and the line', async () => {
		const dir = join(tmp, 'lkip');
		const { mkdirSync } = await import('node:fs');
		mkdirSync(dir);
		writeFileSync(join(dir, 'sukamaju-2020.txt'), sukamaju);
		writeFileSync(join(dir, 'puger-2023.txt'), readFileSync('data/lkip/puger-2023.txt'));
		await expect(buildData({ lkipDir: dir, outDir: join(tmp, 'out'), referensiDir: 'data' })).rejects.toThrow(
			/^sukamaju-2020\.txt: baris 7: sampul menyebut kecamatan "SUKAMAJU"/
		);
	});
});
