/**
 * The data build runs the rules that read one report alone where the report is extracted
 * (auditOwn), and the rest per kecamatan (auditAll with `own`): the result must be the one
 * a single auditAll gives, and a rule that reads the other reports without saying so must
 * fail loudly, not read an empty list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ATURAN, auditAll, auditOwn } from '../../../src/lib/audit/index';
import type { Aturan } from '../../../src/lib/audit/types';
import { extractReport } from '../../../src/lib/lkip/extract';
import { readMasterData } from '../../../scripts/master-data';
import { testReport, testText } from './helpers';

const ref = readMasterData();
const opsi = { indikator: ref.indikator };

describe('auditOwn + auditAll', () => {
	it('gives every real report the findings and score of one auditAll, the year-over-year rule included', () => {
		const files = readdirSync('data/lkip').filter((f) => f.endsWith('.txt'));
		const texts = files.map((f) => readFileSync(join('data/lkip', f), 'utf8'));
		const reports = texts.map((t, i) => extractReport(t, files[i], ref));
		// each report's own rules right after its extraction, as a worker does, then the whole audit later
		const own = reports.map((r, i) => auditOwn(r, texts[i], opsi));
		for (const [i, r] of reports.entries()) {
			const once = auditAll(r, texts[i], reports, opsi);
			expect(once.temuan.length).toBeGreaterThan(0);
			expect(auditAll(r, texts[i], reports, opsi, own[i])).toEqual(once);
		}
		expect(own[0].map((o) => o.aturan)).not.toContain('antar_tahun');
	});

	const added: Aturan[] = [];
	afterEach(() => {
		for (const a of added.splice(0)) ATURAN.splice(ATURAN.indexOf(a), 1);
	});

	it('fails a rule that reads the other reports without readsOtherReports, naming it', () => {
		const rule: Aturan = {
			id: 'uji_lain',
			judul: 'uji',
			tingkat: 'rendah',
			toleransi: 'uji',
			periksa: (ctx) => ({ diperiksa: ctx.lain.length, temuan: [] })
		};
		ATURAN.push(rule);
		added.push(rule);
		const got = auditOwn(testReport(), testText(5)).find((o) => o.aturan === 'uji_lain');
		expect(got?.temuan.map((t) => t.pesan)).toEqual([
			'Aturan uji_lain gagal dijalankan: aturan ini membaca laporan lain tetapi tidak ditandai readsOtherReports'
		]);
	});
});
