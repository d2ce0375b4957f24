/**
 * DOCX reading speed: readDocx on the five reports as committed fixtures (both
 * producers), and on one report repeated 1, 4 and 16 times in one document, so
 * growth beyond linear would show. Pages per second mean little for a DOCX (it
 * has no pages until laid out), so the figures are ms per document and ms per
 * MB of word/document.xml. Median of several runs after one warm-up pass.
 * Run alone: `npx tsx bench/docx.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { readDocx } from '../src/lib/document/docx';
import { parseDialect } from '../scripts/fixtures/dialect';
import { viaDocxPackage } from '../scripts/fixtures/make-docx';

export const nama = 'docx';

const REPORTS = ['arjasa-2023', 'balung-2020', 'pakusari-2021', 'patrang-2023', 'puger-2023'];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(bytes: Uint8Array, runs: number): Promise<number> {
	await readDocx(bytes);
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await readDocx(bytes);
		t.push(performance.now() - start);
	}
	return median(t);
}

const xmlMb = (bytes: Uint8Array) => unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'].length / 1048576;

export async function jalankan(): Promise<Record<string, unknown>> {
	const dokumen: { file: string; kb: number; xmlMb: number; medianMs: number; msPerXmlMb: number }[] = [];
	for (const r of REPORTS)
		for (const route of ['docx', 'lo.docx']) {
			const file = `${r}.${route}`;
			const bytes = new Uint8Array(readFileSync(`tests/fixtures/documents/${file}`));
			const ms = await time(bytes, 9);
			const mb = xmlMb(bytes);
			dokumen.push({ file, kb: Math.round(bytes.length / 1024), xmlMb: +mb.toFixed(2), medianMs: +ms.toFixed(1), msPerXmlMb: +(ms / mb).toFixed(1) });
		}
	const text = readFileSync('data/lkip/puger-2023.txt', 'utf8');
	const skala: { kali: number; xmlMb: number; medianMs: number; msPerKali: number }[] = [];
	for (const kali of [1, 4, 16]) {
		const bytes = await viaDocxPackage(parseDialect(Array<string>(kali).fill(text).join('\n\n')));
		const ms = await time(bytes, kali > 4 ? 3 : 5);
		skala.push({ kali, xmlMb: +xmlMb(bytes).toFixed(2), medianMs: +ms.toFixed(1), msPerKali: +(ms / kali).toFixed(1) });
	}
	console.log('Membaca DOCX (median):');
	for (const d of dokumen) console.log(`  ${d.file.padEnd(22)} ${String(d.kb).padStart(4)} KB  ${d.medianMs.toFixed(1).padStart(7)} ms  ${d.msPerXmlMb.toFixed(0).padStart(5)} ms/MB XML`);
	for (const s of skala) console.log(`  puger ×${String(s.kali).padEnd(3)} ${s.xmlMb.toFixed(2).padStart(6)} MB XML  ${s.medianMs.toFixed(1).padStart(7)} ms  ${s.msPerKali.toFixed(1)} ms per salinan`);
	return { dokumen, skala };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await jalankan();
