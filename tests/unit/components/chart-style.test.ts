import { describe, expect, it } from 'vitest';
import { ariaLabels, escapeHtml, tooltipHtml } from '$lib/components/chart-style';

describe('escapeHtml', () => {
	it('makes markup from the data inert', () => {
		const name = '<img src=x onerror="alert(1)">';
		expect(escapeHtml(name)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
	});
	it('escapes ampersands first, quotes both kinds', () => {
		expect(escapeHtml(`a & b 'c' "d"`)).toBe('a &amp; b &#39;c&#39; &quot;d&quot;');
		expect(escapeHtml('&lt;')).toBe('&amp;lt;');
	});
	it('turns null into empty text and numbers into text', () => {
		expect(escapeHtml(null)).toBe('');
		expect(escapeHtml(undefined)).toBe('');
		expect(escapeHtml(85.5)).toBe('85.5');
	});
});

describe('tooltipHtml', () => {
	it('escapes the heading, labels and values', () => {
		const html = tooltipHtml('<b>Kec</b>', [['IKM <x>', '85,47 & naik']]);
		expect(html).toBe('<strong>&lt;b&gt;Kec&lt;/b&gt;</strong><br>IKM &lt;x&gt;: <b>85,47 &amp; naik</b>');
		expect(html).not.toContain('<x>');
	});
});

describe('ariaIndonesia', () => {
	it('uses the given description', () => {
		expect(ariaLabels('Peringkat IKM 2023')).toEqual({
			enabled: true,
			decal: { show: false },
			label: { enabled: true, description: 'Peringkat IKM 2023' }
		});
	});
	it('without a description lets ECharts describe the data', () => {
		expect(ariaLabels().label).toEqual({ enabled: true });
	});
});
