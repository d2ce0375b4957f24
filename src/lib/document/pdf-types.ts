/**
 * The pdf.js module as the caller passes it in. Node passes the legacy build,
 * the browser the modern one with its worker; both have this shape.
 */
import type * as PdfJsModule from 'pdfjs-dist';

export type PdfJs = typeof PdfJsModule;
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
