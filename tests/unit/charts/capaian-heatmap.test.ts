/**
 * Issue 9 item 5: the capaian heatmap's colours say what its caption says. Blue is
 * "target met" (capaian ≥ 100%), warm colours are below target however close,
 * and a cell the kecamatan did not report is painted as "no data", with a key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { capaianMatrixOption } from '$lib/charts';
import type { CapaianMatrixRow } from '$lib/query/sql';
import { barisUji } from './test-rows';
import { render, type Rendered } from './render';

let g: Rendered | undefined;
afterEach(() => g?.tutup());

function rgb(color: string): [number, number, number] {
	const h = /^#([0-9a-f]{6})$/i.exec(color);
	if (h) return [0, 2, 4].map((i) => parseInt(h[1].slice(i, i + 2), 16)) as [number, number, number];
	const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
	if (!m) throw new Error(`warna tidak dikenal: ${color}`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}
const biru = (w: string) => rgb(w)[2] > rgb(w)[0];
const hangat = (w: string) => rgb(w)[0] > rgb(w)[2];

const sel = (kecamatan: string, kunci: string, capaian: number): Partial<CapaianMatrixRow> => ({
	kecamatan,
	kunci,
	label: kunci.toUpperCase(),
	capaian,
	peringkat: 1,
	unggahan: false
});

describe('peta warna capaian', () => {
	it('91% dan 76% digambar dengan warna di bawah target, 100% ke atas biru', () => {
		const rows = [sel('A', 'a', 76), sel('A', 'b', 91), sel('A', 'c', 99.99), sel('B', 'a', 100), sel('B', 'b', 130), sel('B', 'c', 40)];
		g = render(capaianMatrixOption(barisUji(rows)));
		const w = rows.map((_, i) => g!.warna(0, i));
		expect(w.map(hangat)).toEqual([true, true, true, false, false, true]);
		expect(w.map(biru)).toEqual([false, false, false, true, true, false]);
		// further below target reads darker: 40% is not painted like 99,99%
		expect(w[5]).not.toBe(w[2]);
	});

	it('sel yang tidak dilaporkan digambar abu-abu dengan keterangan "tidak ada data"', () => {
		const rows = [sel('A', 'a', 100), sel('A', 'b', 90), sel('B', 'a', 95)];
		const o = capaianMatrixOption(barisUji(rows)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		const empty = o.series.find((s: { name: string }) => /tidak ada data/i.test(s.name));
		expect(empty, 'seri "tidak ada data"').toBeDefined();
		// B did not report indicator b: exactly that cell (x = b, y = B)
		const x = o.xAxis.data.indexOf('B');
		const y = o.yAxis.data.indexOf('B');
		expect(empty.data.map((d: number[]) => [d[0], d[1]])).toEqual([[x, y]]);
		// the key names it
		expect(JSON.stringify(o.visualMap)).toMatch(/tidak ada data/i);
		g = render(o);
		const [r, gr, b] = rgb(g.warna(o.series.indexOf(empty), 0));
		expect(Math.max(r, gr, b) - Math.min(r, gr, b)).toBeLessThan(16);
	});
});
