/**
 * The data build audits on every core (scripts/audit-pool.ts), one kecamatan's
 * spooled reports per task: the rows are the very ones one thread makes, handed on
 * in task order, and a report is still compared with its own kecamatan's other years.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { auditSpooled, type AuditedGroup, type AuditTask } from '../../../scripts/audit-pool';
import type { SpoolPlace } from '../../../scripts/spool';
import { spoolAll } from '../../../scripts/extract-pool';
import { DATA_DIR, readMasterData } from '../../../scripts/master-data';
import { appendRows, auditRows, emptyAuditRows } from '../../../src/lib/audit/dataset';
import { extractReport } from '../../../src/lib/lkip/extract';

const tmp = mkdtempSync(join(tmpdir(), 'audit-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The real text, and a copy of it as the year before: every year printed in it one less. */
function withYearBefore(file: string, year: number): void {
	const text = readFileSync(join('data/lkip', file), 'utf8');
	writeFileSync(join(tmp, file), text);
	writeFileSync(
		join(tmp, file.replace(String(year), String(year - 1))),
		text.replace(/\b(?:19|20)\d\d\b/g, (m) => String(Number(m) - 1))
	);
}

describe('audit in worker threads', { timeout: 300_000 }, () => {
	test("two threads give one thread's rows, and each report meets its own kecamatan's year before", async () => {
		withYearBefore('puger-2023.txt', 2023);
		withYearBefore('patrang-2023.txt', 2023);
		writeFileSync(join(tmp, 'balung-2020.txt'), readFileSync('data/lkip/balung-2020.txt'));
		const ref = readMasterData();
		const files = readdirSync(tmp).sort();
		const staging = mkdtempSync(join(tmpdir(), 'audit-pool-staging-'));
		const dibaca = await spoolAll(tmp, files, ref, DATA_DIR, { staging, spool: join(staging, 'antrean') }, 1);
		const groups = new Map<string, SpoolPlace[]>();
		for (const h of dibaca) groups.set(h.kode!, [...(groups.get(h.kode!) ?? []), h.spool!]);
		const tasks: AuditTask[] = [...groups.values()].map((spool) => ({ spool }));
		// three kecamatan: Puger and Patrang with two years each, Balung with one
		expect(tasks.map((t) => t.spool.length)).toEqual([1, 2, 2]);
		const audit = async (pekerja: number) => {
			const got: { i: number; g: AuditedGroup }[] = [];
			await auditSpooled(tasks, ref, DATA_DIR, (g, i) => void got.push({ i, g }), pekerja);
			return got;
		};
		const satu = await audit(1);
		const dua = await audit(2);
		rmSync(staging, { recursive: true, force: true });
		expect(dua).toEqual(satu);
		// in task order, every report scored once
		expect(dua.map((x) => x.i)).toEqual([0, 1, 2]);
		expect(dua.flatMap((x) => x.g.audit.flatMap((r) => r.skor_kualitas.map((s) => s.file)))).toEqual(files);

		const temuan = dua.flatMap((x) => x.g.audit.flatMap((r) => r.temuan));
		// puger-2023.txt line 793: "pada tahun 2022 dari total anggaran sebesar Rp. 3.810.244.147,00 terealisasi
		// sebesar Rp. 3.709.209.303,00"; the copy standing for 2022 totals JUMLAH 4.060.244.146 | 3.648.593.974
		// (line 791). Line 484: "82,5% Tahun 2022"; the copy's IKM row prints 81,9.
		const antarTahun = temuan.filter((t) => t.aturan === 'antar_tahun' && t.file === 'puger-2023.txt').map((t) => [t.nilai, t.seharusnya]);
		expect(antarTahun).toEqual([
			[3_810_244_147, 4_060_244_146],
			[3_709_209_303, 3_648_593_974],
			[82.5, 81.9]
		]);
		// the year before has no report of its own year before: nothing to compare
		expect(temuan.filter((t) => t.aturan === 'antar_tahun' && t.file === 'puger-2022.txt')).toEqual([]);

		// the rules the extraction ran (auditOwn, in the spool) and those run here give the rows of
		// the plain audit of every report, as the CLI makes them
		const texts = new Map(files.map((f) => [f, readFileSync(join(tmp, f), 'utf8')]));
		const reports = files.map((f) => extractReport(texts.get(f)!, f, ref));
		const plain = auditRows(reports, texts, ref);
		const pooled = emptyAuditRows();
		for (const x of dua) for (const r of x.g.audit) appendRows(pooled, r);
		const byFile = (rows: typeof plain) =>
			Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, [...v].sort((a, b) => String(a.file).localeCompare(String(b.file)))]));
		expect(plain.temuan.length).toBeGreaterThan(0);
		expect(byFile(pooled)).toEqual(byFile(plain));
	});
});
