/**
 * pdf.js for the browser: the module and its worker both come out of our own
 * Vite build (no CDN), so the page works offline and the CSP keeps to 'self'.
 * Loaded on first use only: the dashboard pages never pay for it.
 */
import type { PdfJs } from './document/pdf-read';

let janji: Promise<PdfJs> | null = null;

export function loadPdfjsForBrowser(): Promise<PdfJs> {
	janji ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([m, worker]) => {
		m.GlobalWorkerOptions.workerSrc = worker.default;
		return m as unknown as PdfJs;
	});
	return janji;
}
