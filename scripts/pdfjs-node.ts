/**
 * pdf.js for Node (data build, CLI, tests). The legacy build runs on Node 20;
 * with no worker file configured it runs its worker code in this thread (a
 * "fake worker"), which is what a batch read wants: no thread start-up per file.
 * The options that keep pdf.js from evaluating code or touching fonts it does
 * not need are passed by readPdf itself (src/lib/document/pdf-read.ts), so the
 * browser gets the same ones.
 *
 * The legacy build's core-js polyfills replace Array.prototype.push and
 * JSON.parse/stringify for the whole process (to fix edge cases of arrays
 * longer than 2^32 and of JSON source text that pdf.js never meets). The
 * replacement push alone costs about a quarter of reading a text-heavy PDF and
 * slows every other push of the data build, so the native ones are put back.
 */
import type { PdfJs } from '../src/lib/document/pdf-read';

let loaded: Promise<PdfJs> | null = null;

const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export function loadPdfjsForNode(): Promise<PdfJs> {
	loaded ??= (async () => {
		const push = Array.prototype.push;
		const { parse, stringify } = JSON;
		const m = await import('pdfjs-dist/legacy/build/pdf.mjs');
		// loading the worker module up front registers it on globalThis, so the
		// fake worker does not import a file by URL at the first document
		(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(/* @vite-ignore */ WORKER);
		Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
		JSON.parse = parse;
		JSON.stringify = stringify;
		return m as unknown as PdfJs;
	})();
	return loaded;
}
