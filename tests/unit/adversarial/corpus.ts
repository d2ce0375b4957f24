/**
 * The adversarial corpus: long runs of what the readers' patterns repeat on
 * (digits, spaces, tabs, dots, pipes, tags, brackets...), each placed alone, in
 * a table cell and inside a real report or CSV. A pattern that backtracks or
 * rescans shows up as time growing faster than the input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATES, templateText } from '../../../src/lib/upload/templates';

export type Route = 'ekstrak' | 'audit' | 'csv';
export type Placement = 'sendiri' | 'sel' | 'laporan';

export interface Case {
	jalur: Route;
	pola: string;
	letak: Placement;
}

/** Units repeated to the target length. The digit-then-spaces unit froze the audit (issue 14). */
export const PATTERNS = [
	'1',
	' ',
	'\t',
	'.',
	'|',
	'<td>',
	'<',
	'(',
	'[',
	'-',
	',',
	'%',
	'*',
	'1 ',
	'1.',
	'| ',
	'|-',
	'a ',
	'<tr><td>1</td>',
	'dari 1% ',
	'naik ',
	'Kecamatan ',
	'\n',
	'1\n',
	'| 1 | 2 |\n'
];

export function repeatTo(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const akar = fileURLToPath(new URL('../../..', import.meta.url));
const laporanNyata = readFileSync(join(akar, 'data/lkip/balung-2020.txt'), 'utf8');

/** A report text with `isi` placed alone, in a pipe-table cell, or in the middle of a real report. */
export function reportText(content: string, letak: Placement): string {
	if (letak === 'sendiri') return content;
	if (letak === 'sel') return `| No | Indikator | Target | Realisasi |\n|---|---|---|---|\n| 1 | ${content} | 100% | 95% |\n`;
	const lines = laporanNyata.split('\n');
	const tengah = Math.floor(lines.length / 2);
	return [...lines.slice(0, tengah), lines[tengah] + content, ...lines.slice(tengah + 1)].join('\n');
}

const templatIndikator = TEMPLATES.find((t) => t.tabel === 'indikator')!;

/** A CSV with `isi` as the whole file, in one cell of a template row, or among valid rows. */
export function csvText(content: string, letak: Placement): string {
	const header = templateText(templatIndikator);
	if (letak === 'sendiri') return content;
	if (letak === 'sel') return header + `Balung;2023;1;Sasaran;${content};100%;95%;95;%\r\n`;
	const valid = Array.from({ length: 50 }, (_, i) => `Puger;2023;${i + 1};Sasaran;Persentase desa ${i};100%;95%;95;%`).join('\r\n');
	return header + valid + '\r\n' + content + '\r\n' + valid + '\r\n';
}
