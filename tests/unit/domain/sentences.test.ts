/** Issue 9 item 10: each headline figure of a kecamatan page says in one sentence what it means. */
import { describe, expect, it } from 'vitest';
import { ikmSentence, serapanSentence } from '$lib/domain/sentences';

describe('kalimat angka utama', () => {
	it('IKM: mutu, target dan pembanding dalam satu kalimat', () => {
		// PermenPAN-RB 14/2017: 76,61–88,30 is B (Baik), 65,00–76,60 C (Kurang Baik)
		expect(ikmSentence({ realisasi: 80, mutu_baku: 'B (Baik)', target: 80, rata_lain: 81.2, jumlah_lain: 2 })).toBe(
			'IKM 80,00: mutu B (Baik), target 80,00 tercapai, di bawah rata-rata 2 kecamatan lain (81,20).'
		);
		expect(ikmSentence({ realisasi: 66, mutu_baku: 'C (Kurang Baik)', target: 80, rata_lain: 60, jumlah_lain: 1 })).toBe(
			'IKM 66,00: mutu C (Kurang Baik), di bawah target 80,00, di atas rata-rata 1 kecamatan lain (60,00).'
		);
		expect(ikmSentence({ realisasi: 90, mutu_baku: 'A (Sangat Baik)', target: null, rata_lain: null, jumlah_lain: 0 })).toBe(
			'IKM 90,00: mutu A (Sangat Baik), laporan tidak menyebut targetnya, belum ada kecamatan lain yang berlaporan untuk dibandingkan.'
		);
		expect(ikmSentence({ realisasi: null })).toBeNull();
		// a row without a stored grade says nothing of one rather than computing it
		expect(ikmSentence({ realisasi: 80, target: 80, rata_lain: null, jumlah_lain: 0 })).toBe(
			'IKM 80,00: target 80,00 tercapai, belum ada kecamatan lain yang berlaporan untuk dibandingkan.'
		);
	});

	it('serapan: rupiah dan pembanding', () => {
		expect(serapanSentence({ serapan: 85.47, realisasi: 3_064_347_153, pagu: 3_585_414_963, serapan_lain: 89.86, jumlah_lain: 1 })).toBe(
			'Serapan 85,47%: Rp 3,06 M dari pagu Rp 3,59 M terbelanjakan, di bawah gabungan 1 kecamatan lain (89,86%).'
		);
	});
});
